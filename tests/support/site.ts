import type { APIRequestContext } from '@playwright/test';
import { languages, langPrefix, type Lang } from '../../src/config/locales.ts';
import { locsOf, sitemapPathsFromDist } from '../../src/lib/quality/sitemap.ts';

export { languages, langPrefix, type Lang };

/**
 * Every page of the served site, as paths (`/it/about/`), read from its sitemap over HTTP the way
 * a crawler would. (Tests that need the list when they are collected use {@link builtPages}.)
 */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
	const paths: string[] = [];
	for (const sitemap of locsOf(await (await request.get('/sitemap-index.xml')).text())) {
		const xml = await (await request.get(new URL(sitemap).pathname)).text();
		for (const loc of locsOf(xml)) paths.push(decodeURI(new URL(loc).pathname));
	}
	if (paths.length === 0) throw new Error('The sitemap lists no page: was the site built?');
	return paths.sort();
}

/** The language of a page path: `/bg/about/` → `bg`, `/about/` → `en`. */
export function langOfPath(path: string): Lang {
	return languages.find((lang) => lang !== 'en' && path.startsWith(`${langPrefix(lang)}/`)) ?? 'en';
}

/**
 * The pages the browser tests visit, known when the tests are collected: every page in the
 * built sitemap (`dist/`), plus each language's "not found" page (not in the sitemap).
 */
export function builtPages(): string[] {
	return [...sitemapPathsFromDist('dist'), ...languages.map((lang) => `${langPrefix(lang)}/404.html`)];
}

/** The first page in the sitemap under one of these path prefixes (`/guidelines/`), in order of preference. */
export function firstPageUnder(prefixes: readonly string[], pages = sitemapPathsFromDist('dist')): string | undefined {
	for (const prefix of prefixes) {
		const found = pages.find((path) => path.startsWith(prefix) && path !== prefix) ?? pages.find((path) => path === prefix);
		if (found) return found;
	}
	return undefined;
}
