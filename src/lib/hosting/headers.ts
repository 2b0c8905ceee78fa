/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use) so the local server and
 * the tests apply exactly the headers a static host will send.
 *
 * Format: a line with a path pattern (`/*`, `/templates/*`) starts a block; indented
 * `Name: value` lines below it are that block's headers. `#` starts a comment.
 */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path; got "${line.trim()}"`);
		rule.headers.push([match[1]!, match[2]!.trim()]);
	});
	return rules;
}

/** Whether a `_headers` path pattern (`*` matches any run of characters) covers a URL path. */
export function matchesPattern(pattern: string, path: string): boolean {
	const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
	return regex.test(path);
}

/** The headers for one URL path: every matching block applies, later values of a name win. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!matchesPattern(rule.pattern, path)) continue;
		for (const [name, value] of rule.headers) out[name] = value;
	}
	return out;
}

/** Writes rules in the `_headers` format that {@link parseHeadersFile} reads, after a comment. */
export function serializeHeadersFile(rules: readonly HeaderRule[], comment: string): string {
	const head = comment.split('\n').map((line) => `# ${line}`.trimEnd());
	const blocks = rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
	return `${[...head, '', blocks.join('\n\n')].join('\n')}\n`;
}

function nginxString(value: string): string {
	if (value.includes('$')) throw new Error(`nginx would read "$" in a header value as a variable: ${value}`);
	return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * The same rules for nginx, to `include` in a `server` block. `/*` becomes server-wide
 * `add_header` lines; another pattern must be a path prefix ending in `*` (`/_astro/*`) and
 * becomes a `location ^~` block that repeats the server-wide headers, since nginx drops them
 * in any location that adds its own.
 */
export function nginxHeaders(rules: readonly HeaderRule[], comment: string): string {
	const line = ([name, value]: [string, string], indent: string) => `${indent}add_header ${name} ${nginxString(value)} always;`;
	const global = rules.filter((rule) => rule.pattern === '/*').flatMap((rule) => rule.headers);
	const out = comment.split('\n').map((l) => `# ${l}`.trimEnd());
	out.push('', ...global.map((h) => line(h, '')));
	for (const rule of rules) {
		if (rule.pattern === '/*') continue;
		const prefix = rule.pattern.slice(0, -1);
		if (!rule.pattern.endsWith('*') || prefix.includes('*')) {
			throw new Error(`nginx: cannot turn the _headers pattern "${rule.pattern}" into a location; use a path prefix ending in "*"`);
		}
		const merged = new Map(global);
		for (const [name, value] of rule.headers) merged.set(name, value);
		out.push('', `location ^~ ${prefix} {`, ...[...merged].map((h) => line(h, '\t')), '}');
	}
	return `${out.join('\n')}\n`;
}
