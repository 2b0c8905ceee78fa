import { describe, expect, it } from 'vitest';
import { countByValue, filterByQuery, isFiltered, isLessonViewPath, parseQuery, selectLessons, toQuery, type FacetValues } from '../../src/lib/lessons/filter.ts';
import { choosePlural, formatCount } from '../../src/lib/lessons/count.ts';

const values: FacetValues = {
	scope: ['transnational', 'bulgaria', 'italy', 'spain'],
	theme: ['language', 'internships-and-work', 'funding', 'covid-19'],
	audience: ['policymakers', 'funders', 'csos', 'employers'],
};

const lessons = [
	{ id: 'a', scope: 'italy', themes: ['language'], audiences: ['csos', 'employers'] },
	{ id: 'b', scope: 'italy', themes: ['internships-and-work', 'funding'], audiences: ['funders', 'employers'] },
	{ id: 'c', scope: 'transnational', themes: ['language', 'covid-19'], audiences: ['policymakers'] },
	{ id: 'd', scope: 'spain', themes: ['internships-and-work'], audiences: ['csos'] },
];
const ids = (list: { id: string }[]) => list.map((l) => l.id);

describe('lesson filter: query string → lessons', () => {
	it('selects every lesson when nothing is filtered', () => {
		const result = filterByQuery(lessons, '', values);
		expect(ids(result.selected)).toEqual(['a', 'b', 'c', 'd']);
		expect(result.state).toEqual({});
		expect(isFiltered(result.state)).toBe(false);
	});

	it('filters by one facet', () => {
		expect(ids(filterByQuery(lessons, '?theme=language', values).selected)).toEqual(['a', 'c']);
		expect(ids(filterByQuery(lessons, 'scope=italy', values).selected)).toEqual(['a', 'b']);
	});

	it('combines facets with AND', () => {
		expect(ids(filterByQuery(lessons, '?theme=language&audience=employers', values).selected)).toEqual(['a']);
		expect(ids(filterByQuery(lessons, '?scope=italy&theme=funding&audience=funders', values).selected)).toEqual(['b']);
		expect(ids(filterByQuery(lessons, '?scope=spain&theme=language', values).selected)).toEqual([]);
	});

	it('ignores unknown values and reports them, filtering by the rest', () => {
		const result = filterByQuery(lessons, '?theme=housing&audience=employers&utm_source=mail', values);
		expect(result.state).toEqual({ audience: 'employers' });
		expect(ids(result.selected)).toEqual(['a', 'b']);
		expect(result.ignored).toEqual([{ facet: 'theme', value: 'housing', reason: 'unknown' }]);
	});

	it('keeps the first of repeated values', () => {
		const result = parseQuery('?theme=funding&theme=language', values);
		expect(result.state).toEqual({ theme: 'funding' });
		expect(result.ignored).toEqual([{ facet: 'theme', value: 'language', reason: 'repeated' }]);
	});

	it('treats an empty value as "all", as a form with "All themes" submits it', () => {
		expect(parseQuery('?scope=&theme=language&audience=', values)).toEqual({ state: { theme: 'language' }, ignored: [] });
	});

	it('is case-sensitive: values are ids', () => {
		expect(parseQuery('?theme=Language', values).state).toEqual({});
	});
});

describe('lesson filter: state → query string', () => {
	it('writes facets in a fixed order whatever the order of the state', () => {
		expect(toQuery({ audience: 'employers', theme: 'language' })).toBe('?theme=language&audience=employers');
		expect(toQuery({ audience: 'employers', scope: 'italy', theme: 'funding' })).toBe('?scope=italy&theme=funding&audience=employers');
	});

	it('writes nothing for an empty state', () => {
		expect(toQuery({})).toBe('');
		expect(toQuery({ theme: '' })).toBe('');
	});

	it('round-trips: query → state → query', () => {
		for (const query of ['?theme=language', '?scope=italy&audience=funders', '?scope=transnational&theme=covid-19&audience=policymakers']) {
			expect(toQuery(parseQuery(query, values).state)).toBe(query);
		}
		// A messy address comes back canonical.
		expect(toQuery(parseQuery('audience=employers&theme=nope&theme=language&scope=', values).state)).toBe('?theme=language&audience=employers');
	});
});

describe('counts', () => {
	it('counts lessons per facet value', () => {
		expect(Object.fromEntries(countByValue(lessons, 'theme'))).toEqual({ language: 2, 'internships-and-work': 2, funding: 1, 'covid-19': 1 });
		expect(Object.fromEntries(countByValue(selectLessons(lessons, { scope: 'italy' }), 'audience'))).toEqual({ csos: 1, employers: 2, funders: 1 });
	});

	const en = { one: '{shown} of {total} lesson', other: '{shown} of {total} lessons' };
	const bg = { one: '{shown} от {total} поука', other: '{shown} от {total} поуки' };

	it('says "12 of 31 lessons" with the plural of the total, in each language', () => {
		expect(formatCount('en', 12, 31, en)).toBe('12 of 31 lessons');
		expect(formatCount('en', 1, 1, en)).toBe('1 of 1 lesson');
		expect(formatCount('en', 0, 1, en)).toBe('0 of 1 lesson');
		expect(formatCount('bg', 12, 31, bg)).toBe('12 от 31 поуки');
		expect(formatCount('bg', 1, 1, bg)).toBe('1 от 1 поука');
	});

	it('formats the numbers for the language', () => {
		expect(formatCount('en', 1200, 1500, en)).toBe('1,200 of 1,500 lessons');
		expect(formatCount('it', 1200, 1500, { one: '{shown} di {total} lezione', other: '{shown} di {total} lezioni' })).toBe('1200 di 1500 lezioni');
	});

	it('falls back to `other` for a category a language has but the phrases lack', () => {
		// Italian and Spanish have a "many" category for millions.
		expect(new Intl.PluralRules('it').select(1_000_000)).toBe('many');
		expect(choosePlural('it', 1_000_000, { one: 'una', other: 'tante' })).toBe('tante');
	});
});

describe('pre-rendered views', () => {
	it('are recognised by their address, in every language', () => {
		expect(isLessonViewPath('/lessons/theme/language/')).toBe(true);
		expect(isLessonViewPath('/bg/lessons/audience/employers/')).toBe(true);
		expect(isLessonViewPath('/it/lessons/scope/italy')).toBe(true);
		expect(isLessonViewPath('/lessons/')).toBe(false);
		expect(isLessonViewPath('/lessons/for-employers/')).toBe(false);
		expect(isLessonViewPath('/guidelines/theme/language/')).toBe(false);
	});
});
