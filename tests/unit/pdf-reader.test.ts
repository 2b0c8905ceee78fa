/**
 * The reader of filled PDFs (src/lib/pdf/read.ts and quick-read.ts): every template read back
 * after filling; PDFs saved again the ways other viewers save them (incremental updates, object
 * streams, rewritten files, new appearances); the fast path and pdf-lib giving the same fields;
 * a clear problem for each kind of bad file; older versions carried over field by field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { parseTemplate, type TemplateDefinition, type TemplateInput, type TemplateRecord } from '../../templates/schema.ts';
import beneficiaryInput from '../../templates/beneficiary-satisfaction/definition.ts';
import pipInput from '../../templates/pip/definition.ts';
import { languages, type Lang } from '../../src/config/locales.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import type { FontSet } from '../../src/lib/pdf/fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../../src/lib/pdf/fill.ts';
import { checkPdfBytes, compareVersions, openFilledPdf, PdfReadError, rawFieldsOf, readFilledPdf, readStamp, readTemplatePdf, type PdfProblem } from '../../src/lib/pdf/read.ts';
import { quickReadFields } from '../../src/lib/pdf/quick-read.ts';
import { metadataKeys } from '../../src/lib/pdf/metadata.ts';
import { embeddedFormFont } from '../../src/lib/pdf/form.ts';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from '../../src/lib/pdf/engine.ts';
import { carryOver } from '../../src/lib/templates/carry-over.ts';
import { normalizeRecord, RecordError } from '../../src/lib/templates/record.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { appendUpdate, hasTool, qpdf, qpdfCheck } from '../support/pdf.ts';

const withQpdf = hasTool('qpdf');
const noQpdf = 'qpdf is not installed (Debian: apt-get install qpdf; .ci/run installs it)';

let fonts: FontSet;
beforeAll(async () => {
	fonts = await loadFonts();
});
const blanks = new Map<string, Promise<Uint8Array>>();
function blank(def: TemplateDefinition, lang: Lang): Promise<Uint8Array> {
	const key = `${def.id}/${def.version}/${lang}`;
	if (!blanks.has(key)) blanks.set(key, generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) }));
	return blanks.get(key)!;
}
const template = (id: string) => templates.find((t) => t.id === id)!;

/**
 * Reads a PDF both ways: the fast path must not give up on it, and must give the same stamp and
 * fields as pdf-lib reading the whole file. Returns what pdf-lib read.
 */
async function bothPaths(pdf: Uint8Array) {
	const quick = quickReadFields(pdf);
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const slow = { stamp: readStamp(doc), fields: rawFieldsOf(doc) };
	expect(quick.encrypted).toBe(false);
	expect(quick.stamp).toEqual(slow.stamp);
	expect(quick.fields).toEqual(slow.fields);
	return slow;
}

/** The record a PDF reads back to, checked on both paths and through the public reader. */
async function readBack(pdf: Uint8Array, def: TemplateDefinition): Promise<TemplateRecord> {
	const { fields } = await bothPaths(pdf);
	const read = await readFilledPdf(pdf, templates);
	expect(read.template.id).toBe(def.id);
	expect(read.dropped).toEqual([]);
	expect(read.record).toEqual(carryOver(def, fields).record);
	return read.record;
}

async function problemOf(pdf: Uint8Array): Promise<PdfReadError> {
	const error = await readFilledPdf(pdf, templates).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(PdfReadError);
	expect((error as PdfReadError).message.length).toBeGreaterThan(10);
	return error as PdfReadError;
}

describe('every template fills and reads back, on both paths', () => {
	describe.each(templates.map((t, i) => [t.id, t, languages[i % languages.length]!] as const))('%s', (_, def, lang) => {
		it.each(def.examples.map((e) => [e.name, e] as const))(`example %s (${lang})`, async (_, example) => {
			const filled = await fillTemplatePdf(await blank(def, lang), def, example.values);
			const read = await readFilledPdf(filled, templates);
			expect(read.stamp).toEqual({ id: def.id, version: def.version, lang });
			expect(read.version).toBe('same');
			expect(read.dropped).toEqual([]);
			expect(read.record).toEqual(normalizeRecord(def, example.values));
			expect(await readBack(filled, def)).toEqual(read.record);
		});
	});
});

describe('filled PDFs kept from an earlier build (tests/fixtures/templates/): both paths agree', () => {
	const dir = join(import.meta.dirname, '../fixtures/templates');
	it.each(readdirSync(dir).filter((f) => f.endsWith('.pdf')))('%s', async (file) => {
		const pdf = new Uint8Array(readFileSync(join(dir, file)));
		const { stamp } = await bothPaths(pdf);
		await readBack(pdf, template(stamp!.id));
	});
});

describe('PDFs saved again by other viewers', () => {
	// Two forms with every kind of field between them: ratings and choices, tick boxes, tables.
	const cases = [
		{ id: 'beneficiary-satisfaction', lang: 'it' as Lang, change: { 'felt-comfortable': 'yes', comments: 'Changed in another viewer: “grazie”.' } },
		{ id: 'pip', lang: 'bg' as Lang, change: { needs: ['host-language', 'housing'], 'needs-notes': 'Променено в друга програма.' } },
	];
	describe.each(cases.map((c) => [c.id, c] as const))('%s', (_, { id, lang, change }) => {
		const def = template(id);
		const example = def.examples[0]!;
		const expected = normalizeRecord(def, example.values);
		const changed = normalizeRecord(def, { ...example.values, ...change });
		let filled: Uint8Array;
		beforeAll(async () => {
			filled = await fillTemplatePdf(await blank(def, lang), def, example.values);
		});

		/** The change, made the way a viewer makes it: values set and appearances drawn again with the form's font. */
		const edit = async (doc: PDFDocument) => {
			const form = doc.getForm();
			for (const [name, value] of Object.entries(change)) {
				if (Array.isArray(value)) {
					for (const field of form.getFields().filter((f) => f.getName().startsWith(`${name}.`))) {
						const box = form.getCheckBox(field.getName());
						if (value.includes(field.getName().slice(name.length + 1))) box.check();
						else box.uncheck();
					}
				} else if (name === 'felt-comfortable') form.getRadioGroup(name).select(value);
				else form.getTextField(name).setText(value);
			}
			form.updateFieldAppearances(await embeddedFormFont(doc, form));
		};

		it('the PDF as the site makes it (object streams, cross-reference stream)', async () => {
			expect(await readBack(filled, def)).toEqual(expected);
		});
		it('an incremental update with a cross-reference stream', async () => {
			const saved = await appendUpdate(filled, edit, { xref: 'stream' });
			expect(saved.subarray(0, filled.length)).toEqual(filled);
			if (withQpdf) expect(qpdfCheck(saved).ok, qpdfCheck(saved).output).toBe(true);
			expect(await readBack(saved, def)).toEqual(changed);
		});
		it('an incremental update with a cross-reference table', async () => {
			const saved = await appendUpdate(filled, edit, { xref: 'table' });
			if (withQpdf) expect(qpdfCheck(saved).ok, qpdfCheck(saved).output).toBe(true);
			expect(await readBack(saved, def)).toEqual(changed);
		});
		it('two incremental updates: the last one wins', async () => {
			const once = await appendUpdate(filled, edit);
			const twice = await appendUpdate(once, async (doc) => {
				doc.getForm().getTextField('case-code').setText('SECOND-SAVE');
				doc.getForm().updateFieldAppearances(await embeddedFormFont(doc, doc.getForm()));
			});
			expect(await readBack(twice, def)).toEqual({ ...changed, 'case-code': 'SECOND-SAVE' });
		});
		it('an update that asks the viewer to draw appearances (NeedAppearances) and drops the old ones', async () => {
			const saved = await appendUpdate(filled, (doc) => {
				const form = doc.getForm();
				for (const [name, value] of Object.entries(change)) {
					if (typeof value !== 'string' || name === 'felt-comfortable') continue;
					const field = form.getTextField(name);
					field.acroField.setValue(PDFHexString.fromText(value));
					for (const widget of field.acroField.getWidgets()) widget.dict.delete(PDFName.of('AP'));
				}
				form.acroForm.dict.set(PDFName.of('NeedAppearances'), doc.context.obj(true));
			});
			const textOnly = Object.fromEntries(Object.entries(change).filter(([name, value]) => typeof value === 'string' && name !== 'felt-comfortable'));
			expect(await readBack(saved, def)).toEqual(normalizeRecord(def, { ...example.values, ...textOnly }));
		});
		it('an update whose document information keeps the template only in Keywords', async () => {
			const saved = await appendUpdate(filled, (doc) => {
				const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
				for (const key of Object.values(metadataKeys)) info.delete(PDFName.of(key));
				info.set(PDFName.of('Producer'), PDFHexString.fromText('Another PDF viewer'));
			});
			const { stamp } = await openFilledPdf(saved);
			expect(stamp).toEqual({ id: def.id, version: def.version, lang });
			expect(await readBack(saved, def)).toEqual(expected);
		});
		it('a whole new file without object streams (pdf-lib, as some tools save)', async () => {
			const doc = await PDFDocument.load(filled, { updateMetadata: false });
			await edit(doc);
			const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
			expect(await readBack(saved, def)).toEqual(changed);
		});
		it.for([
			['without object streams', ['--object-streams=disable']],
			['with object streams generated again', ['--object-streams=generate']],
			['in QDF form (uncompressed, for editing by hand)', ['--qdf']],
			['linearised for fast web view', ['--linearize']],
			['linearised with object streams', ['--linearize', '--object-streams=generate']],
		] as const)('rewritten by qpdf %s', async ([, args], ctx) => {
			ctx.skip(!withQpdf, noQpdf);
			expect(await readBack(qpdf(filled, [...args]), def)).toEqual(expected);
		});
	});
});

describe('bad files: each gets its problem', () => {
	const def = template('beneficiary-satisfaction');
	let filled: Uint8Array;
	beforeAll(async () => {
		filled = await fillTemplatePdf(await blank(def, 'en'), def, def.examples[0]!.values);
	});
	const expectProblem = async (pdf: Uint8Array, problem: PdfProblem) => {
		const error = await problemOf(pdf);
		expect(error.problem, error.message).toBe(problem);
		return error;
	};

	it('an empty file', async () => {
		await expectProblem(new Uint8Array(), 'empty');
	});
	it('not a PDF: text, an image, a PDF header far into the file', async () => {
		await expectProblem(new TextEncoder().encode('case-code,stage\nES-1,end\n'), 'not-pdf');
		await expectProblem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(2000)]), 'not-pdf');
		const late = new Uint8Array(4096 + filled.length);
		late.set(filled, 4096);
		await expectProblem(late, 'not-pdf');
	});
	it('a PDF cut in half', async () => {
		expect(() => checkPdfBytes(filled.subarray(0, filled.length / 2))).toThrow(PdfReadError);
		await expectProblem(filled.subarray(0, Math.floor(filled.length / 2)), 'damaged');
	});
	it('a PDF whose form data is overwritten in the middle', async () => {
		// The compressed object stream that holds the fields, overwritten halfway through.
		const text = Array.from(filled, (b) => String.fromCharCode(b)).join('');
		const objStm = text.indexOf('/ObjStm');
		const start = text.indexOf('stream', objStm) + 'stream'.length + 1;
		const end = text.indexOf('endstream', start);
		expect(objStm).toBeGreaterThan(0);
		const broken = filled.slice();
		broken.fill(0x41, start + Math.floor((end - start) / 3), start + Math.floor((2 * (end - start)) / 3));
		await expectProblem(broken, 'damaged');
	});
	it('a PDF whose cross-reference data is overwritten', async () => {
		const tail = Array.from(filled.subarray(-64), (b) => String.fromCharCode(b)).join('');
		const xref = Number(/startxref\s+(\d+)/.exec(tail)![1]);
		const broken = filled.slice();
		broken.fill(0x20, xref, filled.length - 64);
		// The fast path gives up; pdf-lib finds the objects by scanning the file, and the answers come back.
		expect(() => quickReadFields(broken)).toThrow();
		const read = await readFilledPdf(broken, templates);
		expect(read.record).toEqual(normalizeRecord(def, def.examples[0]!.values));
	});
	it('an encrypted PDF, with or without a password to open it', async (ctx) => {
		ctx.skip(!withQpdf, noQpdf);
		await expectProblem(qpdf(filled, ['--encrypt', 'secret', 'owner', '256', '--']), 'encrypted');
		await expectProblem(qpdf(filled, ['--encrypt', '', 'owner', '128', '--use-aes=y', '--']), 'encrypted');
	});
	it('a PDF without a form', async () => {
		const doc = await PDFDocument.create();
		doc.addPage();
		await expectProblem(await doc.save(), 'no-form');
	});
	it('a PDF form that is not from this site', async () => {
		const doc = await PDFDocument.create();
		const page = doc.addPage();
		doc.getForm().createTextField('name').addToPage(page);
		doc.setKeywords(['invoice', 'version=2']);
		await expectProblem(await doc.save(), 'not-template');
	});
	it('a template this toolkit does not know', async () => {
		const renamed = await appendUpdate(filled, (doc) => {
			const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
			info.set(PDFName.of(metadataKeys.id), PDFHexString.fromText('intake-interview'));
			doc.setKeywords(['win-template', 'template=intake-interview', 'version=1.0.0', 'lang=en']);
		});
		const error = await expectProblem(renamed, 'unknown-template');
		expect(error.templateId).toBe('intake-interview');
		expect(error.message).toContain('intake-interview');
	});
	it('a template left out of the list the reader may choose from', async () => {
		const error = await readFilledPdf(filled, templates.filter((t) => t.id !== def.id)).catch((e: unknown) => e);
		expect((error as PdfReadError).problem).toBe('unknown-template');
		expect((error as PdfReadError).templateId).toBe(def.id);
	});
});

describe('other versions of a template', () => {
	/** A definition as it might have been before: a copy of the current one, changed. */
	type Editable = { version: string; examples: unknown[]; sections: { id: string; fields: Record<string, unknown>[] }[] };
	const older = (input: TemplateInput, change: (def: Editable) => void): TemplateDefinition => {
		const copy = structuredClone(input) as unknown as Editable;
		copy.version = '0.9.0';
		change(copy);
		return parseTemplate(copy);
	};
	const label = { en: 'x', it: 'x', es: 'x', bg: 'x' };

	it('a version number that differs only in the stamp: every answer kept', async () => {
		const def = template('beneficiary-satisfaction');
		const filled = await fillTemplatePdf(await blank(def, 'es'), def, def.examples[1]!.values);
		const restamped = (version: string) =>
			appendUpdate(filled, (doc) => {
				const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
				info.set(PDFName.of(metadataKeys.version), PDFHexString.fromText(version));
				doc.setKeywords(['win-template', `template=${def.id}`, `version=${version}`, 'lang=es']);
			});
		for (const [version, relation] of [['0.8.2', 'older'], ['1.0.7', 'same'], ['2.1.0', 'newer']] as const) {
			const read = await readFilledPdf(await restamped(version), templates);
			expect(read.stamp.version).toBe(version);
			expect(read.version).toBe(relation);
			expect(read.dropped).toEqual([]);
			expect(read.record).toEqual(normalizeRecord(def, def.examples[1]!.values));
		}
		expect(compareVersions('1.10.0', '1.9.3')).toBe('newer');
	});

	it('a survey from an older version: a question since removed, another asked on other answers', async () => {
		const current = template('beneficiary-satisfaction');
		const old = older(beneficiaryInput, (def) => {
			const interviews = def.sections.find((s) => s.id === 'interviews-and-plan')!;
			const at = interviews.fields.findIndex((f) => f.id === 'felt-comfortable');
			const { scale: _, ...rest } = interviews.fields[at]!;
			interviews.fields[at] = { ...rest, kind: 'choice', options: ['yes', 'sometimes', 'no'].map((id) => ({ id, label })) };
			interviews.fields.push({ id: 'heard-about', kind: 'choice', privacy: 'aggregate', label, help: label, options: ['radio', 'friend'].map((id) => ({ id, label })) });
			const services = def.sections.find((s) => s.id === 'services')!;
			services.fields = services.fields.filter((f) => f.id !== 'service-training');
			def.examples = [{ name: 'old', description: 'x', values: { stage: 'end', country: 'it', 'case-code': 'IT-OLD-1', 'felt-comfortable': 'sometimes', 'heard-about': 'radio', 'interviews-useful': 'yes', recommend: 'no' } }];
		});
		const filled = await fillTemplatePdf(await blank(old, 'en'), old, old.examples[0]!.values);
		const read = await readFilledPdf(filled, templates);
		expect(read.stamp).toEqual({ id: current.id, version: '0.9.0', lang: 'en' });
		expect(read.version).toBe('older');
		expect(read.record).toEqual({ stage: 'end', country: 'it', 'case-code': 'IT-OLD-1', 'interviews-useful': 'yes', recommend: 'no' });
		expect(read.dropped).toEqual([
			expect.objectContaining({ name: 'felt-comfortable', field: 'felt-comfortable', reason: 'invalid', value: 'sometimes' }),
			expect.objectContaining({ name: 'heard-about', reason: 'unknown-field', value: 'radio' }),
		]);
		expect(read.dropped[1]).not.toHaveProperty('field');
		// The strict reader refuses it and names both.
		const strict = await readTemplatePdf(filled, templates).catch((e: unknown) => e);
		expect(strict).toBeInstanceOf(RecordError);
		expect((strict as RecordError).problems.join('\n')).toMatch(/felt-comfortable[\s\S]*heard-about/);
	});

	it('a plan from an older version: a need no longer listed, a table column since removed', async () => {
		const current = template('pip');
		const old = older(pipInput, (def) => {
			const needs = def.sections.find((s) => s.id === 'needs')!.fields.find((f) => f.id === 'needs')! as { options: unknown[] };
			needs.options.push({ id: 'transport', label });
			const plan = def.sections.find((s) => s.id === 'plan')!.fields.find((f) => f.id === 'plan')! as { columns: unknown[] };
			plan.columns.push({ id: 'cost', label });
			def.examples = [
				{
					name: 'old',
					description: 'x',
					values: {
						'case-code': 'ES-OLD-2',
						country: 'es',
						'plan-date': '2019-03-01',
						needs: ['housing', 'transport'],
						objectives: { '1': { objective: 'A home of her own' } },
						plan: { 'social-support': { actions: 'Visit flats', cost: '200 €' } },
						'consent-given': true,
					},
				},
			];
		});
		const filled = await fillTemplatePdf(await blank(old, 'es'), old, old.examples[0]!.values);
		const read = await readFilledPdf(filled, templates);
		expect(read.version).toBe('older');
		expect(read.record).toEqual(
			normalizeRecord(current, {
				'case-code': 'ES-OLD-2',
				country: 'es',
				'plan-date': '2019-03-01',
				needs: ['housing'],
				objectives: { '1': { objective: 'A home of her own' } },
				plan: { 'social-support': { actions: 'Visit flats' } },
				'consent-given': true,
			}),
		);
		expect(read.dropped).toEqual([
			{ name: 'needs.transport', field: 'needs', reason: 'invalid', value: 'transport', message: 'this option is no longer offered' },
			{ name: 'plan.social-support.cost', field: 'plan', reason: 'invalid', value: '200 €', message: 'this row or column is no longer in the table' },
		]);
	});

	it('answers that no longer fit are listed with the reason, not lost (carried over from raw fields)', () => {
		const def = template('beneficiary-satisfaction');
		const fields = new Map([
			['stage', { kind: 'radio', selected: 'halfway' }],
			['country', { kind: 'radio', selected: 'es' }],
			['case-code', { kind: 'text', text: '  ES-9  ' }],
			['survey-date', { kind: 'text', text: '29.11.2026' }],
			['recommend', { kind: 'text', text: 'yes' }],
			['goals-reached', { kind: 'radio', selected: 'most' }],
			['comments', { kind: 'text', text: '   ' }],
		] as const);
		const { record, dropped } = carryOver(def, fields);
		expect(record).toEqual({ stage: 'halfway', country: 'es', 'case-code': 'ES-9', 'survey-date': '2026-11-29' });
		expect(dropped.map((d) => [d.name, d.reason, d.value])).toEqual([
			['goals-reached', 'invalid', 'most'],
			['recommend', 'invalid', 'yes'],
		]);
		expect(dropped[1]!.message).toBe('expected a radio field in the PDF, found a text');
	});
});

it('a form field written as a PDFArray value (a list box) reads its first choice', async () => {
	// Viewers may store a choice field's value as an array; both paths take the first entry.
	const doc = await PDFDocument.create();
	const page = doc.addPage();
	const list = doc.getForm().createOptionList('country');
	list.addOptions(['es', 'it']);
	list.addToPage(page);
	list.acroField.dict.set(PDFName.of('V'), doc.context.obj([PDFHexString.fromText('it')]) as PDFArray);
	const bytes = await doc.save();
	const quick = quickReadFields(bytes);
	const slow = rawFieldsOf(await PDFDocument.load(bytes));
	expect(quick.fields?.get('country')).toEqual({ kind: 'text', text: 'it' });
	expect(slow.get('country')).toEqual({ kind: 'text', text: 'it' });
});
