import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../src/lib/data-file.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { countrySchema } from '../../src/schemas/country.ts';

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

	it('reject a file that is not a list of entries', () => {
		expect(problems('not-a-list.yaml', partnerSchema)).toEqual(['expected a list of entries, each starting with `- id: …`']);
	});

	it('reject two entries with the same id', () => {
		const one = fixture('partners-missing-translation.yaml').replace('    es: Organización contra la trata en Italia.', '    es: Organización contra la trata en Italia.\n    bg: Организация.');
		const twice = `${one}\n${one.replace(/^#.*$/m, '')}`;
		expect(() => parseEntries('content/data/partners.yaml', twice, partnerSchema)).toThrow('the id "lule" is used twice');
	});
});
