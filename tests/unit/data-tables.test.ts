/**
 * Table shaping: the Results tables in each language, with numbers formatted for that language,
 * gaps in words (never 0), and every UI string the tables need present in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { languages, type Lang } from '../../src/config/locales.ts';
import { datasetIds } from '../../src/schemas/dataset.ts';
import { shapeContext } from '../../src/lib/data/context.ts';
import { formatFigure } from '../../src/lib/data/figures.ts';
import { datasetBlocks } from '../../src/lib/data/views.ts';
import { cellText, checkTable, type TableModel } from '../../src/lib/data/table.ts';
import { assessmentTable } from '../../src/lib/data/tables/assessment.ts';
import { coursesTable } from '../../src/lib/data/tables/courses.ts';
import { surveyTableModel } from '../../src/lib/data/tables/satisfaction.ts';
import { satisfactionTable } from '../../src/lib/data/satisfaction.ts';
import { keyFigures } from '../../src/lib/data/key-figures.ts';
import { pathwayLinks } from '../../src/lib/what-win-did/pathway.ts';
import { dataset, partnerNames } from '../support/datasets.ts';
import { translator } from '../support/translate.ts';

const ctx = (lang: Lang) => shapeContext(lang, translator(lang), partnerNames());

/** The text of the cell in the row with `rowId` and the column whose label starts with `column`. */
function cell(table: TableModel, rowId: string, column: string): string {
	const row = table.groups.flatMap((g) => g.rows).find((r) => r.id === rowId);
	if (!row) throw new Error(`table ${table.id} has no row ${rowId}`);
	const index = table.columns.findIndex((c) => c.label.startsWith(column));
	if (index < 0) throw new Error(`table ${table.id} has no column ${column}: ${table.columns.map((c) => c.label).join(' | ')}`);
	return cellText(row.cells[index]!);
}

describe('figures in words', () => {
	// Spanish puts a no-break space (U+00A0) before the percent sign.
	it('keeps the source\'s decimals and writes them the way each language does', () => {
		const f = { count: 9, of: 21, share: 42.86 };
		expect(formatFigure(f, ctx('en'))).toBe('9 of 21 (42.86%)');
		expect(formatFigure(f, ctx('it'))).toBe('9 su 21 (42,86%)');
		expect(formatFigure(f, ctx('es'))).toBe('9 de 21 (42,86\u00a0%)');
		expect(formatFigure(f, ctx('bg'))).toBe('9 от 21 (42,86%)');
	});

	it('puts the source\'s words next to the numbers', () => {
		expect(formatFigure({ wording: 'all', count: 27, of: 27 }, ctx('en'))).toBe('all (27 of 27)');
		expect(formatFigure({ wording: 'many' }, ctx('bg'))).toBe('много');
		expect(formatFigure({ share: 74, count: 20 }, ctx('it'))).toBe('20 (74%)');
	});
});

describe('Results tables', () => {
	it('every dataset shapes into tables in every language, with captions, one cell per column and no missing UI string', () => {
		for (const lang of languages) {
			for (const id of datasetIds) {
				const blocks = datasetBlocks(id, dataset(id) as never, ctx(lang));
				expect(blocks.length).toBeGreaterThan(0);
				for (const table of blocks.flatMap((b) => b.tables)) {
					expect(table.caption).not.toBe('');
					checkTable(table);
				}
			}
		}
	});

	it('the assessment profile reads as Table 1 of the source, in Italian', () => {
		const table = assessmentTable(dataset('assessment-profile'), ctx('it'));
		expect(table.columns.map((c) => c.label)).toEqual(['Italia (ENERGHEIA e LULE)', 'Spagna (AMIGA)', 'Bulgaria (ANIMUS)']);
		expect(cell(table, 'age', 'Italia')).toBe('da 20 a 32 anni (media 23,9)');
		expect(cell(table, 'women-assessed', 'Bulgaria')).toBe('32');
		expect(cell(table, 'origins', 'Spagna')).toContain('Algeria: 4,76% (scritto «Argelia» nel documento)');
		expect(cell(table, 'education', 'Bulgaria')).toContain('Istruzione superiore: 74,07% (il 31% di loro non l\'ha completata)');
	});

	it('courses show gaps in words, never as 0', () => {
		const table = coursesTable(dataset('courses'), ctx('en'));
		expect(cell(table, 'bg-computer-skills', 'Hours')).toBe('Not given in the report');
		expect(cell(table, 'es-social-health-care', 'Participants')).toBe('Not given in the report');
		expect(cell(table, 'es-social-health-care', 'Attendance')).toBe('19');
		expect(cell(table, 'it-safety-general', 'Hours')).toBe('4 h each');
		const gaps = table.groups.flatMap((g) => g.rows).flatMap((r) => r.cells).filter((c) => c.kind === 'gap');
		expect(gaps.length).toBeGreaterThan(0);
		for (const g of gaps) expect(cellText(g)).not.toMatch(/^0/);
		expect(table.notes).toContain('Italy: attendance needed for a certificate: 70% or 90%.');
		expect(table.notes).toContain('Bulgaria: attendance needed for a certificate: Not given in the report.');
	});

	it('the survey table says why a cell is empty, in the page\'s language', () => {
		const survey = satisfactionTable('halfway', dataset('satisfaction-halfway'));
		const names = { ES: 'Spain', BG: 'Bulgaria', IT: 'Italy' } as Record<string, string>;
		const en = surveyTableModel(survey, ctx('en'), (id) => names[id]!);
		expect(en.columns.map((c) => c.label)).toEqual(['Spain (21 of 21 answered)', 'Bulgaria (8 of 21 answered)', 'Italy (13 of 15 answered)']);
		expect(cell(en, 'service-training', 'Spain')).toBe('Not asked');
		expect(cell(en, 'service-social-support', 'Italy')).toBe('Service not provided');
		expect(cell(en, 'service-psychological-support', 'Spain')).toBe('57% good; 14% sufficient; 10% insufficient; 19% no response');
		const bg = surveyTableModel(survey, ctx('bg'), (id) => id);
		expect(cell(bg, 'service-training', 'ES')).toBe('Въпросът не е зададен');
		expect(cell(bg, 'service-legal-support', 'BG')).toBe('37,5% добре; 37,5% задоволително; 12% незадоволително');
	});

	it('the key figures come from the data', () => {
		const figures = keyFigures(
			{
				'assessment-profile': dataset('assessment-profile'),
				'employment-outcomes': dataset('employment-outcomes'),
				'satisfaction-end': dataset('satisfaction-end'),
				'awareness-events': dataset('awareness-events'),
			},
			ctx('es'),
		);
		const jobs = figures.find((f) => f.id === 'jobs')!;
		expect(jobs.values).toEqual([
			{ country: 'Italia', value: '14 de 15 (93,3\u00a0%)' },
			{ country: 'España', value: '9 de 21 (42,86\u00a0%)' },
			{ country: 'Bulgaria', value: '8 de 27 (30\u00a0%)' },
		]);
		expect(jobs.href).toBe('/es/results/employment-outcomes/');
		expect(figures.find((f) => f.id === 'events')!.values.map((v) => v.value)).toEqual(['48', '28', '13']);
	});

	it('the pathway lists its steps in order, with links in the page\'s language', () => {
		const { steps, alongside } = pathwayLinks(translator('it'), 'it');
		expect(steps.map((s) => s.id)).toEqual(['identification', 'assessment', 'pip', 'implementation', 'feedback']);
		expect(steps[3]!.items.map((i) => i.href)).toEqual([
			'/it/what-win-did/training-courses/',
			'/it/what-win-did/job-placement/',
			'/it/what-win-did/language-courses/',
			'/it/what-win-did/support/',
			'/it/what-win-did/mediation/',
		]);
		expect(alongside).toMatchObject({ label: 'Sensibilizzazione', href: '/it/what-win-did/awareness-raising/' });
	});

	it('a table with a row of the wrong width is refused', () => {
		expect(() =>
			checkTable({ id: 't', caption: 'c', rowHeader: 'r', columns: [{ label: 'a' }], groups: [{ rows: [{ id: 'x', header: 'x', cells: [] }] }], notes: [] }),
		).toThrow('table "t", row "x": 0 cells for 1 columns');
	});
});
