import lighthouse from 'lighthouse';
import { benchPorts, type BenchContext, type BenchTable } from './_shared.ts';

export const title = 'Lighthouse (mobile): performance, accessibility, best practices, SEO';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function run(context: BenchContext): Promise<BenchTable[]> {
	const base = await context.siteUrl();
	await context.browser(); // Lighthouse drives the bench's Chromium through its debugging port
	const rows: (string | number)[][] = [];
	for (const lang of ['en', 'bg'] as const) {
		for (const [kind, path] of context.representative(lang)) {
			if (!path) {
				rows.push([lang, kind, 'not built yet', '', '', '', '']);
				continue;
			}
			const result = await lighthouse(`${base}${path}`, {
				port: benchPorts.debugging,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			const lhr = result?.lhr;
			const score = (c: string) => {
				const value = lhr?.categories[c]?.score;
				return value === null || value === undefined ? '–' : String(Math.round(value * 100));
			};
			const lcp = lhr?.audits['largest-contentful-paint']?.displayValue ?? '';
			rows.push([lang, kind, path, ...categories.map(score), lcp]);
		}
	}
	return [
		{
			caption: `Lighthouse ${'13'} scores, mobile emulation with simulated throttling (0–100)`,
			columns: ['lang', 'kind', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP'],
			rows,
			notes: ['Performance varies from run to run with the machine load; the other three do not.'],
		},
	];
}
