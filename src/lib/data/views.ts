/**
 * What the Results pages show of each dataset: its tables and, where a picture says more, a chart
 * next to a table with the same figures. One function per dataset, all text in the page's language.
 */
import type { DatasetId } from '../../schemas/dataset.ts';
import type { DatasetEntries } from '../../schemas/datasets.ts';
import { answersOf, getCell } from '../surveys/table.ts';
import { formatFigure } from './figures.ts';
import { formatPercent } from '../i18n/format.ts';
import type { BarGroupInput } from '../charts/bars.ts';
import type { LegendInput, StackedGroupInput } from '../charts/stacked.ts';
import { countriesOf, country, type ShapeContext } from './context.ts';
import type { TableModel } from './table.ts';
import { assessmentTable, pipSummaryTable } from './tables/assessment.ts';
import { courseFeedbackTable, coursesTable, languageCoursesTable } from './tables/courses.ts';
import { internshipsTable, outcomesOf, outcomesTable, placementsTable } from './tables/employment.ts';
import { beneficiariesTable, legalStatusTable, supportTable } from './tables/support.ts';
import { openAnswersTable, questionGroup, surveyTableModel } from './tables/satisfaction.ts';
import { eventName, eventsTable, sectorsTable } from './tables/events.ts';
import { pipResultsTable } from './tables/pip-results.ts';
import { satisfactionTable } from './satisfaction.ts';

/** A chart and what it says, in the page's language. */
export type ChartSpec =
	| { kind: 'bars'; id: string; title: string; groups: BarGroupInput[] }
	| { kind: 'stacked'; id: string; title: string; groups: StackedGroupInput[]; legend: LegendInput[] };

/** A part of a dataset's page: optional chart, then its tables. */
export interface DatasetBlock {
	/** Anchor on the page; the dataset id for its first block. */
	id: string;
	chart?: ChartSpec;
	tables: TableModel[];
}

type Views = { [K in DatasetId]: (entries: DatasetEntries[K], ctx: ShapeContext) => DatasetBlock[] };

const views: Views = {
	'assessment-profile': (entries, ctx) => [
		{
			id: 'assessment-profile',
			chart: {
				kind: 'bars',
				id: 'origins-chart',
				title: ctx.t('data.chart.origins'),
				groups: entries.map((e) => ({
					label: country(e.country, ctx),
					bars: e.origins.map((o) => ({ id: `${e.country}-${o.country}`, label: country(o.country, ctx), value: o.share, valueLabel: formatPercent(o.share, ctx.lang) })),
				})),
			},
			tables: [assessmentTable(entries, ctx)],
		},
	],
	'pip-summary': (entries, ctx) => [{ id: 'pip-summary', tables: [pipSummaryTable(entries, ctx)] }],
	courses: (entries, ctx) => [{ id: 'courses', tables: [coursesTable(entries, ctx)] }],
	'course-feedback': (entries, ctx) => [{ id: 'course-feedback', tables: [courseFeedbackTable(entries, ctx)] }],
	'language-courses': (entries, ctx) => [{ id: 'language-courses', tables: [languageCoursesTable(entries, ctx)] }],
	'employment-outcomes': (entries, ctx) => {
		const overall = outcomesOf(entries).filter((o) => o.measure !== 'job-contract-among-employed' && o.measure !== 'internship-among-employed' && o.figure.share !== undefined);
		return [
			{
				id: 'employment-outcomes',
				chart: {
					kind: 'bars',
					id: 'employment-chart',
					title: ctx.t('data.chart.employment'),
					groups: countriesOf(overall).map((code) => ({
						label: country(code, ctx),
						bars: overall
							.filter((o) => o.country === code)
							.map((o) => ({
								id: o.id,
								label: ctx.t(`data.employment.period.${o.period}`),
								value: o.figure.share!,
								valueLabel: formatFigure(o.figure, ctx),
							})),
					})),
				},
				tables: [outcomesTable(entries, ctx)],
			},
			{ id: 'placements', tables: [placementsTable(entries, ctx), internshipsTable(entries, ctx)] },
		];
	},
	support: (entries, ctx) => [{ id: 'support', tables: [supportTable(entries, ctx)] }],
	'legal-status': (entries, ctx) => [{ id: 'legal-status', tables: [legalStatusTable(entries, ctx)] }],
	'satisfaction-halfway': (entries, ctx) => satisfactionBlocks('halfway', entries, ctx),
	'satisfaction-end': (entries, ctx) => satisfactionBlocks('end', entries, ctx),
	'awareness-events': (entries, ctx) => [
		{ id: 'awareness-events', tables: [eventsTable(entries, ctx)] },
		{
			id: 'sectors',
			chart: {
				kind: 'bars',
				id: 'sectors-chart',
				title: ctx.t('data.chart.sectors'),
				groups: entries.map((e) => ({
					label: eventName(e, ctx),
					bars: e.sectors.map((s) => ({ id: `${e.id}-${s.sector}`, label: ctx.t(`data.sector.${s.sector}`), value: s.share, valueLabel: formatPercent(s.share, ctx.lang) })),
				})),
			},
			tables: entries.map((e) => sectorsTable(e, ctx)),
		},
	],
	'pip-results': (entries, ctx) => [{ id: 'pip-results', tables: countriesOf(entries).map((code) => pipResultsTable(entries, code, ctx)) }],
	beneficiaries: (entries, ctx) => [{ id: 'beneficiaries', tables: [beneficiariesTable(entries, ctx)] }],
};

function satisfactionBlocks(stage: 'halfway' | 'end', entries: DatasetEntries['satisfaction-halfway'], ctx: ShapeContext): DatasetBlock[] {
	const table = satisfactionTable(stage, entries);
	const name = (code: string) => country(code, ctx);
	const legend = answersOf('service-employment').map((a) => ({ key: a, label: ctx.t(`data.survey.answer.${a}`) }));
	return [
		{
			id: stage,
			chart: {
				kind: 'stacked',
				id: `survey-${stage}-chart`,
				title: ctx.t(`data.chart.survey.${stage}`),
				legend,
				groups: table.questions
					.filter((q) => questionGroup(q) === 'services')
					.map((q) => ({
						label: ctx.t(`data.survey.question.${q}`),
						bars: table.columns.map((c) => {
							const cell = getCell(table, q, c.id);
							return {
								id: `${q}-${c.id}`,
								label: name(c.id),
								segments: cell.answers.map((a) => ({ key: a.answer, value: a.share, label: formatPercent(a.share, ctx.lang) })),
								...(cell.status !== 'reported' && { gapText: ctx.t(`data.gap.${cell.status}`) }),
							};
						}),
					})),
			},
			tables: [surveyTableModel(table, ctx, name), openAnswersTable(stage, entries, ctx)],
		},
	];
}

/** The blocks of a dataset's page, in order. */
export function datasetBlocks<K extends DatasetId>(id: K, entries: DatasetEntries[K], ctx: ShapeContext): DatasetBlock[] {
	return (views[id] as Views[K])(entries, ctx);
}
