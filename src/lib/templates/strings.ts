/**
 * The UI strings the template outputs need outside Astro (PDFs made by scripts, tests and the
 * browser), read from the same `content/i18n/<lang>/templates.json` files the site uses.
 */
import en from '../../../content/i18n/en/templates.json' with { type: 'json' };
import it from '../../../content/i18n/it/templates.json' with { type: 'json' };
import es from '../../../content/i18n/es/templates.json' with { type: 'json' };
import bg from '../../../content/i18n/bg/templates.json' with { type: 'json' };
import type { Lang } from '../../config/locales.ts';

export type TemplateStringKey = keyof typeof en;
const strings: Record<Lang, Record<TemplateStringKey, string>> = { en, it, es, bg };

/**
 * Replaces `{{name}}` placeholders (the syntax of Starlight's `t()`, so the same strings serve the
 * pages and the PDFs): `interpolate('Page {{page}}', { page: 2 })` → `Page 2`.
 */
export function interpolate(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** One template UI string in one language, placeholders filled. */
export function templateString(lang: Lang, key: TemplateStringKey, values: Record<string, string | number> = {}): string {
	return interpolate(strings[lang][key], values);
}

/** The strings printed on a template PDF. */
export interface PdfStrings {
	page(page: number, pages: number): string;
	confidential: string;
	required: string;
	dateHint: string;
	version(id: string, version: string): string;
	continued: string;
}

/** The strings printed on a template PDF in one language. */
export function pdfStrings(lang: Lang): PdfStrings {
	return {
		page: (page, pages) => templateString(lang, 'templates.pdf.page', { page, pages }),
		confidential: templateString(lang, 'templates.pdf.confidential'),
		required: templateString(lang, 'templates.pdf.required'),
		dateHint: templateString(lang, 'templates.pdf.dateHint'),
		version: (id, version) => templateString(lang, 'templates.pdf.version', { id, version }),
		continued: templateString(lang, 'templates.pdf.continued'),
	};
}
