import { firstPageUnder, languages, langPrefix } from '../support/site.ts';

/**
 * Representative pages for the checks that look at one page closely (keyboard, print, motion):
 * the first page of each kind the sitemap has (`/` is the home page), in English and Bulgarian (the longest words and
 * another script), falling back to the About page while a section has no page yet.
 */
export function representativePages(prefixes: readonly string[], langs: readonly (typeof languages)[number][] = ['en', 'bg']): string[] {
	const pages = new Set<string>();
	for (const lang of langs) {
		for (const prefix of prefixes) {
			const page = prefix === '/' ? `${langPrefix(lang)}/` : firstPageUnder([`${langPrefix(lang)}${prefix}`, `${langPrefix(lang)}/about/`]);
			if (page) pages.add(page);
		}
	}
	if (pages.size === 0) throw new Error('No representative page in the sitemap: was the site built?');
	return [...pages];
}
