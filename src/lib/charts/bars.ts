/**
 * Geometry of a horizontal bar chart drawn at build time (one bar per value, optional groups):
 * where each label, bar and value goes in an SVG of a fixed width. Pure: the component
 * (`src/components/charts/BarChart.astro`) only writes the SVG elements.
 */
import { r1, textWidth, wrapText } from './text.ts';

export interface BarInput {
	id: string;
	label: string;
	/** Value on the chart's scale (a percentage for shares). */
	value: number;
	/** The value as a reader reads it, already formatted ("93.3%", "14 of 15"). */
	valueLabel: string;
}

export interface BarGroupInput {
	/** Heading drawn above the group's bars; empty for a chart without groups. */
	label: string;
	bars: BarInput[];
}

export interface BarChartOptions {
	width?: number;
	fontSize?: number;
	barHeight?: number;
	/** Right end of the scale; defaults to 100 (percent) or the largest value if larger. */
	max?: number;
	/** Tick values along the axis. */
	ticks?: number[];
}

export interface BarGeometry {
	id: string;
	labelLines: string[];
	labelY: number;
	x: number;
	y: number;
	width: number;
	height: number;
	valueLabel: string;
	valueX: number;
	valueY: number;
}

export interface BarChartGeometry {
	width: number;
	height: number;
	fontSize: number;
	labelX: number;
	plot: { x: number; y: number; width: number; height: number };
	groups: { label: string; y: number }[];
	bars: BarGeometry[];
	ticks: { value: number; x: number }[];
}

const PAD = 8;

/**
 * Lays out the chart.
 * @throws Error for a negative or non-finite value
 */
export function barChart(groups: readonly BarGroupInput[], options: BarChartOptions = {}): BarChartGeometry {
	const width = options.width ?? 600;
	const fontSize = options.fontSize ?? 14;
	const barHeight = options.barHeight ?? 20;
	const lineHeight = Math.round(fontSize * 1.3);
	const all = groups.flatMap((g) => g.bars);
	for (const b of all) if (!(Number.isFinite(b.value) && b.value >= 0)) throw new Error(`bar "${b.id}": value must be a number ≥ 0; got ${b.value}`);
	const max = options.max ?? Math.max(100, ...all.map((b) => b.value));
	const ticks = (options.ticks ?? [0, 25, 50, 75, 100]).filter((v) => v <= max);

	const longestLabel = Math.max(0, ...all.map((b) => textWidth(b.label, fontSize)));
	const labelWidth = Math.min(longestLabel, width * 0.38);
	const valueWidth = Math.max(0, ...all.map((b) => textWidth(b.valueLabel, fontSize))) + PAD;
	const plotX = PAD + labelWidth + PAD;
	const plotWidth = width - plotX - valueWidth - PAD;
	if (plotWidth < 80) throw new Error(`bar chart: labels leave only ${Math.round(plotWidth)}px for the bars; shorten them or widen the chart`);

	let y = PAD;
	const outGroups: BarChartGeometry['groups'] = [];
	const bars: BarGeometry[] = [];
	const plotTop = y;
	for (const group of groups) {
		if (group.label) {
			outGroups.push({ label: group.label, y: r1(y + fontSize) });
			y += lineHeight + 4;
		}
		for (const bar of group.bars) {
			const labelLines = wrapText(bar.label, labelWidth, fontSize);
			const rowHeight = Math.max(barHeight, labelLines.length * lineHeight);
			const barY = y + (rowHeight - barHeight) / 2;
			const barWidth = (bar.value / max) * plotWidth;
			bars.push({
				id: bar.id,
				labelLines,
				labelY: r1(y + (rowHeight - labelLines.length * lineHeight) / 2 + fontSize),
				x: r1(plotX),
				y: r1(barY),
				width: r1(barWidth),
				height: barHeight,
				valueLabel: bar.valueLabel,
				valueX: r1(plotX + barWidth + PAD / 2),
				valueY: r1(barY + barHeight / 2 + fontSize * 0.35),
			});
			y += rowHeight + 8;
		}
		y += 4;
	}
	const plotHeight = y - plotTop;
	const axisY = y + fontSize + 2;
	return {
		width,
		height: r1(axisY + PAD),
		fontSize,
		labelX: r1(PAD + labelWidth),
		plot: { x: r1(plotX), y: r1(plotTop), width: r1(plotWidth), height: r1(plotHeight) },
		groups: outGroups,
		bars,
		ticks: ticks.map((value) => ({ value, x: r1(plotX + (value / max) * plotWidth) })),
	};
}
