/**
 * PDF field names of a template's fields. A field's id is its PDF name; a multichoice field has
 * one check box per option (`needs.housing`), a table one text field per cell
 * (`plan.training.who`). Dots make them children of the field in the PDF's field tree.
 */
import { optionsOf, rowsOf, type Field } from '../../../templates/schema.ts';

/** Name of the check box of one option of a multichoice field. */
export const optionName = (fieldId: string, optionId: string) => `${fieldId}.${optionId}`;
/** Name of one cell of a table field. */
export const cellName = (fieldId: string, rowId: string, columnId: string) => `${fieldId}.${rowId}.${columnId}`;

/** Every PDF field (terminal) name one template field uses. */
export function pdfFieldNames(field: Field): string[] {
	switch (field.kind) {
		case 'multichoice':
			return optionsOf(field).map((o) => optionName(field.id, o.id));
		case 'table':
			return rowsOf(field).flatMap((r) => field.columns.map((c) => cellName(field.id, r.id, c.id)));
		default:
			return [field.id];
	}
}
