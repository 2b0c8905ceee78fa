/**
 * The collection queries the site shares, so components never repeat `getCollection` filters.
 * Each function returns plain data; rendering stays in the components.
 */
import { getCollection } from 'astro:content';
import type { Partner } from './schemas/partner.ts';
import type { Country } from './schemas/country.ts';
import { ContentError } from './lib/errors.ts';
import type { Term } from './schemas/terminology.ts';
import type { TranslationStatus } from './schemas/translation-status.ts';
import { languages, type Lang } from './config/locales.ts';
import { pathwayStepIds, type PathwayStep, type PathwayStepEntry } from './schemas/pathway.ts';
import { lessonAudiences, lessonScopes, lessonThemes } from './schemas/lesson.ts';
import { compareLessons, type ScopedLesson } from './lib/lessons/view.ts';
import type { FacetValues } from './lib/lessons/filter.ts';

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
