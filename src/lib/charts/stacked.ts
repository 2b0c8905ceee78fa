/**
 * Geometry of a stacked bar chart drawn at build time: each bar splits into segments (answers of
 * a survey question, say), in a fixed order of keys shared by a legend. A bar with no data shows
 * a reason in words instead ("Not asked"), never an empty or zero bar. Pure: the component
 * (`src/components/charts/StackedBarChart.astro`) only writes the SVG.
 */
import { r1, textWidth, wrapText } from './text.ts';

export interface SegmentInput {
	key: string;
	/** Value on the chart's scale (percent). */
	value: number;
	/** Formatted value, drawn in the segment when it fits ("57 %"). */
	label: string;
}

export interface StackedBarInput {
	id: string;
	label: string;
	segments: SegmentInput[];
	/** Why the bar is empty; required when there are no segments. */
	gapText?: string;
}

export interface StackedGroupInput {
	label: string;
	bars: StackedBarInput[];
}

export interface LegendInput {
	key: string;
	label: string;
}

export interface StackedChartGeometry {
	width: number;
	height: number;
	fontSize: number;
	labelX: number;
	plot: { x: number; width: number };
	legend: { key: string; label: string; x: number; y: number; swatch: number }[];
	groups: { label: string; y: number }[];
	bars: {
		id: string;
		labelLines: string[];
		labelY: number;
		y: number;
		height: number;
		segments: { key: string; x: number; width: number; label: string; showLabel: boolean; labelX: number; labelWidth: number }[];
		gap?: { text: string; x: number; y: number };
	}[];
}

const PAD = 8;

/**
 * Lays out the chart. Segments keep the order of `legend`; the scale is 0–100, or the largest bar
 * total when the source's shares add up to more.
 *
 * @throws Error for an unknown key, a negative value, or an empty bar without `gapText`
 */
export function stackedChart(groups: readonly StackedGroupInput[], legend: readonly LegendInput[], options: { width?: number; fontSize?: number; barHeight?: number } = {}): StackedChartGeometry {
	const width = options.width ?? 600;
	const fontSize = options.fontSize ?? 14;
	const barHeight = options.barHeight ?? 24;
	const lineHeight = Math.round(fontSize * 1.3);
	const order = legend.map((l) => l.key);
	const bars = groups.flatMap((g) => g.bars);
	for (const bar of bars) {
		for (const s of bar.segments) {
			if (!order.includes(s.key)) throw new Error(`bar "${bar.id}": segment "${s.key}" is not in the legend (${order.join(', ')})`);
			if (!(Number.isFinite(s.value) && s.value >= 0)) throw new Error(`bar "${bar.id}": segment "${s.key}" must be ≥ 0; got ${s.value}`);
		}
		if (bar.segments.length === 0 && !bar.gapText) throw new Error(`bar "${bar.id}" has no segments: give a gapText saying why`);
	}
	const max = Math.max(100, ...bars.map((b) => b.segments.reduce((sum, s) => sum + s.value, 0)));

	const labelWidth = Math.min(Math.max(0, ...bars.map((b) => textWidth(b.label, fontSize))), width * 0.3);
	const plotX = PAD + labelWidth + PAD;
	const plotWidth = width - plotX - PAD;

	// Legend: swatch + label, flowing into as many rows as needed.
	const swatch = fontSize;
	const outLegend: StackedChartGeometry['legend'] = [];
	let lx = PAD;
	let ly = PAD;
	for (const item of legend) {
		const itemWidth = swatch + 6 + textWidth(item.label, fontSize) + 18;
		if (lx > PAD && lx + itemWidth > width - PAD) {
			lx = PAD;
			ly += lineHeight + 4;
		}
		outLegend.push({ key: item.key, label: item.label, x: r1(lx), y: r1(ly), swatch });
		lx += itemWidth;
	}
	let y = ly + lineHeight + 12;

	const outGroups: StackedChartGeometry['groups'] = [];
	const outBars: StackedChartGeometry['bars'] = [];
	for (const group of groups) {
		if (group.label) {
			outGroups.push({ label: group.label, y: r1(y + fontSize) });
			y += lineHeight + 4;
		}
		for (const bar of group.bars) {
			const labelLines = wrapText(bar.label, labelWidth, fontSize);
			const rowHeight = Math.max(barHeight, labelLines.length * lineHeight);
			const barY = y + (rowHeight - barHeight) / 2;
			let x = plotX;
			const segments = [...bar.segments]
				.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
				.map((s) => {
					const w = (s.value / max) * plotWidth;
					const labelW = textWidth(s.label, fontSize * 0.9) + 8;
					const out = { key: s.key, x: r1(x), width: r1(w), label: s.label, showLabel: w >= labelW + 4, labelX: r1(x + w / 2), labelWidth: r1(labelW) };
					x += w;
					return out;
				});
			outBars.push({
				id: bar.id,
				labelLines,
				labelY: r1(y + (rowHeight - labelLines.length * lineHeight) / 2 + fontSize),
				y: r1(barY),
				height: barHeight,
				segments,
				...(segments.length === 0 && { gap: { text: bar.gapText!, x: r1(plotX + 4), y: r1(barY + barHeight / 2 + fontSize * 0.35) } }),
			});
			y += rowHeight + 6;
		}
		y += 6;
	}
	return {
		width,
		height: r1(y + PAD),
		fontSize,
		labelX: r1(PAD + labelWidth),
		plot: { x: r1(plotX), width: r1(plotWidth) },
		legend: outLegend,
		groups: outGroups,
		bars: outBars,
	};
}
