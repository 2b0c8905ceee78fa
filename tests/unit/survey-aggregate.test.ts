/**
 * The aggregator (src/lib/surveys/aggregate.ts, collect.ts, aggregate-view.ts): filled surveys
 * added up per question, country and stage, with counts beside the shares; one verdict per file
 * (counted, a summary, a duplicate, skipped and why); the summary CSV read back to the same
 * totals; nothing identifying in any table or export; gaps kept as gaps.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { allFields, type TemplateDefinition, type TemplateRecord } from '../../templates/schema.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../../src/lib/pdf/fill.ts';
import { PDFDict, PDFHexString, PDFName } from '../../src/lib/pdf/engine.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { parseRecord } from '../../src/lib/templates/record.ts';
import { aggregateCsvColumns, allColumn, SummaryError, surveyQuestions, surveyTemplateIds, SurveyTally } from '../../src/lib/surveys/aggregate.ts';
import { SurveyCollector, type FileOutcome } from '../../src/lib/surveys/collect.ts';
import { aggregateBlocks } from '../../src/lib/surveys/aggregate-view.ts';
import { getCell } from '../../src/lib/surveys/table.ts';
import { parseCsvRecords } from '../../src/lib/data/csv.ts';
import { cellText } from '../../src/lib/data/table.ts';
import { appendUpdate } from '../support/pdf.ts';
import { surveyRecords } from '../support/surveys.ts';
import { translator } from '../support/translate.ts';

const template = (id: string) => templates.find((t) => t.id === id)!;
const surveys = surveyTemplateIds.map(template);
const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes: async () => bytes });
const csvFile = (name: string, text: string) => file(name, new TextEncoder().encode(text));

/** Counts answers the plain way, for the tally to be checked against: stage → column → question → answer → count. */
function countByHand(def: TemplateDefinition, records: readonly TemplateRecord[]) {
	const tally = new SurveyTally(def);
	const out = new Map<string, { respondents: number; answered: Map<string, number>; counts: Map<string, Map<string, number>> }>();
	for (const record of records) {
		const country = String(record.country);
		const column = country.length === 2 ? country.toUpperCase() : country;
		for (const key of [`${record.stage ?? ''}|${column}`, `${record.stage ?? ''}|${allColumn}`]) {
			if (!out.has(key)) out.set(key, { respondents: 0, answered: new Map(), counts: new Map() });
			const bucket = out.get(key)!;
			bucket.respondents++;
			for (const q of tally.questions) {
				const answers = q.answersOf(record);
				if (!answers?.length) continue;
				bucket.answered.set(q.id, (bucket.answered.get(q.id) ?? 0) + 1);
				const counts = bucket.counts.get(q.id) ?? new Map<string, number>();
				for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
				bucket.counts.set(q.id, counts);
			}
		}
	}
	return out;
}

describe('questions counted', () => {
	it.each(surveys.map((d) => [d.id, d] as const))('%s: only answers from a list, of the privacy class aggregate', (_, def) => {
		const questions = surveyQuestions(def);
		const fields = new Map(allFields(def).map((f) => [f.id, f]));
		expect(questions.length).toBeGreaterThan(3);
		for (const q of questions) {
			if (!q.field) continue; // worked out from other answers (the course's attendance threshold)
			expect(q.field.privacy, q.id).toBe('aggregate');
			expect(['choice', 'rating', 'multichoice', 'checkbox'], q.id).toContain(q.field.kind);
		}
		const asked = new Set(questions.map((q) => q.id));
		for (const f of fields.values()) if (f.privacy !== 'aggregate') expect(asked.has(f.id), f.id).toBe(false);
		expect(asked.has('country') || asked.has('stage')).toBe(false);
	});
});

describe('SurveyTally', () => {
	it.each(surveys.map((d, i) => [d.id, d, i] as const))('%s: counts and shares per question, country and stage match a count by hand', (_, def, i) => {
		const records = surveyRecords(def, 240, 7 + i);
		for (const r of records) parseRecord(def, r);
		const tally = new SurveyTally(def);
		for (const r of records) tally.addRecord(r);
		expect(tally.forms).toBe(240);
		const expected = countByHand(def, records);
		const tables = tally.tables();
		expect(tables.map((t) => t.stage)).toEqual(tally.hasStages ? ['halfway', 'end'] : [undefined]);
		let checked = 0;
		for (const table of tables) {
			expect(table.columns.at(-1)!.id).toBe(allColumn);
			for (const column of table.columns) {
				const bucket = expected.get(`${table.stage ?? ''}|${column.id}`)!;
				expect(column.respondents).toBe(bucket.respondents);
				for (const q of tally.questions) {
					const cell = getCell(table, q.id, column.id);
					const counts = bucket.counts.get(q.id);
					if (!counts) {
						expect(cell.status).toBe('not-reported');
						continue;
					}
					const answered = bucket.answered.get(q.id)!;
					const total = q.scale.multiple ? answered : [...counts.values()].reduce((a, b) => a + b, 0);
					expect(cell.answers.map((a) => [a.answer, a.count, a.share])).toEqual(
						q.scale.answers.filter((a) => counts.has(a)).map((a) => [a, counts.get(a), Math.round((counts.get(a)! * 1000) / total) / 10]),
					);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(30);
		// The column of all countries adds up the countries.
		for (const table of tables) {
			const countries = table.columns.filter((c) => c.id !== allColumn);
			expect(table.columns.find((c) => c.id === allColumn)!.respondents).toBe(countries.reduce((n, c) => n + c.respondents!, 0));
		}
	});

	it('a small case worked out by hand: shares of those who answered, counts beside them', () => {
		const def = template('stakeholder-satisfaction');
		const base = { 'event-date': '2021-05-26', sector: 'companies', 'event-interest': 'very', 'knowledge-before': 'little', 'knowledge-after': 'good' };
		const tally = new SurveyTally(def);
		tally.addRecord({ ...base, country: 'it', 'support-offered': ['internships', 'spread-the-word'], 'wants-information': 'yes' });
		tally.addRecord({ ...base, country: 'it', 'support-offered': ['internships'], 'wants-information': 'no', 'event-interest': 'quite' });
		tally.addRecord({ ...base, country: 'it' });
		tally.addRecord({ ...base, country: 'es', 'wants-information': 'no' });
		const [table] = tally.tables();
		expect(table!.columns).toEqual([
			{ id: 'IT', respondents: 3 },
			{ id: 'ES', respondents: 1 },
			{ id: 'all', respondents: 4 },
		]);
		// Two of three answered; one said yes, one no: 50 % each, not 33.3 %.
		expect(getCell(table!, 'wants-information', 'IT').answers).toEqual([
			{ answer: 'yes', count: 1, share: 50 },
			{ answer: 'no', count: 1, share: 50 },
		]);
		expect(getCell(table!, 'wants-information', 'all').answers).toEqual([
			{ answer: 'yes', count: 1, share: 33.3 },
			{ answer: 'no', count: 2, share: 66.7 },
		]);
		expect(getCell(table!, 'event-interest', 'IT').answers).toEqual([
			{ answer: 'very', count: 2, share: 66.7 },
			{ answer: 'quite', count: 1, share: 33.3 },
		]);
		// Several answers per person: shares of the two who answered, adding up to more than 100.
		expect(getCell(table!, 'support-offered', 'IT').answers.map((a) => [a.answer, a.count, a.share])).toEqual([
			['internships', 2, 100],
			['spread-the-word', 1, 50],
		]);
		expect(tally.answered('', 'IT', 'support-offered')).toBe(2);
		// Nobody in Spain answered it: a gap, not 0 %.
		expect(getCell(table!, 'support-offered', 'ES')).toMatchObject({ status: 'not-reported', answers: [] });
	});

	it('refuses a record without its country or stage', () => {
		const tally = new SurveyTally(template('beneficiary-satisfaction'));
		expect(tally.requiredFor({ country: 'it' })).toEqual(['stage']);
		expect(tally.requiredFor({ stage: 'end' })).toEqual(['country']);
		expect(() => tally.addRecord({ stage: 'end' })).toThrow('without country');
		expect(tally.forms).toBe(0);
	});
});

describe('gaps stay gaps', () => {
	const def = template('beneficiary-satisfaction');
	const tally = new SurveyTally(def);
	tally.addRecord({ stage: 'halfway', country: 'es', 'case-code': 'ES-1', recommend: 'yes' });
	tally.addRecord({ stage: 'halfway', country: 'it', 'case-code': 'IT-1', recommend: 'no', 'service-training': 'good' });

	it('in the tables: a question nobody answered is not reported, with no shares', () => {
		const [table] = tally.tables();
		expect(getCell(table!, 'service-training', 'ES')).toMatchObject({ status: 'not-reported', answers: [] });
		expect(getCell(table!, 'service-training', 'IT').answers).toEqual([{ answer: 'good', count: 1, share: 100 }]);
		expect(getCell(table!, 'service-laboratories', 'all')).toMatchObject({ status: 'not-reported', answers: [] });
	});
	it('in the CSV: a gap row with empty share and count, never 0', () => {
		const { rows } = parseCsvRecords(tally.csv());
		const gap = rows.find((r) => r.question === 'service-training' && r.column === 'ES')!;
		expect(gap).toMatchObject({ row_type: 'gap', status: 'not-reported', share: '', count: '', answered: '0', respondents: '1' });
		expect(rows.filter((r) => r.row_type === 'answer' && (r.share === '0' || r.count === '0'))).toEqual([]);
	});
	it('on the page: the gap is said in words', () => {
		const [block] = aggregateBlocks(tally, { lang: 'en', t: translator('en') });
		expect(block!.table.columns.map((c) => c.label)).toEqual(['Italy (1 form)', 'Spain (1 form)', 'All countries (2 forms)']);
		const row = block!.table.groups.flatMap((g) => g.rows).find((r) => r.id === 'service-training')!;
		expect(row.cells.map((c) => c.kind)).toEqual(['list', 'gap', 'list']);
		expect(cellText(row.cells[1]!)).toBe('No answers');
		expect(cellText(row.cells[0]!)).toMatch(/100\s?%/);
	});
});

describe('the summary CSV', () => {
	it.each(surveys.map((d, i) => [d.id, d, i] as const))('%s: read back into another tally gives the same tables', (_, def, i) => {
		const records = surveyRecords(def, 150, 40 + i);
		const whole = new SurveyTally(def);
		for (const r of records) whole.addRecord(r);
		const back = new SurveyTally(def);
		expect(back.addSummaryCsv(whole.csv())).toBe(150);
		expect(back.forms).toBe(150);
		expect(back.tables()).toEqual(whole.tables());
		expect(back.csv()).toBe(whole.csv());
		// A summary and the rest of the forms add up to all the forms.
		const part = new SurveyTally(def);
		for (const r of records.slice(0, 60)) part.addRecord(r);
		const joined = new SurveyTally(def);
		joined.addSummaryCsv(part.csv(0));
		for (const r of records.slice(60)) joined.addRecord(r);
		expect(joined.tables()).toEqual(whole.tables());
	});

	it('refuses summaries of another survey, or changed so they make no sense, adding nothing', () => {
		const def = template('beneficiary-satisfaction');
		const tally = new SurveyTally(def);
		for (const r of surveyRecords(def, 20, 3)) tally.addRecord(r);
		const csv = tally.csv();
		const other = new SurveyTally(template('course-satisfaction'));
		expect(() => other.addSummaryCsv(csv)).toThrow(new SummaryError('a summary of "beneficiary-satisfaction", not of "course-satisfaction"'));
		const target = new SurveyTally(def);
		const changed = (from: RegExp, to: string) => () => target.addSummaryCsv(csv.replace(from, to));
		expect(changed(/,answer,yes,[\d.]+,\d+,/, ',answer,yes,50,2.5,')).toThrow(SummaryError);
		expect(changed(/,understood-proposal,/, ',made-up-question,')).toThrow('unknown question "made-up-question"');
		expect(changed(/^\uFEFFtemplate,/, '\uFEFFform,')).toThrow('not a survey summary');
		expect(target.forms).toBe(0);
		expect(target.tables()).toEqual([]);
	});
});

describe('nothing identifying leaves the aggregator', () => {
	it.each(surveys.map((d, i) => [d.id, d, i] as const))('%s: no name, contact, case code or written answer in the CSV or the tables', (_, def, i) => {
		const records = surveyRecords(def, 60, 90 + i);
		const tally = new SurveyTally(def);
		for (const r of records) tally.addRecord(r);
		const texts = records.flatMap((r) => allFields(def).filter((f) => ['text', 'textarea', 'date'].includes(f.kind) && typeof r[f.id] === 'string').map((f) => String(r[f.id])));
		expect(texts.length).toBeGreaterThan(60);
		const csv = tally.csv();
		const page = JSON.stringify(aggregateBlocks(tally, { lang: 'en', t: translator('en') }));
		for (const text of texts) {
			expect(csv).not.toContain(text);
			expect(page).not.toContain(text);
		}
		const notCounted = allFields(def).filter((f) => f.privacy !== 'aggregate').map((f) => f.id);
		expect(notCounted.length).toBeGreaterThan(0);
		const questions = new Set(parseCsvRecords(csv).rows.map((r) => r.question));
		for (const id of notCounted) expect(questions.has(id), id).toBe(false);
		expect(parseCsvRecords(csv).columns).toEqual([...aggregateCsvColumns]);
	});
});

describe('SurveyCollector: one verdict per file', () => {
	const beneficiary = template('beneficiary-satisfaction');
	const stakeholder = template('stakeholder-satisfaction');
	const kept = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/templates/${name}`, import.meta.url)));
	const records = surveyRecords(beneficiary, 6, 11);
	const pdfs: Uint8Array[] = [];
	let stakeholderBlank: Uint8Array;
	beforeAll(async () => {
		const fonts = await loadFonts();
		const blank = await generateTemplatePdf(beneficiary, 'en', { fonts, strings: pdfStrings('en') });
		for (const r of records) pdfs.push(await fillTemplatePdf(blank, beneficiary, r));
		stakeholderBlank = await generateTemplatePdf(stakeholder, 'bg', { fonts, strings: pdfStrings('bg') });
	});

	it('counts filled surveys, and the totals are those of their records', async () => {
		const collector = new SurveyCollector(beneficiary, templates);
		for (const [i, pdf] of pdfs.entries()) expect(await collector.add(file(`survey-${i + 1}.pdf`, pdf))).toEqual({ kind: 'counted', file: `survey-${i + 1}.pdf`, lang: 'en', version: '1.0.0', dropped: 0 });
		const direct = new SurveyTally(beneficiary);
		for (const r of records) direct.addRecord(r);
		expect(collector.tally.forms).toBe(6);
		expect(collector.tally.tables()).toEqual(direct.tables());
	});

	it('the same file twice counts once; the same form saved again counts once', async () => {
		const collector = new SurveyCollector(beneficiary, templates);
		await collector.add(file('a.pdf', pdfs[0]!));
		expect(await collector.add(file('copy of a.pdf', pdfs[0]!))).toEqual({ kind: 'duplicate-file', file: 'copy of a.pdf', first: 'a.pdf' });
		// Opened in a viewer and saved again: other bytes, the same answers and case code.
		const resaved = await appendUpdate(pdfs[0]!, (doc) => {
			doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('Producer'), PDFHexString.fromText('Another viewer'));
		});
		expect(await collector.add(file('a (saved again).pdf', resaved))).toEqual({ kind: 'duplicate-record', file: 'a (saved again).pdf', first: 'a.pdf' });
		expect(collector.tally.forms).toBe(1);
		expect(collector.outcomes.map((o) => o.kind)).toEqual(['counted', 'duplicate-file', 'duplicate-record']);
	});

	it('a survey without a case code: the same answers twice may be two people, so both count and it is said', async () => {
		const answers = stakeholder.examples.find((e) => e.name === 'minimal')!.values;
		const first = await fillTemplatePdf(stakeholderBlank, stakeholder, answers);
		const second = await appendUpdate(first, (doc) => {
			doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('Producer'), PDFHexString.fromText('Another viewer'));
		});
		const collector = new SurveyCollector(stakeholder, templates);
		await collector.add(file('one.pdf', first));
		expect(await collector.add(file('two.pdf', second))).toMatchObject({ kind: 'counted', lang: 'bg', sameAnswersAs: 'one.pdf' });
		expect(collector.tally.forms).toBe(2);
	});

	it('skips, with the reason, a file of another template and every kind of bad file', async () => {
		const collector = new SurveyCollector(beneficiary, templates, { maxBytes: 200_000 });
		const noCountry = await appendUpdate(pdfs[1]!, (doc) => doc.getForm().getRadioGroup('country').clear());
		const outcomes: FileOutcome[] = [];
		for (const source of [
			file('plan.pdf', kept('pip-1.0.0-complete-es.pdf')),
			file('event.pdf', kept('stakeholder-satisfaction-1.0.0-employer-italy-it.pdf')),
			file('empty.pdf', new Uint8Array()),
			file('notes.pdf', new TextEncoder().encode('not a pdf at all')),
			file('cut.pdf', pdfs[2]!.subarray(0, pdfs[2]!.length / 2)),
			{ name: 'huge.pdf', size: 50 * 1024 * 1024, bytes: () => Promise.reject(new Error('a file over the limit must not be read')) },
			file('no country.pdf', noCountry),
		]) {
			outcomes.push(await collector.add(source));
		}
		expect(outcomes).toEqual([
			{ kind: 'skipped', file: 'plan.pdf', reason: 'other-template', templateId: 'pip' },
			{ kind: 'skipped', file: 'event.pdf', reason: 'other-template', templateId: 'stakeholder-satisfaction' },
			{ kind: 'skipped', file: 'empty.pdf', reason: 'empty' },
			expect.objectContaining({ kind: 'skipped', file: 'notes.pdf', reason: 'not-pdf' }),
			expect.objectContaining({ kind: 'skipped', file: 'cut.pdf', reason: 'damaged' }),
			{ kind: 'skipped', file: 'huge.pdf', reason: 'too-big' },
			{ kind: 'skipped', file: 'no country.pdf', reason: 'incomplete', fields: ['country'] },
		]);
		expect(collector.tally.forms).toBe(0);
	});

	it('adds a summary CSV written by another collector: the same totals as reading every PDF', async () => {
		const first = new SurveyCollector(beneficiary, templates);
		for (const [i, pdf] of pdfs.slice(0, 4).entries()) await first.add(file(`${i}.pdf`, pdf));
		const second = new SurveyCollector(beneficiary, templates);
		expect(await second.add(csvFile('win-summary.csv', first.tally.csv()))).toEqual({ kind: 'summary', file: 'win-summary.csv', forms: 4 });
		for (const [i, pdf] of pdfs.slice(4).entries()) await second.add(file(`${i + 4}.pdf`, pdf));
		const all = new SurveyCollector(beneficiary, templates);
		for (const [i, pdf] of pdfs.entries()) await all.add(file(`${i}.pdf`, pdf));
		expect(second.tally.forms).toBe(6);
		expect(second.tally.tables()).toEqual(all.tally.tables());
		// A summary of another survey, by name or by its first line.
		const other = new SurveyTally(stakeholder);
		other.addRecord(stakeholder.examples[0]!.values);
		expect(await second.add(csvFile('events.csv', other.csv()))).toMatchObject({ kind: 'skipped', reason: 'not-summary', detail: expect.stringContaining('stakeholder-satisfaction') });
		other.addRecord(stakeholder.examples[1]!.values);
		expect(await second.add(csvFile('export.txt', other.csv()))).toMatchObject({ kind: 'skipped', reason: 'not-summary' });
		expect(second.tally.forms).toBe(6);
	});
});
