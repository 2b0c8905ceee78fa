/**
 * What a template page shows, worked out from the definition: sections, fields with a
 * readable description of the expected answer, downloads. Pure; the component only renders.
 */
import { optionsOf, rowsOf, type Field, type PrivacyClass, type TemplateDefinition } from '../../../templates/schema.ts';
import { languages, locales, type Lang } from '../../config/locales.ts';
import { formatNumber } from '../i18n/format.ts';
import { pdfPath, templatePagePath } from './files.ts';
import { templateString } from './strings.ts';

export interface FieldSummary {
	id: string;
	label: string;
	help: string;
	required: boolean;
	privacy: PrivacyClass;
	/** the kind of answer, with its options: "one of: Italy, Spain, Bulgaria, Other" */
	answer: string;
}
export interface SectionSummary {
	id: string;
	title: string;
	intro?: string;
	fields: FieldSummary[];
}
export interface Download {
	lang: Lang;
	/** the language's name in that language */
	language: string;
	url: string;
	bytes: number;
	/** size in KB, formatted for the page's language */
	size: string;
}

const list = (items: readonly string[], lang: Lang) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/** A readable description of the answer a field expects, in the page's language. */
export function describeAnswer(field: Field, lang: Lang): string {
	switch (field.kind) {
		case 'choice':
		case 'multichoice':
		case 'rating':
			return templateString(lang, `templates.kind.${field.kind}`, { options: optionsOf(field).map((o) => o.label[lang]).join(', ') });
		case 'table': {
			const rows = Array.isArray(field.rows) ? rowsOf(field).map((r) => r.label[lang]).join(', ') : templateString(lang, 'templates.kind.numberedRows', { count: field.rows.count });
			return templateString(lang, 'templates.kind.table', { columns: list(field.columns.map((c) => c.label[lang]), lang), rows });
		}
		default:
			return templateString(lang, `templates.kind.${field.kind}`);
	}
}

/** The sections and fields of a template, in the page's language. */
export function templateSections(def: TemplateDefinition, lang: Lang): SectionSummary[] {
	return def.sections.map((s) => ({
		id: s.id,
		title: s.title[lang],
		intro: s.intro?.[lang],
		fields: s.fields.map((f) => ({ id: f.id, label: f.label[lang], help: f.help[lang], required: f.required, privacy: f.privacy, answer: describeAnswer(f, lang) })),
	}));
}

/** Size in KB (1 KB = 1024 bytes), rounded up so a small file never shows as 0. */
export function kilobytes(bytes: number, lang: Lang): string {
	return formatNumber(Math.ceil(bytes / 1024), lang, 0);
}

/** One download per language, the page's own language first. */
export function downloads(def: TemplateDefinition, sizes: Record<Lang, number>, pageLang: Lang): Download[] {
	const order = [pageLang, ...languages.filter((l) => l !== pageLang)];
	return order.map((lang) => ({
		lang,
		language: Object.values(locales).find((l) => l.lang === lang)!.label,
		url: pdfPath(def.id, lang),
		bytes: sizes[lang],
		size: kilobytes(sizes[lang], pageLang),
	}));
}

/** Everything a template page shows. */
export interface TemplatePageData {
	id: string;
	version: string;
	title: string;
	purpose: string;
	whenUsed: string;
	filledBy: string;
	step: { id: string; name: string; href: string };
	alsoUsedIn: { id: string; name: string; href: string }[];
	fieldCount: number;
	sections: SectionSummary[];
	downloads: Download[];
	privacyClasses: { id: PrivacyClass; name: string; help: string }[];
}

const stepLink = (step: string, lang: Lang) => ({
	id: step,
	name: templateString(lang, `templates.step.${step}` as Parameters<typeof templateString>[1]),
	href: `${lang === 'en' ? '' : `/${lang}`}/guidelines/${step}/`,
});

/** The data of a template page, from the definition and the sizes of its PDFs. */
export function templatePageData(def: TemplateDefinition, lang: Lang, sizes: Record<Lang, number>): TemplatePageData {
	const sections = templateSections(def, lang);
	return {
		id: def.id,
		version: def.version,
		title: def.title[lang],
		purpose: def.purpose[lang],
		whenUsed: def.whenUsed[lang],
		filledBy: def.filledBy[lang],
		step: stepLink(def.step, lang),
		alsoUsedIn: def.alsoUsedIn.map((s) => stepLink(s, lang)),
		fieldCount: sections.reduce((n, s) => n + s.fields.length, 0),
		sections,
		downloads: downloads(def, sizes, lang),
		privacyClasses: (['identifying', 'sensitive', 'aggregate'] as const).map((id) => ({
			id,
			name: templateString(lang, `templates.privacy.${id}`),
			help: templateString(lang, `templates.privacy.${id}.help`),
		})),
	};
}

/** The templates as the overview lists them. */
export function templateSummaries(defs: readonly TemplateDefinition[], lang: Lang) {
	return defs.map((def) => ({ id: def.id, title: def.title[lang], purpose: def.purpose[lang], href: templatePagePath(def.id, lang), step: stepLink(def.step, lang) }));
}
