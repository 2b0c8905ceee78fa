/**
 * A known table: beneficiary surveys made to match the source's results for Spain halfway through
 * the plans (content/data/satisfaction-halfway.yaml) add up to exactly the published figures,
 * from records, and from the filled PDFs and summary CSV kept in tests/fixtures/surveys/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTemplate, templates } from '../../templates/index.ts';
import { SurveyTally } from '../../src/lib/surveys/aggregate.ts';
import { SurveyCollector } from '../../src/lib/surveys/collect.ts';
import { getCell, type SurveyTable } from '../../src/lib/surveys/table.ts';
import { satisfactionTable } from '../../src/lib/data/satisfaction.ts';
import { readFilledPdf } from '../../src/lib/pdf/read.ts';
import { normalizeRecord } from '../../src/lib/templates/record.ts';
import { questionsByStage } from '../../src/schemas/satisfaction.ts';
import { dataset } from '../support/datasets.ts';
import { recordsReproducing, surveyFixtures } from '../support/surveys.ts';

const def = getTemplate('beneficiary-satisfaction');
const spain = dataset('satisfaction-halfway').find((e) => e.country === 'ES')!;
const source = satisfactionTable('halfway', [spain]);
const fixtures = surveyFixtures(spain);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/surveys/${name}`, import.meta.url)));

/** The aggregated table, shares rounded to whole numbers, against the source's: the same shares, gaps where it has none. */
function expectSourceTable(table: SurveyTable<string>) {
	expect(table.stage).toBe('halfway');
	expect(table.columns).toEqual([{ id: 'ES', respondents: spain.respondents }]);
	let reported = 0;
	for (const question of questionsByStage.halfway) {
		const ours = getCell(table, question, 'ES');
		const theirs = getCell(source, question, 'ES');
		if (theirs.status === 'reported') {
			reported++;
			expect(ours.status, question).toBe('reported');
			expect(ours.answers.map((a) => ({ answer: a.answer, share: a.share })), question).toEqual(theirs.answers);
			expect(ours.answers.reduce((n, a) => n + a.count!, 0), question).toBe(spain.respondents);
		} else {
			expect(ours, question).toMatchObject({ status: 'not-reported', answers: [] });
		}
	}
	expect(reported).toBe(11);
}

describe('Spain, halfway: 21 surveys add up to the source’s table', () => {
	it('the dataset holds the figures this test expects', () => {
		expect(spain.respondents).toBe(21);
		expect(spain.answers['goals-reached']?.shares).toEqual({ all: 33, some: 62, none: 5 });
		expect(spain.answers['service-psychological-support']?.shares).toEqual({ good: 57, sufficient: 14, insufficient: 10, 'no-response': 19 });
		expect(spain.answers['service-training']?.status).toBe('not-asked');
	});

	it('from the records', () => {
		const records = recordsReproducing('halfway', spain);
		expect(records).toHaveLength(21);
		const tally = new SurveyTally(def);
		for (const r of records) tally.addRecord(r);
		const [table, ...more] = tally.tables(0);
		expect(more).toEqual([]);
		expectSourceTable(table!);
		// With one decimal the counts show what the source rounded: 13 of 21 is 61.9 %, given as 62.
		expect(getCell(tally.tables(1)[0]!, 'goals-reached', 'ES').answers).toContainEqual({ answer: 'some', count: 13, share: 61.9 });
	});

	it('a table the source gives cannot be made from the wrong number of respondents', () => {
		expect(() => recordsReproducing('halfway', { ...spain, respondents: 20 })).toThrow('do not come from 20 respondents');
	});

	it('from the kept fixtures: five filled PDFs and a summary CSV of the other sixteen', async () => {
		const collector = new SurveyCollector(def, templates);
		for (const { name } of fixtures.pdfs) {
			const bytes = fixture(name);
			expect(await collector.add({ name, size: bytes.length, bytes: async () => bytes })).toMatchObject({ kind: 'counted', dropped: 0 });
		}
		const csv = fixture(fixtures.summary.name);
		expect(await collector.add({ name: fixtures.summary.name, size: csv.length, bytes: async () => csv })).toMatchObject({ kind: 'summary', forms: 16 });
		expect(collector.tally.forms).toBe(21);
		expectSourceTable(collector.tally.tables(0)[0]!);
	});

	it.each(fixtures.pdfs.map((p) => [p.name, p] as const))('%s holds the record it was made from', async (name, { lang, record }) => {
		const read = await readFilledPdf(fixture(name), templates);
		expect(read.stamp).toEqual({ id: def.id, version: def.version, lang });
		expect(read.record).toEqual(normalizeRecord(def, record));
	});
});
