/**
 * Where each template's outputs live on the site, and the manifest that lists them.
 * Pure: the PDFs' bytes are passed in.
 */
import type { TemplateDefinition } from '../../../templates/schema.ts';
import { langPrefix, languages, type Lang } from '../../config/locales.ts';
import type { TemplateManifest } from '../../schemas/template-manifest.ts';
import { fieldCount } from '../pdf/layout.ts';

/** File name of a template PDF: `win-pip-it.pdf`. */
export const pdfFileName = (id: string, lang: Lang) => `win-${id}-${lang}.pdf`;
/** Path of a template PDF on the site: `/templates/pip/win-pip-it.pdf` (one folder for every language). */
export const pdfPath = (id: string, lang: Lang) => `/templates/${id}/${pdfFileName(id, lang)}`;
/** Path of a template's page in one language: `/it/templates/pip/`. */
export const templatePagePath = (id: string, lang: Lang) => `${langPrefix(lang)}/templates/${id}/`;
/** Path of the template overview in one language. */
export const templatesIndexPath = (lang: Lang) => `${langPrefix(lang)}/templates/`;

/** SHA-256 of bytes as lower-case hex (Web Crypto: works in Node and browsers). */
export async function sha256(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds the manifest from the definitions and their PDFs. */
export async function buildManifest(
	templates: readonly TemplateDefinition[],
	pdfOf: (id: string, lang: Lang) => Promise<Uint8Array>,
): Promise<TemplateManifest> {
	return {
		generator: 'WIN Toolkit',
		templates: await Promise.all(
			templates.map(async (def) => ({
				id: def.id,
				version: def.version,
				title: def.title,
				step: def.step,
				pdfs: Object.fromEntries(
					await Promise.all(
						languages.map(async (lang) => {
							const bytes = await pdfOf(def.id, lang);
							return [lang, { url: pdfPath(def.id, lang), bytes: bytes.length, sha256: await sha256(bytes), fieldCount: fieldCount(def), page: templatePagePath(def.id, lang) }] as const;
						}),
					),
				) as TemplateManifest['templates'][number]['pdfs'],
			})),
		),
	};
}
