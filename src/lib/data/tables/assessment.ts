import type { AssessmentProfile } from '../../../schemas/assessment-profile.ts';
import type { PipSummary } from '../../../schemas/pip-summary.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { checkTable, list, number, text, type TableModel, type TableRow } from '../table.ts';
import { country, countryNote, joinList, local, type ShapeContext } from '../context.ts';

const header = (e: { country: string; partners: string[] }, ctx: ShapeContext) =>
	ctx.t('data.country.withPartners', { country: country(e.country, ctx), partners: joinList(e.partners.map(ctx.partnerName), ctx) });

const shareItem = (label: string, share: number, ctx: ShapeContext) =>
	ctx.t('data.item.labelValue', { label, value: formatPercent(share, ctx.lang) });

/** Table 1 of the source: the profile of the women assessed, one column per country. */
export function assessmentTable(entries: readonly AssessmentProfile[], ctx: ShapeContext): TableModel {
	const { t, lang } = ctx;
	const row = (id: string, cell: (e: AssessmentProfile) => TableRow['cells'][number]): TableRow => ({
		id,
		header: t(`data.assessment.row.${id}`),
		cells: entries.map(cell),
	});
	return checkTable({
		id: 'assessment-profile-table',
		caption: t('data.assessment.caption'),
		rowHeader: t('data.assessment.rowHeader'),
		columns: entries.map((e) => ({ label: header(e, ctx) })),
		groups: [
			{
				rows: [
					row('women-assessed', (e) => number(formatNumber(e.womenAssessed, lang))),
					row('beneficiaries-engaged', (e) => number(formatNumber(e.beneficiariesEngaged, lang))),
					row('origins', (e) =>
						list(
							e.origins.map((o) => {
								const item = shareItem(country(o.country, ctx), o.share, ctx);
								return o.sourceSpelling ? t('data.assessment.sourceSpelling', { item, spelling: o.sourceSpelling }) : item;
							}),
						),
					),
					row('age', (e) =>
						text(t('data.assessment.ageRange', { min: formatNumber(e.age.min, lang), max: formatNumber(e.age.max, lang), mean: formatNumber(e.age.mean, lang) })),
					),
					row('education', (e) =>
						list(
							e.education.map((x) => {
								const item = shareItem(t(`data.education.${x.level}`), x.share, ctx);
								if (!x.completion) return item;
								return x.completion.kind === 'not-always-completed'
									? t('data.education.notAlwaysCompleted', { item })
									: t('data.education.shareNotCompleted', { item, share: formatPercent(x.completion.share, lang) });
							}),
						),
					),
					row('work-experience', (e) => list(e.workExperience.map((x) => shareItem(t(`data.experience.${x.category}`), x.share, ctx)))),
					row('language-level', (e) => list(e.languageLevel.map((x) => shareItem(t(`data.languageLevel.${x.level}`), x.share, ctx)))),
					row('job-situation', (e) => list(e.jobSituation.map((x) => shareItem(t(`data.jobSituation.${x.situation}`), x.share, ctx)))),
					row('desired-jobs', (e) =>
						list(
							e.desiredJobs.map((j) =>
								j.count === undefined ? local(j.label, ctx) : t('data.item.labelValue', { label: local(j.label, ctx), value: formatNumber(j.count, lang) }),
							),
						),
					),
				],
			},
		],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => countryNote(e.country, n, ctx))),
	});
}

/** Table 2 of the source: needs, objectives and plan of the Personal Integration Plans. */
export function pipSummaryTable(entries: readonly PipSummary[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const parts = ['needs', 'objectives', 'plan'] as const;
	return checkTable({
		id: 'pip-summary-table',
		caption: t('data.pipSummary.caption'),
		rowHeader: t('data.pipSummary.rowHeader'),
		columns: entries.map((e) => ({ label: header(e, ctx) })),
		groups: [
			{
				rows: parts.map((part) => ({
					id: part,
					header: t(`data.pipSummary.row.${part}`),
					cells: entries.map((e) => list(e[part].map((p) => local(p, ctx)))),
				})),
			},
		],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => countryNote(e.country, n, ctx))),
	});
}
