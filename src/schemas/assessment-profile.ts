import { z } from 'zod';
import { countryCode, describeValue, localizedText, slugId, text } from './common.ts';
import { count, notes, partnerRef, share, winCountry } from './figures.ts';

/**
 * The profile of the women assessed in each country (source section 4.1.1, Table 1):
 * content/data/assessment-profile.yaml, one entry per country.
 */

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z.enum(values, { error: (issue) => `expected ${what}: ${values.join(', ')}; got ${describeValue(issue.input)}` });

/** Levels of education as Table 1 groups them. */
export const educationLevels = ['primary-not-completed', 'primary', 'secondary', 'upper-secondary', 'higher'] as const;
/** Work experience as Table 1 groups it. */
export const experienceCategories = ['little-in-host-country', 'little-informal-origin-only', 'little-informal-market', 'some', 'none'] as const;
/** Level of the host country's language as Table 1 groups it. */
export const languageLevels = ['very-low', 'low', 'low-medium', 'medium', 'high'] as const;
/** Job situation at the assessment. */
export const jobSituations = ['unemployed', 'precarious'] as const;

/** How far a level of education was completed, when Table 1 qualifies it. */
const completion = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({ kind: z.literal('not-always-completed') }),
		z.strictObject({
			kind: z.literal('share-not-completed'),
			share: share.describe('Share of this group that did not complete it, e.g. 31 for "31% of which not completed".'),
		}),
	],
	{ error: 'expected `kind: not-always-completed` or `kind: share-not-completed` with a `share`' },
);

export const assessmentProfileSchema = z.strictObject({
	id: slugId.describe('The country id: `italy`, `spain` or `bulgaria`.'),
	country: winCountry,
	partners: z.array(partnerRef).min(1).describe('Partners that ran the assessment in this country.'),
	womenAssessed: count.describe('Women assessed.'),
	beneficiariesEngaged: count.describe('Women who went on to a Personal Integration Plan.'),
	origins: z
		.array(
			z.strictObject({
				country: countryCode.describe('ISO code of the country of origin.'),
				share,
				sourceSpelling: text('the spelling the source uses').optional().describe('How the source writes the name, where it differs from the usual English name.'),
			}),
		)
		.min(1)
		.describe('Countries of origin with their shares, in the order of the source.'),
	age: z.strictObject({
		min: count.describe('Youngest, in years.'),
		max: count.describe('Oldest, in years.'),
		mean: z.number().positive().describe('Average age as the source gives it (23.9 for "23,9").'),
	}),
	education: z
		.array(z.strictObject({ level: oneOf(educationLevels, 'a level of education'), share, completion: completion.optional() }))
		.min(1),
	workExperience: z.array(z.strictObject({ category: oneOf(experienceCategories, 'a work experience category'), share })).min(1),
	languageLevel: z.array(z.strictObject({ level: oneOf(languageLevels, 'a language level'), share })).min(1),
	jobSituation: z.array(z.strictObject({ situation: oneOf(jobSituations, 'a job situation'), share })).min(1),
	desiredJobs: z
		.array(
			z.strictObject({
				id: slugId.describe('Stable id of the job, used as the CSV category.'),
				label: localizedText('job name'),
				count: count.optional().describe('How many women named it, where the source says.'),
			}),
		)
		.min(1)
		.describe('Jobs the women said they wanted, in the order of the source.'),
	notes: notes.optional(),
});
export type AssessmentProfileInput = z.input<typeof assessmentProfileSchema>;
export type AssessmentProfile = z.output<typeof assessmentProfileSchema>;
