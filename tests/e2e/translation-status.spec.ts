import { expect, test } from '@playwright/test';

const pages = [
	{ path: '/about/translation-status/', caption: 'Translation status per language', row: 'Italiano' },
	{ path: '/it/about/translation-status/', caption: 'Stato delle traduzioni per lingua', row: 'Español' },
	{ path: '/es/about/translation-status/', caption: 'Estado de las traducciones por idioma', row: 'Български' },
	{ path: '/bg/about/translation-status/', caption: 'Състояние на преводите по езици', row: 'Italiano' },
];

for (const { path, caption, row } of pages) {
	test(`the translators' page ${path} shows the status of the three translations and the terminology`, async ({ page }) => {
		await page.goto(path);
		const status = page.getByRole('table', { name: caption });
		await expect(status.getByRole('rowheader')).toHaveText(['Italiano', 'Español', 'Български']);
		const cells = status.getByRole('row', { name: new RegExp(row) }).getByRole('cell');
		// "translated / total" counts pages, so both sides are positive whole numbers.
		await expect(cells.first()).toHaveText(/^\d+ \/ \d+$/);
		const terminology = page.getByRole('region').getByRole('table');
		await expect(terminology.getByRole('columnheader')).toHaveCount(5);
		expect(await terminology.getByRole('row').count()).toBeGreaterThan(20);
	});
}
