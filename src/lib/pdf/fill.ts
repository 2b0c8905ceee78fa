/**
 * Fills a template PDF with a record. Runs in Node and in the browser; the font comes from the
 * PDF itself, so nothing else has to be loaded.
 */
import { allFields, optionsOf, rowsOf, type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { parseRecord, recordTexts } from '../templates/record.ts';
import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField, type PDFForm } from './engine.ts';
import { dropUnreachableObjects, embeddedFormFont, shareAppearanceStreams } from './form.ts';
import { cellName, optionName } from './names.ts';

/** Text with characters the form font cannot print. */
export class UnsupportedCharactersError extends Error {
	readonly characters: readonly string[];
	constructor(characters: readonly string[]) {
		super(`These characters cannot be printed in the form: ${characters.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. Write them another way.`);
		this.name = 'UnsupportedCharactersError';
		this.characters = characters;
	}
}

const cellText = (value: unknown) => (value === undefined ? '' : String(value));

/**
 * The form's fields by name, listed once. pdf-lib's `form.getTextField(name)` walks every field
 * of the form on each call, so filling a plan with two hundred cells took seconds.
 * @throws Error when the PDF has no field of that name and kind (not made from this template)
 */
function fieldsOf(form: PDFForm) {
	const byName = new Map(form.getFields().map((f) => [f.getName(), f]));
	const get = <T>(name: string, kind: string, is: (field: unknown) => field is T): T => {
		const field = byName.get(name);
		if (!is(field)) throw new Error(`This PDF has no ${kind} named "${name}": it was not made from this template.`);
		return field;
	};
	return {
		text: (name: string) => get(name, 'text field', (f): f is PDFTextField => f instanceof PDFTextField),
		radio: (name: string) => get(name, 'radio group', (f): f is PDFRadioGroup => f instanceof PDFRadioGroup),
		checkBox: (name: string) => get(name, 'check box', (f): f is PDFCheckBox => f instanceof PDFCheckBox),
	};
}

/** Sets a text field only when its text changes, so untouched fields keep their shared appearance. */
function setText(field: PDFTextField, value: unknown) {
	const text = cellText(value);
	if ((field.getText() ?? '') !== text) field.setText(text);
}

/**
 * Writes a record into a template PDF: every field of the template is set, fields the record
 * leaves out are cleared. Appearances are redrawn with the PDF's own form font, so what a viewer
 * shows is what the record says, in any of the four languages.
 *
 * @param pdf a PDF made by `generateTemplatePdf` for this template (blank or filled)
 * @param record field id → value; checked against the template first
 * @throws RecordError when the record does not fit the template
 * @throws UnsupportedCharactersError when a value holds a character the form font lacks
 */
export async function fillTemplatePdf(pdf: Uint8Array, def: TemplateDefinition, record: TemplateRecord): Promise<Uint8Array> {
	const values = parseRecord(def, record);
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	const form = doc.getForm();
	const fields = fieldsOf(form);
	const font = await embeddedFormFont(doc, form);

	const covered = new Set(font.getCharacterSet());
	const missing = new Set<string>();
	for (const text of recordTexts(values)) for (const c of text) if (c !== '\n' && !covered.has(c.codePointAt(0)!)) missing.add(c);
	if (missing.size) throw new UnsupportedCharactersError([...missing]);

	for (const field of allFields(def)) {
		const value = values[field.id];
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'date':
			case 'number':
				setText(fields.text(field.id), value);
				break;
			case 'choice':
			case 'rating': {
				const group = fields.radio(field.id);
				if (typeof value === 'string') {
					if (group.getSelected() !== value) group.select(value);
				} else if (group.getSelected() !== undefined) group.clear();
				break;
			}
			case 'multichoice': {
				const chosen = new Set(Array.isArray(value) ? value : []);
				for (const option of optionsOf(field)) {
					const box = fields.checkBox(optionName(field.id, option.id));
					if (chosen.has(option.id) !== box.isChecked()) (chosen.has(option.id) ? box.check() : box.uncheck());
				}
				break;
			}
			case 'checkbox': {
				const box = fields.checkBox(field.id);
				if ((value === true) !== box.isChecked()) (value === true ? box.check() : box.uncheck());
				break;
			}
			case 'table': {
				const rows = (value ?? {}) as Record<string, Record<string, unknown> | undefined>;
				for (const row of rowsOf(field)) {
					for (const column of field.columns) {
						setText(fields.text(cellName(field.id, row.id, column.id)), rows[row.id]?.[column.id]);
					}
				}
				break;
			}
		}
	}
	form.updateFieldAppearances(font);
	shareAppearanceStreams(doc, form);
	dropUnreachableObjects(doc);
	return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}
