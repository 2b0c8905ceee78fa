/**
 * `/data/<id>.csv`: one dataset as CSV (UTF-8 with BOM, RFC 4180, CRLF). See `renderCsv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetIds, type DatasetId } from '../../schemas/dataset.ts';
import { getDatasetFiles } from '../../content.ts';

export const getStaticPaths = (() => datasetIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { csv } = await getDatasetFiles(params.id as DatasetId);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
