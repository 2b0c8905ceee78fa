/**
 * The form fonts, cut to Latin and Cyrillic, for code that makes template PDFs in the browser
 * (the PDF functions take fonts as bytes; in Node they come from src/lib/pdf/node-fonts.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFonts } from '../../../lib/pdf/node-fonts.ts';

const files = { 'noto-sans-form-regular.ttf': 'regular', 'noto-sans-form-bold.ttf': 'bold' } as const;

export const getStaticPaths = (() => Object.keys(files).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const fonts = await loadFonts();
	const bytes = fonts[files[params.file as keyof typeof files]];
	return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/ttf' } });
};
