/**
 * The public downloads of the datasets: `/data/<id>.csv`, `/data/<id>.json` and
 * `/data/catalog.json`. These are contracts: tools and tests rely on their URLs and fields.
 * Changing a field's meaning raises the dataset's `schemaVersion` (content/data/datasets.yaml).
 */
import { langPrefix, type Lang } from '../../config/locales.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { DatasetId, DatasetMeta } from '../../schemas/dataset.ts';
import type { DatasetEntries } from '../../schemas/datasets.ts';
import type { SourceSection } from '../../schemas/source-section.ts';
import type { Translate } from '../i18n/translate.ts';
import { toCsv } from './csv.ts';
import { datasetCsvTable } from './exports.ts';

/** Version of the catalog's own format. */
export const CATALOG_VERSION = 1;

/** Where a dataset's downloads are. */
export function datasetUrls(id: DatasetId): { csv: string; json: string } {
	return { csv: `/data/${id}.csv`, json: `/data/${id}.json` };
}

/** The page that shows a dataset, in a language: `results/courses#language-courses` → `/it/results/courses/#language-courses`. */
export function datasetPageUrl(page: string, lang: Lang): string {
	const [path, hash] = page.split('#');
	return `${langPrefix(lang)}/${path}/${hash ? `#${hash}` : ''}`;
}

/**
 * The source sections of a dataset, main first, with their titles.
 * @throws Error naming the dataset and the unknown section
 */
export function datasetSources(meta: DatasetMeta, sections: ReadonlyMap<string, SourceSection>): { section: string; title: LocalizedText }[] {
	return meta.sections.map((id) => {
		const found = sections.get(id);
		if (!found) throw new Error(`content/data/datasets.yaml: entry "${meta.id}" cites section ${id}, which content/data/source-sections.yaml lacks`);
		return { section: found.id, title: found.title };
	});
}

/** The source block shared by the catalog and each JSON download. */
function sourceBlock(meta: DatasetMeta, sections: ReadonlyMap<string, SourceSection>, document: LocalizedText) {
	const all = datasetSources(meta, sections);
	return { document, section: all[0]!.section, title: all[0]!.title, sections: all };
}

/** The CSV download: UTF-8 with a byte order mark (so spreadsheets read every alphabet), CRLF. */
export function renderCsv<K extends DatasetId>(id: K, entries: DatasetEntries[K], english: Translate): string {
	const { columns, rows } = datasetCsvTable(id, entries, english);
	return toCsv(columns, rows, { bom: true });
}

/** The JSON download: the typed entries with the dataset's metadata, source and schema version. */
export function renderJson<K extends DatasetId>(
	meta: DatasetMeta & { id: K },
	entries: DatasetEntries[K],
	sections: ReadonlyMap<string, SourceSection>,
	document: LocalizedText,
): string {
	const body = {
		id: meta.id,
		schemaVersion: meta.schemaVersion,
		title: meta.title,
		description: meta.description,
		source: sourceBlock(meta, sections, document),
		page: datasetPageUrl(meta.page, 'en'),
		csv: datasetUrls(meta.id).csv,
		entries,
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}

export interface CatalogEntry {
	id: DatasetId;
	schemaVersion: number;
	title: LocalizedText;
	description: LocalizedText;
	csv: string;
	json: string;
	csvBytes: number;
	jsonBytes: number;
	page: string;
	source: ReturnType<typeof sourceBlock>;
}

/** `/data/catalog.json`: every dataset with its title, description, URLs, sizes and source section. */
export function buildCatalog(
	metas: readonly DatasetMeta[],
	sections: ReadonlyMap<string, SourceSection>,
	document: LocalizedText,
	sizes: (id: DatasetId) => { csvBytes: number; jsonBytes: number },
): { catalogVersion: number; datasets: CatalogEntry[] } {
	return {
		catalogVersion: CATALOG_VERSION,
		datasets: metas.map((meta) => ({
			id: meta.id,
			schemaVersion: meta.schemaVersion,
			title: meta.title,
			description: meta.description,
			...datasetUrls(meta.id),
			...sizes(meta.id),
			page: datasetPageUrl(meta.page, 'en'),
			source: sourceBlock(meta, sections, document),
		})),
	};
}

/** Bytes of a text in UTF-8, for download sizes. */
export function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}
