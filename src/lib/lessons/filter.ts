/**
 * Filtering the lessons by scope, theme and audience, as pure functions: the lessons page uses
 * them at build time (the filtered views for readers without JavaScript) and in the browser
 * (the filter form), so both always agree. No Astro, no DOM, no zod.
 *
 * A filter state holds at most one value per facet; an empty state selects every lesson. In the
 * address, the state is a query string in a fixed order: `?scope=italy&theme=language&audience=employers`.
 */

/** The facets a reader can filter by, in the order they appear in forms and addresses. */
export const facets = ['scope', 'theme', 'audience'] as const;
export type Facet = (typeof facets)[number];

/** The selected value of each facet; a facet left out is not filtered. */
export type FilterState = Partial<Record<Facet, string>>;

/** The values each facet accepts (as they appear in addresses). */
export type FacetValues = Record<Facet, readonly string[]>;

/** What the filter needs to know about a lesson: its values for each facet. */
export interface FilterableLesson {
	id: string;
	scope: string;
	themes: readonly string[];
	audiences: readonly string[];
}

/** A value of the address that was ignored: an unknown facet value, or a second value for a facet. */
export interface IgnoredParam {
	facet: Facet;
	value: string;
	reason: 'unknown' | 'repeated';
}

export interface ParsedQuery {
	state: FilterState;
	ignored: IgnoredParam[];
}

/**
 * Reads a filter state from a query string (`?theme=language&audience=employers`, with or
 * without the `?`). Unknown values and repeated facets are ignored and reported; parameters that
 * are not facets are left alone.
 */
export function parseQuery(query: string | URLSearchParams, values: FacetValues): ParsedQuery {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state: FilterState = {};
	const ignored: IgnoredParam[] = [];
	for (const facet of facets) {
		for (const raw of params.getAll(facet)) {
			const value = raw.trim();
			if (value === '') continue; // "all", as an empty select submits it
			if (!values[facet].includes(value)) ignored.push({ facet, value, reason: 'unknown' });
			else if (state[facet] !== undefined) ignored.push({ facet, value, reason: 'repeated' });
			else state[facet] = value;
		}
	}
	return { state, ignored };
}

/** Writes a filter state as a query string in facet order: `?theme=language`, or `''` when nothing is filtered. */
export function toQuery(state: FilterState): string {
	const params = new URLSearchParams();
	for (const facet of facets) {
		const value = state[facet];
		if (value) params.set(facet, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether a lesson passes every facet of the state. */
export function matches(lesson: FilterableLesson, state: FilterState): boolean {
	return (
		(state.scope === undefined || lesson.scope === state.scope) &&
		(state.theme === undefined || lesson.themes.includes(state.theme)) &&
		(state.audience === undefined || lesson.audiences.includes(state.audience))
	);
}

/** The lessons that pass every facet of the state, in their order. */
export function selectLessons<L extends FilterableLesson>(lessons: readonly L[], state: FilterState): L[] {
	return lessons.filter((lesson) => matches(lesson, state));
}

/** Query string → selected lessons, the state they were selected by, and what was ignored. */
export function filterByQuery<L extends FilterableLesson>(
	lessons: readonly L[],
	query: string | URLSearchParams,
	values: FacetValues,
): ParsedQuery & { selected: L[] } {
	const parsed = parseQuery(query, values);
	return { ...parsed, selected: selectLessons(lessons, parsed.state) };
}

/** Whether the state filters anything. */
export function isFiltered(state: FilterState): boolean {
	return facets.some((facet) => state[facet] !== undefined);
}

/** How many lessons carry each value of a facet (for "Language (7)" in menus and links). */
export function countByValue(lessons: readonly FilterableLesson[], facet: Facet): Map<string, number> {
	const counts = new Map<string, number>();
	for (const lesson of lessons) {
		const values = facet === 'scope' ? [lesson.scope] : facet === 'theme' ? lesson.themes : lesson.audiences;
		for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}

/**
 * Whether an address is one of the pre-rendered views of one facet value
 * (`/lessons/theme/language/`, `/bg/lessons/audience/employers/`), which repeat part of
 * `/lessons/` for readers without JavaScript and stay out of the sitemap.
 */
export function isLessonViewPath(pathname: string): boolean {
	return new RegExp(`(^|/)lessons/(${facets.join('|')})/[a-z0-9-]+/?$`).test(pathname);
}
