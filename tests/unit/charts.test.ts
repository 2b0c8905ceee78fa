import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/charts/bars.ts';
import { stackedChart } from '../../src/lib/charts/stacked.ts';
import { pathwayDiagram } from '../../src/lib/charts/pathway.ts';
import { textWidth, wrapText } from '../../src/lib/charts/text.ts';

const legend = [
	{ key: 'good', label: 'good' },
	{ key: 'sufficient', label: 'sufficient' },
	{ key: 'insufficient', label: 'insufficient' },
	{ key: 'no-response', label: 'no response' },
];

describe('text measurement', () => {
	it('estimates wider text as wider, and wraps at spaces within the width', () => {
		expect(textWidth('Bulgaria', 14)).toBeGreaterThan(textWidth('Italy', 14));
		const lines = wrapText('Educational, social, legal and psychological support', 150, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Educational, social, legal and psychological support');
		for (const line of lines.slice(0, -1)) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
		expect(wrapText('Supercalifragilistic', 20, 14)).toEqual(['Supercalifragilistic']);
	});
});

describe('bar chart geometry', () => {
	const chart = barChart([
		{ label: 'Italy', bars: [{ id: 'a', label: 'During', value: 93.3, valueLabel: '14 of 15 (93.3%)' }, { id: 'b', label: 'At the end', value: 53.3, valueLabel: '53.3%' }] },
		{ label: 'Spain', bars: [{ id: 'c', label: 'During', value: 42.86, valueLabel: '9 of 21 (42.86%)' }] },
	]);

	it('draws bars in proportion to their values on a 0–100 scale', () => {
		const [a, b, c] = chart.bars;
		expect(a!.width / chart.plot.width).toBeCloseTo(0.933, 2);
		expect(b!.width / a!.width).toBeCloseTo(53.3 / 93.3, 2);
		expect(c!.x).toBe(chart.plot.x);
		expect(chart.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
		expect(chart.ticks.at(-1)!.x).toBeCloseTo(chart.plot.x + chart.plot.width, 0);
	});

	it('stacks rows downwards without overlap, groups labelled, values to the right of their bar, inside the chart', () => {
		const [a, b, c] = chart.bars;
		expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
		expect(c!.y).toBeGreaterThan(chart.groups[1]!.y);
		for (const bar of chart.bars) {
			expect(bar.valueX).toBeGreaterThan(bar.x + bar.width);
			expect(bar.y + bar.height).toBeLessThan(chart.height);
		}
		expect(chart.groups.map((g) => g.label)).toEqual(['Italy', 'Spain']);
	});

	it('widens the scale when a value is above 100, and rejects negative values', () => {
		const wide = barChart([{ label: '', bars: [{ id: 'x', label: 'x', value: 150, valueLabel: '150' }] }]);
		expect(wide.bars[0]!.width).toBeCloseTo(wide.plot.width, 0);
		expect(() => barChart([{ label: '', bars: [{ id: 'x', label: 'x', value: -1, valueLabel: '-1' }] }])).toThrow('bar "x": value must be a number ≥ 0');
	});
});

describe('stacked bar chart geometry', () => {
	const chart = stackedChart(
		[
			{
				label: 'Legal support',
				bars: [
					{ id: 'bg', label: 'Bulgaria', segments: [{ key: 'insufficient', value: 12, label: '12%' }, { key: 'good', value: 37.5, label: '37.5%' }, { key: 'sufficient', value: 37.5, label: '37.5%' }] },
					{ id: 'it', label: 'Italy', segments: [], gapText: 'Service not provided' },
				],
			},
		],
		legend,
	);

	it('orders segments as the legend, side by side from the left, in proportion', () => {
		const bar = chart.bars[0]!;
		expect(bar.segments.map((s) => s.key)).toEqual(['good', 'sufficient', 'insufficient']);
		expect(bar.segments[0]!.x).toBe(chart.plot.x);
		expect(bar.segments[1]!.x).toBeCloseTo(bar.segments[0]!.x + bar.segments[0]!.width, 0);
		const total = bar.segments.reduce((sum, s) => sum + s.width, 0);
		expect(total / chart.plot.width).toBeCloseTo(0.87, 2);
	});

	it('writes a share inside its segment only when it fits', () => {
		const bar = chart.bars[0]!;
		expect(bar.segments.find((s) => s.key === 'good')!.showLabel).toBe(true);
		const narrow = stackedChart([{ label: '', bars: [{ id: 'n', label: 'n', segments: [{ key: 'good', value: 1, label: '1%' }] }] }], legend);
		expect(narrow.bars[0]!.segments[0]!.showLabel).toBe(false);
	});

	it('shows why a bar is empty instead of an empty bar', () => {
		expect(chart.bars[1]!.segments).toEqual([]);
		expect(chart.bars[1]!.gap!.text).toBe('Service not provided');
		expect(() => stackedChart([{ label: '', bars: [{ id: 'e', label: 'e', segments: [] }] }], legend)).toThrow('bar "e" has no segments: give a gapText');
	});

	it('lays out the legend in the legend order and refuses unknown keys', () => {
		expect(chart.legend.map((l) => l.key)).toEqual(['good', 'sufficient', 'insufficient', 'no-response']);
		expect(chart.bars[0]!.y).toBeGreaterThan(chart.legend[0]!.y + chart.legend[0]!.swatch);
		expect(() => stackedChart([{ label: '', bars: [{ id: 'u', label: 'u', segments: [{ key: 'great', value: 3, label: '3' }] }] }], legend)).toThrow('segment "great" is not in the legend');
	});

	it('keeps bars inside the chart when the source\'s shares add up to more than 100', () => {
		const over = stackedChart([{ label: '', bars: [{ id: 'o', label: 'o', segments: [{ key: 'good', value: 63, label: '63%' }, { key: 'sufficient', value: 38, label: '38%' }] }] }], legend);
		const last = over.bars[0]!.segments.at(-1)!;
		expect(last.x + last.width).toBeLessThanOrEqual(over.plot.x + over.plot.width + 0.1);
	});
});

describe('pathway diagram geometry', () => {
	const input = {
		steps: [
			{ id: 'assessment', title: 'Assessment', items: ['Individual interviews', 'Creative laboratories'] },
			{ id: 'pip', title: 'Personal Integration Plan (PIP)' },
			{ id: 'implementation', title: 'Carrying out the plan', items: ['Training courses', 'Job placement and internships'] },
			{ id: 'feedback', title: 'Feedback' },
		],
		loop: { from: 'implementation', to: 'pip', label: 'Monitoring and updating the plan' },
		alongside: { title: 'Awareness-raising', items: ['with employers'] },
	};
	const g = pathwayDiagram(input);

	it('numbers the steps in order, one below the other, joined by arrows', () => {
		const steps = g.boxes.filter((b) => b.number);
		expect(steps.map((b) => b.number!.text)).toEqual(['1', '2', '3', '4']);
		for (let i = 1; i < steps.length; i++) expect(steps[i]!.y).toBeGreaterThan(steps[i - 1]!.y + steps[i - 1]!.height);
		expect(g.arrows).toHaveLength(3);
		for (const [i, a] of g.arrows.entries()) {
			expect(a.y1).toBeGreaterThanOrEqual(steps[i]!.y + steps[i]!.height);
			expect(a.y2).toBeLessThanOrEqual(steps[i + 1]!.y);
		}
	});

	it('puts every line of text inside its box', () => {
		for (const box of g.boxes) {
			for (const line of box.lines) {
				expect(line.y).toBeGreaterThan(box.y);
				expect(line.y).toBeLessThan(box.y + box.height);
				expect(line.x).toBeGreaterThan(box.x);
			}
		}
		expect(g.boxes.find((b) => b.id === 'assessment')!.lines.filter((l) => l.bullet)).toHaveLength(2);
	});

	it('draws the alongside box last, dashed, and the loop back to an earlier step', () => {
		const alongside = g.boxes.at(-1)!;
		expect(alongside).toMatchObject({ id: 'alongside', dashed: true });
		expect(alongside.number).toBeUndefined();
		expect(g.loop!.path).toMatch(/^M [\d.]+ [\d.]+ H [\d.]+ V [\d.]+ H [\d.]+$/);
		expect(g.loop!.label.fits).toBe(true);
		const [pip, implementation] = [g.boxes.find((b) => b.id === 'pip')!, g.boxes.find((b) => b.id === 'implementation')!];
		const run = implementation.y + implementation.height / 2 - (pip.y + pip.height / 2);
		expect(g.loop!.label.lines.length).toBeLessThanOrEqual(2);
		expect(g.loop!.label.lines.map((l) => l.text).join(' ')).toBe('Monitoring and updating the plan');
		for (const line of g.loop!.label.lines) {
			expect(textWidth(line.text, g.loop!.label.fontSize)).toBeLessThanOrEqual(run);
			expect(line.x).toBeLessThanOrEqual(g.width);
		}
		expect(g.height).toBeGreaterThan(alongside.y + alongside.height);
		expect(() => pathwayDiagram({ ...input, loop: { from: 'pip', to: 'implementation', label: 'x' } })).toThrow('must go back to an earlier step');
		expect(() => pathwayDiagram({ ...input, loop: { from: 'nowhere', to: 'pip', label: 'x' } })).toThrow('no step "nowhere"');
	});
});
