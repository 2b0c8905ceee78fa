import { expect, test, type Page } from '@playwright/test';

/** Opens the search dialog by its button, types a query and returns the result links. */
async function search(page: Page, buttonName: string, query: string) {
	await page.getByRole('button', { name: buttonName, exact: true }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox').fill(query);
	const results = dialog.locator('.pagefind-ui__result-link');
	// The first search downloads pagefind and part of the index: on a busy machine that takes
	// longer than the default five seconds.
	await expect(results.first()).toBeVisible({ timeout: 20_000 });
	return results;
}

test('searching a partner by name on the English site finds the About page', async ({ page }) => {
	await page.goto('/');
	const results = await search(page, 'Search', 'Energheia');
	await expect(results.first()).toHaveAttribute('href', /^\/about\/?/);
	await expect(results.first()).toHaveText('About WIN');
});

test('a search from the Bulgarian site returns Bulgarian pages only, with the search box in Bulgarian', async ({ page }) => {
	await page.goto('/bg/');
	const results = await search(page, 'Търсене', 'партньори');
	const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/bg\//);
	await expect(page.getByRole('dialog').getByRole('textbox')).toHaveAttribute('placeholder', 'Търсене');
	await expect(page.getByRole('dialog')).toContainText(/резултат/);
});

test('a partner name searched from the Italian site finds the Italian About page', async ({ page }) => {
	await page.goto('/it/');
	const results = await search(page, 'Cerca', 'Animus');
	const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs).toContain('/it/about/');
	for (const href of hrefs) expect(href).toMatch(/^\/it\//);
});

test.describe('Bulgarian search finds inflected forms (pagefind has no Bulgarian stemmer)', () => {
	// Each query is a form of a word that the expected page uses only in other forms.
	for (const [query, expected, stem] of [
		['фризьорките', '/bg/what-win-did/training-courses/', 'фризьор'], // "the (women) hairdressers"; the page: фризьори, фризьорство…
		['шофьорските', '/bg/results/pip-summary/', 'шофьор'], // "the driving (licences)"; the page: шофьорска книжка
		['жилищата', '/bg/results/pip-summary/', 'жилищ'], // "the homes"; the page: жилище
	] as const) {
		test(`"${query}" finds ${expected}`, async ({ page, request }) => {
			const html = (await (await request.get(expected)).text()).toLocaleLowerCase('bg');
			expect(html).not.toContain(query);
			expect(html).toContain(stem);
			await page.goto('/bg/');
			const results = await search(page, 'Търсене', query);
			const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
			expect(hrefs.map((h) => h.replace(/#.*$/, ''))).toContain(expected);
		});
	}
});
