/**
 * Reads a filled template PDF back into a record. Runs in Node and in the browser.
 *
 * Two steps: `openFilledPdf` checks the file and reads what any PDF form holds (its metadata and
 * the value of every field, by name); `carryOver` (src/lib/templates/carry-over.ts) then maps
 * those values onto a template, field by field. `readTemplatePdf` is the strict reader (every
 * answer must fit); `readFilledPdf` the forgiving one, which keeps what fits and lists the rest.
 */
import { type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { parseRecord, RecordError } from '../templates/record.ts';
import { carryOver, type DroppedAnswer } from '../templates/carry-over.ts';
import {
	PDFDocument,
	PDFDict,
	PDFName,
	PDFHexString,
	PDFString,
	PDFCheckBox,
	PDFTextField,
	PDFRadioGroup,
	PDFDropdown,
	PDFOptionList,
	EncryptedPDFError,
	ParseSpeeds,
} from './engine.ts';
import { metadataKeys, parseKeywords, type TemplateStamp } from './metadata.ts';
import { quickReadFields } from './quick-read.ts';

export { parseDate, parseNumber } from '../templates/typed-text.ts';

/** The value of one PDF form field, whatever template it belongs to. */
export type RawField = { kind: 'text'; text: string } | { kind: 'checkbox'; checked: boolean } | { kind: 'radio'; selected: string | undefined };
/** Every terminal field of a PDF form: full name (`plan.training.who`) → value. */
export type RawFields = ReadonlyMap<string, RawField>;

/** What is wrong with a file that cannot be read as a filled template. */
export type PdfProblem = 'empty' | 'not-pdf' | 'damaged' | 'encrypted' | 'no-form' | 'not-template' | 'unknown-template';

/** A file that is not a readable filled template; `problem` says why, for the page to word it. */
export class PdfReadError extends Error {
	readonly problem: PdfProblem;
	/** the template id a PDF names, for `unknown-template` */
	readonly templateId?: string;
	constructor(problem: PdfProblem, message: string, templateId?: string) {
		super(message);
		this.name = 'PdfReadError';
		this.problem = problem;
		if (templateId !== undefined) this.templateId = templateId;
	}
}

const textOf = (dict: PDFDict, key: string): string | undefined => {
	const value = dict.lookup(PDFName.of(key));
	return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
};

function stampOf(info: PDFDict): TemplateStamp | undefined {
	const id = textOf(info, metadataKeys.id);
	const version = textOf(info, metadataKeys.version);
	const lang = textOf(info, metadataKeys.lang);
	if (id && version && lang) return { id, version, lang };
	return parseKeywords(textOf(info, 'Keywords'));
}

/** Which template, version and language a PDF says it is, or undefined for other PDFs. */
export function readStamp(doc: PDFDocument): TemplateStamp | undefined {
	const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
	const stamp = info && stampOf(info);
	if (stamp) return stamp;
	// HACK: pdf-lib 1.17.1 loses the document information of linearised PDFs ("fast web view",
	// as qpdf --linearize and some viewers save them): its PDFXRefStreamParser replaces the trailer
	// with each cross-reference stream's own, and the last one has no /Info. The dictionary is
	// still in the file; find it by its keys.
	for (const [, object] of doc.context.enumerateIndirectObjects()) {
		if (object instanceof PDFDict && (object.has(PDFName.of(metadataKeys.id)) || object.has(PDFName.of('Keywords')))) {
			const found = stampOf(object);
			if (found) return found;
		}
	}
	return undefined;
}

/** Every terminal field of a loaded PDF's form, read with pdf-lib. */
export function rawFieldsOf(doc: PDFDocument): Map<string, RawField> {
	const fields = new Map<string, RawField>();
	if (!doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)) return fields;
	for (const field of doc.getForm().getFields()) {
		const name = field.getName();
		if (field instanceof PDFTextField) fields.set(name, { kind: 'text', text: field.getText() ?? '' });
		else if (field instanceof PDFCheckBox) fields.set(name, { kind: 'checkbox', checked: field.isChecked() });
		else if (field instanceof PDFRadioGroup) fields.set(name, { kind: 'radio', selected: field.getSelected() });
		else if (field instanceof PDFDropdown || field instanceof PDFOptionList) fields.set(name, { kind: 'text', text: field.getSelected()[0] ?? '' });
	}
	return fields;
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)));

/**
 * Checks the bytes before any parsing: something there, a PDF header near the start, and the
 * end-of-file marker near the end (a file cut short while copying or downloading lacks it).
 * @throws PdfReadError `empty`, `not-pdf` or `damaged`
 */
export function checkPdfBytes(bytes: Uint8Array): void {
	if (bytes.length === 0) throw new PdfReadError('empty', 'The file is empty.');
	if (!ascii(bytes, 0, 1024).includes('%PDF-')) throw new PdfReadError('not-pdf', 'This is not a PDF file: it does not start with a PDF header.');
	if (!ascii(bytes, bytes.length - 2048, bytes.length).includes('%%EOF')) {
		throw new PdfReadError('damaged', 'This PDF is incomplete: its end is missing (it may have been cut short while copying or downloading).');
	}
}

/**
 * Opens a PDF and reads its template stamp and form fields. Template PDFs saved by this site
 * and by most viewers take a fast path (`quick-read.ts`); anything it does not expect is read
 * again with pdf-lib, which also copes with damaged cross-reference tables.
 *
 * @throws PdfReadError when the file is empty, not a PDF, damaged or encrypted, or has no form
 */
export async function openFilledPdf(bytes: Uint8Array): Promise<{ stamp: TemplateStamp | undefined; fields: Map<string, RawField> }> {
	checkPdfBytes(bytes);
	let quick: ReturnType<typeof quickReadFields> | undefined;
	try {
		quick = quickReadFields(bytes);
	} catch {
		quick = undefined;
	}
	if (quick?.encrypted) throw new PdfReadError('encrypted', 'This PDF is encrypted or protected with a password.');
	if (quick?.fields && quick.stamp) return { stamp: quick.stamp, fields: quick.fields };

	let doc: PDFDocument;
	try {
		doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
	} catch (error) {
		if (error instanceof EncryptedPDFError) throw new PdfReadError('encrypted', 'This PDF is encrypted or protected with a password.');
		throw new PdfReadError('damaged', `This PDF is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}).`);
	}
	let fields: Map<string, RawField>;
	try {
		fields = rawFieldsOf(doc);
	} catch (error) {
		throw new PdfReadError('damaged', `The form of this PDF is damaged (${error instanceof Error ? error.message : String(error)}).`);
	}
	return { stamp: readStamp(doc), fields };
}

/** How a PDF's template version relates to the definition that reads it. */
export type VersionRelation = 'same' | 'older' | 'newer';

/** Compares major and minor versions (`1.2.x` is the same as `1.2.y`: a patch changes no field). */
export function compareVersions(pdf: string, current: string): VersionRelation {
	const parts = (v: string) => v.split(/[.-]/).slice(0, 2).map(Number);
	const [a1 = 0, a2 = 0] = parts(pdf);
	const [b1 = 0, b2 = 0] = parts(current);
	if (a1 === b1 && a2 === b2) return 'same';
	return a1 < b1 || (a1 === b1 && a2 < b2) ? 'older' : 'newer';
}

export interface FilledPdf {
	/** template id, version and language written in the PDF */
	stamp: TemplateStamp;
	/** the current definition of that template */
	template: TemplateDefinition;
	/** the answers that fit the current definition (not checked for required fields) */
	record: TemplateRecord;
	/** answers in the PDF that could not be carried into the record, with why */
	dropped: DroppedAnswer[];
	/** the PDF's template version compared with the current definition's */
	version: VersionRelation;
}

/**
 * Reads a filled template PDF, forgiving: the template is recognised from the metadata, and
 * every answer that fits the current definition is kept, also from an older (or newer) version
 * of the template. What does not fit is listed in `dropped`, never silently lost.
 *
 * @param templates the templates it may be
 * @throws PdfReadError when the file is not a readable PDF form made from one of them
 */
export async function readFilledPdf(bytes: Uint8Array, templates: readonly TemplateDefinition[]): Promise<FilledPdf> {
	const { stamp, fields } = await openFilledPdf(bytes);
	if (!stamp) {
		throw fields.size === 0
			? new PdfReadError('no-form', 'This PDF has no form fields: it is not a filled WIN Toolkit template.')
			: new PdfReadError('not-template', 'This PDF does not say which WIN Toolkit template it is: it has no template id in its metadata.');
	}
	const template = templates.find((t) => t.id === stamp.id);
	if (!template) throw new PdfReadError('unknown-template', `This PDF is the template "${stamp.id}", which this toolkit does not know.`, stamp.id);
	if (fields.size === 0) throw new PdfReadError('no-form', 'This PDF names a WIN Toolkit template but has no form fields.');
	const { record, dropped } = carryOver(template, fields);
	return { stamp, template, record, dropped, version: compareVersions(stamp.version, template.version) };
}

/**
 * Reads a filled template PDF, strict: recognises the template from the PDF's metadata, reads
 * every field by its name and validates the answers.
 *
 * @param templates the templates it may be
 * @throws PdfReadError when the PDF is not one of them
 * @throws RecordError when the answers do not fit the template (a number field holding words…)
 */
export async function readTemplatePdf(pdf: Uint8Array, templates: readonly TemplateDefinition[]): Promise<{ stamp: TemplateStamp; template: TemplateDefinition; record: TemplateRecord }> {
	const { stamp, template, record, dropped } = await readFilledPdf(pdf, templates);
	if (dropped.length) throw new RecordError(template.id, dropped.map((d) => `field \`${d.name}\`: ${d.reason === 'unknown-field' ? 'no such field in this template' : d.message}`));
	return { stamp, template, record: parseRecord(template, record) };
}
