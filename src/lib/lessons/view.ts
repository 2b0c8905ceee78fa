/**
 * Shapes lessons for rendering in one language: figures with their numbers formatted for that
 * language, explanations split into paragraphs, links with the language prefix. Pure; the
 * `.astro` components only render what these functions return.
 */
import { langPrefix, type Lang } from '../../config/locales.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import type { DatasetId } from '../../schemas/datasets.ts';
import {
	lessonScopes,
	placeholdersOf,
	type FigureValue,
	type Lesson,
	type LessonAudience,
	type LessonKind,
	type LessonScope,
	type LessonTheme,
} from '../../schemas/lesson.ts';
import type { FilterableLesson } from './filter.ts';

/** A lesson as the filter and the pages see it: with its scope as it appears in addresses (`italy`). */
export interface ScopedLesson extends Lesson {
	/** `transnational`, or the country's id (`italy`), as used in `?scope=…` and `/lessons/scope/…/`. */
	scopeValue: string;
}

export type EvidenceView =
	| { kind: 'dataset'; dataset: DatasetId; text: string; dataHref: string; csvHref: string; jsonHref: string }
	| { kind: 'page'; href: string; label: string };

export interface LessonView extends FilterableLesson {
	id: string;
	kind: LessonKind;
	scopeCode: LessonScope;
	themes: LessonTheme[];
	audiences: LessonAudience[];
	title: string;
	summary: string;
	paragraphs: string[];
	evidence: EvidenceView[];
	sources: string[];
}

/** Formats one quoted number for a language: `42.86%` / `42,86 %`, `21`. */
export function formatFigureValue(value: FigureValue, lang: Lang): string {
	return typeof value === 'number' ? formatNumber(value, lang) : formatPercent(value.percent, lang);
}

/**
 * Replaces the `{placeholders}` of a figure with its values, formatted for the language.
 * @throws Error when a placeholder has no value (the schema prevents this for content files)
 */
export function fillFigure(text: string, values: Record<string, FigureValue> | undefined, lang: Lang): string {
	for (const name of placeholdersOf(text)) {
		if (!values || !(name in values)) throw new Error(`The figure "${text}" quotes {${name}}, which has no value`);
	}
	return text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_, name: string) => formatFigureValue(values![name]!, lang));
}

/** Splits text at blank lines into paragraphs, joining the lines of each. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
}

/** Compares section numbers such as `4.2.2` and `5.2` numerically. */
export function compareSections(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (d !== 0) return d;
	}
	return 0;
}

/** Reading order: by scope (transnational first, then Bulgaria, Italy, Spain as the source does), then by source section, then by id. */
export function compareLessons(a: Lesson, b: Lesson): number {
	return (
		lessonScopes.indexOf(a.scope) - lessonScopes.indexOf(b.scope) ||
		compareSections(a.sources[0]!, b.sources[0]!) ||
		a.id.localeCompare(b.id)
	);
}

/** A lesson in one language, ready to render. */
export function lessonView(lesson: ScopedLesson, lang: Lang): LessonView {
	const prefix = langPrefix(lang);
	return {
		id: lesson.id,
		kind: lesson.kind,
		scope: lesson.scopeValue,
		scopeCode: lesson.scope,
		themes: lesson.themes,
		audiences: lesson.audiences,
		title: lesson.title[lang],
		summary: lesson.summary[lang],
		paragraphs: paragraphs(lesson.explanation[lang]),
		evidence: lesson.evidence.map((item): EvidenceView =>
			item.kind === 'dataset'
				? {
						kind: 'dataset',
						dataset: item.dataset,
						text: fillFigure(item.figure[lang], item.values, lang),
						dataHref: `${prefix}/results/data/#dataset-${item.dataset}`,
						csvHref: `/data/${item.dataset}.csv`,
						jsonHref: `/data/${item.dataset}.json`,
					}
				: { kind: 'page', href: `${prefix}${item.page}`, label: item.label[lang] },
		),
		sources: lesson.sources,
	};
}

/** Lessons grouped by scope, in scope order; scopes without lessons are left out. */
export function groupByScope<L extends { scope: string }>(lessons: readonly L[], scopeOrder: readonly string[]): { scope: string; lessons: L[] }[] {
	return scopeOrder
		.map((scope) => ({ scope, lessons: lessons.filter((l) => l.scope === scope) }))
		.filter((group) => group.lessons.length > 0);
}

/** "5.2" / "4.2.2 and 5.2" / "4.2.2 e 5.2", joined for the language. */
export function formatSections(sections: readonly string[], lang: Lang): string {
	return new Intl.ListFormat(lang, { type: 'conjunction' }).format(sections);
}
