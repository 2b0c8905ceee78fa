/**
 * Loads the fonts of the PDF templates in Node (build, command line, tests): Noto Sans from
 * the npm package `@expo-google-fonts/noto-sans`, cut to `formFontRanges` with `subset-font`.
 *
 * Node only. The browser gets the same cut fonts as bytes from the site (see
 * `src/pages/templates/fonts/[file].ts`) and hands them to the same PDF functions.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { formFontCharacters } from './font-ranges.ts';
import type { FontSet } from './fonts.ts';

const require = createRequire(import.meta.url);
const sources = {
	regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

/**
 * Cuts one TrueType font to the form's characters. Layout features (ligatures, kerning) are
 * dropped so that every character maps to one glyph: a PDF viewer that redraws a field draws
 * what the person typed, and text extraction gives it back unchanged.
 */
export async function cutFont(ttf: Uint8Array): Promise<Uint8Array> {
	const cut = await subsetFont(Buffer.from(ttf), formFontCharacters(), {
		targetFormat: 'sfnt',
		keepFeatures: [],
		noLayoutClosure: true,
		noHinting: true,
	});
	return new Uint8Array(cut);
}

let cached: Promise<FontSet> | undefined;

/** The template fonts, cut once per process. */
export function loadFonts(): Promise<FontSet> {
	cached ??= (async () => {
		const [regular, bold] = await Promise.all(
			[sources.regular, sources.bold].map(async (id) => cutFont(new Uint8Array(await readFile(require.resolve(id))))),
		);
		return { regular: regular!, bold: bold! };
	})();
	return cached;
}
