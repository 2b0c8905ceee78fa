import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, notes, sectionNumber, winCountry } from './figures.ts';

/**
 * How many women each part of the source document counts (content/data/beneficiaries.yaml).
 * The source gives different totals in different places (Bulgaria: 26, 27, 21 and 32); each is
 * kept with the place and context it comes from, none is corrected.
 */
export const beneficiaryCountKinds = ['assessed', 'beneficiaries', 'survey-base'] as const;

export const beneficiarySchema = z.strictObject({
	id: slugId,
	country: winCountry,
	count: count.describe('The number of women as the source gives it in this place.'),
	kind: z
		.enum(beneficiaryCountKinds, { error: (issue) => `expected one of ${beneficiaryCountKinds.join(', ')}; got ${describeValue(issue.input)}` })
		.describe('`assessed`: women assessed; `beneficiaries`: women taking part; `survey-base`: the total a survey result is given out of.'),
	section: sectionNumber,
	context: localizedText('description of where the figure appears'),
	notes: notes.optional(),
});
export type BeneficiaryInput = z.input<typeof beneficiarySchema>;
export type Beneficiary = z.output<typeof beneficiarySchema>;
