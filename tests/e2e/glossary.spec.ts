import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languages, langPrefix } from '../support/site.ts';
import { parseEntries } from '../../src/lib/data-file.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { glossaryFor } from '../../src/lib/glossary.ts';

const glossary = parseEntries('content/data/glossary.yaml', readFileSync('content/data/glossary.yaml', 'utf8'), glossaryEntrySchema);

test.describe('the glossary', () => {
	for (const lang of languages) {
		test(`has one anchor per term in ${lang}, the same as in English, in ${lang} alphabetical order`, async ({ page }) => {
			await page.goto(`${langPrefix(lang)}/about/glossary/`);
			const expected = glossaryFor(glossary, lang);
			const terms = page.getByRole('main').getByRole('term');
			await expect(terms).toHaveCount(expected.length);
			const shown = await terms.evaluateAll((dts) => dts.map((dt) => ({ id: dt.id, text: dt.textContent ?? '' })));
			expect(shown.map((term) => term.id)).toEqual(expected.map((item) => item.id));
			shown.forEach((term, i) => expect(term.text, term.id).toContain(expected[i]!.term));
		});
	}

	test('a link to a term opens the page at that term', async ({ page }) => {
		await page.goto('/bg/about/glossary/#pip');
		await expect(page.locator('#pip')).toBeInViewport();
		await expect(page.locator('#pip')).toContainText('ЛПИ');
	});
});
