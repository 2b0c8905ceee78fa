import { elementsOf, type Element } from './html.ts';

/**
 * Link checking over a built site: every internal link and `#anchor` must resolve to a built
 * file (and element); links to other sites are listed, never fetched. Pure: the caller reads
 * `dist/` (scripts/check-links.ts) or passes fixtures (tests/unit/links.test.ts).
 */

/** A URL in a page: where it was found and whether the page itself loads it. */
export interface Reference {
	/** e.g. `a[href]`, `img[src]`, `link[rel=canonical][href]` */
	where: string;
	url: string;
	/** loaded by the browser with the page (image, script, stylesheet, frame…), not followed by a person */
	loaded: boolean;
}

/** What a checker needs of one page. */
export interface PageFacts {
	ids: Set<string>;
	references: Reference[];
}

const loadedBy: Record<string, string[]> = {
	img: ['src', 'srcset'],
	script: ['src'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	input: ['src'],
};
const followed: Record<string, string[]> = { a: ['href'], area: ['href'], form: ['action'], blockquote: ['cite'], q: ['cite'] };
/** `<link rel>` values that a browser fetches with the page. */
const loadedLinkRels = ['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'mask-icon'];

function urlsOf(attribute: string, value: string): string[] {
	if (attribute !== 'srcset') return [value.trim()];
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

function referencesOf(element: Element): Reference[] {
	const out: Reference[] = [];
	const add = (attribute: string, loaded: boolean, label = `${element.name}[${attribute}]`) => {
		const value = element.attributes[attribute];
		if (value === undefined) return;
		for (const url of urlsOf(attribute, value)) out.push({ where: label, url, loaded });
	};
	for (const attribute of loadedBy[element.name] ?? []) add(attribute, true);
	for (const attribute of followed[element.name] ?? []) add(attribute, false);
	if (element.name === 'link') {
		const rels = (element.attributes.rel ?? '').toLowerCase().split(/\s+/);
		add('href', rels.some((rel) => loadedLinkRels.includes(rel)), `link[rel=${element.attributes.rel ?? ''}][href]`);
	}
	if (element.name === 'meta') {
		const property = element.attributes.property ?? element.attributes.name ?? '';
		if (/^(og:image|og:url|twitter:image)$/.test(property)) add('content', false, `meta[${property}]`);
	}
	return out;
}

/** The ids (and old-style `<a name>` anchors) and the URL references of a page. */
export function pageFacts(html: string): PageFacts {
	const ids = new Set<string>();
	const references: Reference[] = [];
	for (const element of elementsOf(html)) {
		if (element.attributes.id) ids.add(element.attributes.id);
		if (element.name === 'a' && element.attributes.name) ids.add(element.attributes.name);
		references.push(...referencesOf(element));
	}
	return { ids, references };
}

/** Where a reference points. */
export type Target =
	| { kind: 'internal'; path: string; fragment: string | undefined }
	| { kind: 'external'; url: string }
	| { kind: 'other'; scheme: string };

/**
 * Resolves a reference found on the page at `pagePath`. URLs on the site's own public address
 * (canonical, hreflang, sitemap, og:image) count as internal.
 */
export function resolve(url: string, pagePath: string, site: string): Target {
	const base = new URL(pagePath, site);
	let target: URL;
	try {
		target = new URL(url, base);
	} catch {
		return { kind: 'other', scheme: 'invalid' };
	}
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'other', scheme: target.protocol.slice(0, -1) };
	if (target.origin !== base.origin) return { kind: 'external', url: target.href };
	const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;
	return { kind: 'internal', path: decodeURIComponent(target.pathname), fragment };
}

/**
 * The built file a path is served from, the way static hosts look for it: the file itself,
 * `<path>/index.html` (with or without the trailing slash), or `<path>.html`. A path that needs
 * a host's 404 page resolves to nothing: the 404 page is not the link's target.
 */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
	const bare = path.replace(/^\/+/, '');
	const candidates = path.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`, `${bare}.html`];
	return candidates.find((candidate) => files.has(candidate));
}

export interface LinkProblem {
	page: string;
	link: string;
	where: string;
	reason: string;
}

export interface LinkReport {
	problems: LinkProblem[];
	/** links to other sites: URL → pages that have it */
	external: Map<string, Set<string>>;
	checked: number;
}

/** Schemes a link may use besides http(s); anything else (`javascript:`) is a problem. */
const allowedSchemes = ['mailto', 'tel'];

/**
 * Checks every reference of every page.
 *
 * @param pages page path (`/about/`) → its facts
 * @param files every built file, relative to `dist/` (`about/index.html`, `data/x.csv`)
 * @param ids built HTML file → its ids, for anchors into other pages
 * @param site the site's public address (`https://toolkit.example.org`)
 */
export function checkLinks(
	pages: ReadonlyMap<string, PageFacts>,
	files: ReadonlySet<string>,
	ids: (file: string) => Set<string> | undefined,
	site: string,
): LinkReport {
	const problems: LinkProblem[] = [];
	const external = new Map<string, Set<string>>();
	let checked = 0;
	for (const [page, facts] of pages) {
		for (const { where, url, loaded } of facts.references) {
			checked++;
			const problem = (reason: string) => problems.push({ page, link: url, where, reason });
			if (url === '') {
				problem('empty URL');
				continue;
			}
			const target = resolve(url, page, site);
			if (target.kind === 'other') {
				if (!allowedSchemes.includes(target.scheme)) problem(target.scheme === 'invalid' ? 'not a valid URL' : `"${target.scheme}:" links are not allowed`);
				continue;
			}
			if (target.kind === 'external') {
				if (loaded) problem('loaded from another origin: pages may only load files from this site');
				else external.set(target.url, (external.get(target.url) ?? new Set()).add(page));
				continue;
			}
			const file = fileFor(target.path, files);
			if (!file) {
				problem(`no built file at ${target.path} (a host would answer 404)`);
				continue;
			}
			const fragment = target.fragment;
			if (!fragment || !file.endsWith('.html') || fragment.toLowerCase() === 'top') continue;
			if (!ids(file)?.has(fragment)) problem(`no element with id "${fragment}" on ${target.path}`);
		}
	}
	return { problems, external, checked };
}

/** A failure report: one line per problem, grouped by page. */
export function formatProblems(problems: readonly LinkProblem[]): string {
	const byPage = new Map<string, LinkProblem[]>();
	for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
	return [...byPage]
		.map(([page, list]) => `${page}\n${list.map((p) => `  ${p.where} "${p.link}": ${p.reason}`).join('\n')}`)
		.join('\n');
}
