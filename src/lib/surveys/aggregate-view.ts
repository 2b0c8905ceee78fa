/**
 * What the aggregate page shows of the totals: per table (stage), its charts and the table,
 * shaped by the Results pages' own functions (`surveyTableModel`, the stacked chart), all text
 * in the page's language. Pure; the page's script only draws it.
 *
 * The beneficiary survey keeps the Results pages' wording of its questions and answers, so its
 * tables read like the report's; the other surveys use their form's labels.
 */
import type { TemplateDefinition } from '../../../templates/schema.ts';
import { optionsOf } from '../../../templates/schema.ts';
import { countryName, formatPercent } from '../i18n/format.ts';
import type { FormatContext } from '../data/figures.ts';
import type { TableModel } from '../data/table.ts';
import { surveyTableModel, type SurveyTableLabels } from '../data/tables/satisfaction.ts';
import type { LegendInput, StackedGroupInput } from '../charts/stacked.ts';
import { getCell, type SurveyTable } from './table.ts';
import { allColumn, columnField, tableField, thresholdQuestion, type SurveyQuestion, type SurveyTally } from './aggregate.ts';

export interface AggregateChart {
	id: string;
	title: string;
	description: string;
	groups: StackedGroupInput[];
	legend: LegendInput[];
}

export interface AggregateBlock {
	id: string;
	charts: AggregateChart[];
	table: TableModel;
}

/** Charts can tell at most four answers apart (four fills and patterns). */
const maxChartAnswers = 4;

function optionLabel(def: TemplateDefinition, fieldId: string, value: string, lang: FormatContext['lang']): string {
	const field = def.sections.flatMap((s) => s.fields).find((f) => f.id === fieldId);
	if (!field || !(field.kind === 'choice' || field.kind === 'rating' || field.kind === 'multichoice')) return value;
	return optionsOf(field).find((o) => o.id === value)?.label[lang] ?? value;
}

/** The name of a column: a country, other countries, or all of them, with how many forms it counts. */
export function aggregateColumnName(def: TemplateDefinition, id: string, respondents: number, ctx: FormatContext): string {
	const name = id === allColumn ? ctx.t('filler.aggregate.all') : /^[A-Z]{2}$/.test(id) ? countryName(id, ctx.lang) : optionLabel(def, columnField, id, ctx.lang);
	return respondents === 1 ? ctx.t('filler.aggregate.columnOne', { name }) : ctx.t('filler.aggregate.column', { name, count: new Intl.NumberFormat(ctx.lang).format(respondents) });
}

/** Labels of the questions and answers of a survey's table. */
export function aggregateLabels(def: TemplateDefinition, questions: readonly SurveyQuestion[], table: SurveyTable<string>, ctx: FormatContext): SurveyTableLabels<string> {
	const { t, lang } = ctx;
	const title = def.title[lang];
	const caption = table.stage
		? t('filler.aggregate.captionStage', { title, stage: optionLabel(def, tableField, table.stage, lang) })
		: t('filler.aggregate.caption', { title });
	const gap = () => t('filler.aggregate.gap');
	if (def.id === 'beneficiary-satisfaction') return { caption, gap };
	const byId = new Map(questions.map((q) => [q.id, q]));
	return {
		caption,
		gap,
		groups: def.sections
			.map((s) => ({ id: s.id, header: s.title[lang], questions: questions.filter((q) => q.section === s.id).map((q) => q.id) }))
			.filter((g) => g.questions.length > 0),
		question: (id) => (id === thresholdQuestion ? t('filler.aggregate.threshold') : (byId.get(id)?.field?.label[lang] ?? id)),
		answer: (id, answer) => {
			const q = byId.get(id);
			if (q?.scale.id === 'checkbox') return id === thresholdQuestion ? t(answer === 'yes' ? 'filler.aggregate.thresholdYes' : 'filler.aggregate.thresholdNo') : t(`filler.aggregate.${answer}`);
			return optionLabel(def, id, answer, lang);
		},
	};
}

/**
 * The blocks of the page: per table, charts of the questions asked on the same scale in the same
 * part of the form (two or more questions, four answers at most), then the table.
 */
export function aggregateBlocks(tally: SurveyTally, ctx: FormatContext): AggregateBlock[] {
	const def = tally.template;
	return tally.tables().map((table, index) => {
		const id = `aggregate-${table.stage ?? 'all'}`;
		const labels = aggregateLabels(def, tally.questions, table, ctx);
		const questionLabel = labels.question ?? ((q: string) => ctx.t(`data.survey.question.${q}`));
		const answerLabel = labels.answer ?? ((_: string, a: string) => ctx.t(`data.survey.answer.${a}`));
		const columnName = (column: string) => aggregateColumnName(def, column, table.columns.find((c) => c.id === column)?.respondents ?? 0, ctx);
		const model = surveyTableModel(table, { ...ctx, partnerName: (partner) => partner }, columnName, id, labels);
		// Shares of several answers per person are of those who answered: say so under the table.
		for (const q of tally.questions) if (q.scale.multiple) model.notes.push(ctx.t('filler.aggregate.multiple', { question: questionLabel(q.id) }));
		const sets = new Map<string, SurveyQuestion[]>();
		for (const q of tally.questions) {
			if (q.scale.multiple || q.scale.answers.length > maxChartAnswers || q.scale.id === 'choice') continue;
			const key = `${q.section}|${q.scale.id}`;
			sets.set(key, [...(sets.get(key) ?? []), q]);
		}
		const charts: AggregateChart[] = [...sets.values()]
			.filter((qs) => qs.length >= 2)
			.map((qs, n) => {
				const first = qs[0]!;
				const legend = first.scale.answers.map((a) => ({ key: a, label: answerLabel(first.id, a) }));
				const section = def.sections.find((s) => s.id === first.section)!;
				return {
					id: `chart-${index}-${n}`,
					title: ctx.t('filler.aggregate.chart', { title: section.title[ctx.lang] }),
					description: ctx.t('filler.aggregate.chartDesc', { answers: new Intl.ListFormat(ctx.lang, { type: 'conjunction' }).format(legend.map((l) => l.label)) }),
					legend,
					groups: qs.map((q) => ({
						label: questionLabel(q.id),
						bars: table.columns.map((c) => {
							const cell = getCell(table, q.id, c.id);
							return {
								id: `${q.id}-${c.id}`,
								label: columnName(c.id),
								segments: cell.answers.map((a) => ({ key: a.answer, value: a.share, label: formatPercent(a.share, ctx.lang, 1) })),
								...(cell.status !== 'reported' && { gapText: ctx.t('filler.aggregate.gap') }),
							};
						}),
					})),
				};
			});
		return { id, charts, table: model };
	});
}
