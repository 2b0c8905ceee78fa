import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languages, langPrefix } from '../support/site.ts';
import { parseEntries } from '../../src/lib/data-file.ts';
import { countrySchema } from '../../src/schemas/country.ts';

const countries = parseEntries('content/data/countries.yaml', readFileSync('content/data/countries.yaml', 'utf8'), countrySchema);

test.describe('country pages', () => {
	for (const lang of languages) {
		test(`${lang}: each country shows each key figure with its source`, async ({ page }) => {
			for (const country of countries) {
				await page.goto(`${langPrefix(lang)}/countries/${country.id}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const table = page.getByRole('table', { name: country.name[lang] });
				const rows = table.locator('tbody').getByRole('row');
				await expect(rows).toHaveCount(country.figures.length);

				for (const [i, figure] of country.figures.entries()) {
					const row = rows.nth(i);
					await expect(row.getByRole('rowheader')).toHaveText(figure.measures[lang]);
					const report = country.reports.find((r) => r.id === figure.report)!;
					const source = row.getByRole('link', { name: report.label[lang] });
					await expect(source).toHaveAttribute('href', `#report-${report.id}`);
				}

				// Every report is listed with its title, and its address where the source gives one.
				for (const report of country.reports) {
					const item = page.locator(`[id="report-${report.id}"]`);
					await expect(item).toContainText(report.title);
					await expect(item).toContainText(report.publisher[lang]);
					if (report.url) await expect(item.getByRole('link', { name: report.url })).toHaveAttribute('href', report.url);
					if (report.year) await expect(item).toContainText(String(report.year));
				}
			}
		});
	}

	test('figures are written as the source gives them, in the page language', async ({ page }) => {
		await page.goto('/countries/italy/');
		const table = page.getByRole('table', { name: 'Italy' });
		await expect(table.getByRole('row', { name: /female/ })).toContainText('954 (81.4%)');
		await expect(table.getByRole('row', { name: /Nigeria/ })).toContainText('696 (59.4%)');
		await expect(table.getByRole('row', { name: /2015/ })).toContainText('about 154,000');

		await page.goto('/it/countries/italy/');
		await expect(page.getByRole('table', { name: 'Italia' }).getByRole('row', { name: /Nigeria/ })).toContainText('696 (59,4%)');
	});

	test('the overview links each country to its page', async ({ page }) => {
		await page.goto('/es/countries/');
		const table = page.getByRole('table').first();
		for (const country of countries) {
			await expect(table.getByRole('link', { name: country.name.es })).toHaveAttribute('href', `/es/countries/${country.id}/`);
		}
	});
});
