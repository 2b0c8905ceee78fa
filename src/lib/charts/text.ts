/**
 * Text measurement for charts drawn at build time, without a browser: an estimate of the width of
 * a line of text in the site's sans-serif font. Generous on purpose, so labels never overflow.
 */

/** Average advance width of a character, in ems (Latin and Cyrillic letters, digits, spaces). */
export const AVERAGE_CHAR_EM = 0.58;

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) {
		if (ch === ' ') ems += 0.3;
		else if (/[ilI.,:;'’|!()[\]]/.test(ch)) ems += 0.3;
		else if (/[mwMWШЩЖЮМmш]/.test(ch)) ems += 0.85;
		else ems += AVERAGE_CHAR_EM;
	}
	return ems * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (by estimate), at spaces. A single word wider
 * than the line stays whole on its own line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

/** Rounds to one decimal, so SVG coordinates stay short and stable. */
export function r1(value: number): number {
	return Math.round(value * 10) / 10;
}
