import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataFile } from './loaders/data-file.ts';
import { uiStringsLoader } from './loaders/i18n.ts';
import { docsFrontmatter } from './schemas/docs.ts';
import { partnerSchema } from './schemas/partner.ts';
import { countrySchema } from './schemas/country.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { sourceSectionSchema } from './schemas/source-section.ts';
import { datasetSchemas as d } from './schemas/datasets.ts';

/** A Results dataset: content/data/<id>.yaml validated by its schema. */
const dataset = <K extends keyof typeof d>(id: K) =>
	defineCollection({ loader: dataFile(`content/data/${id}.yaml`, d[id]), schema: d[id] });

export const collections = {
	// Pages: English at the root of content/docs, other languages in it/, es/, bg/.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsFrontmatter }),
	}),
	// UI strings: Starlight's and the site's own, per language (see src/loaders/i18n.ts).
	i18n: defineCollection({ loader: uiStringsLoader(), schema: i18nSchema() }),
	partners: defineCollection({ loader: dataFile('content/data/partners.yaml', partnerSchema), schema: partnerSchema }),
	countries: defineCollection({ loader: dataFile('content/data/countries.yaml', countrySchema), schema: countrySchema }),
	// Results: the catalog of open datasets, the source sections they cite, and the datasets.
	datasets: defineCollection({ loader: dataFile('content/data/datasets.yaml', datasetSchema), schema: datasetSchema }),
	sourceSections: defineCollection({ loader: dataFile('content/data/source-sections.yaml', sourceSectionSchema), schema: sourceSectionSchema }),
	'assessment-profile': dataset('assessment-profile'),
	'pip-summary': dataset('pip-summary'),
	courses: dataset('courses'),
	'course-feedback': dataset('course-feedback'),
	'language-courses': dataset('language-courses'),
	'employment-outcomes': dataset('employment-outcomes'),
	support: dataset('support'),
	'legal-status': dataset('legal-status'),
	'satisfaction-halfway': dataset('satisfaction-halfway'),
	'satisfaction-end': dataset('satisfaction-end'),
	'awareness-events': dataset('awareness-events'),
	'pip-results': dataset('pip-results'),
	beneficiaries: dataset('beneficiaries'),
};
