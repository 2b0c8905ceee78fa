/**
 * Where each template's outputs live on the site, and the manifest that lists them.
 * Pure: the PDFs' bytes are passed in.
 */
import type { TemplateDefinition } from '../../../templates/schema.ts';
import { langPrefix, languages, type Lang } from '../../config/locales.ts';
import type { TemplateManifest } from '../../schemas/template-manifest.ts';
import { fieldCount } from '../pdf/layout.ts';
import { isSurveyTemplate } from '../surveys/aggregate.ts';

/** File name of a template PDF: `win-pip-it.pdf`. */
export const pdfFileName = (id: string, lang: Lang) => `win-${id}-${lang}.pdf`;
/** Path of a template PDF on the site: `/templates/pip/win-pip-it.pdf` (one folder for every language). */
export const pdfPath = (id: string, lang: Lang) => `/templates/${id}/${pdfFileName(id, lang)}`;
/** Path of a template's page in one language: `/it/templates/pip/`. */
export const templatePagePath = (id: string, lang: Lang) => `${langPrefix(lang)}/templates/${id}/`;
/** Path of a template's fill-in page in one language: `/it/templates/pip/fill/`. */
export const fillPagePath = (id: string, lang: Lang) => `${langPrefix(lang)}/templates/${id}/fill/`;
/** Path of a survey template's aggregate page in one language: `/it/templates/course-satisfaction/aggregate/`. */
export const aggregatePagePath = (id: string, lang: Lang) => `${langPrefix(lang)}/templates/${id}/aggregate/`;
/**
 * File name of a filled PDF: template, case code and date, such as `win-pip-AB12-2026-11-29.pdf`.
 * The case code keeps its letters and digits (any script) and loses everything else, so the name
 * is safe on every system; a form without a case code is named by template and date only.
 */
export function filledPdfName(id: string, record: Readonly<Record<string, unknown>>, date: Date): string {
	const code = typeof record['case-code'] === 'string' ? record['case-code'] : '';
	const safe = code
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
	return `win-${id}${safe ? `-${safe}` : ''}-${day}.pdf`;
}

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
							return [
								lang,
								{
									url: pdfPath(def.id, lang),
									bytes: bytes.length,
									sha256: await sha256(bytes),
									fieldCount: fieldCount(def),
									page: templatePagePath(def.id, lang),
									fillPage: fillPagePath(def.id, lang),
									...(isSurveyTemplate(def.id) && { aggregatePage: aggregatePagePath(def.id, lang) }),
								},
							] as const;
						}),
					),
				) as TemplateManifest['templates'][number]['pdfs'],
			})),
		),
	};
}
