import { z } from 'zod';

/**
 * The steps of the integration pathway, in order. Guidelines, lessons and templates refer to a
 * step by its id; the words for each step live in the guideline pages.
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
