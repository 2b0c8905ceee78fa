import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries, parseEntryFiles } from '../../src/lib/data-file.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { datasetIds } from '../../src/schemas/datasets.ts';
import { checkPathwayOrder, pathwayStepEntry, pathwayStepIds } from '../../src/schemas/pathway.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/content/lessons/${name}`, import.meta.url), 'utf8');

/** Reads one fixture as if it were `content/lessons/<id>.yaml`; returns the problems reported (fails if none). */
function problems(name: string, id = 'fund-internship-allowances'): string[] {
	const file = `content/lessons/${id}.yaml`;
	try {
		parseEntryFiles('content/lessons', [{ file, source: fixture(name) }], lessonSchema);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain('content/lessons has');
		return [...(error as ContentError).problems];
	}
	throw new Error(`${name} was accepted, but it is broken`);
}

describe('lesson files', () => {
	it('accept a complete lesson, taking its id from the file name', () => {
		const [lesson] = parseEntryFiles('content/lessons', [{ file: 'content/lessons/fund-internship-allowances.yaml', source: fixture('valid.yaml') }], lessonSchema);
		expect(lesson?.id).toBe('fund-internship-allowances');
		expect(lesson?.evidence[0]).toMatchObject({ kind: 'dataset', dataset: 'employment-outcomes', values: { n: 9, share: { percent: 42.86 } } });
	});

	it('reject an unknown theme, naming the file, the field and the themes allowed', () => {
		const [problem, ...rest] = problems('unknown-theme.yaml');
		expect(rest).toEqual([]);
		expect(problem).toMatch(/^content\/lessons\/fund-internship-allowances\.yaml, field `themes\[1\]`: unknown theme "housing": expected one of eligibility, transit-countries, /);
	});

	it('reject an evidence dataset that is not in the shared list', () => {
		expect(problems('unknown-dataset.yaml')).toEqual([
			`content/lessons/fund-internship-allowances.yaml, field \`evidence[0].dataset\`: unknown dataset the text "employment": expected one of the ids in src/schemas/dataset.ts (${datasetIds.join(', ')})`,
		]);
	});

	it('reject a missing translation, naming the language', () => {
		expect(problems('missing-translation.yaml')).toEqual([
			'content/lessons/fund-internship-allowances.yaml, field `summary.bg`: missing: expected the Bulgarian lesson in one sentence',
		]);
	});

	it('require every language to quote the same figures, and every value to be quoted', () => {
		const found = problems('figure-mismatch.yaml');
		expect(found).toContain(
			'content/lessons/fund-internship-allowances.yaml, field `evidence[0].figure.bg`: does not quote {n}, which the other languages quote: every language must give the same figures',
		);
		expect(found).toContain(
			'content/lessons/fund-internship-allowances.yaml, field `evidence[0].values.total`: is not used: quote it as {total} in `figure`, or remove it',
		);
	});

	it('keep the summary to one sentence', () => {
		expect(problems('two-sentences.yaml')).toEqual([
			'content/lessons/fund-internship-allowances.yaml, field `summary.en`: must be one sentence; move the rest to `explanation`: the English lesson in one sentence',
		]);
	});

	it('reject a page path with a language prefix', () => {
		expect(problems('page-with-language.yaml')).toEqual([
			'content/lessons/fund-internship-allowances.yaml, field `evidence[1].page`: must not start with a language: write /countries/bulgaria/; each language gets its own prefix when the page is built',
		]);
	});

	it('reject an id that differs from the file name', () => {
		expect(problems('wrong-id.yaml')).toEqual([
			'content/lessons/fund-internship-allowances.yaml, field `id`: must be the file name "fund-internship-allowances"; got "another-lesson" (or leave `id` out)',
		]);
	});

	it('report the problems of every file at once', () => {
		const files = ['unknown-theme.yaml', 'unknown-dataset.yaml'].map((name) => ({ file: `content/lessons/${name}`, source: fixture(name) }));
		try {
			parseEntryFiles('content/lessons', files, lessonSchema);
			throw new Error('accepted');
		} catch (error) {
			expect((error as ContentError).problems.map((p) => p.split(',')[0])).toEqual(['content/lessons/unknown-theme.yaml', 'content/lessons/unknown-dataset.yaml']);
		}
	});

	it('accept every lesson of the site', () => {
		const dir = new URL('../../content/lessons/', import.meta.url);
		const names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
		const lessons = parseEntryFiles('content/lessons', names.map((n) => ({ file: `content/lessons/${n}`, source: readFileSync(new URL(n, dir), 'utf8') })), lessonSchema);
		expect(lessons.length).toBe(names.length);
	});
});

describe('the pathway file', () => {
	const source = readFileSync(new URL('../../content/data/pathway.yaml', import.meta.url), 'utf8');

	it('lists the eight shared steps in order, in four languages', () => {
		const steps = parseEntries('content/data/pathway.yaml', source, pathwayStepEntry, checkPathwayOrder);
		expect(steps.map((s) => s.id)).toEqual([...pathwayStepIds]);
	});

	it('reject steps out of order', () => {
		const swapped = source.replace('- id: assess', '- id: TMP').replace('- id: identify-and-refer', '- id: assess').replace('- id: TMP', '- id: identify-and-refer');
		expect(() => parseEntries('content/data/pathway.yaml', swapped, pathwayStepEntry, checkPathwayOrder)).toThrow(
			'the steps are out of order: expected identify-and-refer, assess, co-design-pip',
		);
	});

	it('reject a missing step and an unknown one', () => {
		expect(checkPathwayOrder(pathwayStepIds.filter((id) => id !== 'feedback').map((id) => ({ id })))).toEqual([
			'missing step "feedback": every step of src/schemas/pathway.ts needs an entry',
		]);
		const unknown = source.replace('- id: feedback', '- id: evaluate');
		expect(() => parseEntries('content/data/pathway.yaml', unknown, pathwayStepEntry, checkPathwayOrder)).toThrow(
			'entry "evaluate", field `id`: expected a pathway step: identify-and-refer, assess',
		);
	});
});
