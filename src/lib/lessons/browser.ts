/**
 * The model of the lessons list: groups by scope, the filter menus with their counts, and the
 * links to the filtered views. Pure, so the page and its tests share it; labels come in from
 * the caller (the component reads them from the UI strings).
 */
import type { Lang } from '../../config/locales.ts';
import { formatNumber } from '../i18n/format.ts';
import { countByValue, facets, selectLessons, type Facet, type FacetValues, type FilterState } from './filter.ts';
import { formatCount, type CountPhrases } from './count.ts';
import { groupByScope, lessonView, type LessonView, type ScopedLesson } from './view.ts';

export interface BrowserLabels {
	/** The label of a facet value: `Language`, `Italy`, `Employers`. */
	value: (facet: Facet, value: string) => string;
	/** "{shown} of {total} lessons" by plural category. */
	count: CountPhrases;
}

export interface FacetOption {
	value: string;
	label: string;
	count: number;
	/** "Language (7)" */
	text: string;
	/** The pre-rendered view of this value: `/it/lessons/theme/language/`. */
	href: string;
	/** Whether this value is the one the view shows. */
	current: boolean;
}

export interface BrowserModel {
	lessons: LessonView[];
	groups: { scope: string; heading: string; lessons: LessonView[] }[];
	facets: { facet: Facet; options: FacetOption[] }[];
	total: number;
	shown: number;
	countText: string;
}

/** The address of the pre-rendered view of one facet value, e.g. `/bg/lessons/audience/employers/`. */
export function viewPath(prefix: string, facet: Facet, value: string): string {
	return `${prefix}/lessons/${facet}/${value}/`;
}

/**
 * Builds the list for one language.
 * @param view the facet value a pre-rendered view shows; undefined on the full list
 */
export function browserModel(args: {
	lessons: readonly ScopedLesson[];
	values: FacetValues;
	lang: Lang;
	prefix: string;
	labels: BrowserLabels;
	view?: { facet: Facet; value: string };
}): BrowserModel {
	const { lang, labels, view, prefix } = args;
	const all = args.lessons.map((lesson) => lessonView(lesson, lang));
	const state: FilterState = view ? { [view.facet]: view.value } : {};
	const selected = selectLessons(all, state);
	return {
		lessons: selected,
		groups: groupByScope(selected, args.values.scope).map((group) => ({
			...group,
			heading: labels.value('scope', group.scope),
		})),
		facets: facets.map((facet) => {
			const counts = countByValue(all, facet);
			return {
				facet,
				options: args.values[facet]
					.filter((value) => (counts.get(value) ?? 0) > 0)
					.map((value) => {
						const label = labels.value(facet, value);
						const count = counts.get(value) ?? 0;
						return {
							value,
							label,
							count,
							text: `${label} (${formatNumber(count, lang, 0)})`,
							href: viewPath(prefix, facet, value),
							current: view?.facet === facet && view.value === value,
						};
					}),
			};
		}),
		total: all.length,
		shown: selected.length,
		countText: formatCount(lang, selected.length, all.length, labels.count),
	};
}

/** Every facet value that has at least one lesson: the pre-rendered views to build. */
export function viewsToBuild(lessons: readonly ScopedLesson[], values: FacetValues): { facet: Facet; value: string }[] {
	const views = lessons.map((lesson) => lessonView(lesson, 'en'));
	return facets.flatMap((facet) => {
		const counts = countByValue(views, facet);
		return values[facet].filter((value) => (counts.get(value) ?? 0) > 0).map((value) => ({ facet, value }));
	});
}
