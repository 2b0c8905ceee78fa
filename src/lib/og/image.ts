/**
 * Open Graph images (the picture a link shows when shared): an SVG with the site's name and a
 * title, the letters drawn as paths from an embedded font, so the image needs no installed font
 * and looks the same on every machine, in every script (Latin and Cyrillic). The build turns the
 * SVG into a PNG (src/pages/og/[lang]/[section].png.ts).
 */

/** What the layout needs of a font (the shape of a fontkit font). */
export interface OutlineFont {
	unitsPerEm: number;
	layout(text: string): {
		glyphs: Array<{ path: { toSVG(): string } }>;
		positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
	};
}

export const ogSize = { width: 1200, height: 630 } as const;

/** Width of a text at a font size, in pixels. */
export function textWidth(font: OutlineFont, text: string, size: number): number {
	const run = font.layout(text);
	return (run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / font.unitsPerEm;
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces. A word wider than the line stays
 * whole on its own line (never cut mid-word).
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** One line of text as an SVG path, its baseline starting at (x, y). */
export function textPath(font: OutlineFont, text: string, x: number, y: number, size: number, fill: string): string {
	const scale = size / font.unitsPerEm;
	const run = font.layout(text);
	let pen = 0;
	const parts: string[] = [];
	run.glyphs.forEach((glyph, i) => {
		const position = run.positions[i]!;
		const d = glyph.path.toSVG();
		if (d) {
			const gx = x + (pen + position.xOffset) * scale;
			const gy = y - position.yOffset * scale;
			// Font units grow upwards, SVG's downwards: flip on y.
			parts.push(`<path transform="translate(${gx.toFixed(2)} ${gy.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`);
		}
		pen += position.xAdvance;
	});
	return `<g fill="${fill}">${parts.join('')}</g>`;
}

export interface OgImageInput {
	/** small line at the top: the site's name */
	kicker: string;
	/** large text: the section's name in the page's language */
	title: string;
	/** a line below the title */
	subtitle: string;
	fonts: { regular: OutlineFont; bold: OutlineFont };
}

const colours = { background: '#17181c', accent: '#8ea0ff', text: '#ffffff', muted: '#c3c7d4' };

/** The SVG of an Open Graph image, 1200 × 630. */
export function ogImageSvg({ kicker, title, subtitle, fonts }: OgImageInput): string {
	const margin = 80;
	const maxWidth = ogSize.width - 2 * margin;
	let titleSize = 84;
	let titleLines = wrapText(title, maxWidth, (t) => textWidth(fonts.bold, t, titleSize));
	if (titleLines.length > 2) {
		titleSize = 60;
		titleLines = wrapText(title, maxWidth, (t) => textWidth(fonts.bold, t, titleSize)).slice(0, 4);
	}
	const subtitleSize = 34;
	const subtitleLines = wrapText(subtitle, maxWidth, (t) => textWidth(fonts.regular, t, subtitleSize)).slice(0, 3);
	const body: string[] = [];
	body.push(textPath(fonts.bold, kicker, margin, 130, 40, colours.accent));
	let y = 130 + 40 + titleSize * 1.3;
	for (const line of titleLines) {
		body.push(textPath(fonts.bold, line, margin, y, titleSize, colours.text));
		y += titleSize * 1.2;
	}
	y += subtitleSize * 0.6;
	for (const line of subtitleLines) {
		body.push(textPath(fonts.regular, line, margin, y, subtitleSize, colours.muted));
		y += subtitleSize * 1.35;
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${ogSize.width}" height="${ogSize.height}" viewBox="0 0 ${ogSize.width} ${ogSize.height}">`,
		`<rect width="100%" height="100%" fill="${colours.background}"/>`,
		`<rect x="0" y="${ogSize.height - 16}" width="${ogSize.width}" height="16" fill="${colours.accent}"/>`,
		...body,
		'</svg>',
	].join('');
}
