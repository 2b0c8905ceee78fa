import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, figureWith, notes, sectionNumber, winCountry } from './figures.ts';

/**
 * The results of the Personal Integration Plans, objective by objective and country by country
 * (source section 5.1): content/data/pip-results.yaml, one entry per country and objective.
 */
export const pipObjectives = [
	'professional-skills',
	'digital-skills',
	'soft-skills',
	'language-skills',
	'labour-market-knowledge',
	'rights-knowledge',
	'certificate-recognition',
	'social-network',
	'job-or-internship',
	'employment-support',
	'legal-needs',
	'psychological-needs',
	'social-support',
	'educational-support',
	'mediation',
	'autonomy',
] as const;
export type PipObjective = (typeof pipObjectives)[number];

export const pipResultSchema = z.strictObject({
	id: slugId,
	country: winCountry,
	objective: z.enum(pipObjectives, { error: (issue) => `expected one of ${pipObjectives.join(', ')}; got ${describeValue(issue.input)}` }),
	base: count.describe('Women the country\'s list of results is about, as the source gives it (Bulgaria: 32).'),
	result: localizedText('summary of the result').describe('What was achieved, in plain words.'),
	figures: z
		.array(
			figureWith({ label: localizedText('what was counted') }),
			{ error: 'expected a list of figures, each with a `label`' },
		)
		.default([])
		.describe('The counted results, each with what it counts.'),
	section: sectionNumber,
	notes: notes.optional(),
});
export type PipResultInput = z.input<typeof pipResultSchema>;
export type PipResult = z.output<typeof pipResultSchema>;
