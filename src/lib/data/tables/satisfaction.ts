import type { SatisfactionEntry } from '../../../schemas/satisfaction.ts';
import { beneficiaryOpenQuestions, type BeneficiaryQuestionId } from '../../../schemas/surveys.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { getCell, type SurveyCell, type SurveyColumn, type SurveyTable } from '../../surveys/table.ts';
import { checkTable, gap, list, text, type TableGroup, type TableModel } from '../table.ts';
import { country, countryNote, local, type ShapeContext } from '../context.ts';

/** How the questions of the survey are grouped in the table. */
export function questionGroup(question: BeneficiaryQuestionId): 'interviews' | 'services' | 'recommend' {
	if (question.startsWith('service-')) return 'services';
	return question === 'recommend' ? 'recommend' : 'interviews';
}

/** "Spain (21 of 21 answered)": a column's label with its respondents, where known. */
export function surveyColumnLabel(column: SurveyColumn, name: string, ctx: ShapeContext): string {
	if (column.respondents === undefined || column.base === undefined) return name;
	return ctx.t('data.survey.column', { name, respondents: formatNumber(column.respondents, ctx.lang), base: formatNumber(column.base, ctx.lang) });
}

/**
 * How a survey table names its rows, answers and gaps. The defaults are the beneficiary
 * survey's, as the Results pages show it; aggregated surveys of other templates take their
 * questions and answers from the template definition.
 */
export interface SurveyTableLabels<Q extends string> {
	caption?: string;
	/** Row groups in order, each with its heading and questions. */
	groups?: readonly { id: string; header: string; questions: readonly Q[] }[];
	question?: (question: Q) => string;
	answer?: (question: Q, answer: string) => string;
	/** Why a cell is empty. */
	gap?: (status: SurveyCell['status']) => string;
}

/**
 * The survey table for a page: questions as rows (interviews and plan, services, recommendation),
 * columns as given, each cell listing "63 % yes" (with the count, when known), or saying why it
 * is empty. Works the same for the source's tables and for aggregated filled surveys.
 *
 * @param columnName the name of a column by id (a country's name for the source's tables)
 */
export function surveyTableModel<Q extends string = BeneficiaryQuestionId>(
	table: SurveyTable<Q>,
	ctx: ShapeContext,
	columnName: (id: string) => string,
	id = `survey-${table.stage}`,
	labels: SurveyTableLabels<Q> = {},
): TableModel {
	const { t, lang } = ctx;
	const notes: string[] = [];
	const questionLabel = labels.question ?? ((q: Q) => t(`data.survey.question.${q}`));
	const answerLabel = labels.answer ?? ((_: Q, a: string) => t(`data.survey.answer.${a}`));
	const gapLabel = labels.gap ?? ((status: SurveyCell['status']) => t(`data.gap.${status}`));
	const groups =
		labels.groups ??
		(['interviews', 'services', 'recommend'] as const).map((group) => ({
			id: group,
			header: t(`data.survey.group.${group}`),
			questions: table.questions.filter((q) => questionGroup(q as unknown as BeneficiaryQuestionId) === group),
		}));
	const rows: TableGroup[] = groups
		.map((group) => ({
			header: group.header,
			rows: group.questions
				.filter((q) => table.questions.includes(q))
				.map((question) => ({
					id: question,
					header: questionLabel(question),
					cells: table.columns.map((column) => {
						const cell = getCell(table, question, column.id);
						if (cell.note) notes.push(t('data.note.item', { item: `${columnName(column.id)}, ${questionLabel(question)}`, note: local(cell.note, ctx) }));
						if (cell.status !== 'reported') return gap(gapLabel(cell.status));
						const items = cell.answers.map((a) =>
							a.count === undefined
								? t('data.survey.answerShare', { share: formatPercent(a.share, lang), answer: answerLabel(question, a.answer) })
								: t('data.survey.answerShareCount', {
										share: formatPercent(a.share, lang),
										answer: answerLabel(question, a.answer),
										count: formatNumber(a.count, lang),
									}),
						);
						if (cell.comment) items.push(t('data.survey.comment', { comment: local(cell.comment, ctx) }));
						return list(items);
					}),
				})),
		}))
		.filter((g) => g.rows.length > 0);
	return checkTable({
		id,
		caption: labels.caption ?? t(`data.survey.caption.${table.stage}`),
		rowHeader: t('data.survey.rowHeader'),
		columns: table.columns.map((c) => ({ label: surveyColumnLabel(c, columnName(c.id), ctx) })),
		groups: rows,
		notes,
	});
}

/** The open answers (what interested the women, what was missing, comments), summarised. */
export function openAnswersTable(stage: 'halfway' | 'end', entries: readonly SatisfactionEntry[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	return checkTable({
		id: `survey-${stage}-open`,
		caption: t(`data.survey.openCaption.${stage}`),
		rowHeader: t('data.survey.rowHeader'),
		columns: entries.map((e) => ({ label: country(e.country, ctx) })),
		groups: [
			{
				rows: beneficiaryOpenQuestions.map((q) => ({
					id: q,
					header: t(`data.survey.open.${q}`),
					cells: entries.map((e) => {
						const summary = e.open[q];
						return summary ? text(local(summary, ctx)) : gap(t('data.gap.not-reported'));
					}),
				})),
			},
		],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => countryNote(e.country, n, ctx))),
	});
}
