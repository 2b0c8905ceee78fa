import type { EmploymentOutcome } from '../../../schemas/employment-outcomes.ts';
import { outcomePeriods } from '../../../schemas/employment-outcomes.ts';
import { formatNumber } from '../../i18n/format.ts';
import { checkTable, gap, list, number, text, type TableModel } from '../table.ts';
import { country, countriesOf, countryNote, joinList, local, type ShapeContext } from '../context.ts';
import { formatFigure } from '../figures.ts';

type Outcome = Extract<EmploymentOutcome, { type: 'outcome' }>;
type Placement = Extract<EmploymentOutcome, { type: 'placement' }>;
type Internships = Extract<EmploymentOutcome, { type: 'internships' }>;

export const outcomesOf = (entries: readonly EmploymentOutcome[]) => entries.filter((e): e is Outcome => e.type === 'outcome');

/** Who had a job or internship, per country: over the whole project and when the report was written. */
export function outcomesTable(entries: readonly EmploymentOutcome[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const outcomes = outcomesOf(entries);
	return checkTable({
		id: 'employment-outcomes-table',
		caption: t('data.employment.caption'),
		rowHeader: t('data.col.country'),
		columns: outcomePeriods.map((p) => ({ label: t(`data.employment.period.${p}`) })),
		groups: [
			{
				rows: countriesOf(outcomes).map((code) => ({
					id: code,
					header: country(code, ctx),
					cells: outcomePeriods.map((period) => {
						const found = outcomes.filter((o) => o.country === code && o.period === period);
						if (found.length === 0) return gap(t('data.gap.not-given'));
						return list(found.map((o) => t('data.item.labelValue', { label: t(`data.employment.measure.${o.measure}`), value: formatFigure(o.figure, ctx) })));
					}),
				})),
			},
		],
		notes: outcomes.flatMap((o) => (o.notes ?? []).map((n) => countryNote(o.country, n, ctx))),
	});
}

/** The jobs and internships the women held (Italy lists them). */
export function placementsTable(entries: readonly EmploymentOutcome[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const placements = entries.filter((e): e is Placement => e.type === 'placement');
	return checkTable({
		id: 'placements-table',
		caption: t('data.placements.caption', { country: joinList(countriesOf(placements).map((c) => country(c, ctx)), ctx) }),
		rowHeader: t('data.placements.rowHeader'),
		columns: [{ label: t('data.placements.col.kind') }, { label: t('data.placements.col.women'), numeric: true }],
		groups: [
			{
				rows: placements.map((p) => ({
					id: p.id,
					header: local(p.role, ctx),
					cells: [p.kind === 'not-stated' ? gap(t('data.placements.kind.not-stated')) : text(t(`data.placements.kind.${p.kind}`)), number(formatNumber(p.count, ctx.lang))],
				})),
			},
		],
		notes: [t('data.placements.note'), ...placements.flatMap((p) => (p.notes ?? []).map((n) => t('data.note.item', { item: local(p.role, ctx), note: local(n, ctx) })))],
	});
}

/** The internships a partner organised: how many, paid or not, how long, how they were followed. */
export function internshipsTable(entries: readonly EmploymentOutcome[], ctx: ShapeContext): TableModel {
	const { t, lang } = ctx;
	const items = entries.filter((e): e is Internships => e.type === 'internships');
	return checkTable({
		id: 'internships-table',
		caption: t('data.internships.caption'),
		rowHeader: t('data.internships.rowHeader'),
		columns: items.map((i) => ({ label: t('data.country.withPartners', { country: country(i.country, ctx), partners: ctx.partnerName(i.organiser) }) })),
		groups: [
			{
				rows: [
					{ id: 'organised', header: t('data.internships.organised'), cells: items.map((i) => number(formatNumber(i.organised, lang))) },
					{ id: 'paid', header: t('data.internships.paid'), cells: items.map((i) => text(t(i.paid ? 'data.yes' : 'data.no'))) },
					{
						id: 'length',
						header: t('data.internships.length'),
						cells: items.map((i) => text(t('data.internships.months', { min: formatNumber(i.months.min, lang), max: formatNumber(i.months.max, lang) }))),
					},
					{
						id: 'monitoring',
						header: t('data.internships.monitoring'),
						cells: items.map((i) =>
							text(
								t('data.internships.every', {
									days: formatNumber(i.monitoringEveryDays, lang),
									channels: joinList(i.monitoringChannels.map((c) => t(`data.internships.channel.${c}`)), ctx),
								}),
							),
						),
					},
				],
			},
		],
		notes: items.flatMap((i) => (i.notes ?? []).map((n) => countryNote(i.country, n, ctx))),
	});
}
