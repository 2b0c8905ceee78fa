import { expect, test } from '@playwright/test';

const cases = [
	{ path: '/no-such-page/', lang: 'en', heading: 'Page not found', home: '/' },
	{ path: '/it/pagina-inesistente/', lang: 'it', heading: 'Pagina non trovata', home: '/it/' },
	{ path: '/es/pagina-inexistente/', lang: 'es', heading: 'Página no encontrada', home: '/es/' },
	{ path: '/bg/nyama-takava/', lang: 'bg', heading: 'Страницата не е намерена', home: '/bg/' },
];

for (const { path, lang, heading, home } of cases) {
	test(`a missing ${lang} page answers 404 in ${lang}, with a way home`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await page.getByRole('main').getByRole('link').first().click();
		await expect(page).toHaveURL(new RegExp(`${home.replaceAll('/', '\\/')}$`));
	});
}
