import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataFile } from './loaders/data-file.ts';
import { uiStringsLoader } from './loaders/i18n.ts';
import { docsFrontmatter } from './schemas/docs.ts';
import { partnerSchema } from './schemas/partner.ts';
import { countrySchema } from './schemas/country.ts';
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
	countries: defineCollection({ loader: dataFile('content/data/countries.yaml', countrySchema), schema: countrySchema }),
	glossary: defineCollection({ loader: dataFile('content/data/glossary.yaml', glossaryEntrySchema), schema: glossaryEntrySchema }),
};
