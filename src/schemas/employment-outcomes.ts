import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, figure, notes, partnerRef, sectionNumber, winCountry } from './figures.ts';

/**
 * Jobs and internships (source section 4.2.2): content/data/employment-outcomes.yaml.
 * `type` tells the kinds of entry apart:
 * - `outcome`: how many women had a job or internship, over the whole project or when the
 *   report was written;
 * - `placement`: a job or internship the women held (Italy lists them);
 * - `internships`: the paid internships a partner organised, their length and monitoring.
 */
export const outcomePeriods = ['throughout', 'current'] as const;
export const outcomeMeasures = [
	'job-or-internship',
	'employed',
	'employed-or-internship',
	'job-contract-among-employed',
	'internship-among-employed',
] as const;
export const placementKinds = ['job', 'internship', 'not-stated'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: (issue) => `expected one of ${values.join(', ')}; got ${describeValue(issue.input)}` });

const outcomeEntry = z.strictObject({
	type: z.literal('outcome'),
	id: slugId,
	country: winCountry,
	period: enumOf(outcomePeriods).describe('`throughout`: at any time during the project; `current`: when the report was written.'),
	measure: enumOf(outcomeMeasures),
	figure,
	section: sectionNumber,
	notes: notes.optional(),
});

const placementEntry = z.strictObject({
	type: z.literal('placement'),
	id: slugId,
	country: winCountry,
	role: localizedText('job or internship'),
	kind: enumOf(placementKinds).describe('`not-stated` where the source does not say job or internship.'),
	count: count.min(1).describe('How many women held it.'),
	section: sectionNumber,
	notes: notes.optional(),
});

const internshipsEntry = z.strictObject({
	type: z.literal('internships'),
	id: slugId,
	country: winCountry,
	organiser: partnerRef,
	organised: count.describe('Internships organised.'),
	paid: z.boolean({ error: 'expected true or false' }),
	months: z.strictObject({ min: z.number().positive(), max: z.number().positive() }).describe('Length in months.'),
	monitoringEveryDays: z
		.number({ error: 'expected the number of days between two monitoring contacts' })
		.int()
		.positive()
		.describe('Monitoring contacts at least this often ("every 15 days or less": 15).'),
	monitoringChannels: z.array(enumOf(['calls', 'meetings', 'email'] as const)).min(1),
	section: sectionNumber,
	notes: notes.optional(),
});

export const employmentOutcomeSchema = z.discriminatedUnion('type', [outcomeEntry, placementEntry, internshipsEntry], {
	error: (issue) =>
		`expected \`type: outcome\`, \`type: placement\` or \`type: internships\`; got ${describeValue((issue.input as { type?: unknown } | undefined)?.type)}`,
});
export type EmploymentOutcomeInput = z.input<typeof employmentOutcomeSchema>;
export type EmploymentOutcome = z.output<typeof employmentOutcomeSchema>;
