import { expect, test } from '@playwright/test';
import { languages, langPrefix } from '../support/site.ts';
import { locales } from '../../src/config/locales.ts';

const labelOf = (lang: string) => Object.values(locales).find((l) => l.lang === lang)!.label;

test.describe('four languages', () => {
	for (const lang of languages) {
		test(`the ${lang} home page is in ${lang}`, async ({ page }) => {
			await page.goto(`${langPrefix(lang)}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
			// It routes each of the three audiences somewhere.
			const main = page.getByRole('main');
			await expect(main.getByRole('link')).not.toHaveCount(0);
			expect(await main.getByRole('link').count()).toBeGreaterThanOrEqual(3);
		});
	}

	test('the language picker keeps the reader on the same page', async ({ page }) => {
		await page.goto('/about/');
		const picker = page.getByRole('combobox', { name: 'Select language' }).first();
		await picker.selectOption({ label: labelOf('bg') });
		await expect(page).toHaveURL(/\/bg\/about\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('За проекта WIN');

		await page.getByRole('combobox', { name: 'Изберете език' }).first().selectOption({ label: labelOf('it') });
		await expect(page).toHaveURL(/\/it\/about\/$/);
		await page.getByRole('combobox', { name: 'Seleziona lingua' }).first().selectOption({ label: labelOf('es') });
		await expect(page).toHaveURL(/\/es\/about\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	});

	test('the partners on the About page come from the data, in the page language', async ({ page }) => {
		await page.goto('/es/about/');
		const partners = page.getByRole('main').getByRole('heading', { level: 3 });
		await expect(partners).toHaveCount(5);
		await expect(partners.first()).toContainText('Fondo Provinciale Milanese per la Cooperazione Internazionale APS');
		await expect(page.getByRole('main')).toContainText('Coordinadora · Milan, Italia');
	});
});
