import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { browserExecutable } from '../../tests/support/browser.ts';
import { sitemapPathsFromDist } from '../../src/lib/quality/sitemap.ts';
import { languages, langPrefix, type Lang } from '../../src/config/locales.ts';

/** A table a part prints: a caption, column headers and rows of cells. */
export interface BenchTable {
	caption: string;
	columns: string[];
	rows: (string | number)[][];
	notes?: string[];
}

export interface BenchPart {
	title: string;
	run(context: BenchContext): Promise<BenchTable[] | void>;
}

/** Ports the bench may use (servers and the browser's debugging port). */
export const benchPorts = { site: 4355, debugging: 4357 } as const;

export interface BenchContext {
	root: URL;
	/** the built site's server, started on first use (or $BENCH_SITE_URL when set) */
	siteUrl(): Promise<string>;
	/** one Chromium for every part, started on first use */
	browser(): Promise<Browser>;
	/** pages of the sitemap by kind (see {@link representativePages}) */
	representative(lang: Lang): Map<string, string | undefined>;
	close(): Promise<void>;
}

/**
 * The pages the bench measures, one per kind, chosen from the sitemap by path: the home page,
 * the About page, the first guideline page, results page, template page and fill-in page. A kind the site does
 * not have yet maps to undefined ("not built yet").
 */
export function representativePages(paths: readonly string[], lang: Lang): Map<string, string | undefined> {
	const p = langPrefix(lang);
	const first = (test: (path: string) => boolean) => paths.find(test);
	const under = (section: string) => (path: string) => path.startsWith(`${p}/${section}/`) && path !== `${p}/${section}/`;
	return new Map([
		['home', first((path) => path === `${p}/`)],
		['about', first((path) => path === `${p}/about/`)],
		['guideline', first(under('guidelines'))],
		['results', first((path) => under('results')(path) && !path.includes('/data/'))],
		['template', first((path) => new RegExp(`^${p}/templates/[^/]+/$`).test(path))],
		['fill-in', first((path) => new RegExp(`^${p}/templates/[^/]+/fill/$`).test(path))],
	]);
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (server.exitCode !== null) throw new Error(`the server stopped (exit ${server.exitCode})`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} did not answer`);
}

export function benchContext(): BenchContext {
	const root = new URL('../../', import.meta.url);
	let server: ChildProcess | undefined;
	let browser: Browser | undefined;
	return {
		root,
		async siteUrl() {
			// A site already being served (BENCH_SITE_URL=http://localhost:4348), or the bench's own server.
			const given = process.env.BENCH_SITE_URL;
			if (given) return given.replace(/\/+$/, '');
			const url = `http://localhost:${benchPorts.site}`;
			if (!server) {
				server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(benchPorts.site)], { cwd: root, stdio: 'ignore' });
				await waitFor(`${url}/`, server);
			}
			return url;
		},
		async browser() {
			browser ??= await chromium.launch({
				executablePath: browserExecutable(),
				args: [`--remote-debugging-port=${benchPorts.debugging}`],
			});
			return browser;
		},
		representative(lang) {
			return representativePages(sitemapPathsFromDist(new URL('dist', root).pathname), lang);
		},
		async close() {
			await browser?.close();
			server?.kill();
		},
	};
}

/** Prints a table with aligned columns (numbers to the right). */
export function printTable({ caption, columns, rows, notes }: BenchTable): void {
	const cells = [columns, ...rows.map((row) => row.map(String))];
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
	const line = (row: string[]) =>
		row.map((cell, i) => (i > 0 && /^[\d.,%×+-]+( \w+)?$/.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
	console.log(caption);
	console.log(line(columns));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of cells.slice(1)) console.log(line(row));
	for (const note of notes ?? []) console.log(`  ${note}`);
	console.log('');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export { languages };

/** Saves the results as JSON in bench-results/ (not committed) and returns the path. */
export async function saveResults(results: unknown): Promise<string> {
	await mkdir('bench-results', { recursive: true });
	const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
	await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
	return file;
}
