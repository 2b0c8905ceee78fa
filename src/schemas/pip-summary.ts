import { z } from 'zod';
import { localizedText, slugId } from './common.ts';
import { notes, partnerRef, winCountry } from './figures.ts';

/**
 * What the Personal Integration Plans held in each country (source section 4.1.3, Table 2):
 * content/data/pip-summary.yaml, one entry per country. Qualitative: summaries in every language.
 */
const points = (what: string) =>
	z
		.array(localizedText(what), { error: `expected a list of ${what}s, each with en, it, es and bg` })
		.min(1, { error: `list at least one ${what}` });

export const pipSummarySchema = z.strictObject({
	id: slugId.describe('The country id: `italy`, `spain` or `bulgaria`.'),
	country: winCountry,
	partners: z.array(partnerRef).min(1).describe('Partners that drew up the plans in this country.'),
	needs: points('need').describe('Needs the assessment found, one point each.'),
	objectives: points('objective').describe('What the plans set out to achieve.'),
	plan: points('plan point').describe('How the partners planned to reach the objectives.'),
	notes: notes.optional(),
});
export type PipSummaryInput = z.input<typeof pipSummarySchema>;
export type PipSummary = z.output<typeof pipSummarySchema>;
