import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';

/**
 * Building blocks of the Results datasets (`content/data/<dataset>.yaml`): how a figure of the
 * source document is written down. Figures carry over exactly as the source gives them; where the
 * source gives none, the data says so (`not-given`) instead of writing 0.
 */

/** The countries where WIN worked, by ISO code. */
export const winCountries = ['IT', 'ES', 'BG'] as const;
export const winCountry = z.enum(winCountries, {
	error: (issue) => `expected IT, ES or BG (the countries where WIN worked); got ${describeValue(issue.input)}`,
});
export type WinCountry = z.output<typeof winCountry>;

/** A section number of the source document, such as `4.1.1`. */
export const sectionNumber = z
	.string({ error: (issue) => `expected a section number of the source document, such as '4.1.1' (in quotes); got ${describeValue(issue.input)}` })
	.regex(/^\d+(?:\.\d+)*$/, {
		error: (issue) => `expected a section number of the source document, such as '4.1.1'; got ${describeValue(issue.input)}`,
	});

/** A whole number of women, courses, participants, … */
export const count = z
	.number({ error: (issue) => `expected a whole number; got ${describeValue(issue.input)}` })
	.int({ error: (issue) => `expected a whole number; got ${describeValue(issue.input)}` })
	.min(0, { error: 'cannot be negative' });

/** A percentage in percent points, with the decimals the source gives: 42.86 for "42,86%". */
export const share = z
	.number({ error: (issue) => `expected a percentage as a number, such as 42.86 for "42,86%"; got ${describeValue(issue.input)}` })
	.min(0, { error: 'a percentage cannot be below 0' })
	.max(100, { error: 'a percentage cannot be above 100' });

/** The value that stands for "the source gives no figure here". */
export const NOT_GIVEN = 'not-given';
export type NotGiven = typeof NOT_GIVEN;

/** `schema`, or `not-given` where the source gives no figure (never 0 in its place). */
export function orNotGiven<S extends z.ZodType>(schema: S, what: string) {
	return z.union([schema, z.literal(NOT_GIVEN)], {
		error: (issue) => `expected ${what}, or \`not-given\` where the source gives none; got ${describeValue(issue.input)}`,
	});
}

/** Words the source uses instead of, or next to, a number ("all", "more than half", …). */
export const wordings = ['all', 'the-others', 'vast-majority', 'most', 'many', 'more-than-half', 'almost-half', 'some', 'few', 'none'] as const;
export const wording = z.enum(wordings, {
	error: (issue) => `expected one of ${wordings.join(', ')}; got ${describeValue(issue.input)}`,
});
export type Wording = z.output<typeof wording>;

/**
 * One counted result as the source states it: "14 out of 15" (`count: 14, of: 15`),
 * "42,86%" (`share: 42.86`), "74 % of the beneficiaries (20 women)" (`share: 74, count: 20`),
 * "all 27 women" (`wording: all, count: 27, of: 27`), "many" (`wording: many`).
 */
const figureShape = {
	count: count.optional().describe('How many (women, courses, …), as the source gives it.'),
	of: count.optional().describe('Out of how many, when the source gives the base: 15 in "14 out of 15".'),
	share: share.optional().describe('Percentage as the source writes it: 42.86 for "42,86%".'),
	wording: wording.optional().describe('The word the source uses instead of or next to a number.'),
};

interface FigureFields {
	count?: number;
	of?: number;
	share?: number;
	wording?: string;
}

const hasFigure = (f: FigureFields) => f.count !== undefined || f.share !== undefined || f.wording !== undefined;
const countWithinBase = (f: FigureFields) => f.count === undefined || f.of === undefined || f.count <= f.of;

/** A figure with further fields (such as a label), checked like `figure`. */
export function figureWith<E extends z.ZodRawShape>(extra: E) {
	return z
		.strictObject({ ...figureShape, ...extra })
		.refine((value) => hasFigure(value as FigureFields), {
			error: 'give at least one of `count`, `share` or `wording` (write the figure as the source states it)',
		})
		.refine((value) => countWithinBase(value as FigureFields), {
			error: '`count` is larger than `of`: check both against the source',
			path: ['count'],
		});
}

export const figure = figureWith({});
export type Figure = z.output<typeof figure>;

/** A remark in every language: context, a discrepancy in the source, what a gap means. */
export const note = localizedText('note');

/** Notes on an entry, each in every language. */
export const notes = z
	.array(note, { error: 'expected a list of notes, each with en, it, es and bg' })
	.describe('Context, gaps and discrepancies in the source, in every language.');

/** A partner of the consortium by id (see content/data/partners.yaml). */
export const partnerRef = slugId;
