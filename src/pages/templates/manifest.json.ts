/**
 * /templates/manifest.json: every template with, per language, its PDF's URL, size, SHA-256,
 * field count and page (a public contract; see src/schemas/template-manifest.ts).
 */
import type { APIRoute } from 'astro';
import { templates } from '../../../templates/index.ts';
import { buildManifest } from '../../lib/templates/files.ts';
import { templatePdf } from '../../lib/templates/build-pdfs.ts';
import { templateManifest } from '../../schemas/template-manifest.ts';

export const GET: APIRoute = async () => {
	const manifest = templateManifest.parse(await buildManifest(templates, templatePdf));
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
