import { z } from 'zod';
import { localizedText, slugId } from './common.ts';
import { languages, type Lang } from '../config/locales.ts';

/** One language's PDF of a template, as listed in `/templates/manifest.json`. */
export const manifestPdf = z.strictObject({
	url: z.string().regex(/^\/templates\/[a-z0-9-]+\/win-[a-z0-9-]+-[a-z]{2}\.pdf$/).describe('Path of the PDF on the site.'),
	bytes: z.number().int().positive().describe('Size of the file in bytes.'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file, lower-case hex.'),
	fieldCount: z.number().int().positive().describe('Fields the template defines (a multichoice or table field counts once).'),
	page: z.string().describe('Path of the template page in this language.'),
	fillPage: z.string().regex(/^(\/[a-z]{2})?\/templates\/[a-z0-9-]+\/fill\/$/).describe('Path of the page where the form is filled in online, in this language.'),
	aggregatePage: z
		.string()
		.regex(/^(\/[a-z]{2})?\/templates\/[a-z0-9-]+\/aggregate\/$/)
		.optional()
		.describe('Surveys only: path of the page that adds up filled surveys, in this language.'),
});

/**
 * `/templates/manifest.json`: a public contract. Tools and tests find every template PDF, check
 * its size and hash, and link to its page from here.
 */
export const templateManifest = z.strictObject({
	generator: z.string(),
	templates: z.array(
		z.strictObject({
			id: slugId,
			version: z.string(),
			title: localizedText('title'),
			step: z.string().describe('Pathway step where the template is used.'),
			pdfs: z.strictObject(Object.fromEntries(languages.map((lang) => [lang, manifestPdf])) as Record<Lang, typeof manifestPdf>),
		}),
	),
});
export type TemplateManifest = z.output<typeof templateManifest>;
export type ManifestPdf = z.output<typeof manifestPdf>;
