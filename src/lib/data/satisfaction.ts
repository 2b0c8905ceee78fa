import type { SatisfactionEntry, SurveyStage } from '../../schemas/satisfaction.ts';
import { questionsByStage } from '../../schemas/satisfaction.ts';
import { beneficiaryOpenQuestions } from '../../schemas/surveys.ts';
import { createSurveyTable, surveyCsvColumns, surveyRows, type SurveyCsvRow, type SurveyTable } from '../surveys/table.ts';

/**
 * The source document's satisfaction table for one stage, as a `SurveyTable`: one column per
 * country (its ISO code), with respondents out of beneficiaries.
 */
export function satisfactionTable(stage: SurveyStage, entries: readonly SatisfactionEntry[]): SurveyTable {
	const byCountry = new Map(entries.map((e) => [e.country, e]));
	return createSurveyTable({
		stage,
		questions: questionsByStage[stage],
		columns: entries.map((e) => ({ id: e.country, respondents: e.respondents, base: e.beneficiaries })),
		cell: (question, column) => {
			const cell = byCountry.get(column.id as SatisfactionEntry['country'])!.answers[question];
			if (!cell) throw new Error(`satisfaction-${stage}: ${column.id} has no answers for "${question}"`);
			const answers = Object.entries(cell.shares ?? {})
				.filter((pair): pair is [string, number] => pair[1] !== undefined)
				.map(([answer, share]) => ({ answer, share }));
			return { status: cell.status, answers, ...(cell.comment && { comment: cell.comment }), ...(cell.note && { note: cell.note }) };
		},
	});
}

/**
 * The dataset's CSV rows: the survey table's rows, then one `open-answer` row per open question
 * and country with its summary in every language.
 */
export function satisfactionRows(stage: SurveyStage, entries: readonly SatisfactionEntry[]): { columns: readonly string[]; rows: SurveyCsvRow[] } {
	const rows = surveyRows(satisfactionTable(stage, entries));
	for (const e of entries) {
		for (const q of beneficiaryOpenQuestions) {
			const summary = e.open[q];
			rows.push({
				stage,
				column: e.country,
				respondents: e.respondents,
				base: e.beneficiaries,
				question: q,
				scale: 'open',
				row_type: 'open-answer',
				answer: null,
				share: null,
				count: null,
				status: summary ? 'reported' : 'not-reported',
				text_en: summary?.en ?? null,
				text_it: summary?.it ?? null,
				text_es: summary?.es ?? null,
				text_bg: summary?.bg ?? null,
			});
		}
	}
	return { columns: surveyCsvColumns, rows };
}
