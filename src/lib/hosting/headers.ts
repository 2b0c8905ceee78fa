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
