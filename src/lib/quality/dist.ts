import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locsOf } from './sitemap.ts';
import { pathOfFile } from './html.ts';

/** A built site as the checkers see it: its files and its HTML pages, read from `dist/`. */
export interface BuiltSite {
	dir: string;
	/** every file, relative to `dist/` with `/` separators */
	files: Set<string>;
	/** HTML files → the path each is served at (`about/index.html` → `/about/`) */
	pages: Map<string, string>;
	/** the public address the site was built for, from its sitemap */
	site: string;
	read(file: string): string;
}

/** Reads the list of files of a built site (not their contents: {@link BuiltSite.read} does, cached). */
export function readBuiltSite(dir = 'dist'): BuiltSite {
	const files = new Set(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/')),
	);
	if (!files.has('index.html')) throw new Error(`${dir}/index.html not found: build the site first (npm run build)`);
	const pages = new Map([...files].filter((f) => f.endsWith('.html')).map((f) => [f, pathOfFile(f)]));
	const index = files.has('sitemap-index.xml') ? locsOf(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')) : [];
	const site = index[0] ? new URL(index[0]).origin : 'http://localhost:4321';
	const cache = new Map<string, string>();
	return {
		dir,
		files,
		pages,
		site,
		read(file) {
			let text = cache.get(file);
			if (text === undefined) cache.set(file, (text = readFileSync(join(dir, file), 'utf8')));
			return text;
		},
	};
}
