/**
 * The characters the PDF form font covers: Latin (with the letters of Italian, Spanish and
 * many names from elsewhere), Cyrillic for Bulgarian, and common punctuation. The same list
 * cuts the font at build time and tells a person which characters a form can print.
 */
export const formFontRanges: readonly (readonly [number, number])[] = [
	[0x0020, 0x007e], // Basic Latin
	[0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
	[0x0400, 0x045f], // Cyrillic (Bulgarian and other languages written in Cyrillic)
	[0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
	[0x2030, 0x2030], // per mille
	[0x2039, 0x203a], // single angle quotation marks
	[0x20ac, 0x20ac], // euro sign
	[0x2116, 0x2116], // numero sign
	[0x2212, 0x2212], // minus sign
];

/** Every character of `formFontRanges`, as one string. */
export function formFontCharacters(): string {
	let out = '';
	for (const [from, to] of formFontRanges) for (let c = from; c <= to; c++) out += String.fromCodePoint(c);
	return out;
}
