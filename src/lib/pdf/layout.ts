/**
 * Page layout of a template PDF: pure geometry, no PDF library. Given a definition, a language,
 * the printed strings and a way to measure text, it returns the pages as lists of drawing items
 * (text, rules, boxes) and form widgets, in A4 points with the origin at the bottom left.
 *
 * Sizes are chosen for a pen as much as a keyboard: boxes at least 22 pt (7.8 mm) high, writing
 * lines 18 pt (6.35 mm) apart, check boxes and radio buttons 12 pt (4.2 mm).
 */
import { allFields, optionsOf, rowsOf, type Field, type FieldOfKind, type TemplateDefinition } from '../../../templates/schema.ts';
import type { Lang } from '../../config/locales.ts';
import type { PdfStrings } from '../templates/strings.ts';
import { cellName, optionName } from './names.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
/** Print margins: 18 mm at the sides, room at the bottom for the footer. */
export const margin = { top: 48, bottom: 70, left: 51, right: 51 } as const;
export const contentWidth = A4.width - margin.left - margin.right;

export type Weight = 'regular' | 'bold';
/** Measures text: its width in points at a size and weight. */
export interface Metrics {
	width(text: string, size: number, weight: Weight): number;
}

/**
 * What a piece of text is in the document's structure (the tags screen readers follow):
 * the title, a section heading, a paragraph, or an artifact (running header, footer).
 */
export type TextRole = 'H1' | 'H2' | 'P' | 'Artifact';

export type LayoutItem =
	| { type: 'text'; x: number; y: number; text: string; size: number; weight: Weight; tone: 'ink' | 'muted'; role: TextRole; /** lines of one paragraph share it */ group: number }
	| { type: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number; tone: 'rule' | 'faint' }
	| { type: 'box'; x: number; y: number; width: number; height: number }
	| FieldWidget;

/** A form widget: where one PDF field (or one option of it) sits. */
export interface FieldWidget {
	type: 'field';
	widget: 'text' | 'multiline' | 'checkbox' | 'radio';
	/** the template field this widget belongs to */
	fieldId: string;
	/** PDF field name */
	name: string;
	/** for radio buttons: the option this button stands for */
	option?: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fontSize: number;
	maxLength?: number;
	/** tooltip (/TU) of the widget: the visible label, with option, row and column where they apply */
	tooltip: string;
	/** tooltip of the PDF field itself, when it differs from the widget's (radio groups, parent fields) */
	fieldTooltip: string;
	/** false for table cells, whose printed grid is their border */
	border: boolean;
}

export interface PageLayout {
	items: LayoutItem[];
}
export interface TemplateLayout {
	pages: PageLayout[];
}

const size = { title: 17, purpose: 9.5, section: 12.5, intro: 9, label: 9.5, help: 8, option: 9, field: 10, cell: 9, cellHead: 8, footer: 7.5, running: 8 } as const;
const lead = (s: number) => s * 1.32;
const writingLine = 18;
const boxHeight = 22;
const mark = 12;

interface Block {
	height: number;
	/** keep on the same page as the next block */
	keepWithNext?: boolean;
	/** dropped at the top of a page */
	spacer?: boolean;
	/** drawn again at the top of a new page before this block (a table's column headings) */
	header?: Block;
	draw(top: number): LayoutItem[];
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces; a word longer than a line is cut.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, weight: Weight, metrics: Metrics): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (metrics.width(candidate, fontSize, weight) <= maxWidth) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = word;
			while (metrics.width(line, fontSize, weight) > maxWidth && line.length > 1) {
				let cut = line.length - 1;
				while (cut > 1 && metrics.width(line.slice(0, cut), fontSize, weight) > maxWidth) cut--;
				lines.push(line.slice(0, cut));
				line = line.slice(cut);
			}
		}
		lines.push(line);
	}
	return lines;
}

let groups = 0;
function textLines(lines: string[], x: number, top: number, fontSize: number, weight: Weight, tone: 'ink' | 'muted', role: TextRole = 'P', group = ++groups): LayoutItem[] {
	return lines.map((text, i) => ({ type: 'text', x, y: top - fontSize - i * lead(fontSize), text, size: fontSize, weight, tone, role, group }));
}

function paragraphBlocks(text: string, fontSize: number, weight: Weight, tone: 'ink' | 'muted', metrics: Metrics, keep: boolean, width = contentWidth): Block[] {
	// One block per line, so a long paragraph can break across pages; one group, so it stays one paragraph.
	const group = ++groups;
	return wrap(text, width, fontSize, weight, metrics).map((line) => ({
		height: lead(fontSize),
		keepWithNext: keep,
		draw: (top) => textLines([line], margin.left, top, fontSize, weight, tone, 'P', group),
	}));
}

const spacer = (height: number): Block => ({ height, spacer: true, draw: () => [] });

interface Context {
	def: TemplateDefinition;
	lang: Lang;
	strings: PdfStrings;
	metrics: Metrics;
}

function labelText(field: Field, lang: Lang): string {
	return field.required ? `${field.label[lang]} *` : field.label[lang];
}

/** Label and help of a field, kept with the widget that follows. */
function labelBlock(field: Field, ctx: Context, extraHelp?: string): Block {
	const label = wrap(labelText(field, ctx.lang), contentWidth, size.label, 'bold', ctx.metrics);
	const helpText = extraHelp ? `${field.help[ctx.lang]} (${extraHelp})` : field.help[ctx.lang];
	const help = wrap(helpText, contentWidth, size.help, 'regular', ctx.metrics);
	const labelHeight = label.length * lead(size.label);
	return {
		height: labelHeight + help.length * lead(size.help) + 4,
		keepWithNext: true,
		draw: (top) => [
			...textLines(label, margin.left, top, size.label, 'bold', 'ink'),
			...textLines(help, margin.left, top - labelHeight, size.help, 'regular', 'muted'),
		],
	};
}

function widget(partial: Omit<FieldWidget, 'type' | 'fontSize' | 'fieldTooltip' | 'border'> & { fontSize?: number; fieldTooltip?: string; border?: boolean }): FieldWidget {
	return { type: 'field', fontSize: size.field, fieldTooltip: partial.tooltip, border: true, ...partial };
}

function fieldBlocks(field: Field, ctx: Context): Block[] {
	const { lang, metrics } = ctx;
	const label = field.label[lang];
	const left = margin.left;
	switch (field.kind) {
		case 'text':
			return [
				labelBlock(field, ctx),
				{
					height: boxHeight,
					draw: (top) => [widget({ widget: 'text', fieldId: field.id, name: field.id, x: left, y: top - boxHeight, width: contentWidth, height: boxHeight, maxLength: field.maxLength, tooltip: label })],
				},
			];
		case 'date':
		case 'number': {
			const width = field.kind === 'date' ? 110 : 80;
			const after = field.kind === 'date' ? ctx.strings.dateHint : field.unit?.[lang];
			return [
				labelBlock(field, ctx),
				{
					height: boxHeight,
					draw: (top) => [
						widget({ widget: 'text', fieldId: field.id, name: field.id, x: left, y: top - boxHeight, width, height: boxHeight, tooltip: label }),
						...(after ? textLines([after], left + width + 8, top - 5, size.help, 'regular', 'muted') : []),
					],
				},
			];
		}
		case 'textarea': {
			const height = field.lines * writingLine + 6;
			return [
				labelBlock(field, ctx),
				{
					height,
					draw: (top) => [
						...Array.from({ length: field.lines }, (_, i): LayoutItem => {
							const y = top - 4 - (i + 1) * writingLine;
							return { type: 'line', x1: left + 4, y1: y, x2: left + contentWidth - 4, y2: y, thickness: 0.4, tone: 'faint' };
						}),
						widget({ widget: 'multiline', fieldId: field.id, name: field.id, x: left, y: top - height, width: contentWidth, height, tooltip: label }),
					],
				},
			];
		}
		case 'checkbox': {
			const textWidth = contentWidth - mark - 8;
			const labelLines = wrap(labelText(field, lang), textWidth, size.label, 'bold', metrics);
			const help = wrap(field.help[lang], textWidth, size.help, 'regular', metrics);
			const labelHeight = labelLines.length * lead(size.label);
			return [
				{
					height: Math.max(mark + 2, labelHeight + help.length * lead(size.help)),
					draw: (top) => [
						widget({ widget: 'checkbox', fieldId: field.id, name: field.id, x: left, y: top - mark - 0.5, width: mark, height: mark, tooltip: label }),
						...textLines(labelLines, left + mark + 8, top, size.label, 'bold', 'ink'),
						...textLines(help, left + mark + 8, top - labelHeight, size.help, 'regular', 'muted'),
					],
				},
			];
		}
		case 'choice':
		case 'rating':
			return [labelBlock(field, ctx), ...radioBlocks(field, ctx)];
		case 'multichoice':
			return [labelBlock(field, ctx), ...checkboxGridBlocks(field, ctx)];
		case 'table':
			return tableBlocks(field, ctx);
	}
}

/** Radio buttons flowing in rows, wrapping at the margin. */
function radioBlocks(field: FieldOfKind<'choice' | 'rating'>, ctx: Context): Block[] {
	const rowHeight = 18;
	const rows: { option: string; text: string; x: number }[][] = [[]];
	let x = 0;
	for (const option of optionsOf(field)) {
		const text = option.label[ctx.lang];
		const width = mark + 5 + ctx.metrics.width(text, size.option, 'regular') + 16;
		if (x > 0 && x + width > contentWidth) {
			rows.push([]);
			x = 0;
		}
		rows[rows.length - 1]!.push({ option: option.id, text, x });
		x += width;
	}
	const label = field.label[ctx.lang];
	return rows.map((row, i) => ({
		height: rowHeight,
		keepWithNext: i < rows.length - 1,
		draw: (top) =>
			row.flatMap((cell): LayoutItem[] => [
				widget({
					widget: 'radio',
					fieldId: field.id,
					name: field.id,
					option: cell.option,
					x: margin.left + cell.x,
					y: top - 2 - mark,
					width: mark,
					height: mark,
					tooltip: `${label}: ${cell.text}`,
					fieldTooltip: label,
				}),
				...textLines([cell.text], margin.left + cell.x + mark + 5, top - 3, size.option, 'regular', 'ink'),
			]),
	}));
}

/** Check boxes in columns, one per option. */
function checkboxGridBlocks(field: FieldOfKind<'multichoice'>, ctx: Context): Block[] {
	const columns = field.columns;
	const columnWidth = contentWidth / columns;
	const options = optionsOf(field);
	const label = field.label[ctx.lang];
	const blocks: Block[] = [];
	for (let i = 0; i < options.length; i += columns) {
		const row = options.slice(i, i + columns).map((option, c) => ({
			option,
			x: margin.left + c * columnWidth,
			lines: wrap(option.label[ctx.lang], columnWidth - mark - 12, size.option, 'regular', ctx.metrics),
		}));
		const height = Math.max(...row.map((r) => Math.max(mark, r.lines.length * lead(size.option)))) + 6;
		blocks.push({
			height,
			keepWithNext: i + columns < options.length,
			draw: (top) =>
				row.flatMap((r): LayoutItem[] => [
					widget({
						widget: 'checkbox',
						fieldId: field.id,
						name: optionName(field.id, r.option.id),
						x: r.x,
						y: top - 1 - mark,
						width: mark,
						height: mark,
						tooltip: `${label}: ${r.option.label[ctx.lang]}`,
						fieldTooltip: `${label}: ${r.option.label[ctx.lang]}`,
					}),
					...textLines(r.lines, r.x + mark + 5, top - 1.5, size.option, 'regular', 'ink'),
				]),
		});
	}
	return blocks;
}

/** A table: label, column headings (repeated after a page break), one block per row. */
function tableBlocks(field: FieldOfKind<'table'>, ctx: Context): Block[] {
	const { lang, metrics } = ctx;
	const rows = rowsOf(field);
	const numbered = !Array.isArray(field.rows);
	const rowLabelWidth = numbered
		? 22
		: Math.min(150, Math.max(...rows.map((r) => metrics.width(r.label[lang], size.cellHead, 'bold'))) + 12);
	const totalWeight = field.columns.reduce((sum, c) => sum + c.width, 0);
	const columns = field.columns.reduce<{ id: string; label: string; hint?: string; x: number; width: number; lines: number; multiline: boolean }[]>((acc, c) => {
		const x = acc.length ? acc[acc.length - 1]!.x + acc[acc.length - 1]!.width : margin.left + rowLabelWidth;
		const width = ((contentWidth - rowLabelWidth) * c.width) / totalWeight;
		acc.push({ id: c.id, label: c.label[lang], hint: c.kind === 'date' ? ctx.strings.dateHint : undefined, x, width, lines: c.lines, multiline: c.lines > 1 });
		return acc;
	}, []);
	const headings = columns.map((c) => ({ ...c, wrapped: wrap(c.label, c.width - 6, size.cellHead, 'bold', metrics) }));
	const rowHeading = field.rowHeading ? wrap(field.rowHeading[lang], rowLabelWidth - 6, size.cellHead, 'bold', metrics) : [];
	const headLines = Math.max(rowHeading.length, ...headings.map((h) => h.wrapped.length + (h.hint ? 1 : 0)));
	const headHeight = headLines * lead(size.cellHead) + 7;
	const header: Block = {
		height: headHeight,
		keepWithNext: true,
		draw: (top) => [
			{ type: 'box', x: margin.left, y: top - headHeight, width: rowLabelWidth, height: headHeight },
			...textLines(rowHeading, margin.left + 3, top - 3, size.cellHead, 'bold', 'ink'),
			...headings.flatMap((h): LayoutItem[] => [
				{ type: 'box', x: h.x, y: top - headHeight, width: h.width, height: headHeight },
				...textLines(h.wrapped, h.x + 3, top - 3, size.cellHead, 'bold', 'ink'),
				...(h.hint ? textLines([h.hint], h.x + 3, top - 3 - h.wrapped.length * lead(size.cellHead), size.cellHead - 1, 'regular', 'muted') : []),
			]),
		],
	};
	const label = field.label[lang];
	// After a page break: the table's label, marked as continued, above the column headings.
	const continuedLabel = `${label} ${ctx.strings.continued}`;
	const repeated: Block = {
		height: lead(size.label) + 2 + headHeight,
		draw: (top) => [...textLines([continuedLabel], margin.left, top, size.label, 'bold', 'ink'), ...header.draw(top - lead(size.label) - 2)],
	};
	const rowBlocks = rows.map((row): Block => {
		const lines = Math.max(...columns.map((c) => c.lines));
		const rowLabel = wrap(row.label[lang], rowLabelWidth - 6, size.cellHead + 0.5, 'regular', metrics);
		const height = Math.max(lines * 16 + 6, rowLabel.length * lead(size.cellHead + 0.5) + 6, boxHeight);
		return {
			height,
			header: repeated,
			draw: (top) => [
				{ type: 'box', x: margin.left, y: top - height, width: rowLabelWidth, height },
				...textLines(rowLabel, margin.left + 3, top - 3, size.cellHead + 0.5, 'regular', 'ink'),
				...columns.flatMap((c): LayoutItem[] => [
					{ type: 'box', x: c.x, y: top - height, width: c.width, height },
					widget({
						widget: c.multiline ? 'multiline' : 'text',
						fieldId: field.id,
						name: cellName(field.id, row.id, c.id),
						x: c.x + 1.5,
						y: top - height + 1.5,
						width: c.width - 3,
						height: height - 3,
						fontSize: size.cell,
						border: false,
						tooltip: `${label} – ${row.label[lang]} – ${c.label}`,
					}),
				]),
			],
		};
	});
	return [labelBlock(field, ctx), header, ...rowBlocks];
}

function headerBlocks(ctx: Context): Block[] {
	const { def, lang, strings, metrics } = ctx;
	const title = ++groups;
	return [
		...wrap(def.title[lang], contentWidth, size.title, 'bold', metrics).map((line): Block => ({
			height: lead(size.title),
			keepWithNext: true,
			draw: (top) => textLines([line], margin.left, top, size.title, 'bold', 'ink', 'H1', title),
		})),
		spacer(3),
		...paragraphBlocks(def.purpose[lang], size.purpose, 'regular', 'muted', metrics, true),
		spacer(4),
		{
			height: lead(size.help) + 6,
			draw: (top) => [
				...textLines([`${strings.version(def.id, def.version)} · ${strings.required}`], margin.left, top, size.help, 'regular', 'muted'),
				{ type: 'line', x1: margin.left, y1: top - lead(size.help) - 4, x2: margin.left + contentWidth, y2: top - lead(size.help) - 4, thickness: 0.8, tone: 'rule' },
			],
		},
	];
}

function sectionBlocks(section: TemplateDefinition['sections'][number], ctx: Context): Block[] {
	const { lang, metrics } = ctx;
	const blocks: Block[] = [spacer(10)];
	const heading = ++groups;
	for (const line of wrap(section.title[lang], contentWidth, size.section, 'bold', metrics)) {
		blocks.push({ height: lead(size.section) + 2, keepWithNext: true, draw: (top) => textLines([line], margin.left, top, size.section, 'bold', 'ink', 'H2', heading) });
	}
	if (section.intro) blocks.push(...paragraphBlocks(section.intro[lang], size.intro, 'regular', 'muted', metrics, true), spacer(3));
	blocks[blocks.length - 1]!.keepWithNext = true;
	section.fields.forEach((field, i) => {
		if (i > 0) blocks.push(spacer(9));
		blocks.push(...fieldBlocks(field, ctx));
	});
	return blocks;
}

function runningHeader(ctx: Context, top: number): LayoutItem[] {
	const title = ctx.def.title[ctx.lang];
	return [
		...textLines([title], margin.left, top, size.running, 'regular', 'muted', 'Artifact'),
		{ type: 'line', x1: margin.left, y1: top - 14, x2: margin.left + contentWidth, y2: top - 14, thickness: 0.4, tone: 'rule' },
	];
}

function footer(ctx: Context, page: number, pages: number): LayoutItem[] {
	const { strings, metrics, def } = ctx;
	const pageText = strings.page(page, pages);
	const pageWidth = metrics.width(pageText, size.running, 'bold');
	const top = margin.bottom - 14;
	const confidential = wrap(strings.confidential, contentWidth - pageWidth - 16, size.footer, 'regular', metrics);
	return [
		{ type: 'line', x1: margin.left, y1: top + 4, x2: margin.left + contentWidth, y2: top + 4, thickness: 0.4, tone: 'rule' },
		...textLines(confidential, margin.left, top, size.footer, 'regular', 'muted', 'Artifact'),
		...textLines([`${strings.version(def.id, def.version)} · ${ctx.lang.toUpperCase()}`], margin.left, top - confidential.length * lead(size.footer), size.footer, 'regular', 'muted', 'Artifact'),
		{ type: 'text', x: margin.left + contentWidth - pageWidth, y: top - size.running, text: pageText, size: size.running, weight: 'bold', tone: 'ink', role: 'Artifact', group: 0 },
	];
}

/**
 * Lays out a template in one language.
 *
 * @param metrics measures text in the fonts the PDF will use
 * @returns the pages, each a list of items to draw and widgets to create, in reading order
 */
export function layoutTemplate(def: TemplateDefinition, lang: Lang, strings: PdfStrings, metrics: Metrics): TemplateLayout {
	const ctx: Context = { def, lang, strings, metrics };
	const blocks = [...headerBlocks(ctx), ...def.sections.flatMap((s) => sectionBlocks(s, ctx))];
	const pageTop = A4.height - margin.top;
	const bottom = margin.bottom + 4;
	const usable = pageTop - bottom - 20;
	const pages: PageLayout[] = [{ items: [] }];
	let y = pageTop;
	let fresh = true;

	const newPage = () => {
		pages.push({ items: runningHeader(ctx, pageTop) });
		y = pageTop - 22;
		fresh = true;
	};

	blocks.forEach((block, i) => {
		if (block.spacer && fresh) return;
		let chain = 0;
		for (let j = i; j < blocks.length; j++) {
			chain += blocks[j]!.height;
			if (!blocks[j]!.keepWithNext) break;
		}
		if (y - Math.min(chain, usable) < bottom && !fresh) {
			newPage();
			if (block.header) {
				pages[pages.length - 1]!.items.push(...block.header.draw(y));
				y -= block.header.height;
			}
		}
		pages[pages.length - 1]!.items.push(...block.draw(y));
		y -= block.height;
		fresh = block.spacer === true && fresh;
	});

	pages.forEach((page, i) => page.items.push(...footer(ctx, i + 1, pages.length)));
	return { pages };
}

/** The number of fields a template defines (what the manifest and the template page count). */
export function fieldCount(def: TemplateDefinition): number {
	return allFields(def).length;
}
