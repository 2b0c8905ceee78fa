import { readFileSync } from 'node:fs';
import { parseEntries } from '../../src/lib/data-file.ts';
import { datasetSchemas, type DatasetEntries } from '../../src/schemas/datasets.ts';
import { datasetSchema, type DatasetId, type DatasetMeta } from '../../src/schemas/dataset.ts';
import { sourceSectionSchema, type SourceSection } from '../../src/schemas/source-section.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** A dataset's entries as the site reads them, in file order. */
export function dataset<K extends DatasetId>(id: K): DatasetEntries[K] {
	const file = `content/data/${id}.yaml`;
	return parseEntries(file, read(file), datasetSchemas[id]) as DatasetEntries[K];
}

export function datasetMetas(): DatasetMeta[] {
	return parseEntries('content/data/datasets.yaml', read('content/data/datasets.yaml'), datasetSchema);
}

export function sourceSections(): Map<string, SourceSection> {
	return new Map(parseEntries('content/data/source-sections.yaml', read('content/data/source-sections.yaml'), sourceSectionSchema).map((s) => [s.id, s]));
}

export function partnerNames(): Map<string, string> {
	return new Map(parseEntries('content/data/partners.yaml', read('content/data/partners.yaml'), partnerSchema).map((p) => [p.id, p.shortName]));
}
