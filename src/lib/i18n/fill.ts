/**
 * Fills the `{name}` placeholders of a UI string: `fill('Step {number} of {total}', { number: 2, total: 8 })`.
 * Values are inserted as given: format numbers for the language first (see `format.ts`).
 * A placeholder without a value is left as it is, so a mistake shows on the page rather than vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
