/**
 * Reads a filled template PDF back into a record. Runs in Node and in the browser.
 */
import { allFields, optionsOf, rowsOf, type TemplateDefinition, type TemplateRecord, type TableColumn } from '../../../templates/schema.ts';
import { parseRecord } from '../templates/record.ts';
import { PDFDocument, PDFDict, PDFName, PDFHexString, PDFString, PDFCheckBox } from './engine.ts';
import { metadataKeys, parseKeywords, type TemplateStamp } from './metadata.ts';
import { cellName, optionName } from './names.ts';

export interface ReadResult {
	/** template id, version and language written in the PDF */
	stamp: TemplateStamp;
	template: TemplateDefinition;
	/** the answers, validated against the template */
	record: TemplateRecord;
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

/** A date as ISO `YYYY-MM-DD`, also from `DD/MM/YYYY` and `DD.MM.YYYY` as people type them. */
export function parseDate(text: string): string {
	const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
	const dmy = text.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
	const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
	return y ? `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}` : text;
}

/** A number as people type it: `12`, `12.5`, `12,5`, `1 200`. Text that is no number stays text (and fails validation). */
export function parseNumber(text: string): number | string {
	const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : text;
}

const typed = (text: string, kind: TableColumn['kind'] | 'text'): unknown => (kind === 'date' ? parseDate(text) : kind === 'number' ? parseNumber(text) : text);

/**
 * Reads a filled template PDF: recognises the template from the PDF's metadata, reads every
 * field by its name and validates the answers.
 *
 * @param templates the templates it may be
 * @throws Error when the PDF is not one of them
 * @throws RecordError when the answers do not fit the template (a number field holding words…)
 */
export async function readTemplatePdf(pdf: Uint8Array, templates: readonly TemplateDefinition[]): Promise<ReadResult> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const stamp = readStamp(doc);
	if (!stamp) throw new Error('This PDF does not say which WIN Toolkit template it is: it has no template id in its metadata.');
	const template = templates.find((t) => t.id === stamp.id);
	if (!template) throw new Error(`This PDF is the template "${stamp.id}", which this toolkit does not know.`);
	const form = doc.getForm();
	const text = (name: string) => form.getTextField(name).getText()?.trim() ?? '';
	const record: TemplateRecord = {};
	for (const field of allFields(template)) {
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'date':
			case 'number': {
				const value = text(field.id);
				if (value) record[field.id] = typed(value, field.kind === 'textarea' ? 'text' : field.kind);
				break;
			}
			case 'choice':
			case 'rating': {
				const selected = form.getRadioGroup(field.id).getSelected();
				if (selected) record[field.id] = selected;
				break;
			}
			case 'multichoice': {
				const chosen = optionsOf(field).filter((o) => (form.getField(optionName(field.id, o.id)) as PDFCheckBox).isChecked()).map((o) => o.id);
				if (chosen.length) record[field.id] = chosen;
				break;
			}
			case 'checkbox':
				record[field.id] = form.getCheckBox(field.id).isChecked();
				break;
			case 'table': {
				const rows: Record<string, Record<string, unknown>> = {};
				for (const row of rowsOf(field)) {
					for (const column of field.columns) {
						const value = text(cellName(field.id, row.id, column.id));
						if (value) (rows[row.id] ??= {})[column.id] = typed(value, column.kind);
					}
				}
				if (Object.keys(rows).length) record[field.id] = rows;
				break;
			}
		}
	}
	return { stamp, template, record: parseRecord(template, record) };
}
