/**
 * `/data/<id>.json`: one dataset as JSON, with its source section and schema version.
 * See `renderJson`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetIds, type DatasetId } from '../../schemas/dataset.ts';
import { getDatasetFiles } from '../../content.ts';

export const getStaticPaths = (() => datasetIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { json } = await getDatasetFiles(params.id as DatasetId);
	return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
