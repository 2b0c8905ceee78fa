import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

/**
 * No page may make a request to anyone but the site itself: no CDN, font host, analytics or
 * embed. Every page in the sitemap, plus each language's 404 page, is loaded; any request to
 * another origin is blocked and reported.
 */
test('no page requests anything from another origin', async ({ page, request, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const offOrigin: string[] = [];
	let current = '';
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		offOrigin.push(`${current} → ${url}`);
		return route.abort('blockedbyclient');
	});
	const paths = [...(await sitemapPaths(request)), '/404.html', '/it/404.html', '/es/404.html', '/bg/404.html'];
	// The site grows page by page: allow each page its own time rather than one fixed total.
	test.setTimeout(30_000 + paths.length * 20_000);
	for (const path of paths) {
		current = path;
		await page.goto(path, { waitUntil: 'networkidle' });
		// Open the search too: it loads pagefind's index and must fetch it from the site itself.
		await page.keyboard.press('Control+k');
		await page.keyboard.type('WIN');
		await page.waitForLoadState('networkidle');
	}
	expect(paths.length).toBeGreaterThan(8);
	expect(offOrigin).toEqual([]);
});
