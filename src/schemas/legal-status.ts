import { z } from 'zod';
import { describeValue, slugId } from './common.ts';
import { figure, notes, sectionNumber, winCountry } from './figures.ts';

/**
 * The women's legal situation: residence, complaints against the traffickers, protection status
 * (source sections 4.1.2, 4.2.4 and 5.1): content/data/legal-status.yaml, one entry per figure.
 */
export const legalMoments = ['start', 'end', 'not-stated'] as const;
export const legalTopics = ['residence', 'complaint', 'traffickers'] as const;
export const legalStatuses = [
	'residence-permit',
	'awaiting-or-in-process',
	'residence-permit-or-awaiting',
	'in-process',
	'residence-and-work-authorisation',
	'complaint-filed',
	'complaint-considered',
	'not-wishing-to-report',
	'not-ready-to-report',
	'ended-contact-with-traffickers',
	'asylum-seeker',
	'humanitarian-status',
	'prolonged-residence',
	'refugee-status',
	'in-proceedings',
	'visa',
	'applied-for-protection',
	'recognised',
	'proceedings-ongoing',
] as const;

export const legalStatusSchema = z.strictObject({
	id: slugId,
	country: winCountry,
	moment: z
		.enum(legalMoments, { error: (issue) => `expected start, end or not-stated; got ${describeValue(issue.input)}` })
		.describe('`start`: when the women joined; `end`: at the end of the project; `not-stated`: the source gives no time.'),
	topic: z.enum(legalTopics, { error: (issue) => `expected one of ${legalTopics.join(', ')}; got ${describeValue(issue.input)}` }),
	status: z.enum(legalStatuses, { error: (issue) => `expected one of ${legalStatuses.join(', ')}; got ${describeValue(issue.input)}` }),
	figure,
	section: sectionNumber,
	notes: notes.optional(),
});
export type LegalStatusInput = z.input<typeof legalStatusSchema>;
export type LegalStatus = z.output<typeof legalStatusSchema>;
