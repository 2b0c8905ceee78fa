import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { budgets } from '../../src/config/budgets.ts';
import { kb, languages, type BenchContext, type BenchTable } from './_shared.ts';

export const title = 'Representative pages: bytes transferred and JavaScript run before the person acts';

const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bytes of a script that ran, from V8's block coverage (inner ranges with count 0 unmark). */
function usedBytes(entry: { source?: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }): number {
	const length = entry.source?.length ?? 0;
	const used = new Uint8Array(length);
	for (const fn of entry.functions) for (const r of fn.ranges) used.fill(r.count > 0 ? 1 : 0, r.startOffset, Math.min(r.endOffset, length));
	return used.reduce((sum, v) => sum + v, 0);
}

export async function run(context: BenchContext): Promise<BenchTable[]> {
	const base = await context.siteUrl();
	const browser = await context.browser();
	const tables: BenchTable[] = [];
	for (const lang of ['en', 'bg'] as const) {
		if (!languages.includes(lang)) continue;
		const rows: (string | number)[][] = [];
		for (const [kind, path] of context.representative(lang)) {
			if (!path) {
				rows.push([kind, 'not built yet', '', '', '', '', '', '', '']);
				continue;
			}
			const page = await browser.newPage();
			const sizes = { document: [0, 0], stylesheet: [0, 0], script: [0, 0], other: [0, 0] } as Record<string, [number, number]>;
			let requests = 0;
			page.on('response', async (response) => {
				requests++;
				const type = response.request().resourceType();
				const key = type in sizes ? type : 'other';
				try {
					const body = await response.body();
					sizes[key]![0] += gzip(body);
					sizes[key]![1] += brotli(body);
				} catch {
					// a redirect has no body
				}
			});
			await page.coverage.startJSCoverage({ resetOnNavigation: false });
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			const coverage = await page.coverage.stopJSCoverage();
			const evaluated = coverage.reduce((sum, e) => sum + (e.source?.length ?? 0), 0);
			const used = coverage.reduce((sum, e) => sum + usedBytes(e), 0);
			await page.close();
			const [docG, docB] = sizes.document!;
			const [cssG, cssB] = sizes.stylesheet!;
			const [jsG, jsB] = sizes.script!;
			const total = (i: 0 | 1) => Object.values(sizes).reduce((sum, s) => sum + s[i], 0);
			const budget = budgets.find((b) => b.match.test(path))?.name ?? '';
			rows.push([kind, path, `${kb(docG)} / ${kb(docB)}`, `${kb(cssG)} / ${kb(cssB)}`, `${kb(jsG)} / ${kb(jsB)}`, `${kb(total(0))} / ${kb(total(1))}`, kb(evaluated), kb(used), `${requests}`, budget]);
		}
		tables.push({
			caption: `Pages (${lang}), cold cache, loaded until the network is idle. Sizes: gzip / brotli`,
			columns: ['kind', 'path', 'HTML', 'CSS', 'JS', 'all', 'JS evaluated', 'JS run', 'requests', 'budget'],
			rows,
			notes: [
				'"JS evaluated": bytes of every script the browser ran (uncompressed); "JS run": the part of it V8 executed.',
				'Byte budgets (src/config/budgets.ts) are checked on every page by npm test (scripts/check-budgets.ts).',
			],
		});
	}
	return tables;
}
