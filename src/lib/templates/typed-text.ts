/**
 * Text as people type it into a form field, in a PDF reader or on the site, read as the value a
 * record holds. One place, so the online form and the PDF reader agree.
 */

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

/** Text of a field or table cell read as the value its kind holds. */
export function typedValue(text: string, kind: 'text' | 'date' | 'number'): unknown {
	return kind === 'date' ? parseDate(text) : kind === 'number' ? parseNumber(text) : text;
}
