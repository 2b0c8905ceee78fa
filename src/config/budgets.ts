import type { Budget } from '../lib/quality/weight.ts';

/**
 * Byte budgets of the built pages, checked by `npm test` (scripts/check-budgets.ts) and shown by
 * `npm run bench`. Sizes are gzip bytes (what every host can send; brotli is smaller still) of
 * what a page downloads before the person does anything: its HTML, stylesheets and scripts with
 * their static imports. Code a page loads when the person acts (`import()`: the search index,
 * the PDF library of the filler) is not counted. Each page meets the first budget it matches.
 *
 * Starlight's search also loads its interface (`ui-core`, about 26 KB gzip) once the browser is
 * idle; that is Starlight's own, the same on every page, and shown by `npm run bench`, not here.
 *
 * Measured when these were set (Starlight 0.42, an About page): HTML 8 KB, CSS 12 KB (11.4 KB
 * of it Starlight's shared stylesheet), JS 4.1 KB (search button, theme and language pickers,
 * table of contents).
 */
export const budgets: Budget[] = [
	{
		name: 'fill-in page',
		why: 'a form to fill in must open fast on a slow phone; the PDF library loads only when the person acts',
		match: /^\/(?:[a-z]{2}\/)?templates\/[^/]+\/fill\/$/,
		// Its own bytes: the shared Starlight files are already cached from the page that led here.
		own: 20 * 1024,
		js: 24 * 1024,
	},
	{
		name: 'aggregate page',
		why: 'the page that adds up surveys loads a small script that takes the files; the PDF library loads only when files come in',
		match: /^\/(?:[a-z]{2}\/)?templates\/[^/]+\/aggregate\/$/,
		own: 20 * 1024,
		js: 12 * 1024,
	},
	{
		name: 'content page',
		why: "content pages ship no JavaScript beyond Starlight's own and the quick exit; tables and charts are HTML and SVG",
		match: /^\//,
		js: 6 * 1024,
		css: 16 * 1024,
		html: 48 * 1024,
	},
];
