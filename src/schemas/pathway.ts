import { z } from 'zod';
import { localizedText } from './common.ts';

/**
 * The steps of the integration pathway, in order. Guidelines, lessons and templates refer to a
 * step by its id; the words for each step (title, summary) live in `content/data/pathway.yaml`.
 */
export const pathwayStepIds = [
	'identify-and-refer',
	'assess',
	'co-design-pip',
	'implement',
	'monitor',
	'feedback',
	'engage-employers',
	'close-and-follow-up',
] as const;

export const pathwayStep = z.enum(pathwayStepIds, {
	error: (issue) => `expected a pathway step: ${pathwayStepIds.join(', ')}; got ${JSON.stringify(issue.input)}`,
});
export type PathwayStep = z.output<typeof pathwayStep>;

/**
 * One step of the pathway in `content/data/pathway.yaml`: its words in every language. The
 * guidelines overview, each step page's navigation, and any page that names a step (templates,
 * lessons) read titles and summaries from there.
 */
export const pathwayStepEntry = z.strictObject({
	id: pathwayStep.describe('The step, one of the shared ids above.'),
	title: localizedText('step title (a few words, starting with a verb)').describe('Title of the step, used as the heading of its page.'),
	summary: localizedText('one-line summary of the step').describe('What the step achieves, in one line, for the overview.'),
});
export type PathwayStepEntryInput = z.input<typeof pathwayStepEntry>;
export type PathwayStepEntry = z.output<typeof pathwayStepEntry>;

/**
 * Checks that the pathway file lists every step once, in the order of `pathwayStepIds`.
 * @returns one sentence per problem, empty when the list is right
 */
export function checkPathwayOrder(entries: readonly { id: PathwayStep }[]): string[] {
	const ids = entries.map((e) => e.id);
	const missing = pathwayStepIds.filter((id) => !ids.includes(id));
	if (missing.length) return [`missing ${missing.length === 1 ? 'step' : 'steps'} ${missing.map((id) => `"${id}"`).join(', ')}: every step of src/schemas/pathway.ts needs an entry`];
	if (ids.join() !== pathwayStepIds.join()) {
		return [`the steps are out of order: expected ${pathwayStepIds.join(', ')}; got ${ids.join(', ')}`];
	}
	return [];
}
