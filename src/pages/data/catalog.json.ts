/**
 * `/data/catalog.json`: every dataset with its id, title, description, CSV and JSON URLs and
 * sizes, its page and the section of the source document it comes from (a public contract).
 */
import type { APIRoute } from 'astro';
import { getDatasetFiles, getDatasetMetas, getSourceDocumentTitle, getSourceSections } from '../../content.ts';
import { buildCatalog, byteLength } from '../../lib/data/catalog.ts';
import type { DatasetId } from '../../schemas/dataset.ts';

export const GET: APIRoute = async () => {
	const [metas, sections, document] = await Promise.all([getDatasetMetas(), getSourceSections(), getSourceDocumentTitle()]);
	const sizes = new Map<DatasetId, { csvBytes: number; jsonBytes: number }>();
	for (const meta of metas) {
		const files = await getDatasetFiles(meta.id);
		sizes.set(meta.id, { csvBytes: byteLength(files.csv), jsonBytes: byteLength(files.json) });
	}
	const catalog = buildCatalog(metas, sections, document, (id) => sizes.get(id)!);
	return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
