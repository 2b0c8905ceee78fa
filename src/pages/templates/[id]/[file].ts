/**
 * The template PDFs, made at build time: /templates/<id>/win-<id>-<lang>.pdf.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { templates } from '../../../../templates/index.ts';
import { languages, type Lang } from '../../../config/locales.ts';
import { pdfFileName } from '../../../lib/templates/files.ts';
import { templatePdf } from '../../../lib/templates/build-pdfs.ts';

export const getStaticPaths = (() =>
	templates.flatMap((t) => languages.map((lang) => ({ params: { id: t.id, file: pdfFileName(t.id, lang) }, props: { lang } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const pdf = await templatePdf(params.id!, (props as { lang: Lang }).lang);
	return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
