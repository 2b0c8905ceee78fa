import { z } from 'zod';
import { describeValue, slugId } from './common.ts';
import { figure, notes, orNotGiven, partnerRef, sectionNumber, winCountry } from './figures.ts';

/**
 * Educational, social, legal and psychological support and cultural mediation (source sections
 * 4.1.2, 4.2.4 and 4.2.5): content/data/support.yaml, one entry per figure the source gives.
 */
export const supportServices = ['needs-assessment', 'legal', 'psychological', 'social', 'educational', 'mediation'] as const;
export const supportMeasures = [
	'needs-identified',
	'needs-already-covered',
	'assessed-and-supported',
	'received',
	'continued-after-assessment',
	'accompanied-in-legal-proceedings',
	'represented-in-court',
	'present-in-all-activities',
	'not-provided',
] as const;

export const supportSchema = z.strictObject({
	id: slugId,
	country: winCountry,
	provider: partnerRef.optional().describe('The partner that gave the support, where the source names one.'),
	service: z
		.enum(supportServices, { error: (issue) => `expected one of ${supportServices.join(', ')}; got ${describeValue(issue.input)}` })
		.describe('`needs-assessment`: psychological, social and legal needs assessed together.'),
	measure: z.enum(supportMeasures, { error: (issue) => `expected one of ${supportMeasures.join(', ')}; got ${describeValue(issue.input)}` }),
	figure: orNotGiven(figure, 'a figure'),
	section: sectionNumber,
	notes: notes.optional(),
});
export type SupportInput = z.input<typeof supportSchema>;
export type Support = z.output<typeof supportSchema>;
