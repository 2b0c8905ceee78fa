import { gzipSync } from 'node:zlib';
import { elementsOf } from './html.ts';

/**
 * Page weight: the bytes a page makes a browser download before the person does anything (its
 * HTML, its stylesheets, its scripts and their static imports; not what loads on demand, such as
 * the search index or a PDF library loaded by `import()` when the person acts), each file
 * compressed with gzip as a host would send it. Pure: files are read through a callback.
 */

export interface Weight {
	html: number;
	css: number;
	js: number;
	/** html + css + js */
	total: number;
	/** the CSS and JS files counted, site path (`/_astro/page.js`) → gzip bytes */
	files: Record<string, number>;
}

/**
 * Bytes of a page that are its own: its HTML, and the files that the baseline page (the home
 * page of its language) does not load. A person who comes from another page of the site already
 * has the shared files (Starlight's stylesheet and scripts) in the browser cache.
 */
export function ownBytes(weight: Weight, baseline: Weight | undefined): number {
	const shared = new Set(Object.keys(baseline?.files ?? {}));
	return weight.html + Object.entries(weight.files).reduce((sum, [path, bytes]) => sum + (shared.has(path) ? 0 : bytes), 0);
}

/** Bytes of a text once compressed with gzip (level 9). */
export function gzipSize(text: string | Uint8Array): number {
	return gzipSync(text, { level: 9 }).length;
}

/** Stylesheets (not print-only) and scripts a page loads by itself, as site paths or URLs. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
	const css: string[] = [];
	const js: string[] = [];
	for (const { name, attributes } of elementsOf(html)) {
		if (name === 'link' && attributes.href) {
			const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
			if (rels.includes('stylesheet') && (attributes.media ?? 'all') !== 'print') css.push(attributes.href);
			if (rels.includes('modulepreload')) js.push(attributes.href);
		}
		if (name === 'script' && attributes.src) js.push(attributes.src);
	}
	return { css, js };
}

/** The modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`); not `import()`. */
export function staticImports(code: string): string[] {
	const out: string[] = [];
	for (const [, specifier] of code.matchAll(/(?:^|[;{}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) out.push(specifier!);
	return out;
}

/**
 * The weight of one page.
 *
 * @param pagePath where the page is served (`/it/about/`), to resolve relative URLs
 * @param read a site path's text (`/_astro/x.css`), or undefined if there is no such file
 */
export function pageWeight(pagePath: string, html: string, read: (sitePath: string) => string | undefined): Weight {
	const base = new URL(pagePath, 'http://site.invalid');
	const local = (url: string, from: URL) => {
		const target = new URL(url, from);
		return target.origin === base.origin ? target.pathname : undefined;
	};
	const assets = pageAssets(html);
	const seen = new Set<string>();
	const files: Record<string, number> = {};
	let css = 0;
	let js = 0;
	for (const href of assets.css) {
		const path = local(href, base);
		if (!path || seen.has(path)) continue;
		seen.add(path);
		const text = read(path);
		if (text !== undefined) css += files[path] = gzipSize(text);
	}
	const queue = assets.js.map((src) => local(src, base)).filter((p): p is string => Boolean(p));
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = read(path);
		if (code === undefined) continue;
		js += files[path] = gzipSize(code);
		const from = new URL(path, base);
		for (const specifier of staticImports(code)) {
			const next = local(specifier, from);
			if (next && !seen.has(next)) queue.push(next);
		}
	}
	const htmlBytes = gzipSize(html);
	return { html: htmlBytes, css, js, total: htmlBytes + css + js, files };
}

/** A byte budget for the pages whose path matches. Limits are gzip bytes; leave one out to not limit it. */
export interface Budget {
	name: string;
	/** why this budget exists, for the failure message */
	why: string;
	/** pages it applies to */
	match: RegExp;
	html?: number;
	css?: number;
	js?: number;
	total?: number;
	/** bytes beyond what the language's home page loads (see {@link ownBytes}) */
	own?: number;
}

export interface BudgetProblem {
	page: string;
	budget: string;
	reason: string;
}

/**
 * Checks each page against the first budget that matches it.
 *
 * @returns one problem per limit exceeded, with the measured size, the limit and the budget's reason
 */
export function checkBudgets(
	weights: ReadonlyMap<string, Weight>,
	budgets: readonly Budget[],
	baselineOf: (page: string) => Weight | undefined = () => undefined,
): BudgetProblem[] {
	const problems: BudgetProblem[] = [];
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	for (const [page, weight] of weights) {
		const budget = budgets.find((b) => b.match.test(page));
		if (!budget) continue;
		const measured = { ...weight, own: ownBytes(weight, baselineOf(page)) };
		for (const part of ['html', 'css', 'js', 'total', 'own'] as const) {
			const limit = budget[part];
			if (limit !== undefined && measured[part] > limit) {
				problems.push({
					page,
					budget: budget.name,
					reason: `${part === 'own' ? 'its own bytes' : part.toUpperCase()}: ${kb(measured[part])} gzip, over the ${budget.name} budget of ${kb(limit)} (${budget.why})`,
				});
			}
		}
	}
	return problems;
}
