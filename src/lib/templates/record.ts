/**
 * Filled records of a template: validation with messages for people, and the normal form a
 * record has after a round trip through a PDF (an unticked box reads as `false`).
 */
import { allFields, optionsOf, recordSchema, type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { describeIssues } from '../errors.ts';

/** A record that does not fit its template; `problems` name the field and what is wrong. */
export class RecordError extends Error {
	readonly problems: readonly string[];
	constructor(templateId: string, problems: readonly string[]) {
		super(`The answers do not fit the template "${templateId}":\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'RecordError';
		this.problems = problems;
	}
}

/**
 * Validates a record against its template.
 * @throws RecordError listing every problem
 */
export function parseRecord(def: TemplateDefinition, record: unknown): TemplateRecord {
	const result = recordSchema(def).safeParse(record);
	if (!result.success) throw new RecordError(def.id, describeIssues(result.error));
	return result.data;
}

/** The record as a PDF gives it back: every check box present (unticked = false), choices in the order of the options, empty table rows left out. */
export function normalizeRecord(def: TemplateDefinition, record: TemplateRecord): TemplateRecord {
	const out: TemplateRecord = {};
	for (const field of allFields(def)) {
		const value = record[field.id];
		if (field.kind === 'checkbox') out[field.id] = value === true;
		else if (field.kind === 'multichoice' && Array.isArray(value)) out[field.id] = optionsOf(field).map((o) => o.id).filter((id) => value.includes(id));
		else if (field.kind === 'table' && value && typeof value === 'object') {
			const rows = Object.entries(value as Record<string, Record<string, unknown>>).filter(([, cells]) => cells && Object.keys(cells).length > 0);
			if (rows.length) out[field.id] = Object.fromEntries(rows);
		} else if (value !== undefined) out[field.id] = value;
	}
	return out;
}

/** Every piece of text in a record (values of text, date, number fields and table cells). */
export function recordTexts(record: TemplateRecord): string[] {
	const out: string[] = [];
	const walk = (value: unknown) => {
		if (typeof value === 'string') out.push(value);
		else if (typeof value === 'number') out.push(String(value));
		else if (value && typeof value === 'object' && !Array.isArray(value)) Object.values(value).forEach(walk);
	};
	Object.values(record).forEach(walk);
	return out;
}
