/**
 * The template PDFs of one build (Node only: fonts are read from node_modules). Each PDF is
 * made once per process and shared by its endpoint, the manifest and the template pages.
 */
import { getTemplate } from '../../../templates/index.ts';
import { languages, type Lang } from '../../config/locales.ts';
import { templatePageData, type TemplatePageData } from './page.ts';
import { generateTemplatePdf } from '../pdf/generate.ts';
import { loadFonts } from '../pdf/node-fonts.ts';
import { pdfStrings } from './strings.ts';

const made = new Map<string, Promise<Uint8Array>>();

/** The blank PDF of a template in one language. */
export function templatePdf(id: string, lang: Lang): Promise<Uint8Array> {
	const key = `${id}/${lang}`;
	let pdf = made.get(key);
	if (!pdf) {
		pdf = loadFonts().then((fonts) => generateTemplatePdf(getTemplate(id), lang, { fonts, strings: pdfStrings(lang) }));
		made.set(key, pdf);
	}
	return pdf;
}

/** The sizes of a template's PDFs, per language. */
export async function pdfSizes(id: string): Promise<Record<Lang, number>> {
	const entries = await Promise.all(languages.map(async (lang) => [lang, (await templatePdf(id, lang)).length] as const));
	return Object.fromEntries(entries) as Record<Lang, number>;
}

/** The data of a template page (build time: the PDF sizes are measured on the PDFs themselves). */
export async function buildTemplatePage(id: string, lang: Lang): Promise<TemplatePageData> {
	return templatePageData(getTemplate(id), lang, await pdfSizes(id));
}
