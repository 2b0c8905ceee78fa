import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../src/lib/data-file.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/content/${name}`, import.meta.url), 'utf8');

/** Runs the parser and returns the problems it reports (fails the test if it reports none). */
function problems(file: string, schema: Parameters<typeof parseEntries>[2]): string[] {
	try {
		parseEntries(`content/data/${file}`, fixture(file), schema);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain(`content/data/${file}`);
		return [...(error as ContentError).problems];
	}
	throw new Error(`${file} was accepted, but it is broken`);
}

describe('content data files', () => {
	it('accept the real partners and countries', () => {
		const partners = parseEntries('content/data/partners.yaml', readFileSync('content/data/partners.yaml', 'utf8'), partnerSchema);
		expect(partners.map((p) => p.shortName)).toEqual(['FPMCI', 'AMIGA', 'ANIMUS', 'LULE', 'ENERGHEIA']);
		expect(partners.filter((p) => p.coordinator).map((p) => p.id)).toEqual(['fpmci']);
		const countries = parseEntries('content/data/countries.yaml', readFileSync('content/data/countries.yaml', 'utf8'), countrySchema);
		expect(countries.map((c) => c.code)).toEqual(['ES', 'BG', 'IT']);
		for (const country of countries) expect(country.figures.length, country.id).toBeGreaterThan(0);
	});

	it('accept the real glossary, with the abbreviations every page may use', () => {
		const glossary = parseEntries('content/data/glossary.yaml', readFileSync('content/data/glossary.yaml', 'utf8'), glossaryEntrySchema);
		const ids = glossary.map((entry) => entry.id);
		for (const id of ['amif', 'cso', 'greta', 'ngo', 'pip', 'thb', 'tw', 'win', 'cefr', 'haccp', 'gdpr', 'unodc', 'cpia', 'nrm']) {
			expect(ids).toContain(id);
		}
		for (const id of ['transversal-course', 'professional-course', 'internship', 'cultural-mediator']) expect(ids).toContain(id);
	});

	it('name the entry and the misspelt key', () => {
		expect(problems('partners-unknown-key.yaml', partnerSchema)).toEqual([
			'entry "amiga", field `shortName`: missing: expected the short name, such as AMIGA',
			'entry "amiga": unknown key `shortNam`: check the spelling, or remove it',
		]);
	});

	it('say what type was expected and what was found', () => {
		const found = problems('partners-wrong-type.yaml', partnerSchema);
		expect(found).toContain('entry "animus", field `country`: must be a two-letter country code such as IT, ES or BG; got the text "Bulgaria"');
		expect(found).toContain('entry "animus", field `coordinator`: expected true or false');
	});

	it('name the language of a missing translation', () => {
		expect(problems('partners-missing-translation.yaml', partnerSchema)).toEqual([
			'entry "lule", field `role.bg`: missing: expected the Bulgarian role in the project',
		]);
	});

	it('list the allowed values of an enumeration', () => {
		const found = problems('countries-bad-role.yaml', countrySchema);
		expect(found).toContain('entry "italy", field `roles.destination`: expected main, also or minor; got "primary"');
	});

	it('name the figure, the field and what a figure needs', () => {
		expect(problems('countries-bad-figures.yaml', countrySchema)).toEqual([
			'entry "italy", field `reports[0].year`: expected the year of publication as a number such as 2021; got the text "2019"',
			'entry "italy", field `reports[0].url`: expected a web address starting with https://',
			'entry "italy", field `figures[0].unit`: `unit` must be people or percent; got the text "persons"',
			'entry "italy", field `figures[1].period`: a period must go from the earlier to the later date, both written the same way (2014/2019 or 2018-01/2018-09)',
			'entry "italy", field `figures[1].measures.bg`: missing: expected the Bulgarian description of what the figure measures',
			'entry "italy", field `figures[1].value`: a percentage cannot be above 100',
		]);
	});

	it('name the reports a figure could come from when it names one the country lacks', () => {
		expect(problems('countries-unknown-report.yaml', countrySchema)).toEqual([
			'entry "bulgaria", field `figures[0].report`: no report "greta-bulgaria-2012" in this country\'s `reports`: expected one of `greta-bulgaria-2021`',
		]);
	});

	it('say how to write a glossary id, a key, a translation and a link', () => {
		expect(problems('glossary-broken.yaml', glossaryEntrySchema)).toEqual([
			'entry "PIP", field `id`: must be the abbreviation in lower case (pip, amif) or, for a term that has none, lower-case words joined by hyphens (cultural-mediator); got the text "PIP"',
			'entry "amif", field `explanation.bg`: missing: expected the Bulgarian plain-language explanation (one to three short sentences)',
			'entry "amif", field `link.href`: must not start with a language (/it/, /es/, /bg/): write the English path, each page adds its own language',
			'entry "amif": unknown key `expansoin`: check the spelling, or remove it',
			'entry "unodc", field `link.href`: must be a site path without the language, starting and ending with a slash (/templates/pip/), or an https address; got the text "http://www.unodc.org"',
		]);
	});

	it('reject a file that is not a list of entries', () => {
		expect(problems('not-a-list.yaml', partnerSchema)).toEqual(['expected a list of entries, each starting with `- id: …`']);
	});

	it('reject two entries with the same id', () => {
		const one = fixture('partners-missing-translation.yaml').replace('    es: Organización contra la trata en Italia.', '    es: Organización contra la trata en Italia.\n    bg: Организация.');
		const twice = `${one}\n${one.replace(/^#.*$/m, '')}`;
		expect(() => parseEntries('content/data/partners.yaml', twice, partnerSchema)).toThrow('the id "lule" is used twice');
	});
});
