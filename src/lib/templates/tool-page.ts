/**
 * What the fill-in and aggregate pages hand to their scripts: the template, the page's language,
 * the PDF to fill, the size limit, and the UI strings the script shows (in the page's language
 * only). Written into the page as a JSON data block, so the scripts need no request for them.
 */
import { templates } from '../../../templates/index.ts';
import { languages, locales, type Lang } from '../../config/locales.ts';
import fillerEn from '../../../content/i18n/en/filler.json' with { type: 'json' };
import fillerIt from '../../../content/i18n/it/filler.json' with { type: 'json' };
import fillerEs from '../../../content/i18n/es/filler.json' with { type: 'json' };
import fillerBg from '../../../content/i18n/bg/filler.json' with { type: 'json' };
import dataEn from '../../../content/i18n/en/data.json' with { type: 'json' };
import dataIt from '../../../content/i18n/it/data.json' with { type: 'json' };
import dataEs from '../../../content/i18n/es/data.json' with { type: 'json' };
import dataBg from '../../../content/i18n/bg/data.json' with { type: 'json' };
import { fillPagePath, pdfPath } from './files.ts';
import { maxFileBytes, maxFiles } from '../surveys/collect.ts';

/** The UI strings the tool pages' scripts use, as written (placeholders kept), per language. */
const uiStrings: Record<Lang, Record<string, string>> = {
	en: { ...fillerEn, ...dataEn },
	it: { ...fillerIt, ...dataIt },
	es: { ...fillerEs, ...dataEs },
	bg: { ...fillerBg, ...dataBg },
};

export interface ToolConfig {
	template: string;
	version: string;
	lang: Lang;
	/** the blank PDF of this page's language, filled in the browser */
	pdf: string;
	maxBytes: number;
	maxFiles: number;
	/** every template's title in the page's language, and its fill-in page (a PDF of another form links there) */
	templates: Record<string, { title: string; fill: string }>;
	/** language names in the page's language */
	languageNames: Record<string, string>;
	strings: Record<string, string>;
}

/** The keys of the English UI strings that start with one of the prefixes. */
export function stringKeys(prefixes: readonly string[]): string[] {
	return Object.keys(uiStrings.en).filter((key) => prefixes.some((p) => key.startsWith(p)));
}

/** Strings each tool page's script uses. */
export const toolStringPrefixes = {
	fill: ['filler.open.', 'filler.file.', 'filler.form.', 'filler.errors.', 'filler.error.', 'filler.attendance.', 'filler.draft.'],
	aggregate: ['filler.aggregate.', 'filler.file.', 'filler.form.loading', 'data.survey.', 'data.gap.', 'data.note.item'],
} as const;

/** One UI string of a tool page, placeholders kept (for the command line tools and tests). */
export function toolStrings(lang: Lang): Readonly<Record<string, string>> {
	return uiStrings[lang];
}

/** The configuration of a tool page. */
export function toolConfig(id: string, lang: Lang, kind: keyof typeof toolStringPrefixes): ToolConfig {
	const def = templates.find((d) => d.id === id);
	if (!def) throw new Error(`No template "${id}"`);
	const names = new Intl.DisplayNames([lang], { type: 'language' });
	return {
		template: id,
		version: def.version,
		lang,
		pdf: pdfPath(id, lang),
		maxBytes: maxFileBytes,
		maxFiles,
		templates: Object.fromEntries(templates.map((d) => [d.id, { title: d.title[lang], fill: fillPagePath(d.id, lang) }])),
		languageNames: Object.fromEntries(languages.map((l) => [l, names.of(l) ?? Object.values(locales).find((x) => x.lang === l)!.label])),
		strings: Object.fromEntries(stringKeys(toolStringPrefixes[kind]).map((key) => [key, uiStrings[lang][key]!])),
	};
}

/** JSON safe inside a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}
