/**
 * The collection queries the site shares, so components never repeat `getCollection` filters.
 * Each function returns plain data; rendering stays in the components.
 */
import { getCollection } from 'astro:content';
import type { Partner } from './schemas/partner.ts';
import type { Country } from './schemas/country.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { ContentError } from './lib/errors.ts';

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
