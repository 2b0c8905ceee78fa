import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/** An element of a parsed page: its tag name (lower case) and attributes (entities decoded). */
export interface Element {
	name: string;
	attributes: Record<string, string>;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return entities[ref.toLowerCase()] ?? whole;
	});
}

/** Every element of an HTML document, in document order. */
export function elementsOf(html: string): Element[] {
	const out: Element[] = [];
	walkSync(parse(html), (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const element = node as ElementNode;
		const attributes: Record<string, string> = {};
		for (const [name, value] of Object.entries(element.attributes ?? {})) attributes[name.toLowerCase()] = decodeEntities(String(value));
		out.push({ name: element.name.toLowerCase(), attributes });
	});
	return out;
}

/** The URL path a built file is served at: `about/index.html` → `/about/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
	const path = `/${file.replaceAll('\\', '/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
