import { expect, test } from '@playwright/test';
import { langOfPath, sitemapPaths } from '../support/site.ts';

/**
 * No page may make a request to anyone but the site itself: no CDN, font host, analytics or
 * embed. Every page in the sitemap, plus each language's 404 page, is loaded; any request to
 * another origin is blocked and reported.
 */
// A trace of a crawl over every page grows huge and slows each page load to a crawl: record none.
test.use({ trace: 'off' });

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
	// Every page is loaded: the time needed grows with the site.
	test.setTimeout(60_000 + paths.length * 4_000);
	const searched = new Set<string>();
	for (const path of paths) {
		current = path;
		await page.goto(path, { waitUntil: 'networkidle' });
		// Open the search too, once per language (each language has one index): it loads
		// pagefind's index and must fetch it from the site itself.
		if (!searched.has(langOfPath(path))) {
			searched.add(langOfPath(path));
			await page.keyboard.press('Control+k');
			await page.keyboard.type('WIN');
			await page.waitForLoadState('networkidle');
		}
	}
	expect([...searched].sort()).toEqual(['bg', 'en', 'es', 'it']);
	expect(paths.length).toBeGreaterThan(8);
	expect(offOrigin).toEqual([]);
});
