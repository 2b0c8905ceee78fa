/**
 * The fonts a template PDF needs, as bytes, so the same code runs in Node and in the browser.
 * Both are TrueType fonts cut to `formFontRanges` (see `node-fonts.ts`).
 */
export interface FontSet {
	/** Regular weight: labels and every form field. Embedded whole, so a person can type any covered letter. */
	regular: Uint8Array;
	/** Bold weight: titles and labels. Embedded as a subset of the letters printed. */
	bold: Uint8Array;
}

/** OpenType features switched off when laying out text: one character, one glyph. */
export const plainText = { liga: false, clig: false, calt: false, kern: false, rlig: false } as const;
