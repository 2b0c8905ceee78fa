import type { SectionId } from '../../config/sections.ts';
import type { Lang } from '../../config/locales.ts';

/** A `<head>` entry, in the shape Starlight's route data uses. */
export interface HeadEntry {
	tag: 'title' | 'meta' | 'link' | 'style' | 'base' | 'script' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

/** The path of the Open Graph image of a section in a language: `/og/bg/results.png`. */
export function ogImagePath(lang: Lang, section: SectionId): string {
	return `/og/${lang}/${section}.png`;
}

/** Whether a path is one of the "page not found" pages (`/404.html`, `/it/404/`). */
export function isNotFoundPath(path: string): boolean {
	return /^\/(?:[a-z]{2}\/)?404(?:\/|\.html)?$/.test(path);
}

/**
 * Head entries for sharing and search engines, added to Starlight's:
 * - every page: `og:image` (absolute URL, with size and alternative text) and `twitter:image`;
 * - "not found" pages: `noindex`, and no canonical URL, `og:url` or language alternates (they
 *   would point to an address that does not exist).
 */
export function withSeoHead(
	head: readonly HeadEntry[],
	{ path, image, imageAlt, site }: { path: string; image: string; imageAlt: string; site: URL | undefined },
): HeadEntry[] {
	const out = [...head];
	const absolute = site ? new URL(image, site).href : image;
	out.push(
		{ tag: 'meta', attrs: { property: 'og:image', content: absolute } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: imageAlt } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: absolute } },
	);
	if (!isNotFoundPath(path)) return out;
	return [
		...out.filter(
			({ tag, attrs }) =>
				!(tag === 'link' && (attrs?.rel === 'canonical' || attrs?.rel === 'alternate')) && !(tag === 'meta' && attrs?.property === 'og:url'),
		),
		{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
	];
}
