import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { languages, langPrefix, type Lang } from '../support/site.ts';
import { quickExitDestination } from '../../src/config/quick-exit.ts';

/** The button's label in each language, from the site's own UI strings. */
const label = (lang: Lang): string =>
	JSON.parse(readFileSync(new URL(`../../content/i18n/${lang}/safety.json`, import.meta.url), 'utf8'))['safety.exit.label'];

const startPage = 'https://start.test/';

/**
 * Serves the neutral site (and a page to arrive from) locally, so no request leaves the machine,
 * and records every request made to it.
 */
async function fakeNeutralSite(page: Page): Promise<{ url: string; referer?: string }[]> {
	const requests: { url: string; referer?: string }[] = [];
	await page.route(/^https:\/\/[a-z]+\.wikipedia\.org\//, (route) => {
		requests.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
		return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neutral</title><h1>Neutral page</h1>' });
	});
	await page.route(startPage, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start</title><p>Somewhere else</p>' }),
	);
	return requests;
}

const pressShift = async (page: Page, times: number) => {
	for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
};

/**
 * Stops the page's clock (key events then all carry the same time), so a busy machine cannot
 * stretch three quick presses beyond the one-second window. The window itself is covered by
 * the unit tests of `countShift`; here the browser wiring is under test. Needs
 * `page.clock.install()` before the page loads.
 */
const stopTime = (page: Page) => page.clock.pauseAt(Date.now() + 60_000);

test.describe('the quick exit', () => {
	// Several navigations per test, on machines that may be busy: more than the default 30 s.
	test.describe.configure({ timeout: 90_000 });

	test('is reached by keyboard, leaves without a referrer and replaces the page in the history', async ({ page }) => {
		const requests = await fakeNeutralSite(page);
		await page.goto(startPage);
		await page.goto('/countries/');
		const historyLength = await page.evaluate(() => history.length);

		// It does not take focus when the page opens.
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
		const exit = page.getByRole('link', { name: label('en') });
		await exit.hover();
		// Nothing was loaded from the neutral site before the button is used.
		expect(requests).toEqual([]);

		for (let i = 0; i < 20 && !(await exit.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(exit).toBeFocused();
		await page.keyboard.press('Enter');

		await page.waitForURL(quickExitDestination.en);
		await expect(page.getByRole('heading', { name: 'Neutral page' })).toBeVisible();
		expect(requests).toHaveLength(1);
		expect(requests[0]!.referer).toBeUndefined();
		// The site's page was replaced, not added to: Back goes to where the person was before.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		await page.goBack();
		await expect(page).toHaveURL(startPage);
	});

	for (const lang of languages) {
		test(`Shift pressed three times leaves the ${lang} site for the neutral site in ${lang}`, async ({ page }) => {
			const requests = await fakeNeutralSite(page);
			await page.clock.install();
			await page.goto(startPage);
			await page.goto(`${langPrefix(lang)}/about/`);
			await expect(page.getByRole('link', { name: label(lang) })).toHaveAttribute('href', quickExitDestination[lang]);

			await stopTime(page);
			await pressShift(page, 3);

			await page.waitForURL(quickExitDestination[lang]);
			expect(requests.map((r) => r.url)).toEqual([quickExitDestination[lang]]);
			await page.goBack();
			await expect(page).toHaveURL(startPage);
		});
	}

	test('Shift used while typing in the search box types capitals and does not leave', async ({ page }) => {
		const requests = await fakeNeutralSite(page);
		await page.clock.install();
		await page.goto('/');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const box = page.getByRole('dialog').getByRole('textbox');
		await box.click();
		await expect(box).toBeFocused();
		// With time stopped, every press falls within the window: only the keys pressed decide.
		await stopTime(page);

		// Capitals typed with Shift held, then three capitals each with its own press of Shift.
		await page.keyboard.down('Shift');
		for (const key of ['KeyW', 'KeyI', 'KeyN']) await page.keyboard.press(key);
		await page.keyboard.up('Shift');
		for (const key of ['KeyA', 'KeyB', 'KeyC']) {
			await page.keyboard.down('Shift');
			await page.keyboard.press(key);
			await page.keyboard.up('Shift');
		}
		// Two presses of Shift on their own, a letter, then one more press: the letter starts the count again.
		await pressShift(page, 2);
		await page.keyboard.press('KeyX');
		await pressShift(page, 1);

		await expect(box).toHaveValue('WINABCx');
		await expect(page.locator('html')).not.toHaveAttribute('data-quick-exit');
		expect(requests).toEqual([]);
		await expect(page).toHaveURL(/\/$/);

		// The shortcut still works from the search box.
		await pressShift(page, 3);
		await page.waitForURL(quickExitDestination.en);
	});

	test('comes as one small external script, not inline in the page', async ({ page }) => {
		await page.goto('/it/about/safety/');
		const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
			scripts.filter((script) => script.textContent?.includes('data-quick-exit')).length,
		);
		expect(inline).toBe(0);
		const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')!));
		const bodies = await Promise.all(sources.map(async (src) => ({ src, body: await (await page.request.get(src)).text() })));
		const quickExit = bodies.filter(({ body }) => body.includes('data-quick-exit'));
		expect(quickExit).toHaveLength(1);
		expect(quickExit[0]!.body.length).toBeLessThan(2048);
	});

	test('is visible on a small screen and hidden in print', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/bg/countries/bulgaria/');
		const exit = page.getByRole('link', { name: label('bg') });
		await expect(exit).toBeVisible();
		await expect(exit).toBeInViewport({ ratio: 1 });
		await page.emulateMedia({ media: 'print' });
		await expect(exit).toBeHidden();
	});
});

test.describe('the quick exit without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('is an ordinary link to the neutral site that sends no referrer', async ({ page }) => {
		const requests = await fakeNeutralSite(page);
		await page.goto('/es/about/');
		await page.getByRole('link', { name: label('es') }).click();
		await page.waitForURL(quickExitDestination.es);
		expect(requests).toHaveLength(1);
		expect(requests[0]!.referer).toBeUndefined();
	});
});
