import { kb, seconds, type BenchContext, type BenchTable } from './_shared.ts';

export const title = 'Search: what a first search downloads';

const queries = { en: 'women', bg: 'жени' } as const;

export async function run(context: BenchContext): Promise<BenchTable[]> {
	const base = await context.siteUrl();
	const browser = await context.browser();
	const rows: (string | number)[][] = [];
	for (const [lang, query] of Object.entries(queries)) {
		const home = context.representative(lang as 'en' | 'bg').get('home');
		if (!home) continue;
		const page = await browser.newPage();
		await page.goto(`${base}${home}`, { waitUntil: 'networkidle' });
		const requests: Promise<{ url: string; wire: number; raw: number }>[] = [];
		page.on('requestfinished', (request) => {
			if (!request.url().includes('/pagefind/') && !request.url().includes('ui-core')) return;
			requests.push(
				(async () => {
					const sizes = await request.sizes();
					const body = await (await request.response())?.body();
					return { url: request.url(), wire: sizes.responseBodySize, raw: body?.length ?? 0 };
				})(),
			);
		});
		const started = performance.now();
		await page.locator('button[data-open-modal]').click();
		await page.getByRole('dialog').getByRole('textbox').fill(query);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const elapsed = performance.now() - started;
		await page.waitForLoadState('networkidle');
		const done = await Promise.all(requests);
		await page.close();
		const wire = done.reduce((s, r) => s + r.wire, 0);
		const raw = done.reduce((s, r) => s + r.raw, 0);
		rows.push([lang, `"${query}"`, `${done.length}`, kb(wire), kb(raw), seconds(elapsed)]);
	}
	return [
		{
			caption: 'First search from the home page (open the search, type, first result shown)',
			columns: ['language', 'query', 'requests', 'transferred', 'uncompressed', 'time to first result'],
			rows,
			notes: ['Transferred as served by scripts/serve.ts (brotli for text; pagefind index files are compressed already).'],
		},
	];
}
