import type { Support } from '../../../schemas/support.ts';
import type { LegalStatus } from '../../../schemas/legal-status.ts';
import type { Beneficiary } from '../../../schemas/beneficiaries.ts';
import { formatNumber } from '../../i18n/format.ts';
import { checkTable, gap, number, text, type TableModel } from '../table.ts';
import { country, countriesOf, local, type ShapeContext } from '../context.ts';
import { formatFigure, isNotGiven } from '../figures.ts';

const details = (notes: Support['notes'], ctx: ShapeContext) =>
	notes && notes.length ? text(notes.map((n) => local(n, ctx)).join(' ')) : gap(ctx.t('data.gap.none'));

/** Support and mediation figures, grouped by country. */
export function supportTable(entries: readonly Support[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	return checkTable({
		id: 'support-table',
		caption: t('data.support.caption'),
		rowHeader: t('data.support.rowHeader'),
		columns: [{ label: t('data.col.figure') }, { label: t('data.col.partner') }, { label: t('data.col.section') }, { label: t('data.col.details') }],
		groups: countriesOf(entries).map((code) => ({
			header: country(code, ctx),
			rows: entries
				.filter((e) => e.country === code)
				.map((e) => ({
					id: e.id,
					header: t('data.support.row', { service: t(`data.support.service.${e.service}`), measure: t(`data.support.measure.${e.measure}`) }),
					cells: [
						e.measure === 'not-provided'
							? gap(t('data.gap.service-not-provided'))
							: isNotGiven(e.figure)
								? gap(t('data.gap.not-given'))
								: text(formatFigure(e.figure, ctx)),
						e.provider ? text(ctx.partnerName(e.provider)) : gap(t('data.gap.not-named')),
						text(e.section),
						details(e.notes, ctx),
					],
				})),
		})),
		notes: [],
	});
}

/** Residence, protection status and complaints, grouped by country. */
export function legalStatusTable(entries: readonly LegalStatus[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	return checkTable({
		id: 'legal-status-table',
		caption: t('data.legal.caption'),
		rowHeader: t('data.legal.rowHeader'),
		columns: [{ label: t('data.legal.col.when') }, { label: t('data.col.figure') }, { label: t('data.col.section') }, { label: t('data.col.details') }],
		groups: countriesOf(entries).map((code) => ({
			header: country(code, ctx),
			rows: entries
				.filter((e) => e.country === code)
				.map((e) => ({
					id: e.id,
					header: t(`data.legal.status.${e.status}`),
					cells: [
						e.moment === 'not-stated' ? gap(t('data.legal.moment.not-stated')) : text(t(`data.legal.moment.${e.moment}`)),
						text(formatFigure(e.figure, ctx)),
						text(e.section),
						details(e.notes, ctx),
					],
				})),
		})),
		notes: [],
	});
}

/** Every total of women the source gives, grouped by country. */
export function beneficiariesTable(entries: readonly Beneficiary[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	return checkTable({
		id: 'beneficiaries-table',
		caption: t('data.beneficiaries.caption'),
		rowHeader: t('data.beneficiaries.rowHeader'),
		columns: [{ label: t('data.beneficiaries.col.women'), numeric: true }, { label: t('data.beneficiaries.col.kind') }, { label: t('data.col.section') }],
		groups: countriesOf(entries).map((code) => ({
			header: country(code, ctx),
			rows: entries
				.filter((e) => e.country === code)
				.map((e) => ({
					id: e.id,
					header: local(e.context, ctx),
					cells: [number(formatNumber(e.count, ctx.lang)), text(t(`data.beneficiaries.kind.${e.kind}`)), text(e.section)],
				})),
		})),
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => t('data.note.country', { country: country(e.country, ctx), note: local(n, ctx) }))),
	});
}
