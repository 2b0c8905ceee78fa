/**
 * The schema of a template definition (`templates/<id>/definition.ts`).
 *
 * One definition drives every output of a template: the PDF in each language, the template page,
 * the online filler, the reader that turns a filled PDF back into a record, and the aggregator.
 * Field kinds are a discriminated union on `kind`; the value a field holds in a filled record is
 * derived from its kind by `fieldValueSchema()`, so nothing here is written twice.
 */
import { z } from 'zod';
import { languageNames, localizedText, slugId, describeValue } from '../src/schemas/common.ts';
import { pathwayStep } from '../src/schemas/pathway.ts';
import { ContentError, formatPath } from '../src/lib/errors.ts';
import { languages } from '../src/config/locales.ts';
import { scaleIds, scales, type ScaleId } from './scales.ts';

/** The templates of the toolkit; their ids are public (URLs, PDF metadata, CSV files). */
export const templateIds = [
	'skills-assessment',
	'pip',
	'beneficiary-satisfaction',
	'stakeholder-satisfaction',
	'course-satisfaction',
	'consent',
] as const;
export type TemplateId = (typeof templateIds)[number];

/**
 * Who may see a field's value:
 * - `identifying`: names a person (a signature block, a name in a consent form). It never leaves
 *   the reader into an aggregate or an export.
 * - `sensitive`: about one woman's life (needs, legal situation, notes); kept with her case file.
 * - `aggregate`: safe to count across many forms (answers on a scale, a stage, a country).
 */
export const privacyClasses = ['identifying', 'sensitive', 'aggregate'] as const;
export const privacyClass = z.enum(privacyClasses, {
	error: (issue) => `expected a privacy class: ${privacyClasses.join(', ')}; got ${describeValue(issue.input)}`,
});
export type PrivacyClass = z.output<typeof privacyClass>;

/** A field id: it becomes the PDF field name and the CSV column, and is never reused. */
const fieldId = slugId.describe('Stable id of the field: PDF field name and CSV column. Never reuse it for another meaning.');

const option = z.strictObject({
	id: slugId.describe('Stored value of the option (the PDF export value and the CSV cell).'),
	label: localizedText('option label'),
});
export type Option = z.output<typeof option>;

const options = z
	.array(option, { error: 'expected a list of options, each with `id` and `label`' })
	.min(2, { error: 'a choice needs at least two options' });

const base = {
	id: fieldId,
	label: localizedText('label').describe('Visible label; also the tooltip (/TU) of the PDF field.'),
	help: localizedText('help text').describe('One or two short sentences: what to write, or why it is asked.'),
	required: z.boolean({ error: 'expected true or false' }).default(false).describe('Whether a filled form must answer it.'),
	privacy: privacyClass.describe('identifying | sensitive | aggregate: who may see the value.'),
};

export const textField = z.strictObject({
	...base,
	kind: z.literal('text'),
	maxLength: z.number().int().positive().optional().describe('Longest answer accepted, in characters.'),
});
export const textareaField = z.strictObject({
	...base,
	kind: z.literal('textarea'),
	lines: z.number().int().min(2).max(14).default(4).describe('Lines of writing space on the printed form.'),
});
export const dateField = z.strictObject({ ...base, kind: z.literal('date') });
export const numberField = z.strictObject({
	...base,
	kind: z.literal('number'),
	min: z.number().optional(),
	max: z.number().optional(),
	integer: z.boolean().default(true).describe('Whole numbers only.'),
	unit: localizedText('unit').optional().describe('Printed after the box, e.g. "hours".'),
});
export const choiceField = z.strictObject({
	...base,
	kind: z.literal('choice'),
	options: options.describe('One of these (radio buttons on paper).'),
});
export const multichoiceField = z.strictObject({
	...base,
	kind: z.literal('multichoice'),
	options: options.describe('Any of these (check boxes on paper).'),
	columns: z.number().int().min(1).max(3).default(2).describe('Columns of check boxes on paper.'),
});
export const checkboxField = z.strictObject({ ...base, kind: z.literal('checkbox') });
export const ratingField = z.strictObject({
	...base,
	kind: z.literal('rating'),
	scale: z
		.enum(scaleIds, { error: (issue) => `expected a scale of templates/scales.ts: ${scaleIds.join(', ')}; got ${describeValue(issue.input)}` })
		.describe('A fixed answer scale shared by every template that asks on it.'),
});

const column = z.strictObject({
	id: slugId,
	label: localizedText('column heading'),
	kind: z.enum(['text', 'date', 'number']).default('text'),
	width: z.number().positive().default(1).describe('Relative width of the column.'),
	lines: z.number().int().min(1).max(4).default(1).describe('Lines of writing space in each cell.'),
});
export type TableColumn = z.output<typeof column>;
const numberedRows = z.strictObject({ count: z.number().int().min(1).max(20).describe('Rows numbered 1…count.') });

export const tableField = z.strictObject({
	...base,
	kind: z.literal('table'),
	rows: z
		.union([z.array(option).min(1), numberedRows], { error: 'expected `rows` as a list of { id, label } or as { count: n }' })
		.describe('Fixed rows: labelled ones, or n numbered ones for a log.'),
	columns: z.array(column).min(1).max(6),
	rowHeading: localizedText('heading of the row labels column').optional(),
});

/** A field of a template: a discriminated union on `kind`. */
export const fieldSchema = z.discriminatedUnion(
	'kind',
	[textField, textareaField, dateField, numberField, choiceField, multichoiceField, checkboxField, ratingField, tableField],
	{
		error: (issue) =>
			issue.code === 'invalid_union'
				? `expected \`kind\` to be one of text, textarea, date, number, choice, multichoice, checkbox, rating, table; got ${describeValue((issue.input as { kind?: unknown } | undefined)?.kind)}`
				: undefined,
	},
);
export type FieldInput = z.input<typeof fieldSchema>;
export type Field = z.output<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type FieldOfKind<K extends FieldKind> = Extract<Field, { kind: K }>;

/** Narrows a field to one kind: `if (isKind(field, 'table')) field.columns…`. */
export function isKind<K extends FieldKind>(field: Field, kind: K): field is FieldOfKind<K> {
	return field.kind === kind;
}
/** Fields answered by picking from a fixed list (radio buttons or check boxes). */
export function hasOptions(field: Field): field is FieldOfKind<'choice' | 'multichoice' | 'rating'> {
	return field.kind === 'choice' || field.kind === 'multichoice' || field.kind === 'rating';
}

/** The options of a choice, multichoice or rating field (a rating's come from its scale). */
export function optionsOf(field: FieldOfKind<'choice' | 'multichoice' | 'rating'>): readonly Option[] {
	return field.kind === 'rating' ? scales[field.scale as ScaleId] : field.options;
}

/** The rows of a table field, numbered rows expanded to `1`, `2`, … */
export function rowsOf(field: FieldOfKind<'table'>): readonly Option[] {
	if (Array.isArray(field.rows)) return field.rows;
	return Array.from({ length: field.rows.count }, (_, i) => {
		const n = String(i + 1);
		return { id: n, label: { en: n, it: n, es: n, bg: n } };
	});
}

const nonEmpty = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `is empty: leave the field out instead` });
const isoDate = z.iso.date({ error: 'expected a date written YYYY-MM-DD, such as 2021-07-01' });

/** The schema of the value a field holds in a filled record. */
export function fieldValueSchema(field: Field): z.ZodType {
	switch (field.kind) {
		case 'text': {
			const s = nonEmpty('text');
			return field.maxLength ? s.max(field.maxLength, { error: `is longer than ${field.maxLength} characters` }) : s;
		}
		case 'textarea':
			return nonEmpty('text');
		case 'date':
			return isoDate;
		case 'number': {
			let n = z.number({ error: 'expected a number' });
			if (field.integer) n = n.int({ error: 'expected a whole number' });
			if (field.min !== undefined) n = n.min(field.min, { error: `expected at least ${field.min}` });
			if (field.max !== undefined) n = n.max(field.max, { error: `expected at most ${field.max}` });
			return n;
		}
		case 'choice':
		case 'rating':
			return z.enum(optionsOf(field).map((o) => o.id) as [string, ...string[]]);
		case 'multichoice': {
			const ids = optionsOf(field).map((o) => o.id) as [string, ...string[]];
			return z
				.array(z.enum(ids))
				.min(1, { error: 'is empty: leave the field out instead' })
				.refine((list) => new Set(list).size === list.length, { error: 'lists an option twice' });
		}
		case 'checkbox':
			return z.boolean({ error: 'expected true or false' });
		case 'table': {
			const cells = Object.fromEntries(
				field.columns.map((c) => [
					c.id,
					(c.kind === 'date' ? isoDate : c.kind === 'number' ? z.number({ error: 'expected a number' }) : nonEmpty('text')).optional(),
				]),
			);
			const rows = Object.fromEntries(rowsOf(field).map((r) => [r.id, z.strictObject(cells).optional()]));
			return z.strictObject(rows);
		}
	}
}

const section = z.strictObject({
	id: slugId,
	title: localizedText('section title'),
	intro: localizedText('section introduction').optional(),
	fields: z.array(fieldSchema).min(1, { error: 'a section needs at least one field' }),
});
export type Section = z.output<typeof section>;

const example = z.strictObject({
	name: slugId.describe('Name of the example, e.g. `complete` or `bulgarian-answers`.'),
	description: z.string().min(1).describe('What the example shows (for developers).'),
	values: z.record(z.string(), z.unknown()).describe('A filled record: field id → value.'),
});

const semver = z
	.string({ error: 'expected a version such as 1.0.0' })
	.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, {
		error: (issue) => `must be a semantic version such as 1.0.0; got ${describeValue(issue.input)}`,
	});

/** Every field of a definition, in order. */
export function allFields(def: { sections: readonly { fields: readonly Field[] }[] }): Field[] {
	return def.sections.flatMap((s) => s.fields);
}

/** The schema of a filled record of one template: field id → value, required fields required. */
export function recordSchema(def: { sections: readonly { fields: readonly Field[] }[] }) {
	const shape = Object.fromEntries(
		allFields(def).map((f) => [f.id, f.required ? fieldValueSchema(f) : fieldValueSchema(f).optional()]),
	);
	return z.strictObject(shape);
}

export const templateSchema = z
	.strictObject({
		id: z.enum(templateIds, { error: (issue) => `expected a template id: ${templateIds.join(', ')}; got ${describeValue(issue.input)}` }),
		version: semver.describe('Semantic version: raise the major number when a field id changes meaning or goes away.'),
		title: localizedText('title'),
		purpose: localizedText('purpose').describe('What the form is for, in one or two sentences.'),
		whenUsed: localizedText('text on when the form is used'),
		filledBy: localizedText('text on who fills it in'),
		step: pathwayStep.describe('The step of the pathway where the form is used.'),
		alsoUsedIn: z.array(pathwayStep).default([]).describe('Other steps that use the form.'),
		sections: z.array(section).min(1),
		examples: z.array(example).min(1, { error: 'add at least one named example record' }),
	})
	.superRefine((def, ctx) => {
		const seen = new Map<string, string>();
		let duplicates = false;
		def.sections.forEach((s, si) => {
			s.fields.forEach((f, fi) => {
				const at = `section "${s.id}"`;
				if (seen.has(f.id)) {
					duplicates = true;
					ctx.addIssue({
						code: 'custom',
						path: ['sections', si, 'fields', fi, 'id'],
						message: `the field id "${f.id}" is used twice (also in ${seen.get(f.id)}); each field needs its own`,
					});
				}
				seen.set(f.id, at);
				if (hasOptions(f) && f.kind !== 'rating') {
					const ids = f.options.map((o) => o.id);
					const dup = ids.find((id, i) => ids.indexOf(id) !== i);
					if (dup) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'options'], message: `the option id "${dup}" is used twice` });
				}
				if (isKind(f, 'table')) {
					const ids = f.columns.map((c) => c.id);
					const dup = ids.find((id, i) => ids.indexOf(id) !== i);
					if (dup) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'columns'], message: `the column id "${dup}" is used twice` });
				}
			});
		});
		// Examples are checked against the fields; with a field id used twice that check means nothing.
		if (duplicates) return;
		const records = recordSchema(def);
		const names = new Set<string>();
		def.examples.forEach((ex, i) => {
			if (names.has(ex.name)) ctx.addIssue({ code: 'custom', path: ['examples', i, 'name'], message: `the example name "${ex.name}" is used twice` });
			names.add(ex.name);
			const result = records.safeParse(ex.values);
			if (!result.success) {
				for (const issue of result.error.issues) {
					if (issue.code === 'unrecognized_keys') {
						for (const key of issue.keys) {
							ctx.addIssue({ code: 'custom', path: ['examples', i, 'values', ...issue.path, key], message: `no field "${key}" in this template: check the id` });
						}
					} else {
						ctx.addIssue({ code: 'custom', path: ['examples', i, 'values', ...issue.path], message: issue.message });
					}
				}
			}
		});
	});

export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateDefinition = z.output<typeof templateSchema>;
/** A filled record: field id → value (absent when not answered). */
export type TemplateRecord = Record<string, unknown>;

/**
 * Describes where a zod issue sits in a definition, for the author: the field's id rather than
 * its position, and the language of a missing translation.
 */
function locate(raw: unknown, path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	const input = raw as { sections?: { id?: string; fields?: { id?: string }[] }[]; examples?: { name?: string }[] };
	let rest = [...path];
	if (rest[0] === 'sections' && typeof rest[1] === 'number') {
		const s = input.sections?.[rest[1]];
		if (rest[2] === 'fields' && typeof rest[3] === 'number') {
			const f = s?.fields?.[rest[3]];
			parts.push(`field "${f?.id ?? `#${rest[3] + 1}`}" (section "${s?.id ?? rest[1]}")`);
			rest = rest.slice(4);
		} else {
			parts.push(`section "${s?.id ?? rest[1]}"`);
			rest = rest.slice(2);
		}
	} else if (rest[0] === 'examples' && typeof rest[1] === 'number') {
		parts.push(`example "${input.examples?.[rest[1]]?.name ?? rest[1]}"`);
		rest = rest.slice(2);
		if (rest[0] === 'values') {
			rest = rest.slice(1);
			if (rest.length) parts.push(`value of "${String(rest[0])}"`);
			rest = rest.slice(1);
		}
	}
	if (rest.length) parts.push(`\`${formatPath(rest)}\``);
	const last = path[path.length - 1];
	if (typeof last === 'string' && (languages as readonly string[]).includes(last)) {
		parts.push(`in ${languageNames[last as keyof typeof languageNames]}`);
	}
	return parts.join(', ');
}

/**
 * Validates a definition and returns it with defaults filled in.
 *
 * @param raw the object a `definition.ts` exports
 * @throws ContentError naming the template, the field and (for translations) the language of each problem
 */
export function parseTemplate(raw: TemplateInput | unknown): TemplateDefinition {
	const result = templateSchema.safeParse(raw);
	if (result.success) return result.data;
	const id = (raw as { id?: unknown } | null)?.id;
	const name = typeof id === 'string' ? id : 'unknown';
	const problems = result.error.issues.map((issue) => {
		const where = locate(raw, issue.path);
		const message =
			issue.code === 'unrecognized_keys'
				? `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `\`${k}\``).join(', ')}: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}`
				: issue.message;
		return where ? `${where}: ${message}` : message;
	});
	throw new ContentError(`template "${name}" (templates/${name}/definition.ts)`, problems);
}

/** Typed identity for authors: `export default defineTemplate({ … })` checks the shape in the editor. */
export function defineTemplate(input: TemplateInput): TemplateInput {
	return input;
}
