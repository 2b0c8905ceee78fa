/**
 * The online form of a template and the record it stands for. The HTML controls are named like
 * the PDF fields (`case-code`, `plan.training.who` for a table cell), except a multichoice field:
 * one name, one check box per option, its values the option ids (`needs` = `housing`), as HTML
 * does it. Pure: the same functions run in the browser, in tests and in the command line tools.
 *
 * Validation is the reader's own: `recordSchema()` of templates/schema.ts, the schema every
 * filled PDF is checked against. This module only turns its issues into codes that the page
 * words in its language (`fieldErrorMessage`).
 */
import { allFields, optionsOf, recordSchema, rowsOf, type Field, type FieldOfKind, type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { formFontRanges } from '../pdf/font-ranges.ts';
import { cellName } from '../pdf/names.ts';
import { typedValue as typed } from './typed-text.ts';
import type { Lang } from '../../config/locales.ts';

/** What a form holds: control name → value, in document order (as `FormData` gives it). */
export type FormEntries = readonly (readonly [name: string, value: string])[];

/** The id of the HTML element of a control: `f-case-code`, `f-needs__housing`, `f-plan__training__who`. */
export function controlId(name: string, option?: string): string {
	return `f-${name.replaceAll('.', '__')}${option === undefined ? '' : `__${option}`}`;
}

/** The element a link to a field's error leads to: its first control. */
export function firstControlId(field: Field): string {
	switch (field.kind) {
		case 'choice':
		case 'rating':
		case 'multichoice':
			return controlId(field.id, optionsOf(field)[0]!.id);
		case 'table': {
			const row = rowsOf(field)[0]!;
			return controlId(cellName(field.id, row.id, field.columns[0]!.id));
		}
		default:
			return controlId(field.id);
	}
}

/**
 * The record a filled form stands for: text trimmed, blanks left out, numbers and dates read the
 * way the PDF reader reads them (`12,5` is 12.5, `29.11.2026` is 2026-11-29), a tick box true or
 * false. Not validated: see {@link validateRecord}.
 */
export function recordFromEntries(def: TemplateDefinition, entries: FormEntries): TemplateRecord {
	const values = new Map<string, string[]>();
	for (const [name, value] of entries) {
		const list = values.get(name);
		if (list) list.push(value);
		else values.set(name, [value]);
	}
	const one = (name: string) => values.get(name)?.[0]?.trim() ?? '';
	const record: TemplateRecord = {};
	for (const field of allFields(def)) {
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'date':
			case 'number': {
				// Line ends as the PDF keeps them; outer blanks dropped, inner ones kept.
				const value = one(field.id).replace(/\r\n?/g, '\n');
				if (value) record[field.id] = typed(value, field.kind === 'textarea' ? 'text' : field.kind);
				break;
			}
			case 'choice':
			case 'rating': {
				const value = one(field.id);
				if (value) record[field.id] = value;
				break;
			}
			case 'multichoice': {
				const chosen = new Set(values.get(field.id) ?? []);
				const list = optionsOf(field).map((o) => o.id).filter((id) => chosen.has(id));
				if (list.length) record[field.id] = list;
				break;
			}
			case 'checkbox':
				record[field.id] = values.has(field.id);
				break;
			case 'table': {
				const rows: Record<string, Record<string, unknown>> = {};
				for (const row of rowsOf(field)) {
					for (const column of field.columns) {
						const value = one(cellName(field.id, row.id, column.id));
						if (value) (rows[row.id] ??= {})[column.id] = typed(value, column.kind);
					}
				}
				if (Object.keys(rows).length) record[field.id] = rows;
				break;
			}
		}
	}
	return record;
}

/** The form entries that show a record (the inverse of {@link recordFromEntries}). */
export function entriesFromRecord(def: TemplateDefinition, record: TemplateRecord): [string, string][] {
	const out: [string, string][] = [];
	for (const field of allFields(def)) {
		const value = record[field.id];
		if (value === undefined) continue;
		switch (field.kind) {
			case 'multichoice':
				for (const id of Array.isArray(value) ? value : []) out.push([field.id, String(id)]);
				break;
			case 'checkbox':
				if (value === true) out.push([field.id, 'on']);
				break;
			case 'table':
				for (const [row, cells] of Object.entries(value as Record<string, Record<string, unknown>>)) {
					for (const [column, cell] of Object.entries(cells ?? {})) if (cell !== undefined) out.push([cellName(field.id, row, column), String(cell)]);
				}
				break;
			default:
				out.push([field.id, String(value)]);
		}
	}
	return out;
}

/** Why an answer is not accepted; the page words it (see {@link fieldErrorMessage}). */
export type FieldErrorCode = 'required' | 'date' | 'number' | 'integer' | 'min' | 'max' | 'maxLength' | 'characters' | 'invalid';

export interface FieldError {
	/** the template field */
	field: string;
	/** the table cell, for an error in one cell */
	cell?: { row: string; column: string };
	/** id of the HTML control the error summary links to */
	target: string;
	code: FieldErrorCode;
	/** values for the message: `min`, `max`, `characters` */
	values: Record<string, string | number>;
}

/** True for a character the PDF form font can draw. */
export function printable(char: string): boolean {
	if (char === '\n') return true;
	const code = char.codePointAt(0)!;
	return formFontRanges.some(([from, to]) => code >= from && code <= to);
}

/** Characters of a text that the PDF form font cannot draw, each once. */
export function unprintable(text: string): string[] {
	return [...new Set([...text].filter((c) => !printable(c)))];
}

function issueCode(issue: { code: string; expected?: string; origin?: string; format?: string }): FieldErrorCode {
	switch (issue.code) {
		case 'invalid_format':
			return issue.format === 'date' ? 'date' : 'invalid';
		case 'invalid_type':
			return issue.expected === 'int' ? 'integer' : issue.expected === 'number' ? 'number' : 'invalid';
		case 'too_small':
			return issue.origin === 'number' ? 'min' : 'required';
		case 'too_big':
			return issue.origin === 'number' ? 'max' : issue.origin === 'string' ? 'maxLength' : 'invalid';
		default:
			return 'invalid';
	}
}

/**
 * Checks a record with the schema the PDF reader uses, and that every character can be printed
 * in the PDF. One error per field (per cell in a table), in the order of the form.
 */
export function validateRecord(def: TemplateDefinition, record: TemplateRecord): FieldError[] {
	const fields = allFields(def);
	const byId = new Map(fields.map((f) => [f.id, f]));
	const errors = new Map<string, FieldError>();
	const add = (error: FieldError) => {
		const key = `${error.field}/${error.cell?.row ?? ''}/${error.cell?.column ?? ''}`;
		if (!errors.has(key)) errors.set(key, error);
	};
	for (const field of fields) {
		if (field.required && record[field.id] === undefined) add({ field: field.id, target: firstControlId(field), code: 'required', values: {} });
	}
	const result = recordSchema(def).safeParse(record);
	for (const issue of result.success ? [] : result.error.issues) {
		const field = byId.get(String(issue.path[0]));
		if (!field) continue;
		const [, row, column] = issue.path.map(String);
		const cell = field.kind === 'table' && row !== undefined && column !== undefined ? { row, column } : undefined;
		const bound = issue as unknown as { minimum?: number | bigint; maximum?: number | bigint };
		add({
			field: field.id,
			...(cell && { cell }),
			target: cell ? controlId(cellName(field.id, cell.row, cell.column)) : firstControlId(field),
			code: issueCode(issue as never),
			values: {
				...(bound.minimum !== undefined && { min: Number(bound.minimum) }),
				...(bound.maximum !== undefined && { max: Number(bound.maximum) }),
			},
		});
	}
	for (const field of fields) {
		const value = record[field.id];
		if (typeof value === 'string') {
			const bad = unprintable(value);
			if (bad.length) add({ field: field.id, target: firstControlId(field), code: 'characters', values: { characters: bad.join(' ') } });
		} else if (field.kind === 'table' && value && typeof value === 'object') {
			for (const [row, cells] of Object.entries(value as Record<string, Record<string, unknown>>)) {
				for (const [column, text] of Object.entries(cells ?? {})) {
					const bad = typeof text === 'string' ? unprintable(text) : [];
					if (bad.length) add({ field: field.id, cell: { row, column }, target: controlId(cellName(field.id, row, column)), code: 'characters', values: { characters: bad.join(' ') } });
				}
			}
		}
	}
	const order = new Map(fields.map((f, i) => [f.id, i]));
	return [...errors.values()].sort((a, b) => order.get(a.field)! - order.get(b.field)!);
}

/** The wording of a required-field error depends on how the field is answered. */
function requiredKey(field: Field): string {
	switch (field.kind) {
		case 'choice':
		case 'rating':
			return 'filler.error.required.choice';
		case 'multichoice':
			return 'filler.error.required.multichoice';
		case 'table':
			return 'filler.error.required.table';
		default:
			return 'filler.error.required.text';
	}
}

/** The visible name of a table cell: "Plan, Training, Who" or "Monitoring log, row 3, Date". */
export function cellLabel(field: FieldOfKind<'table'>, row: string, column: string, lang: Lang, t: (key: string, vars?: Record<string, string | number>) => string): string {
	const rowLabel = Array.isArray(field.rows) ? (field.rows.find((r) => r.id === row)?.label[lang] ?? row) : t('filler.form.rowNumber', { n: row });
	const columnLabel = field.columns.find((c) => c.id === column)?.label[lang] ?? column;
	return t('filler.form.cell', { table: field.label[lang], row: rowLabel, column: columnLabel });
}

/**
 * An error as the page shows it, in its language, naming the field by its visible label.
 * @param t the page's UI strings (keys of content/i18n/<lang>/filler.json)
 */
export function fieldErrorMessage(def: TemplateDefinition, error: FieldError, lang: Lang, t: (key: string, vars?: Record<string, string | number>) => string): string {
	const field = allFields(def).find((f) => f.id === error.field);
	if (!field) throw new Error(`No field "${error.field}" in template "${def.id}"`);
	const label = error.cell && field.kind === 'table' ? cellLabel(field, error.cell.row, error.cell.column, lang, t) : field.label[lang];
	const key = error.code === 'required' ? requiredKey(field) : `filler.error.${error.code}`;
	return t(key, { label, ...error.values });
}
