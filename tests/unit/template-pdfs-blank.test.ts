/**
 * The sweep, blank forms: every template × language. Check the file with qpdf, poppler and
 * pdf.js, that every label is drawn as real text in its language (a missing glyph or "????"
 * fails), the metadata, and that every widget has a tooltip naming its visible label.
 * Filled forms: template-pdfs-filled.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { allFields, hasOptions, optionsOf, isKind, type TemplateDefinition } from '../../templates/schema.ts';
import { languages, type Lang } from '../../src/config/locales.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import type { FontSet } from '../../src/lib/pdf/fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { drawnText, pdfjsWidgets, qpdfCheck, renderErrors, squash, structureText } from '../support/pdf.ts';

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

/** Every label printed on a blank form. */
function printedLabels(def: TemplateDefinition, lang: Lang): string[] {
	const out = [def.title[lang], ...def.sections.map((s) => s.title[lang])];
	for (const f of allFields(def)) {
		out.push(f.label[lang], f.help[lang]);
		if (hasOptions(f)) out.push(...optionsOf(f).map((o) => o.label[lang]));
		if (isKind(f, 'table')) out.push(...f.columns.map((c) => c.label[lang]));
	}
	return out;
}

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_, def) => {
	describe.each(languages.map((l) => [l] as const))('in %s', (lang) => {
		it('makes a valid, accessible blank PDF with every label drawn as text', async () => {
			const pdf = await blank(def, lang);
			expect(pdf.length).toBeLessThanOrEqual(150 * 1024);
			const check = qpdfCheck(pdf);
			expect(check.ok, check.output).toBe(true);
			expect(renderErrors(pdf)).not.toMatch(/error/i);

			const drawn = squash(drawnText(pdf));
			expect(drawn).not.toContain('????');
			for (const label of printedLabels(def, lang)) expect(drawn, `label "${label}"`).toContain(squash(label));
			expect(drawn).toContain(squash(pdfStrings(lang).page(1, 2).replace(/\d+$/, '')));

			const { widgets, text, info } = await pdfjsWidgets(pdf, { withText: true });
			expect(squash(text)).toContain(squash(def.title[lang]));
			expect(info.Language).toBe(lang);
			expect(info.Title).toBe(def.title[lang]);
			expect((info.Custom as Map<string, string> | undefined)?.get('WinTemplateId')).toBe(def.id);
			expect(info.Keywords).toContain(`version=${def.version}`);
			for (const w of widgets) expect(w.alternativeText, `tooltip of ${w.fieldName}`).toBeTruthy();
			// Tagged: headings, paragraphs and one Form element per widget, in reading order.
			const tree = structureText(pdf);
			expect(tree.startsWith('Document')).toBe(true);
			const h1 = tree.match(/H1 \(block\)\n((?:\s+".*"\n)+)/)?.[1] ?? '';
			expect(squash(h1.replace(/"/g, ''))).toBe(squash(def.title[lang]));
			expect(tree.match(/^\s+H2 /gm)?.length).toBe(def.sections.length);
			expect(tree.match(/^\s+Form$/gm)?.length).toBe(widgets.length);
			for (const f of allFields(def)) {
				const own = widgets.filter((w) => w.fieldName === f.id || w.fieldName.startsWith(`${f.id}.`));
				expect(own.length, `widgets of ${f.id}`).toBeGreaterThan(0);
				for (const w of own) expect(w.alternativeText).toContain(f.label[lang]);
			}
		});
	});
});
