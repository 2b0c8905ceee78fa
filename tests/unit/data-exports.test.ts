/**
 * The downloads: every dataset as CSV (header, one row per observation, gaps empty with a status,
 * never 0) and JSON (typed entries, source section, schema version), and the catalog.
 */
import { describe, expect, it } from 'vitest';
import { datasetIds } from '../../src/schemas/dataset.ts';
import { buildCatalog, byteLength, datasetPageUrl, renderCsv, renderJson } from '../../src/lib/data/catalog.ts';
import { datasetCsvTable } from '../../src/lib/data/exports.ts';
import { BOM } from '../../src/lib/data/csv.ts';
import { dataset, datasetMetas, sourceSections } from '../support/datasets.ts';
import { translator } from '../support/translate.ts';

const document = { en: 'Document', it: 'Documento', es: 'Documento', bg: 'Документ' };
const english = translator('en');

/** Parses our CSV back (RFC 4180, as written by toCsv) into rows of named cells. */
function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.startsWith(BOM) ? text.slice(1) : text;
	for (let i = 0; i < body.length; i++) {
		const ch = body[i]!;
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(field), (field = '');
		else if (ch === '\r' && body[i + 1] === '\n') {
			row.push(field), rows.push(row), (row = []), (field = ''), i++;
		} else field += ch;
	}
	const [header, ...data] = rows;
	return data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

describe('CSV downloads', () => {
	it.each(datasetIds)('%s: BOM, a header of stable ids, one row per observation', (id) => {
		const csv = renderCsv(id, dataset(id) as never, english);
		expect(csv.startsWith(BOM)).toBe(true);
		const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
		expect(new Set(header).size).toBe(header.length);
		for (const column of header) expect(column).toMatch(/^[a-z][a-z0-9_]*$/);
		const rows = parseCsv(csv);
		expect(rows.length).toBe(datasetCsvTable(id, dataset(id) as never, english).rows.length);
		expect(rows.length).toBeGreaterThan(0);
	});

	it.each(datasetIds)('%s: a gap is an empty cell with a status, never 0', (id) => {
		const rows = parseCsv(renderCsv(id, dataset(id) as never, english));
		const gaps = rows.filter((r) => r.status !== undefined && r.status !== 'reported');
		for (const gap of gaps) {
			expect(gap.status).toMatch(/^(not-given|not-asked|not-asked-again|service-not-provided|not-reported|words-only|no-figure)$/);
			for (const column of ['count', 'of', 'share', 'value'] as const) {
				if (column in gap) expect(gap[column]).toBe('');
			}
		}
		// Columns with their own status column: the value must be empty whenever the status is a gap.
		const valueOf: Record<string, string> = {
			hours_status: 'hours_each',
			format_status: 'format',
			participants_status: 'participants',
			certificates_status: 'certificates',
			certificate_rule_status: 'certificate_min_attendance_percent',
			date_status: 'date',
			duration_status: 'duration_hours',
			survey_status: 'survey_respondents',
		};
		for (const row of rows) {
			for (const [statusColumn, valueColumn] of Object.entries(valueOf)) {
				if (row[statusColumn] === 'not-given') expect(row[valueColumn]).toBe('');
				if (row[statusColumn] === 'reported') expect(row[valueColumn]).not.toBe('');
			}
		}
	});

	it('the halfway survey: the question Spain was not asked is a gap row, and a known answer row reads as in the source', () => {
		const rows = parseCsv(renderCsv('satisfaction-halfway', dataset('satisfaction-halfway'), english));
		expect(rows.find((r) => r.column === 'ES' && r.question === 'service-training')).toMatchObject({ row_type: 'gap', answer: '', share: '', count: '', status: 'not-asked' });
		expect(rows.find((r) => r.column === 'BG' && r.question === 'service-legal-support' && r.answer === 'good')).toMatchObject({ share: '37.5', respondents: '8', base: '21', status: 'reported' });
		expect(rows.find((r) => r.column === 'IT' && r.question === 'comments')).toMatchObject({ row_type: 'open-answer', scale: 'open' });
	});

	it('courses: gaps in the hours and participants are empty with their own status', () => {
		const rows = parseCsv(renderCsv('courses', dataset('courses'), english));
		expect(rows.find((r) => r.course_id === 'bg-computer-skills')).toMatchObject({ hours_each: '', hours_status: 'not-given', participants: '6', participants_status: 'reported', certificate_min_attendance_percent: '', certificate_rule_status: 'not-given' });
		expect(rows.find((r) => r.course_id === 'it-safety-general')).toMatchObject({ courses: '2', hours_each: '4', certificate_min_attendance_percent: '70;90' });
		expect(rows.find((r) => r.course_id === 'bg-civic-training')!.name_bg).toBe('Гражданско обучение');
	});
});

describe('JSON downloads and the catalog', () => {
	const metas = datasetMetas();
	const sections = sourceSections();

	it.each(datasetIds)('%s: entries with the source section, titles and a schema version', (id) => {
		const meta = metas.find((m) => m.id === id)!;
		const json = JSON.parse(renderJson(meta, dataset(id) as never, sections, document));
		expect(json).toMatchObject({ id, schemaVersion: meta.schemaVersion, csv: `/data/${id}.csv` });
		expect(json.source.section).toBe(meta.sections[0]);
		expect(json.source.title.bg).toBe(sections.get(meta.sections[0]!)!.title.bg);
		expect(json.source.document).toEqual(document);
		expect(json.entries).toHaveLength(dataset(id).length);
		expect(Object.keys(json.title)).toEqual(['en', 'it', 'es', 'bg']);
	});

	it('the catalog lists every dataset with its title, description, URLs, sizes and source section', () => {
		const catalog = buildCatalog(metas, sections, document, (id) => ({ csvBytes: byteLength(renderCsv(id, dataset(id) as never, english)), jsonBytes: 1 }));
		expect(catalog.datasets.map((d) => d.id)).toEqual([...datasetIds]);
		const satisfaction = catalog.datasets.find((d) => d.id === 'satisfaction-end')!;
		expect(satisfaction).toMatchObject({ csv: '/data/satisfaction-end.csv', json: '/data/satisfaction-end.json', page: '/results/satisfaction/#end' });
		expect(satisfaction.source).toMatchObject({ section: '4.3' });
		expect(satisfaction.csvBytes).toBeGreaterThan(1000);
		expect(() => buildCatalog([{ ...metas[0]!, sections: ['9.9'] }], sections, document, () => ({ csvBytes: 0, jsonBytes: 0 }))).toThrow(
			'cites section 9.9, which content/data/source-sections.yaml lacks',
		);
	});

	it('page addresses carry the language and keep the anchor', () => {
		expect(datasetPageUrl('results/courses#language-courses', 'it')).toBe('/it/results/courses/#language-courses');
		expect(datasetPageUrl('results/data', 'en')).toBe('/results/data/');
	});
});
