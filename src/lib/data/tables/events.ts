import type { AwarenessEvent } from '../../../schemas/awareness-events.ts';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.ts';
import { checkTable, gap, list, number, text, type TableModel } from '../table.ts';
import { country, joinList, local, type ShapeContext } from '../context.ts';
import { formatFigure, isNotGiven } from '../figures.ts';

/** "Italy, 26 May 2021" or "Spain (date not given)". */
export function eventName(e: AwarenessEvent, ctx: ShapeContext): string {
	return isNotGiven(e.date)
		? ctx.t('data.events.nameNoDate', { country: country(e.country, ctx) })
		: ctx.t('data.events.name', { country: country(e.country, ctx), date: formatDate(e.date, ctx.lang) });
}

/** The awareness-raising events, one row each. */
export function eventsTable(entries: readonly AwarenessEvent[], ctx: ShapeContext): TableModel {
	const { t, lang } = ctx;
	return checkTable({
		id: 'awareness-events-table',
		caption: t('data.events.caption'),
		rowHeader: t('data.events.rowHeader'),
		columns: [
			{ label: t('data.events.col.organisers') },
			{ label: t('data.events.col.format') },
			{ label: t('data.events.col.duration'), numeric: true },
			{ label: t('data.events.col.participants'), numeric: true },
			{ label: t('data.events.col.survey') },
		],
		groups: [
			{
				rows: entries.map((e) => ({
					id: e.id,
					header: eventName(e, ctx),
					cells: [
						list([
							joinList(e.organisers.map(ctx.partnerName), ctx),
							...(e.title ? [t('data.events.title', { title: e.title })] : []),
							...(e.host ? [t('data.events.host', { host: local(e.host, ctx) })] : []),
						]),
						isNotGiven(e.format) ? gap(t('data.gap.not-given')) : text(t(`data.events.format.${e.format}`)),
						isNotGiven(e.durationHours) ? gap(t('data.gap.not-given')) : number(t('data.unit.hours', { value: formatNumber(e.durationHours, lang) })),
						number(formatNumber(e.participants, lang)),
						isNotGiven(e.survey)
							? gap(t('data.gap.not-given'))
							: list([
									t('data.events.respondents', { respondents: formatNumber(e.survey.respondents, lang), participants: formatNumber(e.participants, lang) }),
									...e.survey.findings.map((f) => t('data.item.labelValue', { label: t(`data.events.finding.${f.finding}`), value: formatFigure(f.figure, ctx) })),
								]),
					],
				})),
			},
		],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => t('data.note.item', { item: eventName(e, ctx), note: local(n, ctx) }))),
	});
}

/** The participants of one event by sector, as the source groups them for that event. */
export function sectorsTable(e: AwarenessEvent, ctx: ShapeContext): TableModel {
	const { t, lang } = ctx;
	return checkTable({
		id: `sectors-${e.id}`,
		caption: t('data.events.sectorsCaption', { event: eventName(e, ctx), participants: formatNumber(e.participants, lang) }),
		rowHeader: t('data.events.col.sector'),
		columns: [{ label: t('data.events.col.share'), numeric: true }],
		groups: [
			{
				rows: e.sectors.map((s) => ({
					id: s.sector,
					header: s.detail ? t('data.events.sectorDetail', { sector: t(`data.sector.${s.sector}`), detail: local(s.detail, ctx) }) : t(`data.sector.${s.sector}`),
					cells: [number(formatPercent(s.share, lang))],
				})),
			},
		],
		notes: [],
	});
}

