/**
 * Carries the answers of a PDF form over into a record of a template, field by field. This is
 * how a filled PDF is reopened, also when it was made from an older version of the template:
 * a field id never changes meaning (templates/schema.ts), so an answer whose field still exists
 * and still fits is kept, and everything else is listed with the reason, never silently lost.
 *
 * Pure: the PDF's fields come in as a map of names to values (see `openFilledPdf`).
 */
import { allFields, fieldValueSchema, optionsOf, rowsOf, type Field, type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { cellName, optionName, pdfFieldNames } from '../pdf/names.ts';
import type { RawField, RawFields } from '../pdf/read.ts';
import { typedValue } from './typed-text.ts';

/** An answer found in the PDF that the record could not take. */
export interface DroppedAnswer {
	/** the PDF field's name (`needs.housing`, `plan.training.who`, `old-field`) */
	name: string;
	/** the template field it belongs to, when the template still has one */
	field?: string;
	/** `unknown-field`: the template has no such field (any more); `invalid`: the answer does not fit it */
	reason: 'unknown-field' | 'invalid';
	/** the answer as the PDF holds it, as text */
	value: string;
	/** why it does not fit, in English (from the schema), for logs and the command line */
	message: string;
}

export interface CarriedOver {
	/** every answer that fits the template; required fields are not checked here */
	record: TemplateRecord;
	dropped: DroppedAnswer[];
}

/** The answer a field holds, as text; undefined when it holds none. */
export function rawText(raw: RawField | undefined): string | undefined {
	if (!raw) return undefined;
	if (raw.kind === 'text') return raw.text.trim() || undefined;
	if (raw.kind === 'checkbox') return raw.checked ? 'true' : undefined;
	return raw.selected;
}

function check(field: Field, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
	const result = fieldValueSchema(field).safeParse(value);
	return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues.map((i) => i.message).join('; ') };
}

/**
 * The record a PDF's fields hold for one template.
 * @param fields every terminal field of the PDF, by name
 */
export function carryOver(def: TemplateDefinition, fields: RawFields): CarriedOver {
	const record: TemplateRecord = {};
	const dropped: DroppedAnswer[] = [];
	const known = new Set<string>();
	const drop = (name: string, field: string | undefined, reason: DroppedAnswer['reason'], value: string, message: string) =>
		dropped.push({ name, ...(field !== undefined && { field }), reason, value, message });

	for (const field of allFields(def)) {
		for (const name of pdfFieldNames(field)) known.add(name);
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'date':
			case 'number':
			case 'choice':
			case 'rating': {
				const raw = fields.get(field.id);
				const text = rawText(raw);
				if (text === undefined) break;
				const expected = field.kind === 'choice' || field.kind === 'rating' ? 'radio' : 'text';
				if (raw!.kind !== expected) {
					drop(field.id, field.id, 'invalid', text, `expected a ${expected} field in the PDF, found a ${raw!.kind}`);
					break;
				}
				const value = expected === 'radio' ? text : typedValue(text, field.kind === 'textarea' || field.kind === 'choice' || field.kind === 'rating' ? 'text' : field.kind);
				const result = check(field, value);
				if (result.ok) record[field.id] = result.value;
				else drop(field.id, field.id, 'invalid', text, result.message);
				break;
			}
			case 'checkbox': {
				const raw = fields.get(field.id);
				if (raw?.kind === 'checkbox') record[field.id] = raw.checked;
				else if (rawText(raw) !== undefined) drop(field.id, field.id, 'invalid', rawText(raw)!, `expected a tick box in the PDF, found a ${raw!.kind}`);
				break;
			}
			case 'multichoice': {
				const ids = new Set(optionsOf(field).map((o) => o.id));
				const chosen: string[] = [];
				for (const option of optionsOf(field)) {
					const raw = fields.get(optionName(field.id, option.id));
					if (raw?.kind === 'checkbox' && raw.checked) chosen.push(option.id);
				}
				// Options the PDF has and the template no longer offers.
				for (const [name, raw] of fields) {
					if (!name.startsWith(`${field.id}.`) || ids.has(name.slice(field.id.length + 1))) continue;
					known.add(name);
					if (rawText(raw) !== undefined) drop(name, field.id, 'invalid', name.slice(field.id.length + 1), 'this option is no longer offered');
				}
				if (chosen.length) record[field.id] = chosen;
				break;
			}
			case 'table': {
				const schema = fieldValueSchema(field);
				const rows: Record<string, Record<string, unknown>> = {};
				for (const row of rowsOf(field)) {
					for (const column of field.columns) {
						const name = cellName(field.id, row.id, column.id);
						const raw = fields.get(name);
						const text = rawText(raw);
						if (text === undefined) continue;
						const value = typedValue(text, column.kind);
						const result = schema.safeParse({ [row.id]: { [column.id]: value } });
						if (raw!.kind === 'text' && result.success) (rows[row.id] ??= {})[column.id] = value;
						else drop(name, field.id, 'invalid', text, result.success ? `expected a text field in the PDF, found a ${raw!.kind}` : result.error.issues.map((i) => i.message).join('; '));
					}
				}
				// Rows or columns the PDF has and the template no longer does.
				for (const [name, raw] of fields) {
					if (!name.startsWith(`${field.id}.`) || known.has(name)) continue;
					known.add(name);
					const text = rawText(raw);
					if (text !== undefined) drop(name, field.id, 'invalid', text, 'this row or column is no longer in the table');
				}
				if (Object.keys(rows).length) record[field.id] = rows;
				break;
			}
		}
	}
	for (const [name, raw] of fields) {
		if (known.has(name)) continue;
		const text = rawText(raw);
		if (text !== undefined) drop(name, undefined, 'unknown-field', text, 'no such field in this template');
	}
	return { record, dropped };
}
