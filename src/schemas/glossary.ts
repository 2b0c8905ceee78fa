import { z } from 'zod';
import { describeValue, localizedText } from './common.ts';

/**
 * A link from a glossary term to more about it: a page of this site, given without its language
 * prefix (`/templates/pip/`, the page adds `/it`, `/es` or `/bg`), or an https address elsewhere.
 */
export const glossaryLinkSchema = z.strictObject({
	href: z
		.string({ error: (issue) => `expected a site path such as /templates/pip/ or an https address; got ${describeValue(issue.input)}` })
		.regex(/^(\/(?!\/)[^\s]*\/(#[a-z0-9-]+)?|https:\/\/[^\s]+)$/, {
			error: (issue) =>
				`must be a site path without the language, starting and ending with a slash (/templates/pip/), or an https address; got ${describeValue(issue.input)}`,
		})
		.refine((href) => !/^\/(it|es|bg)\//.test(href), {
			error: 'must not start with a language (/it/, /es/, /bg/): write the English path, each page adds its own language',
		})
		.describe('Where to read more: a path of this site without the language, or an https address.'),
	label: localizedText('link text, saying where the link goes').describe('Link text in every language.'),
});

/** One term of the glossary (`/about/glossary/`), explained in plain words in every language. */
export const glossaryEntrySchema = z.strictObject({
	id: z
		.string({ error: (issue) => `expected the term's identifier, such as pip; got ${describeValue(issue.input)}` })
		.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
			error: (issue) =>
				`must be the abbreviation in lower case (pip, amif) or, for a term that has none, lower-case words joined by hyphens (cultural-mediator); got ${describeValue(issue.input)}`,
		})
		.describe('Anchor of the term on the glossary page (`/about/glossary/#pip`), the same in every language.'),
	term: localizedText('term as readers meet it (the abbreviation, if it has one)').describe(
		'The term as it is written in each language, e.g. AMIF, FAMI, ФУМИ.',
	),
	expansion: localizedText('full form of the abbreviation')
		.optional()
		.describe('What the abbreviation stands for; leave out for a term that is not an abbreviation.'),
	explanation: localizedText('plain-language explanation (one to three short sentences)').describe(
		'What the term means for someone new to the field, in plain words.',
	),
	link: glossaryLinkSchema.optional().describe('Where to read more, if somewhere on this site (or an official page) explains it.'),
});
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
