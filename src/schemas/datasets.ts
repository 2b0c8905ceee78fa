import { z } from 'zod';

/**
 * The shared identifiers of the open datasets (the source document's tables, published as
 * `/data/<id>.csv` and `/data/<id>.json` and listed in `/data/catalog.json`). Everything that
 * refers to a dataset (lesson evidence, result pages, the catalog) uses these ids, so a
 * reference to a dataset that does not exist stops the build.
 *
 * To add a dataset: add its id here (never rename or reuse one), then publish it.
 */
export const datasetIds = [
	'assessment-profile',
	'pip-summary',
	'courses',
	'language-courses',
	'employment-outcomes',
	'support',
	'legal-status',
	'satisfaction-halfway',
	'satisfaction-end',
	'awareness-events',
	'pip-results',
] as const;
export type DatasetId = (typeof datasetIds)[number];

/** A dataset id; anything else is rejected with the list of known ids. */
export const datasetId = z.enum(datasetIds, {
	error: (issue) =>
		`unknown dataset ${JSON.stringify(issue.input)}: expected one of the ids in src/schemas/datasets.ts (${datasetIds.join(', ')})`,
});

export function isDatasetId(value: unknown): value is DatasetId {
	return typeof value === 'string' && (datasetIds as readonly string[]).includes(value);
}
