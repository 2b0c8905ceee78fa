/**
 * The table shape of the beneficiary satisfaction survey: question × column (a country, or any
 * other group) × answer → share of respondents and, when known, the count. The source document's
 * tables (content/data/satisfaction-*.yaml) and filled surveys aggregated later both become this
 * shape, so one renderer, one chart and one CSV serve both.
 */
import { answerScales, beneficiaryQuestions, type AnswerScale, type BeneficiaryQuestionId } from '../../schemas/surveys.ts';
import type { CellStatus } from '../../schemas/satisfaction.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Lang } from '../../config/locales.ts';

export type { CellStatus };

/** One answer's result in a cell. */
export interface AnswerShare {
	/** Answer id from the question's scale (`yes`, `good`, `no-response`, …). */
	answer: string;
	/** Percent of the column's respondents, as reported or computed. */
	share: number;
	/** Number of respondents, where known (the source document gives none; aggregates do). */
	count?: number;
}

export interface SurveyCell {
	question: BeneficiaryQuestionId;
	column: string;
	/** `reported` when `answers` holds results; otherwise why the cell is empty. */
	status: CellStatus;
	/** In the order of the question's scale; empty unless `status` is `reported`. */
	answers: AnswerShare[];
	comment?: LocalizedText;
	note?: LocalizedText;
}

export interface SurveyColumn {
	/** Stable id of the column: a country code (`ES`) or a group name. */
	id: string;
	/** How many answered, and out of how many, where known ("8/21"). */
	respondents?: number;
	base?: number;
}

export interface SurveyTable {
	stage: 'halfway' | 'end';
	questions: readonly BeneficiaryQuestionId[];
	columns: readonly SurveyColumn[];
	/** Question-major: every question × column pair, exactly once. */
	cells: readonly SurveyCell[];
}

/** The answer scale of a question. */
export function scaleOf(question: BeneficiaryQuestionId): AnswerScale {
	const found = beneficiaryQuestions.find((q) => q.id === question);
	if (!found) throw new Error(`Unknown survey question "${question}"`);
	return found.scale;
}

/** The answers of a question, in scale order. */
export function answersOf(question: BeneficiaryQuestionId): readonly string[] {
	return answerScales[scaleOf(question)];
}

type CellInput = Omit<SurveyCell, 'question' | 'column'>;

/**
 * Builds a table, checking that every answer belongs to its question's scale, that shares are
 * percentages and counts whole numbers, and that a cell without results says why.
 *
 * @param cell the content of each question × column cell
 * @throws Error naming the question, column and answer at fault
 */
export function createSurveyTable(input: {
	stage: SurveyTable['stage'];
	questions: readonly BeneficiaryQuestionId[];
	columns: readonly SurveyColumn[];
	cell: (question: BeneficiaryQuestionId, column: SurveyColumn) => CellInput;
}): SurveyTable {
	const cells: SurveyCell[] = [];
	for (const question of input.questions) {
		const scale = answersOf(question);
		for (const column of input.columns) {
			const where = `survey table (${input.stage}), question "${question}", column "${column.id}"`;
			const given = input.cell(question, column);
			for (const a of given.answers) {
				if (!scale.includes(a.answer)) throw new Error(`${where}: answer "${a.answer}" is not on the scale (${scale.join(', ')})`);
				if (!(a.share >= 0 && a.share <= 100)) throw new Error(`${where}: share of "${a.answer}" must be 0–100; got ${a.share}`);
				if (a.count !== undefined && !(Number.isInteger(a.count) && a.count >= 0)) {
					throw new Error(`${where}: count of "${a.answer}" must be a whole number; got ${a.count}`);
				}
			}
			if (given.status === 'reported' && given.answers.length === 0) throw new Error(`${where}: reported, but no answers given`);
			if (given.status !== 'reported' && given.answers.length > 0) throw new Error(`${where}: status is ${given.status}, but answers are given`);
			const answers = [...given.answers].sort((a, b) => scale.indexOf(a.answer) - scale.indexOf(b.answer));
			cells.push({ ...given, answers, question, column: column.id });
		}
	}
	return { stage: input.stage, questions: input.questions, columns: input.columns, cells };
}

/** The cell of one question and column. */
export function getCell(table: SurveyTable, question: BeneficiaryQuestionId, column: string): SurveyCell {
	const cell = table.cells.find((c) => c.question === question && c.column === column);
	if (!cell) throw new Error(`The ${table.stage} survey table has no cell for question "${question}" and column "${column}"`);
	return cell;
}

/**
 * A cell from answer counts, as the aggregator of filled surveys produces them: shares are
 * percentages of all counted answers, rounded to `decimals`. No answers at all is a gap
 * (`not-reported`), not a row of zeros.
 */
export function cellFromCounts(question: BeneficiaryQuestionId, counts: Readonly<Partial<Record<string, number>>>, decimals = 1): CellInput {
	const scale = answersOf(question);
	for (const key of Object.keys(counts)) {
		if (!scale.includes(key)) throw new Error(`question "${question}": answer "${key}" is not on the scale (${scale.join(', ')})`);
	}
	const total = scale.reduce((sum, a) => sum + (counts[a] ?? 0), 0);
	if (total === 0) return { status: 'not-reported', answers: [] };
	const factor = 10 ** decimals;
	const answers = scale
		.filter((a) => (counts[a] ?? 0) > 0)
		.map((a) => ({ answer: a, count: counts[a]!, share: Math.round((counts[a]! / total) * 100 * factor) / factor }));
	return { status: 'reported', answers };
}

/** Stable column names of the survey CSV (English ids). */
export const surveyCsvColumns = [
	'stage',
	'column',
	'respondents',
	'base',
	'question',
	'scale',
	'row_type',
	'answer',
	'share',
	'count',
	'status',
	'text_en',
	'text_it',
	'text_es',
	'text_bg',
] as const;
export type SurveyCsvRow = Partial<Record<(typeof surveyCsvColumns)[number], string | number | null>>;

const textColumns = (text: LocalizedText | undefined) =>
	Object.fromEntries((['en', 'it', 'es', 'bg'] as const satisfies readonly Lang[]).map((l) => [`text_${l}`, text?.[l] ?? null]));

/**
 * The table as CSV rows: one row per reported answer (`row_type` answer); one row per empty cell
 * with its status (`row_type` gap) and empty share and count; one row per comment.
 */
export function surveyRows(table: SurveyTable): SurveyCsvRow[] {
	const rows: SurveyCsvRow[] = [];
	const columns = new Map(table.columns.map((c) => [c.id, c]));
	for (const cell of table.cells) {
		const column = columns.get(cell.column)!;
		const base = {
			stage: table.stage,
			column: cell.column,
			respondents: column.respondents ?? null,
			base: column.base ?? null,
			question: cell.question,
			scale: scaleOf(cell.question),
		};
		if (cell.status === 'reported') {
			for (const a of cell.answers) {
				rows.push({ ...base, row_type: 'answer', answer: a.answer, share: a.share, count: a.count ?? null, status: 'reported', ...textColumns(undefined) });
			}
		} else {
			rows.push({ ...base, row_type: 'gap', answer: null, share: null, count: null, status: cell.status, ...textColumns(cell.note) });
		}
		if (cell.comment) rows.push({ ...base, row_type: 'comment', answer: null, share: null, count: null, status: cell.status, ...textColumns(cell.comment) });
	}
	return rows;
}
