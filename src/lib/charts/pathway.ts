/**
 * Geometry of the pathway diagram ("What WIN did"): numbered steps in a column joined by arrows,
 * an optional loop arrow back from one step to an earlier one (monitoring and updating the plan),
 * and a dashed box for what ran alongside the whole pathway. Pure: the component
 * (`src/components/charts/PathwayDiagram.astro`) writes the SVG; an ordered list next to it
 * carries the same content for people who do not see the picture.
 */
import { r1, textWidth, wrapText } from './text.ts';

export interface PathwayStepInput {
	id: string;
	title: string;
	items?: string[];
}

export interface PathwayInput {
	steps: PathwayStepInput[];
	/** A loop arrow from the step `from` back to the step `to`, with a short label. */
	loop?: { from: string; to: string; label: string };
	/** What ran alongside all the steps. */
	alongside?: { title: string; items?: string[] };
}

export interface TextLine {
	text: string;
	x: number;
	y: number;
	bold?: boolean;
	bullet?: boolean;
}

export interface PathwayBox {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Step number in its circle; none for the alongside box. */
	number?: { text: string; cx: number; cy: number; r: number };
	lines: TextLine[];
	dashed: boolean;
}

export interface PathwayGeometry {
	width: number;
	height: number;
	fontSize: number;
	boxes: PathwayBox[];
	arrows: { x1: number; y1: number; x2: number; y2: number }[];
	/**
	 * The loop arrow and its label, on one or two lines turned along the loop, at `fontSize`
	 * (`fits` is false when even two lines at 10px are longer than the loop).
	 */
	loop?: { path: string; label: { lines: { text: string; x: number; y: number }[]; fontSize: number; fits: boolean } };
}

/**
 * The label of the loop: at 85% of the text size, on one or two lines along the loop, smaller
 * (down to 10px) only if two lines are not enough.
 */
function loopLabel(text: string, length: number, fontSize: number): { lines: string[]; fontSize: number; fits: boolean } {
	for (let size = r1(fontSize * 0.85); size >= 10; size = r1(size - 0.5)) {
		const lines = wrapText(text, length, size);
		if (lines.length <= 2 && lines.every((l) => textWidth(l, size) <= length)) return { lines, fontSize: size, fits: true };
	}
	return { lines: wrapText(text, length, 10), fontSize: 10, fits: false };
}

/**
 * Lays out the diagram.
 * @throws Error when the loop names a step that does not exist or goes forwards
 */
export function pathwayDiagram(input: PathwayInput, options: { width?: number; fontSize?: number } = {}): PathwayGeometry {
	const width = options.width ?? 420;
	const fontSize = options.fontSize ?? 15;
	const line = Math.round(fontSize * 1.35);
	const pad = 12;
	const loopGutter = input.loop ? 64 : 0;
	const boxX = 8;
	const boxWidth = width - boxX * 2 - loopGutter;
	const radius = fontSize * 0.95;
	const textX = boxX + pad + radius * 2 + 10;
	const textWidthMax = boxX + boxWidth - pad - textX;
	const arrowGap = 30;

	const boxes: PathwayBox[] = [];
	let y = 8;
	const layoutBox = (id: string, title: string, items: string[] = [], number?: string, dashed = false) => {
		const x0 = number ? textX : boxX + pad;
		const maxW = number ? textWidthMax : boxWidth - pad * 2;
		const lines: TextLine[] = [];
		let ty = y + pad + fontSize;
		for (const t of wrapText(title, maxW, fontSize)) {
			lines.push({ text: t, x: r1(x0), y: r1(ty), bold: true });
			ty += line;
		}
		for (const item of items) {
			wrapText(item, maxW - 14, fontSize).forEach((t, i) => {
				lines.push({ text: t, x: r1(x0 + 14), y: r1(ty), bullet: i === 0 });
				ty += line;
			});
		}
		const height = ty - line + pad + fontSize * 0.35 - y;
		const box: PathwayBox = {
			id,
			x: boxX,
			y: r1(y),
			width: r1(boxWidth),
			height: r1(Math.max(height, radius * 2 + pad * 2)),
			lines,
			dashed,
			...(number && { number: { text: number, cx: r1(boxX + pad + radius), cy: r1(y + pad + radius), r: r1(radius) } }),
		};
		boxes.push(box);
		y += box.height;
		return box;
	};

	const arrows: PathwayGeometry['arrows'] = [];
	input.steps.forEach((step, i) => {
		if (i > 0) {
			const cx = r1(boxX + boxWidth / 2);
			arrows.push({ x1: cx, y1: r1(y + 2), x2: cx, y2: r1(y + arrowGap - 4) });
			y += arrowGap;
		}
		layoutBox(step.id, step.title, step.items, String(i + 1));
	});

	let loop: PathwayGeometry['loop'];
	if (input.loop) {
		const from = boxes.find((b) => b.id === input.loop!.from);
		const to = boxes.find((b) => b.id === input.loop!.to);
		if (!from || !to) throw new Error(`pathway loop: no step "${!from ? input.loop.from : input.loop.to}"`);
		if (to.y >= from.y) throw new Error('pathway loop: must go back to an earlier step');
		const right = boxX + boxWidth;
		const out = right + loopGutter * 0.45;
		const y1 = from.y + from.height / 2;
		const y2 = to.y + to.height / 2;
		const label = loopLabel(input.loop.label, y1 - y2 - 8, fontSize);
		const x0 = out + label.fontSize * 1.1;
		loop = {
			path: `M ${r1(right)} ${r1(y1)} H ${r1(out)} V ${r1(y2)} H ${r1(right + 4)}`,
			// Each line is drawn turned by -90° along the vertical run of the loop, centred on it.
			label: {
				lines: label.lines.map((text, i) => ({ text, x: r1(x0 + i * label.fontSize * 1.25), y: r1((y1 + y2) / 2) })),
				fontSize: label.fontSize,
				fits: label.fits,
			},
		};
	}

	if (input.alongside) {
		y += 20;
		layoutBox('alongside', input.alongside.title, input.alongside.items, undefined, true);
	}

	return { width, height: r1(y + 8), fontSize, boxes, arrows, ...(loop && { loop }) };
}
