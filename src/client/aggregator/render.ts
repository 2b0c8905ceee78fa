/**
 * Draws a table model and a stacked bar chart in the page, with the same markup as the
 * build-time components of the Results pages (src/components/data/DataTable.astro,
 * src/components/charts/StackedBarChart.astro), so both look and read the same.
 */
import type { TableModel } from '../../lib/data/table.ts';
import { stackedChart, type LegendInput, type StackedGroupInput } from '../../lib/charts/stacked.ts';

type Child = Node | string | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value));
	for (const child of children) if (child !== undefined && child !== false) el.append(child);
	return el;
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): SVGElement {
	const el = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value));
	for (const child of children) if (child !== undefined && child !== false) el.append(child);
	return el;
}

/** A table as DataTable.astro renders it: caption, scoped headers, row groups, gaps in words, notes. */
export function renderTable(table: TableModel): HTMLElement {
	const width = table.columns.length + 1;
	const captionId = `${table.id}-caption`;
	return h(
		'div',
		{ class: 'data-table', id: table.id },
		h(
			'div',
			{ class: 'scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
			h(
				'table',
				{},
				h('caption', { id: captionId }, table.caption),
				h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, table.rowHeader), ...table.columns.map((c) => h('th', { scope: 'col' }, c.label)))),
				...table.groups.map((group) =>
					h(
						'tbody',
						{},
						group.header ? h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: width }, group.header)) : undefined,
						...group.rows.map((row) =>
							h(
								'tr',
								{ 'data-row': row.id },
								h('th', { scope: 'row' }, row.header),
								...row.cells.map((cell) =>
									cell.kind === 'list'
										? h('td', {}, cell.items.length === 1 ? cell.items[0] : h('ul', {}, ...cell.items.map((item) => h('li', {}, item))))
										: h('td', { class: cell.kind === 'gap' ? 'gap' : undefined }, cell.text),
								),
							),
						),
					),
				),
			),
		),
		table.notes.length > 0 && h('ul', { class: 'notes' }, ...table.notes.map((note) => h('li', {}, note))),
	);
}

/** A stacked bar chart as StackedBarChart.astro draws it: patterns and a legend, so colour is never the only cue. */
export function renderStackedChart(id: string, title: string, description: string, groups: StackedGroupInput[], legend: LegendInput[]): SVGElement {
	const g = stackedChart(groups, legend);
	const keyIndex = new Map(legend.map((l, i) => [l.key, i]));
	const fillOf = (key: string) => `url(#${id}-p${keyIndex.get(key)})`;
	return s(
		'svg',
		{ class: 'win-chart', viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, 'font-size': g.fontSize },
		s('title', { id: `${id}-title` }, title),
		s('desc', { id: `${id}-desc` }, description),
		s(
			'defs',
			{},
			s('pattern', { id: `${id}-p0`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, s('rect', { class: 's0', width: 8, height: 8 })),
			s(
				'pattern',
				{ id: `${id}-p1`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
				s('rect', { class: 's1', width: 8, height: 8 }),
				s('line', { class: 'mark', x1: 0, y1: 0, x2: 0, y2: 8 }),
			),
			s('pattern', { id: `${id}-p2`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, s('rect', { class: 's2', width: 8, height: 8 }), s('circle', { class: 'dot', cx: 4, cy: 4, r: 1.6 })),
			s('pattern', { id: `${id}-p3`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, s('rect', { class: 's3', width: 8, height: 8 }), s('path', { class: 'mark', d: 'M0 4 H8 M4 0 V8' })),
		),
		...g.legend.map((item) =>
			s(
				'g',
				{ class: 'legend' },
				s('rect', { x: item.x, y: item.y, width: item.swatch, height: item.swatch, fill: fillOf(item.key), class: 'swatch' }),
				s('text', { x: item.x + item.swatch + 6, y: item.y + item.swatch * 0.85 }, item.label),
			),
		),
		...g.groups.map((group) => s('text', { class: 'group', x: 8, y: group.y }, group.label)),
		...g.bars.map((bar) =>
			s(
				'g',
				{},
				s('text', { x: g.labelX, y: bar.labelY, 'text-anchor': 'end' }, ...bar.labelLines.map((line, i) => s('tspan', { x: g.labelX, dy: i === 0 ? 0 : '1.3em' }, line))),
				...bar.segments.map((seg) => s('rect', { class: 'segment', x: seg.x, y: bar.y, width: seg.width, height: bar.height, fill: fillOf(seg.key) })),
				...bar.segments
					.filter((seg) => seg.showLabel)
					.map((seg) =>
						s(
							'g',
							{ class: 'pill' },
							s('rect', { x: seg.labelX - seg.labelWidth / 2, y: bar.y + 4, width: seg.labelWidth, height: bar.height - 8, rx: 3 }),
							s('text', { x: seg.labelX, y: bar.y + bar.height / 2 + g.fontSize * 0.32, 'text-anchor': 'middle' }, seg.label),
						),
					),
				bar.gap && s('text', { class: 'gap', x: bar.gap.x, y: bar.gap.y }, bar.gap.text),
			),
		),
	);
}
