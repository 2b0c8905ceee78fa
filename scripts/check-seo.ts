/**
 * Search and sharing checks over the built site in `dist/`: the sitemap lists every language and
 * no "not found" page; every page in it has a meta description, its own canonical URL and an
 * Open Graph image that exists; robots.txt points to the sitemap; the favicon exists.
 *
 * usage: node scripts/check-seo.ts [--dist dist]
 */
import { parseArgs } from 'node:util';
import { languages, langPrefix } from '../src/config/locales.ts';
import { readBuiltSite } from '../src/lib/quality/dist.ts';
import { fileFor } from '../src/lib/quality/links.ts';
import { checkPage, checkRobots, checkSitemap, headFacts, type SeoProblem } from '../src/lib/quality/seo.ts';
import { sitemapPathsFromDist } from '../src/lib/quality/sitemap.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const site = readBuiltSite(values.dist);
const paths = sitemapPathsFromDist(values.dist);
const problems: SeoProblem[] = [];

problems.push(...checkSitemap(paths, Object.fromEntries(languages.map((lang) => [lang, langPrefix(lang)]))));
problems.push(...checkRobots(site.files.has('robots.txt') ? site.read('robots.txt') : undefined, site.site));
if (!site.files.has('favicon.svg')) problems.push({ page: '/favicon.svg', reason: 'missing' });

for (const path of paths) {
	const file = fileFor(path, site.files);
	if (!file) {
		problems.push({ page: path, reason: 'listed in the sitemap but not built' });
		continue;
	}
	const html = site.read(file);
	problems.push(...checkPage(path, html, site.site));
	const image = headFacts(html).ogImage;
	if (image && !fileFor(new URL(image, site.site).pathname, site.files)) problems.push({ page: path, reason: `og:image ${image} was not built` });
}

console.log(`seo: ${paths.length} pages in the sitemap, ${languages.length} languages`);
if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ${p.page}: ${p.reason}`).join('\n')}`);
	process.exit(1);
}
console.log('seo: every page has a description, a canonical URL and an Open Graph image; sitemap and robots.txt are right');
