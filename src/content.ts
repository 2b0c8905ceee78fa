/**
 * The collection queries the site shares, so components never repeat `getCollection` filters.
 * Each function returns plain data; rendering stays in the components.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import type { Partner } from './schemas/partner.ts';
import type { Country } from './schemas/country.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { ContentError } from './lib/errors.ts';
import type { Term } from './schemas/terminology.ts';
import type { TranslationStatus } from './schemas/translation-status.ts';
import { languages, type Lang } from './config/locales.ts';
import { pathwayStepIds, type PathwayStep, type PathwayStepEntry } from './schemas/pathway.ts';
import { lessonAudiences, lessonScopes, lessonThemes } from './schemas/lesson.ts';
import { compareLessons, type ScopedLesson } from './lib/lessons/view.ts';
import type { FacetValues } from './lib/lessons/filter.ts';
import { datasetIds, type DatasetId, type DatasetMeta } from './schemas/dataset.ts';
import type { DatasetEntries } from './schemas/datasets.ts';
import type { SourceSection } from './schemas/source-section.ts';
import { checkDatasetReferences } from './lib/data/references.ts';
import type { LocalizedText } from './schemas/common.ts';
import { fromStrings } from './lib/i18n/translate.ts';
import { renderCsv, renderJson } from './lib/data/catalog.ts';

/** The partners, coordinator first, then by short name. */
export async function getPartners(): Promise<Partner[]> {
	const entries = await getCollection('partners');
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => Number(b.coordinator) - Number(a.coordinator) || a.shortName.localeCompare(b.shortName));
}

export interface CountryWithPartners extends Omit<Country, 'partners'> {
	partners: Partner[];
}

/**
 * The countries in the order the source document presents them, each with its partners resolved.
 * @throws ContentError when a country names a partner that `content/data/partners.yaml` lacks
 */
export async function getCountries(): Promise<CountryWithPartners[]> {
	const partners = new Map((await getPartners()).map((p) => [p.id, p]));
	const entries = await getCollection('countries');
	const problems: string[] = [];
	const countries = entries.map(({ data }) => ({
		...data,
		partners: data.partners.flatMap((id) => {
			const partner = partners.get(id);
			if (!partner) problems.push(`entry "${data.id}", field \`partners\`: no partner "${id}" in content/data/partners.yaml`);
			return partner ? [partner] : [];
		}),
	}));
	if (problems.length) throw new ContentError('content/data/countries.yaml', problems);
	return countries;
}

/** The translation status of each translated language, in the order of `languages`. */
export async function getTranslationStatus(): Promise<TranslationStatus[]> {
	const order = (lang: string) => (languages as readonly string[]).indexOf(lang);
	return (await getCollection('translationStatus')).map((entry) => entry.data).sort((a, b) => order(a.lang) - order(b.lang));
}

/** The translators' terminology, sorted by the preferred term in `lang`. */
export async function getTerminology(lang: Lang): Promise<Term[]> {
	const collator = new Intl.Collator(lang);
	return (await getCollection('terminology')).map((entry) => entry.data).sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}

/**
 * The steps of the integration pathway, in the order of `pathwayStepIds` (the file's order is
 * checked when it is loaded; the collection itself returns entries by id).
 */
export async function getPathway(): Promise<PathwayStepEntry[]> {
	const entries = await getCollection('pathway');
	return entries.map((entry) => entry.data).sort((a, b) => pathwayStepIds.indexOf(a.id) - pathwayStepIds.indexOf(b.id));
}

/**
 * One step of the pathway with its neighbours and position, for a step page.
 * @throws ContentError when `content/data/pathway.yaml` has no such step
 */
export async function getPathwayStep(id: PathwayStep): Promise<{
	step: PathwayStepEntry;
	number: number;
	total: number;
	previous?: PathwayStepEntry;
	next?: PathwayStepEntry;
	steps: PathwayStepEntry[];
}> {
	const steps = await getPathway();
	const index = steps.findIndex((s) => s.id === id);
	if (index < 0) throw new ContentError('content/data/pathway.yaml', [`no step "${id}"`]);
	return { step: steps[index]!, number: index + 1, total: steps.length, previous: steps[index - 1], next: steps[index + 1], steps };
}

/** The value of a lesson's scope in addresses: `transnational`, or the country's id (`italy`). */
async function scopeValues(): Promise<Map<string, string>> {
	const countries = await getCollection('countries');
	return new Map([['transnational', 'transnational'], ...countries.map(({ data }) => [data.code, data.id] as [string, string])]);
}

/**
 * Every lesson and recommendation in reading order (scope, then source section), each with its
 * scope as used in addresses.
 * @throws ContentError when a lesson's scope is a country `content/data/countries.yaml` lacks
 */
export async function getLessons(): Promise<ScopedLesson[]> {
	const values = await scopeValues();
	const problems: string[] = [];
	const lessons = (await getCollection('lessons'))
		.map(({ data }) => {
			const scopeValue = values.get(data.scope);
			if (!scopeValue) problems.push(`content/lessons/${data.id}.yaml, field \`scope\`: no country with code ${data.scope} in content/data/countries.yaml`);
			return { ...data, scopeValue: scopeValue ?? data.scope };
		})
		.sort(compareLessons);
	if (problems.length) throw new ContentError('content/lessons', problems);
	return lessons;
}

/**
 * One lesson by id, for links from other pages.
 * @throws ContentError naming the page when no lesson has that id
 */
export async function getLesson(id: string, from: string): Promise<ScopedLesson> {
	const lesson = (await getLessons()).find((l) => l.id === id);
	if (!lesson) throw new ContentError(from, [`links to the lesson "${id}", but content/lessons/${id}.yaml does not exist`]);
	return lesson;
}

/** The values each filter accepts, in display order, as they appear in addresses. */
export async function getLessonFacetValues(): Promise<FacetValues> {
	const values = await scopeValues();
	return {
		scope: lessonScopes.map((code) => values.get(code) ?? code),
		theme: lessonThemes,
		audience: lessonAudiences,
	};
}

// ---------------------------------------------------------------------------------------------
// Results: open datasets (content/data/<id>.yaml), their catalog and the source sections.

/**
 * Entries in the order of their data file. Astro's content store keeps entries sorted by id, but
 * the order of a dataset file is meaningful (the source's order of countries, courses, rows).
 */
async function inFileOrder<T extends { id: string }>(entries: T[], file: string): Promise<T[]> {
	const ids = (parseYaml(await readFile(file, 'utf8')) as { id: unknown }[]).map((e) => String(e.id));
	const position = new Map(ids.map((id, i) => [id, i]));
	return [...entries].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
}

async function datasetEntries<K extends DatasetId>(id: K): Promise<DatasetEntries[K]> {
	const entries = (await getCollection(id as CollectionKey)).map((entry) => entry.data as { id: string });
	return (await inFileOrder(entries, `content/data/${id}.yaml`)) as DatasetEntries[K];
}

let checked: Promise<void> | undefined;
/** Cross-file checks of the datasets, run once per build (see `checkDatasetReferences`). */
function checkReferences(): Promise<void> {
	checked ??= (async () => {
		const entries = Object.fromEntries(await Promise.all(datasetIds.map(async (id) => [id, await datasetEntries(id)] as const)));
		const problems = checkDatasetReferences({
			metas: (await getCollection('datasets')).map((e) => e.data),
			sections: new Set((await getCollection('sourceSections')).map((e) => e.data.id)),
			partners: new Set((await getPartners()).map((p) => p.id)),
			entries,
		});
		if (problems.length) throw new ContentError('content/data/', problems);
	})();
	return checked;
}

/** The catalog of datasets, in the order of content/data/datasets.yaml. */
export async function getDatasetMetas(): Promise<DatasetMeta[]> {
	await checkReferences();
	return inFileOrder(
		(await getCollection('datasets')).map((e) => e.data),
		'content/data/datasets.yaml',
	);
}

/** One dataset's catalog entry. */
export async function getDatasetMeta<K extends DatasetId>(id: K): Promise<DatasetMeta & { id: K }> {
	const meta = (await getDatasetMetas()).find((m) => m.id === id);
	if (!meta) throw new ContentError('content/data/datasets.yaml', [`no entry for the dataset "${id}"`]);
	return meta as DatasetMeta & { id: K };
}

/** The entries of one dataset, in file order. */
export async function getDataset<K extends DatasetId>(id: K): Promise<DatasetEntries[K]> {
	await checkReferences();
	return datasetEntries(id);
}

/** The sections of the source document that datasets cite, by number. */
export async function getSourceSections(): Promise<Map<string, SourceSection>> {
	return new Map((await getCollection('sourceSections')).map((e) => [e.data.id, e.data]));
}

/** Partner short names by id (`amiga` → `AMIGA`). */
export async function getPartnerNames(): Promise<Map<string, string>> {
	return new Map((await getPartners()).map((p) => [p.id, p.shortName]));
}

/** All UI strings of one language (Starlight's and the site's), for code outside Starlight pages. */
export async function getUiStrings(lang: Lang): Promise<Record<string, string>> {
	const entry = await getEntry('i18n', lang);
	if (!entry) throw new Error(`No UI strings for "${lang}" in content/i18n/`);
	return entry.data as Record<string, string>;
}

/** The source document's title in every language (UI string `data.source.document`). */
export async function getSourceDocumentTitle(): Promise<LocalizedText> {
	const entries = await Promise.all(languages.map(async (lang) => [lang, (await getUiStrings(lang))['data.source.document']] as const));
	return Object.fromEntries(entries) as LocalizedText;
}

const files = new Map<DatasetId, Promise<{ csv: string; json: string }>>();
/**
 * A dataset's downloads as text, exactly as `/data/<id>.csv` and `/data/<id>.json` serve them
 * (the endpoints, the catalog and the pages that show file sizes all use this).
 */
export function getDatasetFiles(id: DatasetId): Promise<{ csv: string; json: string }> {
	let found = files.get(id);
	if (!found) {
		found = (async () => {
			const [meta, entries, sections, document, english] = await Promise.all([
				getDatasetMeta(id),
				getDataset(id),
				getSourceSections(),
				getSourceDocumentTitle(),
				getUiStrings('en'),
			]);
			return { csv: renderCsv(id, entries, fromStrings(english)), json: renderJson(meta, entries, sections, document) };
		})();
		files.set(id, found);
	}
	return found;
}

/**
 * One country, with its partners resolved.
 * @throws Error naming the countries that exist, when `id` is none of them
 */
export async function getCountry(id: string): Promise<CountryWithPartners> {
	const countries = await getCountries();
	const country = countries.find((c) => c.id === id);
	if (!country) {
		throw new Error(`No country "${id}" in content/data/countries.yaml: expected one of ${countries.map((c) => c.id).join(', ')}`);
	}
	return country;
}

/** The glossary entries, in the order of `content/data/glossary.yaml` (pages sort them per language). */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	return (await getCollection('glossary')).map((entry) => entry.data);
}
