import { describe, expect, it } from 'vitest';
import { cellFromCounts, createSurveyTable, getCell, surveyCsvColumns, surveyRows } from '../../src/lib/surveys/table.ts';
import { satisfactionRows, satisfactionTable } from '../../src/lib/data/satisfaction.ts';
import { toCsv } from '../../src/lib/data/csv.ts';
import { dataset } from '../support/datasets.ts';

describe('survey table model', () => {
	const columns = [{ id: 'ES', respondents: 21, base: 21 }, { id: 'IT' }];

	it('keeps every question × column cell, answers in scale order', () => {
		const table = createSurveyTable({
			stage: 'halfway',
			questions: ['goals-reached', 'service-training'],
			columns,
			cell: (q, c) =>
				q === 'service-training'
					? c.id === 'ES'
						? { status: 'not-asked', answers: [] }
						: { status: 'reported', answers: [{ answer: 'no-response', share: 15 }, { answer: 'good', share: 85 }] }
					: { status: 'reported', answers: [{ answer: 'none', share: 5 }, { answer: 'all', share: 33 }] },
		});
		expect(table.cells).toHaveLength(4);
		expect(getCell(table, 'goals-reached', 'ES').answers.map((a) => a.answer)).toEqual(['all', 'none']);
		expect(getCell(table, 'service-training', 'ES')).toMatchObject({ status: 'not-asked', answers: [] });
		expect(getCell(table, 'service-training', 'IT').answers.map((a) => a.answer)).toEqual(['good', 'no-response']);
		expect(() => getCell(table, 'recommend', 'ES')).toThrow('no cell for question "recommend"');
	});

	it('rejects answers off the scale, bad shares and cells that do not say why they are empty', () => {
		const make = (answers: { answer: string; share: number; count?: number }[], status: 'reported' | 'not-asked' = 'reported') =>
			createSurveyTable({ stage: 'end', questions: ['recommend'], columns: [{ id: 'BG' }], cell: () => ({ status, answers }) });
		expect(() => make([{ answer: 'partly', share: 10 }])).toThrow('question "recommend", column "BG": answer "partly" is not on the scale (yes, no)');
		expect(() => make([{ answer: 'yes', share: 120 }])).toThrow('must be 0–100');
		expect(() => make([{ answer: 'yes', share: 50, count: 2.5 }])).toThrow('whole number');
		expect(() => make([])).toThrow('reported, but no answers given');
		expect(() => make([{ answer: 'yes', share: 1 }], 'not-asked')).toThrow('status is not-asked, but answers are given');
	});

	it('builds cells from counts for the aggregator, with counts beside the shares', () => {
		expect(cellFromCounts('service-legal-support', { good: 3, sufficient: 3, insufficient: 1, 'no-response': 1 })).toEqual({
			status: 'reported',
			answers: [
				{ answer: 'good', count: 3, share: 37.5 },
				{ answer: 'sufficient', count: 3, share: 37.5 },
				{ answer: 'insufficient', count: 1, share: 12.5 },
				{ answer: 'no-response', count: 1, share: 12.5 },
			],
		});
		expect(cellFromCounts('recommend', { yes: 2, no: 1 }).answers.map((a) => a.share)).toEqual([66.7, 33.3]);
		expect(cellFromCounts('recommend', {})).toEqual({ status: 'not-reported', answers: [] });
		expect(() => cellFromCounts('recommend', { maybe: 1 })).toThrow('answer "maybe" is not on the scale');
	});

	it('turns into CSV rows: one per answer, one per gap with empty share and count', () => {
		const table = createSurveyTable({
			stage: 'halfway',
			questions: ['service-training'],
			columns,
			cell: (_, c) => (c.id === 'ES' ? { status: 'not-asked', answers: [] } : { status: 'reported', answers: [{ answer: 'good', share: 85, count: 11 }] }),
		});
		const csv = toCsv(surveyCsvColumns, surveyRows(table));
		expect(csv.split('\r\n')).toEqual([
			surveyCsvColumns.join(','),
			'halfway,ES,21,21,service-training,satisfaction,gap,,,,not-asked,,,,',
			'halfway,IT,,,service-training,satisfaction,answer,good,85,11,reported,,,,',
			'',
		]);
	});
});

describe('the source document\'s survey tables', () => {
	it('halfway: Spain was not asked about training; Italy had no social support; Spain\'s laboratories cell is empty', () => {
		const table = satisfactionTable('halfway', dataset('satisfaction-halfway'));
		expect(table.columns.map((c) => `${c.id} ${c.respondents}/${c.base}`)).toEqual(['ES 21/21', 'BG 8/21', 'IT 13/15']);
		expect(getCell(table, 'service-training', 'ES').status).toBe('not-asked');
		expect(getCell(table, 'service-training', 'BG').status).toBe('not-asked');
		expect(getCell(table, 'service-social-support', 'IT').status).toBe('service-not-provided');
		expect(getCell(table, 'service-laboratories', 'ES').status).toBe('not-reported');
		expect(getCell(table, 'service-legal-support', 'BG').answers).toEqual([
			{ answer: 'good', share: 37.5 },
			{ answer: 'sufficient', share: 37.5 },
			{ answer: 'insufficient', share: 12 },
		]);
	});

	it('end: the questions not asked again stay gaps, and the CSV never writes 0 for them', () => {
		const entries = dataset('satisfaction-end');
		const table = satisfactionTable('end', entries);
		expect(table.questions).not.toContain('service-laboratories');
		expect(getCell(table, 'understood-proposal', 'ES').status).toBe('not-asked-again');
		expect(getCell(table, 'pip-focused-goals', 'IT').status).toBe('not-asked-again');
		const { rows } = satisfactionRows('end', entries);
		const gaps = rows.filter((r) => r.row_type === 'gap');
		expect(gaps.length).toBe(5);
		for (const gap of gaps) expect([gap.share, gap.count]).toEqual([null, null]);
		expect(rows.filter((r) => r.row_type === 'open-answer')).toHaveLength(9);
	});
});
