import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeUiStrings } from '../../src/lib/i18n/ui-strings.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { starlightKeys } from '../../src/loaders/i18n.ts';
import { languages } from '../../src/config/locales.ts';

const english = {
	'partners.coordinator': 'Coordinator',
	'partners.partner': 'Partner',
	'partners.website': 'Website',
	'partners.email': 'E-mail',
	'partners.phone': 'Phone',
};
const rules = { starlightKeys, requiresStarlightKeys: false, englishKeys: new Set(Object.keys(english)), englishDir: 'content/i18n/en/' };
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

function problemsOf(run: () => unknown): readonly string[] {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('accepted, but it is broken');
}

describe('UI strings', () => {
	it('knows every Starlight key, pagefind and Expressive Code ones included', () => {
		expect(starlightKeys).toContain('skipLink.label');
		expect(starlightKeys).toContain('pagefind.zero_results');
		expect(starlightKeys).toContain('expressiveCode.copyButtonTooltip');
	});

	it('rejects a misspelt key, naming the file and the key', () => {
		const file = 'content/i18n/it/site.json';
		const found = problemsOf(() => mergeUiStrings({ lang: 'it', files: { [file]: json('tests/fixtures/i18n/misspelt/site.json') } }, rules));
		expect(found).toContain(`${file}: unknown key "partners.websiet": it is neither a Starlight key nor defined in content/i18n/en/; check its spelling`);
		expect(found).toContain('content/i18n/it: key "partners.website" is missing; add its Italian text (English is in content/i18n/en/)');
	});

	it('rejects a missing key, naming the language', () => {
		const found = problemsOf(() =>
			mergeUiStrings({ lang: 'es', files: { 'content/i18n/es/site.json': json('tests/fixtures/i18n/missing/site.json') } }, rules),
		);
		expect(found).toEqual(['content/i18n/es: key "partners.phone" is missing; add its Spanish text (English is in content/i18n/en/)']);
	});

	it('requires every Starlight key from a language Starlight does not translate', () => {
		const found = problemsOf(() =>
			mergeUiStrings(
				{ lang: 'bg', files: { 'content/i18n/bg/starlight.json': json('tests/fixtures/i18n/bg-incomplete/starlight.json'), 'content/i18n/bg/site.json': english } },
				{ ...rules, requiresStarlightKeys: true },
			),
		);
		expect(found).toContain(
			'content/i18n/bg: Starlight key "pagefind.search_label" is missing; Starlight has no Bulgarian strings, so every one of its keys must be written here',
		);
		expect(found.some((p) => p.includes('"skipLink.label"'))).toBe(false);
	});

	it('rejects the same key defined in two files of one language', () => {
		const found = problemsOf(() =>
			mergeUiStrings({ lang: 'en', files: { 'content/i18n/en/a.json': { 'x.y': 'One' }, 'content/i18n/en/b.json': { 'x.y': 'Two' } } }, {
				starlightKeys,
				requiresStarlightKeys: false,
			}),
		);
		expect(found).toEqual(['content/i18n/en/b.json: key "x.y" is already defined in content/i18n/en/a.json; keep one']);
	});

	it('the real strings of every language pass, with the same site keys as English', () => {
		const read = (lang: string) =>
			Object.fromEntries(
				readdirSync(`content/i18n/${lang}`)
					.filter((f) => f.endsWith('.json'))
					.map((f) => [`content/i18n/${lang}/${f}`, json(`content/i18n/${lang}/${f}`)]),
			);
		const en = mergeUiStrings({ lang: 'en', files: read('en') }, { starlightKeys, requiresStarlightKeys: false });
		for (const lang of languages.filter((l) => l !== 'en')) {
			const merged = mergeUiStrings(
				{ lang, files: read(lang) },
				{ starlightKeys, requiresStarlightKeys: lang === 'bg', englishKeys: new Set(Object.keys(en)), englishDir: 'content/i18n/en/' },
			);
			for (const key of Object.keys(en)) expect(merged[key], `${lang}: ${key}`).toBeTruthy();
		}
	});
});
