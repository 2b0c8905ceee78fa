import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntryFiles } from '../../src/lib/data-file.ts';
import { lessonSchema, type Lesson } from '../../src/schemas/lesson.ts';
import { compareLessons, compareSections, fillFigure, formatSections, lessonView, paragraphs } from '../../src/lib/lessons/view.ts';
import { browserModel, viewsToBuild } from '../../src/lib/lessons/browser.ts';
import { lessonHref } from '../../src/lib/lessons/links.ts';
import { ContentError } from '../../src/lib/errors.ts';

const source = readFileSync(new URL('../fixtures/content/lessons/valid.yaml', import.meta.url), 'utf8');
const [base] = parseEntryFiles('content/lessons', [{ file: 'content/lessons/fund-internship-allowances.yaml', source }], lessonSchema) as [Lesson];
const lesson = { ...base, scopeValue: 'italy' };

describe('a lesson in one language', () => {
	it('quotes the same figures in every language, formatted for each', () => {
		expect(lessonView(lesson, 'en').evidence[0]).toMatchObject({ kind: 'dataset', text: '9 women (42.86%) had a job or internship.' });
		expect(lessonView(lesson, 'it').evidence[0]).toMatchObject({ text: '9 donne (42,86%) hanno avuto un lavoro o un tirocinio.' });
		expect(lessonView(lesson, 'es').evidence[0]).toMatchObject({ text: '9 mujeres (42,86\u00a0%) tuvieron un empleo o unas prácticas.' });
		expect(lessonView(lesson, 'bg').evidence[0]).toMatchObject({ text: '9 жени (42,86%) имаха работа или стаж.' });
	});

	it('links datasets and pages with the language prefix where pages have one', () => {
		const bg = lessonView(lesson, 'bg');
		expect(bg.evidence[0]).toMatchObject({ dataHref: '/bg/results/data/#dataset-employment-outcomes', csvHref: '/data/employment-outcomes.csv', jsonHref: '/data/employment-outcomes.json' });
		expect(bg.evidence[1]).toEqual({ kind: 'page', href: '/bg/countries/italy/', label: 'Италия' });
		expect(lessonView(lesson, 'en').evidence[1]).toMatchObject({ href: '/countries/italy/' });
	});

	it('splits the explanation into paragraphs', () => {
		expect(lessonView(lesson, 'en').paragraphs).toEqual(['Companies offered places but not pay.', 'A paid internship is a first income.']);
		expect(paragraphs('one\nline\n\n\n  two  ')).toEqual(['one line', 'two']);
	});

	it('refuses a figure whose placeholder has no value', () => {
		expect(() => fillFigure('{n} women', {}, 'en')).toThrow('quotes {n}, which has no value');
		expect(fillFigure('{n} of {total}', { n: 14, total: 15 }, 'en')).toBe('14 of 15');
		expect(fillFigure('{p}', { p: { percent: 93.3 } }, 'it')).toBe('93,3%');
	});

	it('names source sections as a list in the language', () => {
		expect(formatSections(['4.2.2', '5.2'], 'en')).toBe('4.2.2 and 5.2');
		expect(formatSections(['4.2.2', '5.2'], 'bg')).toBe('4.2.2 и 5.2');
	});
});

describe('order of the list', () => {
	it('compares section numbers numerically', () => {
		expect(['5.2', '4.2.10', '4.2.2', '3.2', '4.2'].sort(compareSections)).toEqual(['3.2', '4.2', '4.2.2', '4.2.10', '5.2']);
	});

	it('puts transnational lessons first, then Bulgaria, Italy, Spain, then by source section', () => {
		const make = (id: string, scope: Lesson['scope'], section: string) => ({ ...base, id, scope, sources: [section] });
		const sorted = [make('es', 'ES', '5.2'), make('it-late', 'IT', '5.2'), make('it-early', 'IT', '4.2.2'), make('all', 'transnational', '5.2'), make('bg', 'BG', '3.2')].sort(compareLessons);
		expect(sorted.map((l) => l.id)).toEqual(['all', 'bg', 'it-early', 'it-late', 'es']);
	});
});

describe('the list model', () => {
	const values = { scope: ['transnational', 'bulgaria', 'italy', 'spain'], theme: ['language', 'internships-and-work', 'funding'], audience: ['funders', 'employers', 'csos'] };
	const other = { ...lesson, id: 'other', scopeValue: 'transnational', scope: 'transnational' as const, themes: ['language' as const], audiences: ['csos' as const] };
	const labels = { value: (facet: string, value: string) => `${facet}:${value}`, count: { one: '{shown} of {total} lesson', other: '{shown} of {total} lessons' } };

	it('lists everything, grouped by scope, with counts per value', () => {
		const model = browserModel({ lessons: [lesson, other], values, lang: 'en', prefix: '', labels });
		expect(model.countText).toBe('2 of 2 lessons');
		expect(model.groups.map((g) => [g.heading, g.lessons.map((l) => l.id)])).toEqual([
			['scope:transnational', ['other']],
			['scope:italy', ['fund-internship-allowances']],
		]);
		const themes = model.facets.find((f) => f.facet === 'theme')!.options;
		expect(themes.map((o) => [o.value, o.text, o.href])).toEqual([
			['language', 'theme:language (1)', '/lessons/theme/language/'],
			['internships-and-work', 'theme:internships-and-work (1)', '/lessons/theme/internships-and-work/'],
			['funding', 'theme:funding (1)', '/lessons/theme/funding/'],
		]);
		// Values without lessons get no option and no view.
		expect(model.facets.find((f) => f.facet === 'scope')!.options.map((o) => o.value)).toEqual(['transnational', 'italy']);
	});

	it('shows one value in a pre-rendered view, marking it as current', () => {
		const model = browserModel({ lessons: [lesson, other], values, lang: 'it', prefix: '/it', labels, view: { facet: 'audience', value: 'csos' } });
		expect(model.countText).toBe('1 of 2 lessons');
		expect(model.lessons.map((l) => l.id)).toEqual(['other']);
		const current = model.facets.flatMap((f) => f.options).filter((o) => o.current);
		expect(current.map((o) => o.href)).toEqual(['/it/lessons/audience/csos/']);
	});

	it('builds one view per value that has lessons', () => {
		expect(viewsToBuild([lesson, other], values)).toEqual([
			{ facet: 'scope', value: 'transnational' },
			{ facet: 'scope', value: 'italy' },
			{ facet: 'theme', value: 'language' },
			{ facet: 'theme', value: 'internships-and-work' },
			{ facet: 'theme', value: 'funding' },
			{ facet: 'audience', value: 'funders' },
			{ facet: 'audience', value: 'employers' },
			{ facet: 'audience', value: 'csos' },
		]);
	});
});

describe('links to one lesson', () => {
	it('point to the lesson in a filtered view', () => {
		expect(lessonHref({ prefix: '/es', lesson, filter: { audience: 'employers' }, page: 'p.mdx' })).toBe('/es/lessons/?audience=employers#fund-internship-allowances');
		expect(lessonHref({ prefix: '', lesson, page: 'p.mdx' })).toBe('/lessons/#fund-internship-allowances');
	});

	it('refuse a filter that would hide the lesson, naming the page', () => {
		try {
			lessonHref({ prefix: '', lesson, filter: { audience: 'csos' }, page: 'content/docs/lessons/for-csos.mdx' });
			throw new Error('accepted');
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			expect((error as ContentError).message).toContain('content/docs/lessons/for-csos.mdx has a problem');
			expect((error as ContentError).problems[0]).toContain('links to the lesson "fund-internship-allowances" filtered by audience=csos, but that filter hides it');
		}
	});
});
