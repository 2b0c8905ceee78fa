/**
 * The sweep, filled forms: every template × language × example. Generate the PDF, fill it, read
 * it back and compare; check the filled file with qpdf and pdf.js, and that every typed value is
 * drawn in the field's appearance as real text (what a viewer shows, not only the stored value).
 * Blank forms: template-pdfs-blank.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { allFields, type TemplateDefinition } from '../../templates/schema.ts';
import { languages, type Lang } from '../../src/config/locales.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import type { FontSet } from '../../src/lib/pdf/fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { fillTemplatePdf, UnsupportedCharactersError } from '../../src/lib/pdf/fill.ts';
import { readTemplatePdf } from '../../src/lib/pdf/read.ts';
import { normalizeRecord, RecordError } from '../../src/lib/templates/record.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { drawnText, pdfjsWidgets, qpdfCheck, squash } from '../support/pdf.ts';

let fonts: FontSet;
const blanks = new Map<string, Uint8Array>();
beforeAll(async () => {
	fonts = await loadFonts();
});

async function blank(def: TemplateDefinition, lang: Lang) {
	const key = `${def.id}/${lang}`;
	if (!blanks.has(key)) blanks.set(key, await generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) }));
	return blanks.get(key)!;
}

/** The values a person types (text, dates, numbers, table cells): what the appearances must show. */
function typedValues(def: TemplateDefinition, record: Record<string, unknown>): string[] {
	return allFields(def).flatMap((f) => {
		const value = record[f.id];
		if (value === undefined) return [];
		if (f.kind === 'text' || f.kind === 'textarea' || f.kind === 'date' || f.kind === 'number') return [String(value)];
		if (f.kind === 'table') return Object.values(value as Record<string, Record<string, unknown>>).flatMap((row) => Object.values(row).map(String));
		return [];
	});
}

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_, def) => {
	describe.each(languages.map((l) => [l] as const))('in %s', (lang) => {
		it.each(def.examples.map((e) => [e.name, e] as const))('fills, draws and reads back example %s', async (_, example) => {
			const filled = await fillTemplatePdf(await blank(def, lang), def, example.values);
			const check = qpdfCheck(filled);
			expect(check.ok, check.output).toBe(true);

			const { stamp, record } = await readTemplatePdf(filled, templates);
			expect(stamp).toEqual({ id: def.id, version: def.version, lang });
			expect(record).toEqual(normalizeRecord(def, example.values));

			// What a viewer shows: the appearance of every filled value, as text.
			const drawn = squash(drawnText(filled));
			for (const value of typedValues(def, example.values)) expect(drawn, `value "${value}"`).toContain(squash(value));

			// pdf.js reads the same values (radio buttons by option id, not by index).
			const { widgets } = await pdfjsWidgets(filled);
			for (const f of allFields(def)) {
				const value = example.values[f.id];
				if (f.kind === 'choice' || f.kind === 'rating') {
					const w = widgets.find((x) => x.fieldName === f.id)!;
					expect(w.fieldValue === 'Off' || w.fieldValue === null ? undefined : w.fieldValue, f.id).toBe(value);
				} else if (f.kind === 'text' || f.kind === 'textarea' || f.kind === 'date') {
					expect(widgets.find((x) => x.fieldName === f.id)!.fieldValue, f.id).toBe(value ?? '');
				}
			}
		});
	});
});

describe('filling refuses what it cannot print or store', () => {
	const def = templates.find((t) => t.id === 'beneficiary-satisfaction')!;
	it('a character outside Latin and Cyrillic', async () => {
		const pdf = await blank(def, 'en');
		await expect(fillTemplatePdf(pdf, def, { stage: 'end', country: 'it', 'case-code': 'IT-1', comments: 'شكرا' })).rejects.toThrow(UnsupportedCharactersError);
	});
	it('an answer that is not on the scale, naming the field', async () => {
		const pdf = await blank(def, 'en');
		const error = await fillTemplatePdf(pdf, def, { stage: 'end', country: 'it', 'case-code': 'IT-1', recommend: 'maybe' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RecordError);
		expect((error as RecordError).problems.join('\n')).toContain('field `recommend`');
	});
	it('a PDF that is not a template', async () => {
		const pdf = await blank(def, 'en');
		const other = templates.filter((t) => t.id !== def.id);
		await expect(readTemplatePdf(pdf, other)).rejects.toThrow(/template "beneficiary-satisfaction", which this toolkit does not know/);
	});
});
