/**
 * The online form of a template in one language, worked out from the definition: one control
 * per field, named like its PDF field (see `form-values.ts`), with its label, help text and the
 * ids that tie them together. Pure; `src/components/templates/FillForm.astro` only writes HTML.
 */
import { optionsOf, rowsOf, type Field, type TemplateDefinition } from '../../../templates/schema.ts';
import type { Lang } from '../../config/locales.ts';
import { cellName } from '../pdf/names.ts';
import { controlId } from './form-values.ts';
import { attendanceFields } from './attendance.ts';

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface ChoiceOption {
	id: string;
	value: string;
	label: string;
}

interface Common {
	/** the template field */
	field: string;
	/** id of the element wrapping the field (errors are shown in it) */
	wrapperId: string;
	label: string;
	required: boolean;
	hint: string;
	hintId: string;
}

export type FillControl =
	| (Common & { kind: 'input'; id: string; name: string; type: 'text' | 'date'; inputmode?: 'numeric' | 'decimal'; unit?: string; unitId?: string; autocomplete?: string })
	| (Common & { kind: 'textarea'; id: string; name: string; rows: number })
	| (Common & { kind: 'radios' | 'checkboxes'; name: string; options: ChoiceOption[]; columns: number })
	| (Common & { kind: 'checkbox'; id: string; name: string })
	| (Common & { kind: 'table'; rows: { legend: string; cells: { id: string; name: string; label: string; type: 'text' | 'date'; inputmode?: 'numeric' | 'decimal'; rows: number }[] }[] });

export interface FillSection {
	id: string;
	title: string;
	intro?: string;
	controls: FillControl[];
	/** The section asks for the three attendance answers: the page works out the attendance live. */
	attendance: boolean;
}

/** The control of one field. */
export function fillControl(field: Field, lang: Lang, t: T): FillControl {
	const common: Common = {
		field: field.id,
		wrapperId: `field-${field.id}`,
		label: field.label[lang],
		required: field.required,
		hint: field.help[lang],
		hintId: `${controlId(field.id)}-hint`,
	};
	switch (field.kind) {
		case 'text':
		case 'date':
			return { ...common, kind: 'input', id: controlId(field.id), name: field.id, type: field.kind };
		case 'number':
			return {
				...common,
				kind: 'input',
				id: controlId(field.id),
				name: field.id,
				type: 'text',
				inputmode: field.integer && (field.min ?? 0) >= 0 ? 'numeric' : 'decimal',
				...(field.unit && { unit: field.unit[lang], unitId: `${controlId(field.id)}-unit` }),
			};
		case 'textarea':
			return { ...common, kind: 'textarea', id: controlId(field.id), name: field.id, rows: Math.min(Math.max(field.lines, 3), 8) };
		case 'choice':
		case 'rating': {
			const options = optionsOf(field).map((o) => ({ id: controlId(field.id, o.id), value: o.id, label: o.label[lang] }));
			// An optional question can be left blank again after an answer was picked.
			if (!field.required) options.push({ id: controlId(field.id, 'blank'), value: '', label: t('filler.form.blank') });
			return { ...common, kind: 'radios', name: field.id, options, columns: 1 };
		}
		case 'multichoice':
			return {
				...common,
				kind: 'checkboxes',
				name: field.id,
				options: optionsOf(field).map((o) => ({ id: controlId(field.id, o.id), value: o.id, label: o.label[lang] })),
				columns: field.columns,
			};
		case 'checkbox':
			return { ...common, kind: 'checkbox', id: controlId(field.id), name: field.id };
		case 'table':
			return {
				...common,
				kind: 'table',
				rows: rowsOf(field).map((row) => ({
					legend: Array.isArray(field.rows) ? row.label[lang] : t('filler.form.rowNumber', { n: row.id }),
					cells: field.columns.map((column) => {
						const name = cellName(field.id, row.id, column.id);
						return {
							id: controlId(name),
							name,
							label: column.label[lang],
							type: column.kind === 'date' ? 'date' : 'text',
							...(column.kind === 'number' && { inputmode: 'decimal' as const }),
							rows: column.lines,
						};
					}),
				})),
			};
	}
}

/** The sections of the online form. */
export function fillFormModel(def: TemplateDefinition, lang: Lang, t: T): FillSection[] {
	return def.sections.map((section) => ({
		id: section.id,
		title: section.title[lang],
		...(section.intro && { intro: section.intro[lang] }),
		controls: section.fields.map((f) => fillControl(f, lang, t)),
		attendance: attendanceFields.every((id) => section.fields.some((f) => f.id === id)),
	}));
}
