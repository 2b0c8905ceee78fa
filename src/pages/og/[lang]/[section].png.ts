import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import sharp from 'sharp';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, siteTitle, type Lang } from '../../../config/locales.ts';
import { sectionIds, sectionNames, type SectionId } from '../../../config/sections.ts';
import { ogImageSvg, type OutlineFont } from '../../../lib/og/image.ts';

/**
 * The Open Graph image of each section in each language (`/og/bg/results.png`), drawn at build
 * time: text as paths from Noto Sans (Latin and Cyrillic), rendered to PNG by sharp.
 */

const strings = import.meta.glob<Record<string, string>>('../../../../content/i18n/*/{nav,seo}.json', { eager: true, import: 'default' });
function t(lang: Lang, key: string): string {
	for (const [file, table] of Object.entries(strings)) if (file.includes(`/i18n/${lang}/`) && key in table) return table[key]!;
	throw new Error(`UI string "${key}" missing for ${lang}`);
}

const require = createRequire(join(process.cwd(), 'package.json'));
const loadFont = (weight: string) =>
	fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`))) as unknown as OutlineFont;
let fonts: { regular: OutlineFont; bold: OutlineFont } | undefined;

export const getStaticPaths = (() =>
	languages.flatMap((lang) => sectionIds.map((section) => ({ params: { lang, section } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang as Lang;
	const section = params.section as SectionId;
	fonts ??= { regular: loadFont('400Regular'), bold: loadFont('700Bold') };
	const svg = ogImageSvg({
		kicker: siteTitle[lang],
		title: section === 'home' ? t(lang, 'seo.tagline') : t(lang, sectionNames[section]),
		subtitle: section === 'home' ? '' : t(lang, 'seo.tagline'),
		fonts,
	});
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
