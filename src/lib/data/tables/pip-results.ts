import type { PipResult } from '../../../schemas/pip-results.ts';
import { formatNumber } from '../../i18n/format.ts';
import { checkTable, gap, list, text, type TableModel } from '../table.ts';
import { country, local, type ShapeContext } from '../context.ts';
import { formatFigure } from '../figures.ts';

/** The results of one country's plans, objective by objective. */
export function pipResultsTable(entries: readonly PipResult[], code: string, ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const rows = entries.filter((e) => e.country === code);
	if (rows.length === 0) throw new Error(`pip-results has no entry for ${code}`);
	const bases = [...new Set(rows.map((r) => r.base))];
	return checkTable({
		id: `pip-results-${code.toLowerCase()}`,
		caption: t('data.pipResults.caption', { country: country(code, ctx), base: bases.map((b) => formatNumber(b, ctx.lang)).join(', ') }),
		rowHeader: t('data.pipResults.rowHeader'),
		columns: [{ label: t('data.pipResults.col.result') }, { label: t('data.pipResults.col.figures') }],
		groups: [
			{
				rows: rows.map((r) => ({
					id: r.id,
					header: t(`data.objective.${r.objective}`),
					cells: [
						text(local(r.result, ctx)),
						r.figures.length
							? list(r.figures.map((f) => t('data.item.labelValue', { label: local(f.label, ctx), value: formatFigure(f, ctx) })))
							: gap(t('data.gap.no-figure')),
					],
				})),
			},
		],
		notes: rows.flatMap((r) => (r.notes ?? []).map((n) => t('data.note.item', { item: t(`data.objective.${r.objective}`), note: local(n, ctx) }))),
	});
}
