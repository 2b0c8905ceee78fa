/** Links to one lesson from other pages, checked against the lesson. */
import { ContentError } from '../errors.ts';
import { matches, toQuery, type FilterState } from './filter.ts';
import type { ScopedLesson } from './view.ts';

/**
 * `/it/lessons/?audience=employers#lesson-id`: the lesson on the lessons page, in a view filtered
 * by `filter` (facets left undefined are not filtered).
 * @throws ContentError naming `page` when the filter would hide the lesson it links to
 */
export function lessonHref(args: { prefix: string; lesson: ScopedLesson; filter?: FilterState; page: string }): string {
	const { prefix, lesson, page } = args;
	const filter: FilterState = {};
	for (const [facet, value] of Object.entries(args.filter ?? {}) as [keyof FilterState, string | undefined][]) {
		if (value) filter[facet] = value;
	}
	const view = { id: lesson.id, scope: lesson.scopeValue, themes: lesson.themes, audiences: lesson.audiences };
	if (!matches(view, filter)) {
		const asked = Object.entries(filter)
			.map(([facet, value]) => `${facet}=${value}`)
			.join('&');
		throw new ContentError(page, [
			`links to the lesson "${lesson.id}" filtered by ${asked}, but that filter hides it (its scope is ${lesson.scopeValue}, themes ${lesson.themes.join(', ')}, audiences ${lesson.audiences.join(', ')})`,
		]);
	}
	return `${prefix}/lessons/${toQuery(filter)}#${lesson.id}`;
}
