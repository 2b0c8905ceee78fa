import { z } from 'zod';
import { describeValue, languageNames, localizedText, slugId } from './common.ts';
import { datasetId } from './datasets.ts';
import { languages } from '../config/locales.ts';

/**
 * A lesson learned or a recommendation of the WIN partners, one file per entry in
 * `content/lessons/<id>.yaml` (the file name is the id). Rendered on `/lessons/`, filtered by
 * scope, theme and audience, and linked from the guidelines and the audience summaries.
 */

/** Where a lesson comes from: one of the three countries (ISO code) or all of them. Display order. */
export const lessonScopes = ['transnational', 'BG', 'IT', 'ES'] as const;
export type LessonScope = (typeof lessonScopes)[number];

/** What a lesson is about. Display order; labels in `content/i18n/<lang>/lessons.json` (`lessons.theme.<id>`). */
export const lessonThemes = [
	'eligibility',
	'transit-countries',
	'skills-assessment',
	'training',
	'language',
	'internships-and-work',
	'employer-engagement',
	'psychological-and-social-support',
	'legal-status-and-documents',
	'recognition-of-qualifications',
	'family-and-childcare',
	'partnerships',
	'templates-and-data',
	'funding',
	'covid-19',
] as const;
export type LessonTheme = (typeof lessonThemes)[number];

/** Who needs to act on a lesson. Labels: `lessons.audience.<id>`. */
export const lessonAudiences = ['policymakers', 'funders', 'csos', 'employers', 'training-and-job-services'] as const;
export type LessonAudience = (typeof lessonAudiences)[number];

/** A lesson learned (what the partners found) or a recommendation (what they advise doing). */
export const lessonKinds = ['lesson', 'recommendation'] as const;
export type LessonKind = (typeof lessonKinds)[number];

/**
 * The first segment of a page path a lesson may link to: the site's sections. A link elsewhere
 * is almost certainly a typing mistake.
 */
export const siteSections = ['guidelines', 'countries', 'what-win-did', 'results', 'lessons', 'templates', 'about'] as const;

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
	return z.enum(values, {
		error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}: expected one of ${values.join(', ')}`,
	});
}

/** A list of distinct values from `values`, at least one. */
function setOf<T extends readonly [string, ...string[]]>(values: T, what: string, plural: string) {
	return z
		.array(oneOf(values, what), { error: (issue) => `expected a list of ${plural}, such as [${values[0]}]; got ${describeValue(issue.input)}` })
		.min(1, { error: `is empty: name at least one ${what} (${values.join(', ')})` })
		.refine((list) => new Set(list).size === list.length, { error: `names the same ${what} twice; list each once` });
}

/** Placeholders such as `{share}` in a figure written in words. */
const placeholderPattern = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
export function placeholdersOf(text: string): string[] {
	return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]!))];
}

/**
 * A number quoted in a figure: a plain number (`21`), or a percentage in percent points
 * (`{ percent: 42.86 }`). Stored as numbers, formatted for each language with `Intl`, so the four
 * languages always quote the same figure.
 */
export const figureValue = z.union(
	[
		z.number(),
		z.strictObject({
			percent: z.number({ error: 'expected a percentage in percent points, such as 42.86' }).min(0).max(100),
		}),
	],
	{ error: 'expected a number such as 21, or a percentage such as { percent: 42.86 }' },
);
export type FigureValue = z.output<typeof figureValue>;

const evidenceFromDataset = z.strictObject({
	kind: z.literal('dataset'),
	dataset: datasetId.describe('Id of the dataset the figure comes from (src/schemas/datasets.ts).'),
	figure: localizedText('figure in words').describe(
		'The specific figure, in one sentence per language. Numbers go in `values` and appear as {placeholders}.',
	),
	values: z
		.record(
			z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: 'placeholder names are letters and digits, such as share' }),
			figureValue,
		)
		.optional()
		.describe('The numbers quoted by `figure`, by placeholder name.'),
});

/** A page of the site: absolute, without the language prefix, ending in a slash, e.g. `/countries/bulgaria/`. */
export const sitePath = z
	.string({ error: (issue) => `expected a page path such as /countries/bulgaria/; got ${describeValue(issue.input)}` })
	.regex(/^\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, {
		error: (issue) =>
			`must be a page of this site written as /section/page/ (lower case, ending in a slash, optionally followed by #anchor), such as /countries/bulgaria/; got ${describeValue(issue.input)}`,
	})
	.superRefine((path, ctx) => {
		if (/^\/(it|es|bg)\//.test(path)) {
			ctx.addIssue({ code: 'custom', message: 'must not start with a language: write /countries/bulgaria/; each language gets its own prefix when the page is built' });
		} else if (!(siteSections as readonly string[]).includes(path.split('/')[1]!)) {
			ctx.addIssue({
				code: 'custom',
				message: `must be in one of the site's sections (${siteSections.map((s) => `/${s}/`).join(', ')}); got ${describeValue(path)}`,
			});
		}
	});

const evidenceFromPage = z.strictObject({
	kind: z.literal('page'),
	page: sitePath.describe('The page that shows the evidence.'),
	label: localizedText('link text').describe('What the reader finds on that page, as link text.'),
});

export const lessonEvidence = z.discriminatedUnion('kind', [evidenceFromDataset, evidenceFromPage], {
	error: (issue) =>
		issue.code === 'invalid_union'
			? 'expected `kind: dataset` (with `dataset`, `figure` and `values`) or `kind: page` (with `page` and `label`)'
			: `expected an evidence item with \`kind: dataset\` or \`kind: page\`; got ${describeValue(issue.input)}`,
});
export type LessonEvidence = z.output<typeof lessonEvidence>;

/** A section number of the source document, such as `5.2` or `4.2.2`. */
const sourceSection = z
	.string({ error: (issue) => `expected a section number of the source document, such as "5.2"; got ${describeValue(issue.input)}` })
	.regex(/^[1-5](?:\.\d+){0,3}$/, { error: (issue) => `expected a section number of the source document, such as "5.2"; got ${describeValue(issue.input)}` });

/** Text in four languages that must be a single sentence in each. */
function oneSentence(what: string) {
	return localizedText(what).superRefine((value, ctx) => {
		for (const lang of languages) {
			const text = value[lang];
			if (!/[.!?…]["»“”]?$/.test(text)) {
				ctx.addIssue({ code: 'custom', path: [lang], message: `must be one full sentence ending with a full stop: the ${languageNames[lang]} ${what}` });
			} else if (/[.!?…]["»“”)]?\s+["«“„(]?\p{Lu}/u.test(text)) {
				ctx.addIssue({ code: 'custom', path: [lang], message: `must be one sentence; move the rest to \`explanation\`: the ${languageNames[lang]} ${what}` });
			}
		}
	});
}

export const lessonSchema = z
	.strictObject({
		id: slugId.describe('The file name without `.yaml`; used as the anchor on /lessons/.'),
		kind: oneOf(lessonKinds, 'kind').describe('`lesson` for what the partners found, `recommendation` for what they advise.'),
		scope: oneOf(lessonScopes, 'scope').describe('`transnational`, or the ISO code of the one country it comes from.'),
		themes: setOf(lessonThemes, 'theme', 'themes').describe('What the lesson is about.'),
		audiences: setOf(lessonAudiences, 'audience', 'audiences').describe('Who needs to act on it.'),
		title: localizedText('heading of a few words').describe('A short heading.'),
		summary: oneSentence('lesson in one sentence').describe('The lesson itself, in one sentence.'),
		explanation: localizedText('explanation').describe('Why it matters and what to do: short paragraphs separated by a blank line.'),
		evidence: z
			.array(lessonEvidence, { error: 'expected a list of evidence items' })
			.min(1, { error: 'is empty: give at least one figure from a dataset or one page that supports the lesson' })
			.describe('Figures from the datasets and pages that support the lesson.'),
		sources: z
			.array(sourceSection, { error: 'expected a list of section numbers, such as ["5.2"]' })
			.min(1, { error: 'is empty: name the section of the source document, such as "5.2"' })
			.describe('Sections of the source document the lesson comes from; the first decides its place in the list.'),
	})
	.superRefine((lesson, ctx) => {
		lesson.evidence.forEach((item, index) => {
			if (item.kind !== 'dataset') return;
			const defined = new Set(Object.keys(item.values ?? {}));
			const usedAnywhere = new Set<string>();
			for (const lang of languages) {
				for (const name of placeholdersOf(item.figure[lang])) {
					usedAnywhere.add(name);
					if (!defined.has(name)) {
						ctx.addIssue({
							code: 'custom',
							path: ['evidence', index, 'figure', lang],
							message: `uses {${name}}, which \`values\` does not define: add \`${name}:\` to \`values\`, or write the figure without it`,
						});
					}
				}
			}
			for (const lang of languages) {
				const used = new Set(placeholdersOf(item.figure[lang]));
				for (const name of defined) {
					if (usedAnywhere.has(name) && !used.has(name)) {
						ctx.addIssue({
							code: 'custom',
							path: ['evidence', index, 'figure', lang],
							message: `does not quote {${name}}, which the other languages quote: every language must give the same figures`,
						});
					}
				}
			}
			for (const name of defined) {
				if (!usedAnywhere.has(name)) {
					ctx.addIssue({
						code: 'custom',
						path: ['evidence', index, 'values', name],
						message: `is not used: quote it as {${name}} in \`figure\`, or remove it`,
					});
				}
			}
		});
	});
export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
