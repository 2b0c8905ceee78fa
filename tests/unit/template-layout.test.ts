/**
 * The PDF layout as pure geometry, measured with a simple stand-in for the font: every field
 * gets its widgets, nothing leaves the printable area or overlaps, pages are numbered, and the
 * boxes are big enough for a pen.
 */
import { describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { allFields, parseTemplate, type TemplateInput } from '../../templates/schema.ts';
import { A4, layoutTemplate, margin, wrap, type FieldWidget, type Metrics } from '../../src/lib/pdf/layout.ts';
import { pdfFieldNames } from '../../src/lib/pdf/names.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { languages } from '../../src/config/locales.ts';
import pip from '../../templates/pip/definition.ts';

/** Every character half as wide as the font size, bold a little wider. */
const metrics: Metrics = { width: (text, size, weight) => text.length * size * (weight === 'bold' ? 0.55 : 0.5) };
const widgets = (items: { type: string }[]) => items.filter((i): i is FieldWidget => i.type === 'field');

describe('wrap', () => {
	it('breaks at spaces within the width', () => {
		expect(wrap('one two three four', 40, 10, 'regular', metrics)).toEqual(['one two', 'three', 'four']);
	});
	it('cuts a word longer than a line', () => {
		expect(wrap('abcdefghij', 25, 10, 'regular', metrics)).toEqual(['abcde', 'fghij']);
	});
	it('keeps line breaks of the text', () => {
		expect(wrap('a\nb', 100, 10, 'regular', metrics)).toEqual(['a', 'b']);
	});
});

describe.each(templates.map((t) => [t.id, t] as const))('layout of %s', (_, def) => {
	it.each(languages.map((l) => [l] as const))('in %s', (lang) => {
		const { pages } = layoutTemplate(def, lang, pdfStrings(lang), metrics);
		const all = pages.flatMap((p, i) => widgets(p.items).map((w) => ({ ...w, page: i })));

		// every PDF field name of every template field has a widget (a radio group one per option)
		const names = new Set(all.map((w) => w.name));
		for (const field of allFields(def)) for (const name of pdfFieldNames(field)) expect(names, name).toContain(name);

		for (const w of all) {
			expect(w.x, w.name).toBeGreaterThanOrEqual(margin.left - 0.01);
			expect(w.x + w.width, w.name).toBeLessThanOrEqual(A4.width - margin.right + 0.01);
			expect(w.y, w.name).toBeGreaterThanOrEqual(margin.bottom);
			expect(w.y + w.height, w.name).toBeLessThanOrEqual(A4.height - margin.top + 0.01);
			// big enough for a pen: 12 pt boxes to tick, 18 pt or more to write in
			expect(Math.min(w.width, w.height), w.name).toBeGreaterThanOrEqual(w.widget === 'checkbox' || w.widget === 'radio' ? 12 : 18);
			expect(w.tooltip.length, w.name).toBeGreaterThan(0);
		}
		// no two widgets overlap
		for (const a of all) {
			for (const b of all) {
				if (a === b || a.page !== b.page) continue;
				const overlap = a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;
				expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
			}
		}
		// every page says which page it is of how many
		pages.forEach((page, i) => {
			const texts = page.items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
			expect(texts).toContain(pdfStrings(lang).page(i + 1, pages.length));
			expect(texts.join(' ')).toContain(pdfStrings(lang).confidential.split(' ')[0]);
		});
	});
});

it('repeats the column headings of a table that runs onto the next page', () => {
	const input = structuredClone(pip) as TemplateInput;
	const log = input.sections.flatMap((s) => s.fields).find((f) => f.id === 'monitoring-log') as { rows: { count: number } };
	log.rows = { count: 20 };
	const def = parseTemplate(input);
	const { pages } = layoutTemplate(def, 'en', pdfStrings('en'), metrics);
	const pagesWithLog = pages.filter((p) => widgets(p.items).some((w) => w.fieldId === 'monitoring-log'));
	expect(pagesWithLog.length).toBeGreaterThan(1);
	for (const page of pagesWithLog) {
		expect(page.items.some((i) => i.type === 'text' && i.text === 'Changes agreed with her')).toBe(true);
	}
	const texts = (page: (typeof pages)[number]) => page.items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
	expect(texts(pagesWithLog[0]!)).toContain('Review log');
	expect(texts(pagesWithLog[1]!)).toContain('Review log (continued)');
});

it('draws writing lines inside long-text boxes for a pen', () => {
	const def = templates.find((t) => t.id === 'skills-assessment')!;
	const { pages } = layoutTemplate(def, 'en', pdfStrings('en'), metrics);
	const page = pages.find((p) => widgets(p.items).some((w) => w.name === 'personal-skills'))!;
	const box = widgets(page.items).find((w) => w.name === 'personal-skills')!;
	const lines = page.items.filter((i) => i.type === 'line' && i.y1 > box.y && i.y1 < box.y + box.height && i.x1 >= box.x);
	expect(lines).toHaveLength(4);
	expect(box.widget).toBe('multiline');
});
