/**
 * The table shape of a satisfaction survey: question × column (a country, or any other group) ×
 * answer → share of respondents and, when known, the count. The source document's tables
 * (content/data/satisfaction-*.yaml) and filled surveys aggregated later (src/lib/surveys/
 * aggregate.ts) both become this shape, so one renderer, one chart and one CSV serve both.
 *
 * The beneficiary survey's questions carry their scales (src/schemas/surveys.ts); a table of
 * another survey's questions names their scales in `scales`.
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

export interface SurveyCell<Q extends string = BeneficiaryQuestionId> {
	question: Q;
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

/** The answers a question is counted on. */
export interface SurveyScale {
	/** Scale id (`satisfaction`), or the kind of question (`choice`, `multichoice`, `checkbox`) for a list of its own. */
	id: string;
	/** Answer ids in order. */
	answers: readonly string[];
	/**
	 * Several answers per person (tick boxes): each share is of the people who answered the
	 * question, so shares may add up to more than 100.
	 */
	multiple?: boolean;
}

export interface SurveyTable<Q extends string = BeneficiaryQuestionId> {
	/** The survey stage, for a survey asked at several stages. */
	stage?: 'halfway' | 'end';
	questions: readonly Q[];
	/** Scales of questions that are not the beneficiary survey's shared ones. */
	scales?: Readonly<Partial<Record<Q, SurveyScale>>>;
	columns: readonly SurveyColumn[];
	/** Question-major: every question × column pair, exactly once. */
	cells: readonly SurveyCell<Q>[];
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

/** The scale of a question in a table: its own, or the shared beneficiary scale. */
export function scaleIn<Q extends string>(table: Pick<SurveyTable<Q>, 'scales'>, question: Q): SurveyScale {
	const own = table.scales?.[question];
	if (own) return own;
	return { id: scaleOf(question as unknown as BeneficiaryQuestionId), answers: answersOf(question as unknown as BeneficiaryQuestionId) };
}

type CellInput = Omit<SurveyCell, 'question' | 'column'>;

/**
 * Builds a table, checking that every answer belongs to its question's scale, that shares are
 * percentages and counts whole numbers, and that a cell without results says why.
 *
 * @param cell the content of each question × column cell
 * @throws Error naming the question, column and answer at fault
 */
export function createSurveyTable<Q extends string = BeneficiaryQuestionId>(input: {
	stage?: SurveyTable['stage'];
	questions: readonly Q[];
	scales?: SurveyTable<Q>['scales'];
	columns: readonly SurveyColumn[];
	cell: (question: Q, column: SurveyColumn) => CellInput;
}): SurveyTable<Q> {
	const cells: SurveyCell<Q>[] = [];
	for (const question of input.questions) {
		const scale = scaleIn(input, question).answers;
		for (const column of input.columns) {
			const where = `survey table (${input.stage ?? 'all'}), question "${question}", column "${column.id}"`;
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
	return { ...(input.stage && { stage: input.stage }), questions: input.questions, ...(input.scales && { scales: input.scales }), columns: input.columns, cells };
}

/** The cell of one question and column. */
export function getCell<Q extends string>(table: SurveyTable<Q>, question: Q, column: string): SurveyCell<Q> {
	const cell = table.cells.find((c) => c.question === question && c.column === column);
	if (!cell) throw new Error(`The ${table.stage ? `${table.stage} ` : ''}survey table has no cell for question "${question}" and column "${column}"`);
	return cell;
}

/**
 * A cell from answer counts, as the aggregator of filled surveys produces them: shares are
 * percentages of all counted answers, rounded to `decimals`. No answers at all is a gap
 * (`not-reported`), not a row of zeros.
 *
 * @param scale the question's answers, when it is not one of the beneficiary survey's; for a
 *   question with several answers per person, `answered` is how many answered it, and each
 *   share is of them
 */
export function cellFromCounts(
	question: string,
	counts: Readonly<Partial<Record<string, number>>>,
	decimals = 1,
	scale: { answers: readonly string[]; multiple?: boolean; answered?: number } = { answers: answersOf(question as BeneficiaryQuestionId) },
): CellInput {
	const answers = scale.answers;
	for (const key of Object.keys(counts)) {
		if (!answers.includes(key)) throw new Error(`question "${question}": answer "${key}" is not on the scale (${answers.join(', ')})`);
	}
	const sum = answers.reduce((n, a) => n + (counts[a] ?? 0), 0);
	if (scale.multiple && scale.answered === undefined) throw new Error(`question "${question}": several answers per person, so give how many answered it`);
	const total = scale.multiple ? scale.answered! : sum;
	if (scale.multiple && answers.some((a) => (counts[a] ?? 0) > total)) throw new Error(`question "${question}": an answer counts more people than answered it (${total})`);
	if (sum === 0 || total === 0) return { status: 'not-reported', answers: [] };
	const factor = 10 ** decimals;
	return {
		status: 'reported',
		// Whole numbers first and one division, so a share that is exactly half-way (5 of 8 = 62.5) rounds up, as the source does.
		answers: answers
			.filter((a) => (counts[a] ?? 0) > 0)
			.map((a) => ({ answer: a, count: counts[a]!, share: Math.round((counts[a]! * 100 * factor) / total) / factor })),
	};
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
export function surveyRows<Q extends string>(table: SurveyTable<Q>): SurveyCsvRow[] {
	const rows: SurveyCsvRow[] = [];
	const columns = new Map(table.columns.map((c) => [c.id, c]));
	for (const cell of table.cells) {
		const column = columns.get(cell.column)!;
		const base = {
			stage: table.stage ?? null,
			column: cell.column,
			respondents: column.respondents ?? null,
			base: column.base ?? null,
			question: cell.question,
			scale: scaleIn(table, cell.question).id,
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
