import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `<loc>` URLs of a sitemap or sitemap index, in order. */
export function locsOf(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(([, loc]) => loc!.replaceAll('&amp;', '&'));
}

/**
 * Every page of a built site as paths (`/it/about/`), read from `dist/sitemap-index.xml` and the
 * sitemaps it lists, the way a crawler finds them. The sitemap holds absolute URLs for the public
 * host; only their paths are kept.
 *
 * @throws Error saying to build first, when there is no sitemap
 */
export function sitemapPathsFromDist(dist = 'dist'): string[] {
	const index = join(dist, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`${index} not found: build the site first (npm run build)`);
	const paths: string[] = [];
	for (const sitemap of locsOf(readFileSync(index, 'utf8'))) {
		const file = join(dist, new URL(sitemap).pathname);
		for (const loc of locsOf(readFileSync(file, 'utf8'))) paths.push(decodeURI(new URL(loc).pathname));
	}
	if (paths.length === 0) throw new Error(`${index} lists no page`);
	return paths.sort();
}

/** Splits a list into `count` chunks of nearly equal size, keeping order inside each chunk. */
export function chunk<T>(items: readonly T[], count: number): T[][] {
	const n = Math.max(1, Math.min(count, items.length));
	const out: T[][] = Array.from({ length: n }, () => []);
	items.forEach((item, i) => out[i % n]!.push(item));
	return out;
}
