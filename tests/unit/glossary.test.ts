import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryFor, localizeHref } from '../../src/lib/glossary.ts';
import { parseEntries } from '../../src/lib/data-file.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary.ts';
import { languages } from '../../src/config/locales.ts';

const text = (en: string, it = en, es = en, bg = en) => ({ en, it, es, bg });

const entries: GlossaryEntry[] = [
	{ id: 'win', term: text('WIN'), explanation: text('The project.') },
	{
		id: 'amif',
		term: text('AMIF', 'FAMI', 'FAMI', 'ФУМИ'),
		expansion: text('Asylum, Migration and Integration Fund', 'Fondo Asilo, Migrazione e Integrazione', 'Fondo de Asilo, Migración e Integración', 'фонд „Убежище, миграция и интеграция“'),
		explanation: text('The fund.', 'Il fondo.', 'El fondo.', 'Фондът.'),
		link: { href: '/about/', label: text('About WIN', 'Il progetto WIN', 'El proyecto WIN', 'За проекта WIN') },
	},
	{ id: 'internship', term: text('Internship', 'Tirocinio', 'Prácticas', 'Стаж'), explanation: text('Work to learn.') },
	{ id: 'ngo', term: text('NGO', 'ONG', 'ONG', 'НПО'), explanation: text('A non-profit.'), link: { href: 'https://example.org/ngo', label: text('More') } },
	{ id: 'emigration', term: text('Emigration', 'Émigration', 'Émigration', 'Емиграция'), explanation: text('Leaving.') },
];

describe('glossaryFor', () => {
	it('sorts the terms by the alphabet of the page language', () => {
		expect(glossaryFor(entries, 'en').map((item) => item.term)).toEqual(['AMIF', 'Emigration', 'Internship', 'NGO', 'WIN']);
		expect(glossaryFor(entries, 'it').map((item) => item.term)).toEqual(['Émigration', 'FAMI', 'ONG', 'Tirocinio', 'WIN']);
		// Bulgarian: Cyrillic terms in Bulgarian order, before terms in Latin letters.
		expect(glossaryFor(entries, 'bg').map((item) => item.term)).toEqual(['Емиграция', 'НПО', 'Стаж', 'ФУМИ', 'WIN']);
	});

	it('keeps the same anchors in every language', () => {
		const ids = (lang: (typeof languages)[number]) => glossaryFor(entries, lang).map((item) => item.id).sort();
		for (const lang of languages) expect(ids(lang)).toEqual(['amif', 'emigration', 'internship', 'ngo', 'win']);
	});

	it('gives each term its text, and a link to the page in the same language', () => {
		const amif = glossaryFor(entries, 'bg').find((item) => item.id === 'amif')!;
		expect(amif).toEqual({
			id: 'amif',
			term: 'ФУМИ',
			expansion: 'фонд „Убежище, миграция и интеграция“',
			explanation: 'Фондът.',
			link: { href: '/bg/about/', label: 'За проекта WIN', external: false },
		});
		expect(glossaryFor(entries, 'en').find((item) => item.id === 'amif')!.link!.href).toBe('/about/');
	});

	it('leaves out the parts a term does not have, and leaves other sites\' addresses as they are', () => {
		const [internship] = glossaryFor(entries, 'es').filter((item) => item.id === 'internship');
		expect(internship).toEqual({ id: 'internship', term: 'Prácticas', explanation: 'Work to learn.' });
		const ngo = glossaryFor(entries, 'it').find((item) => item.id === 'ngo')!;
		expect(ngo.link).toEqual({ href: 'https://example.org/ngo', label: 'More', external: true });
	});

	it('sorts the real glossary in every language without losing a term', () => {
		const real = parseEntries('content/data/glossary.yaml', readFileSync('content/data/glossary.yaml', 'utf8'), glossaryEntrySchema);
		for (const lang of languages) {
			const items = glossaryFor(real, lang);
			expect(items).toHaveLength(real.length);
			const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
			for (let i = 1; i < items.length; i++) expect(collator.compare(items[i - 1]!.term, items[i]!.term)).toBeLessThanOrEqual(0);
		}
	});
});

describe('localizeHref', () => {
	it('adds the language to a site path and nothing to another site', () => {
		expect(localizeHref('/countries/', 'en')).toBe('/countries/');
		expect(localizeHref('/countries/', 'es')).toBe('/es/countries/');
		expect(localizeHref('https://example.org/', 'bg')).toBe('https://example.org/');
	});
});
