import { elementsOf } from './html.ts';
import { locsOf } from './sitemap.ts';

/**
 * Search and sharing checks over a built site: what every page in the sitemap must carry, and
 * what the sitemap and robots.txt must say. Pure: the caller reads the files.
 */

export interface SeoProblem {
	page: string;
	reason: string;
}

/** The head facts a page is checked on. */
export function headFacts(html: string) {
	const elements = elementsOf(html);
	const meta = (key: string) =>
		elements.find((e) => e.name === 'meta' && (e.attributes.name === key || e.attributes.property === key))?.attributes.content;
	return {
		lang: elements.find((e) => e.name === 'html')?.attributes.lang,
		title: elements.some((e) => e.name === 'title'),
		description: meta('description'),
		canonical: elements.find((e) => e.name === 'link' && e.attributes.rel === 'canonical')?.attributes.href,
		ogImage: meta('og:image'),
		ogImageAlt: meta('og:image:alt'),
		robots: meta('robots'),
	};
}

/**
 * Problems of one page listed in the sitemap: it needs a non-empty meta description, a canonical
 * URL that is its own address, an `og:image` on the site, and must not say `noindex`.
 */
export function checkPage(path: string, html: string, site: string): SeoProblem[] {
	const facts = headFacts(html);
	const problems: string[] = [];
	if (!facts.description?.trim()) problems.push('no <meta name="description"> (set `description` in the page frontmatter)');
	if (!facts.canonical) problems.push('no <link rel="canonical">');
	else if (new URL(facts.canonical).pathname !== path || new URL(facts.canonical).origin !== new URL(site).origin) {
		problems.push(`canonical URL ${facts.canonical} is not this page's address`);
	}
	if (!facts.ogImage) problems.push('no <meta property="og:image">');
	else if (new URL(facts.ogImage, site).origin !== new URL(site).origin) problems.push(`og:image ${facts.ogImage} is not on this site`);
	if (facts.ogImage && !facts.ogImageAlt?.trim()) problems.push('og:image has no og:image:alt');
	if (facts.robots?.includes('noindex')) problems.push('listed in the sitemap but marked noindex');
	if (!facts.lang) problems.push('no <html lang>');
	return problems.map((reason) => ({ page: path, reason }));
}

/**
 * Problems of the sitemap itself: every language must be listed, and no "not found" page.
 *
 * @param paths the page paths the sitemap lists
 * @param prefixes language → its path prefix ('' for the root language)
 */
export function checkSitemap(paths: readonly string[], prefixes: Record<string, string>): SeoProblem[] {
	const problems: SeoProblem[] = [];
	for (const [lang, prefix] of Object.entries(prefixes)) {
		const home = `${prefix}/`;
		if (!paths.includes(home)) problems.push({ page: '/sitemap-index.xml', reason: `the ${lang} home page ${home} is not listed` });
	}
	for (const path of paths) {
		if (/(^|\/)404(\/|\.html)?$/.test(path)) problems.push({ page: '/sitemap-index.xml', reason: `lists the "not found" page ${path}` });
	}
	return problems;
}

/** Problems of robots.txt: it must point to the sitemap at the site's address. */
export function checkRobots(text: string | undefined, site: string): SeoProblem[] {
	const expected = new URL('/sitemap-index.xml', site).href;
	if (text === undefined) return [{ page: '/robots.txt', reason: 'missing' }];
	const sitemaps = [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map(([, url]) => url);
	if (!sitemaps.includes(expected)) return [{ page: '/robots.txt', reason: `no "Sitemap: ${expected}" line` }];
	if (/^disallow:\s*\/\s*$/im.test(text)) return [{ page: '/robots.txt', reason: 'disallows the whole site' }];
	return [];
}

export { locsOf };
