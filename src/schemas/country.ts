import { z } from 'zod';
import { countryCode, describeValue, localizedText, slugId, text } from './common.ts';
import { periodPattern } from '../lib/i18n/format.ts';

/** How strongly a country plays a role in trafficking, as the reports quoted in the source describe it. */
export const roleStrength = z.enum(['main', 'also', 'minor'], {
	error: (issue) => `expected main, also or minor; got ${JSON.stringify(issue.input)}`,
});
export type RoleStrength = z.output<typeof roleStrength>;

/** The three roles a country can play for trafficked persons. */
export const countryRoles = ['origin', 'transit', 'destination'] as const;
export type CountryRole = (typeof countryRoles)[number];

/** A year, years or months (see `periodPattern`), formatted for each language on the page. */
export const periodSchema = z
	.string({ error: (issue) => `expected a year such as 2016 or a period such as 2014/2019; got ${describeValue(issue.input)}` })
	.regex(periodPattern, {
		error: (issue) =>
			`must be a year (2016), years (2014/2019) or months (2018-01/2018-09); got ${describeValue(issue.input)}`,
	})
	.refine(
		(period) => {
			const [from, to] = period.split('/');
			return !to || (from!.length === to.length && from! < to);
		},
		{ error: 'a period must go from the earlier to the later date, both written the same way (2014/2019 or 2018-01/2018-09)' },
	);

/** A report the source document quotes for a country's figures or context. */
export const reportSchema = z.strictObject({
	id: slugId.describe('Identifier the figures use to name their source, e.g. `us-tip-2021`.'),
	title: text('the title of the report, as the source document gives it').describe(
		'Title as the source document gives it, in the language of the report (not translated).',
	),
	titleLang: z
		.string({ error: 'expected the language code of the title, such as en' })
		.regex(/^[a-z]{2}$/, { error: (issue) => `expected a two-letter language code such as en; got ${describeValue(issue.input)}` })
		.describe('Language the title is written in, so screen readers pronounce it right.'),
	label: localizedText('short name of the report, such as "GRETA report on Bulgaria"').describe(
		'Short name shown beside each figure.',
	),
	publisher: localizedText('name of the body that published the report').describe(
		'Publisher, by its official name in each language.',
	),
	year: z
		.number({ error: (issue) => `expected the year of publication as a number such as 2021; got ${describeValue(issue.input)}` })
		.int({ error: 'expected a whole year such as 2021' })
		.min(1990, { error: 'expected a year from 1990 on' })
		.max(2100, { error: 'expected a year before 2100' })
		.optional()
		.describe('Year of publication; leave out when the source document does not give it.'),
	url: z
		.url({ protocol: /^https$/, error: 'expected a web address starting with https://' })
		.optional()
		.describe('Address of the report, as the source document gives it; leave out when it gives none.'),
});
export type Report = z.output<typeof reportSchema>;

const figureBase = {
	id: slugId.describe('Identifier of the figure, unique within its country, e.g. `assisted-victims-2016`.'),
	period: periodSchema.describe('Year or period the figure covers.'),
	measures: localizedText('description of what the figure measures').describe(
		'What the figure counts, in plain words, e.g. "Assisted victims of trafficking".',
	),
	report: slugId.describe('The `id` of the report in this country\'s `reports` that gives the figure.'),
	approximate: z
		.boolean({ error: 'expected true or false' })
		.optional()
		.describe('True when the source gives the figure as approximate ("some 154,000").'),
};

/**
 * A key figure about a country, with the value exactly as the source gives it. Kinds differ by
 * `unit`: a count of people (with the share of a total when the source gives one beside it), or
 * a percentage.
 */
export const figureSchema = z.discriminatedUnion(
	'unit',
	[
		z.strictObject({
			...figureBase,
			unit: z.literal('people'),
			value: z
				.number({ error: (issue) => `expected a count as a number, such as 1172; got ${describeValue(issue.input)}` })
				.int({ error: 'a count of people must be a whole number' })
				.nonnegative({ error: 'a count cannot be negative' })
				.describe('The count, as a plain number (1172, not "1,172").'),
			share: z
				.number({ error: (issue) => `expected a percentage as a number, such as 81.4; got ${describeValue(issue.input)}` })
				.min(0, { error: 'a percentage cannot be below 0' })
				.max(100, { error: 'a percentage cannot be above 100' })
				.optional()
				.describe('Percentage of the total that the source gives beside the count (954, or 81.4%).'),
		}),
		z.strictObject({
			...figureBase,
			unit: z.literal('percent'),
			value: z
				.number({ error: (issue) => `expected a percentage as a number, such as 65; got ${describeValue(issue.input)}` })
				.min(0, { error: 'a percentage cannot be below 0' })
				.max(100, { error: 'a percentage cannot be above 100' })
				.describe('The percentage in percent points, with the decimals the source gives (59.4).'),
		}),
	],
	{
		error: (issue) =>
			issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
				? `\`unit\` must be people or percent; got ${describeValue((issue.input as Record<string, unknown> | undefined)?.unit)}`
				: undefined,
	},
);
export type Figure = z.output<typeof figureSchema>;

/** One of the three countries where WIN worked. */
export const countrySchema = z
	.strictObject({
		id: slugId.describe('Identifier used in URLs, e.g. `spain`.'),
		code: countryCode.describe('ISO 3166-1 alpha-2 code.'),
		name: localizedText('country name'),
		roles: z
			.strictObject({
				origin: roleStrength.optional(),
				transit: roleStrength.optional(),
				destination: roleStrength.optional(),
			})
			.describe('Role of the country for trafficked persons; a role left out does not apply.'),
		partners: z
			.array(slugId, { error: 'expected a list of partner identifiers, such as [amiga]' })
			.min(1, { error: 'must name at least one partner' })
			.describe('Identifiers of the partners that worked in this country.'),
		reports: z
			.array(reportSchema, { error: 'expected a list of reports, each starting with `- id: …`' })
			.min(1, { error: 'must list at least one report: the one the country\'s role comes from' })
			.describe('Reports the source document quotes about this country.'),
		figures: z
			.array(figureSchema, { error: 'expected a list of figures, each starting with `- id: …`' })
			.describe('Key figures from those reports, as the source document quotes them.'),
	})
	.superRefine((country, ctx) => {
		if (!Object.values(country.roles).includes('main')) {
			ctx.addIssue({ code: 'custom', message: 'roles: one role must be `main` (the role the reports put first)', path: ['roles'] });
		}
		const reportIds = new Set<string>();
		country.reports.forEach((report, i) => {
			if (reportIds.has(report.id)) {
				ctx.addIssue({ code: 'custom', message: `the report id "${report.id}" is used twice; each report needs its own`, path: ['reports', i, 'id'] });
			}
			reportIds.add(report.id);
		});
		const figureIds = new Set<string>();
		country.figures.forEach((figure, i) => {
			if (figureIds.has(figure.id)) {
				ctx.addIssue({ code: 'custom', message: `the figure id "${figure.id}" is used twice; each figure needs its own`, path: ['figures', i, 'id'] });
			}
			figureIds.add(figure.id);
			if (!reportIds.has(figure.report)) {
				ctx.addIssue({
					code: 'custom',
					message: `no report "${figure.report}" in this country's \`reports\`: expected one of ${[...reportIds].map((id) => `\`${id}\``).join(', ')}`,
					path: ['figures', i, 'report'],
				});
			}
		});
	});
export type CountryInput = z.input<typeof countrySchema>;
export type Country = z.output<typeof countrySchema>;
