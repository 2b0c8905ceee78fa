import { languages, langPrefix } from '../../config/locales.ts';

/**
 * The "not found" page for a missing URL: the page of the language whose prefix the URL has
 * (`/bg/…` → `/bg/404.html`), English otherwise. Static hosts apply the same rule through
 * `_redirects` (Netlify), the nearest `404.html` (Cloudflare Pages) or `error_page` (nginx).
 */
export function notFoundPageFor(path: string): string {
	for (const lang of languages) {
		const prefix = langPrefix(lang);
		if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return `${prefix}/404.html`;
	}
	return '/404.html';
}
