import { expect, test, type Page } from '@playwright/test';
import axe, { type AxeResults, type Result, type RunOptions } from 'axe-core';
import { chunk } from '../../src/lib/quality/sitemap.ts';
import { parsePolicy } from '../../src/lib/security/csp.ts';
import { builtPages, langOfPath, langPrefix, languages } from '../support/site.ts';

/**
 * One visit per page of the built site (every page in the sitemap, in every language, plus each
 * language's 404 page), with every page-level check made during that visit:
 * - axe, WCAG 2.2 AA, in the light theme and again in the dark theme;
 * - no request to any other origin, from any page (privacy: no CDN, font host, analytics or
 *   embed; the policy blocks them, and this names them);
 * - the host's headers (the server sends `dist/_headers`) carry the policy and the privacy
 *   headers, and there is no Content-Security-Policy violation and no console error;
 * - on each language's home page, the search too: opening it and searching loads pagefind,
 *   which must come from the site itself and run under the policy.
 *
 * Pages are split into chunks, one test per chunk, so the workers share the crawl.
 *
 * The site chrome (header and sidebar) is the same component on every page, and with 75 pages
 * per language the sidebar holds most of a page's links: axe checks it in full on each
 * language's home page and first sidebar page, and skips it on the others, which keeps the crawl
 * within CI time. Everything else (the page's content, table of contents, landmarks, the
 * document) is checked on every page.
 */

/** axe tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * A theme changes colours only, so the second pass runs the rules that depend on colour.
 * (`link-in-text-block`: links told apart from text by colour alone.)
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
/**
 * WCAG 2.5.3 (label in name) is an "experimental" rule in axe, off unless asked for. Starlight's
 * search button failed it; src/components/starlight/Search.astro fixes that, and this keeps it so.
 */
const extraRules = { 'label-content-name-mismatch': { enabled: true } };

const pages = builtPages();
const pagesPerTest = 6;
const chunks = chunk(pages, Math.ceil(pages.length / pagesPerTest));
/** The site chrome, checked in full on the pages of {@link chromePages} only. */
const chrome = ['header.header', 'nav.sidebar'];
/** Per language: the home page and the first page that has the sidebar. */
const chromePages = new Set(
	languages.flatMap((lang) => {
		const home = `${langPrefix(lang)}/`;
		const first = pages.find((p) => langOfPath(p) === lang && p !== home && !p.endsWith('404.html'));
		return first ? [home, first] : [home];
	}),
);

function describe(violations: Result[], theme: string): string[] {
	return violations.map(
		(v) => `[${theme}] ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n      ')}`,
	);
}

/**
 * Runs axe in the page twice: all WCAG rules in the light theme, then the colour rules in the
 * dark theme (what Starlight's theme picker does: the stylesheet follows `data-theme`). axe is
 * put in every page before the page's own scripts run (see the test), so each page costs two
 * runs and no re-injection: this keeps a crawl of every page, twice, within CI time.
 */
async function runAxe(page: Page, exclude: string[]): Promise<{ light: AxeResults; dark: AxeResults }> {
	const light: RunOptions = { runOnly: { type: 'tag', values: wcagTags }, rules: extraRules, resultTypes: ['violations'] };
	const dark: RunOptions = { runOnly: { type: 'rule', values: colourRules }, resultTypes: ['violations'] };
	return page.evaluate(
		async ({ exclude, light, dark }) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const context = { exclude: exclude.map((selector) => [selector]) } as unknown as import('axe-core').ElementContext;
			document.documentElement.dataset.theme = 'light';
			const lightResults = await axe.run(context, light);
			document.documentElement.dataset.theme = 'dark';
			const darkResults = await axe.run(context, dark);
			return { light: lightResults, dark: darkResults };
		},
		{ exclude, light, dark },
	);
}

/** Opens the search and searches; returns a problem, if the search shows no result. */
async function searchFinds(page: Page): Promise<string | undefined> {
	await page.locator('button[data-open-modal]').click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox').fill('WIN');
	try {
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
		return undefined;
	} catch {
		return 'the search shows no result for "WIN"';
	}
}

test.describe.configure({ mode: 'parallel' });

for (const [index, paths] of chunks.entries()) {
	test(`pages ${index + 1}/${chunks.length}: accessible in both themes, same-origin only, no policy violation or console error (${paths[0]} …)`, async ({
		page,
		baseURL,
	}) => {
		// Generous: a busy machine can be ten times slower than an idle one.
		test.setTimeout(60_000 + paths.length * 60_000);
		const origin = new URL(baseURL!).origin;
		const problems: string[] = [];
		let current = '';

		// The policy blocks requests to other origins; recording them here names them even so.
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`${current}: request to another origin: ${url}`);
		});
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`${current}: uncaught ${error.name}: ${error.message}`));
		// axe itself, in every page of the crawl (added by the browser, not by the page: the
		// page's Content-Security-Policy does not apply to it).
		await page.addInitScript({ content: axe.source });
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
			});
		});

		let checkedLabelRule = false;
		for (const path of paths) {
			current = path;
			const response = await page.goto(path);
			if (!response?.ok()) problems.push(`${path}: HTTP ${response?.status()}`);
			// The host's headers (dist/_headers) came with the page: the policy with what only a
			// header can say, and the privacy headers.
			const headers = response?.headers() ?? {};
			if (!headers['content-security-policy']?.includes("frame-ancestors 'none'")) problems.push(`${path}: no Content-Security-Policy header with frame-ancestors`);
			if (headers['referrer-policy'] !== 'no-referrer') problems.push(`${path}: Referrer-Policy is ${headers['referrer-policy']}`);
			const meta = parsePolicy((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '');
			const header = parsePolicy(headers['content-security-policy'] ?? '');
			for (const [directive, sources] of meta) {
				if (header.get(directive)?.join(' ') !== sources.join(' ')) problems.push(`${path}: the header policy's ${directive} differs from the page's <meta>`);
			}

			const { light, dark } = await runAxe(page, chromePages.has(path) ? [] : chrome);
			problems.push(...describe(light.violations, 'light').map((v) => `${path}: ${v}`));
			checkedLabelRule ||= [...light.passes, ...light.violations].some((r) => r.id === 'label-content-name-mismatch');
			problems.push(...describe(dark.violations, 'dark').map((v) => `${path}: ${v}`));

			if (path === `${langPrefix(langOfPath(path))}/`) {
				const problem = await searchFinds(page);
				if (problem) problems.push(`${path}: ${problem}`);
			}
		}
		if (paths.some((p) => chromePages.has(p))) expect(checkedLabelRule, 'axe ran the label-in-name rule on the search button').toBe(true);
		expect(problems, problems.join('\n')).toEqual([]);
	});
}
