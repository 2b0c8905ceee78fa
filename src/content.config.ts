import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataDir, dataFile } from './loaders/data-file.ts';
import { uiStringsLoader } from './loaders/i18n.ts';
import { docsFrontmatter } from './schemas/docs.ts';
import { partnerSchema } from './schemas/partner.ts';
import { countrySchema } from './schemas/country.ts';
import { termSchema } from './schemas/terminology.ts';
import { translationStatusSchema } from './schemas/translation-status.ts';
import { translationStatusLoader } from './loaders/translation-status.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { checkPathwayOrder, pathwayStepEntry } from './schemas/pathway.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { sourceSectionSchema } from './schemas/source-section.ts';
import { datasetSchemas as d } from './schemas/datasets.ts';

/** A Results dataset: content/data/<id>.yaml validated by its schema. */
const dataset = <K extends keyof typeof d>(id: K) =>
	defineCollection({ loader: dataFile(`content/data/${id}.yaml`, d[id]), schema: d[id] });
import { glossaryEntrySchema } from './schemas/glossary.ts';

export const collections = {
	// Pages: English at the root of content/docs, other languages in it/, es/, bg/.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsFrontmatter }),
	}),
	// UI strings: Starlight's and the site's own, per language (see src/loaders/i18n.ts).
	i18n: defineCollection({ loader: uiStringsLoader(), schema: i18nSchema() }),
	partners: defineCollection({ loader: dataFile('content/data/partners.yaml', partnerSchema), schema: partnerSchema }),
	// The translators' terminology and the translation status (git history), for the translators' page.
	terminology: defineCollection({ loader: dataFile('content/data/terminology.yaml', termSchema), schema: termSchema }),
	translationStatus: defineCollection({ loader: translationStatusLoader(), schema: translationStatusSchema }),
	countries: defineCollection({ loader: dataFile('content/data/countries.yaml', countrySchema), schema: countrySchema }),
	// The steps of the integration pathway: titles and summaries for the guidelines and every page that names a step.
	pathway: defineCollection({
		loader: dataFile('content/data/pathway.yaml', pathwayStepEntry, { checkList: checkPathwayOrder }),
		schema: pathwayStepEntry,
	}),
	// Lessons learned and recommendations, one file each: content/lessons/<id>.yaml.
	lessons: defineCollection({ loader: dataDir('content/lessons', lessonSchema), schema: lessonSchema }),
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
	// Terms and abbreviations explained on /about/glossary/.
	glossary: defineCollection({ loader: dataFile('content/data/glossary.yaml', glossaryEntrySchema), schema: glossaryEntrySchema }),
};
