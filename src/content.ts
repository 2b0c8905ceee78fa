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
