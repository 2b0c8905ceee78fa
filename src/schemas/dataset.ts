import { z } from 'zod';
import { describeValue, localizedText } from './common.ts';
import { sectionNumber } from './figures.ts';

/**
 * The open datasets of the Results pages. Each id names `content/data/<id>.yaml`, its schema in
 * `src/schemas/`, its downloads `/data/<id>.csv` and `/data/<id>.json`, and its entry in
 * `/data/catalog.json`. Ids are public: never rename one, add a new id instead.
 */
export const datasetIds = [
	'assessment-profile',
	'pip-summary',
	'courses',
	'course-feedback',
	'language-courses',
	'employment-outcomes',
	'support',
	'legal-status',
	'satisfaction-halfway',
	'satisfaction-end',
	'awareness-events',
	'pip-results',
	'beneficiaries',
] as const;
export type DatasetId = (typeof datasetIds)[number];
export const datasetId = z.enum(datasetIds, {
	error: (issue) =>
		`unknown dataset ${describeValue(issue.input)}: expected one of the ids in src/schemas/dataset.ts (${datasetIds.join(', ')})`,
});

/** One dataset in the catalog (content/data/datasets.yaml). */
export const datasetSchema = z.strictObject({
	id: datasetId.describe('The dataset id: also the name of its data file and of its downloads.'),
	title: localizedText('dataset title').describe('Short title, in every language.'),
	description: localizedText('dataset description').describe('What one row holds and where the figures come from, one or two sentences.'),
	sections: z
		.array(sectionNumber, { error: "expected a list of section numbers, such as ['4.1.1']" })
		.min(1, { error: 'name at least one section of the source document' })
		.describe('Sections of the source document the figures come from, the main one first.'),
	page: z
		.string({ error: (issue) => `expected a page path such as results/courses; got ${describeValue(issue.input)}` })
		.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:#[a-z0-9-]+)?$/, {
			error: (issue) => `expected a page path without language or slashes at the ends, such as results/courses#language-courses; got ${describeValue(issue.input)}`,
		})
		.describe('The page that shows the dataset, without language prefix: `results/courses#language-courses`.'),
	schemaVersion: z
		.number({ error: 'expected a whole number such as 1' })
		.int()
		.min(1)
		.describe('Raised when a column or field changes meaning or name, so re-users can notice.'),
});
export type DatasetMetaInput = z.input<typeof datasetSchema>;
export type DatasetMeta = z.output<typeof datasetSchema>;
