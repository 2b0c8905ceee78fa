import { describe, expect, it } from 'vitest';
import {
	blockedInlineBlocks,
	cspHash,
	headerPolicy,
	inlineBlocksOf,
	inlineScriptsOfAstroSource,
	metaPolicyOf,
	parsePolicy,
	serializePolicy,
} from '../../src/lib/security/csp.ts';
import { nginxHeaders, parseHeadersFile, serializeHeadersFile } from '../../src/lib/hosting/headers.ts';

const page = (policy: string, body: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('Content-Security-Policy hashes', () => {
	it('hashes like browsers do (SHA-256, base64)', () => {
		// The empty string's SHA-256, as Chromium reports it for an empty inline script.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash('alert(1)')).not.toBe(cspHash('alert(1) '));
	});

	it('finds the is:inline scripts of an .astro file, keeping their exact text', () => {
		const source = `---\nconst a = 1;\n---\n<script is:inline>\n\tconsole.log(1);\n</script>\n<script>bundled()</script>\n<script is:inline define:vars={{ a }}>x(a)</script>\n<script is:inline aria-hidden="true">y()</script>`;
		expect(inlineScriptsOfAstroSource(source)).toEqual(['\n\tconsole.log(1);\n', 'y()']);
	});

	it('reads and writes policies', () => {
		const policy = parsePolicy("default-src 'self'; Script-Src 'self' 'sha256-x=';; script-src 'none'");
		expect([...policy.keys()]).toEqual(['default-src', 'script-src']);
		expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
	});

	it('adds header-only directives to the page policy, and refuses others', () => {
		expect(headerPolicy("script-src 'self'", { 'frame-ancestors': ["'none'"] })).toBe("script-src 'self'; frame-ancestors 'none'");
		expect(() => headerPolicy("script-src 'self'", { 'img-src': ["'self'"] })).toThrow('only frame-ancestors');
	});

	it('reads the policy of a page, entities decoded', () => {
		expect(metaPolicyOf(page('script-src &#39;self&#39;', ''))).toBe("script-src 'self'");
		expect(metaPolicyOf('<html><head></head></html>')).toBeUndefined();
	});

	it('finds inline scripts and styles, not external scripts or data blocks', () => {
		const html = '<script src="/a.js"></script><script type="module">m()</script><script type="application/ld+json">{}</script><style>p{}</style><script>s()</script>';
		expect(inlineBlocksOf(html).map((b) => `${b.kind}:${b.content}`)).toEqual(['script:m()', 'style:p{}', 'script:s()']);
	});

	it('passes a page whose inline code is hashed in its own policy', () => {
		const html = page(`script-src 'self' '${cspHash('ok()')}'; style-src 'self' '${cspHash('p{}')}'`, '<script>ok()</script><style>p{}</style>');
		expect(blockedInlineBlocks(html)).toEqual([]);
	});

	it('fails a page with an inline script that is not hashed, and tells which hash it needs', () => {
		const html = page(`script-src 'self' '${cspHash('ok()')}'`, '<script>ok()</script><script>evil()</script>');
		const blocked = blockedInlineBlocks(html);
		expect(blocked).toHaveLength(1);
		expect(blocked[0]).toMatchObject({ kind: 'script', excerpt: 'evil()', hash: cspHash('evil()') });
	});

	it("does not accept 'unsafe-inline' for scripts, nor a page without a policy", () => {
		expect(blockedInlineBlocks(page("script-src 'self' 'unsafe-inline'", '<script>x()</script>'))).toHaveLength(1);
		expect(blockedInlineBlocks('<html><script>x()</script></html>')).toHaveLength(1);
	});
});

describe('host header files', () => {
	const rules = [
		{ pattern: '/*', headers: [['Referrer-Policy', 'no-referrer'], ['Content-Security-Policy', "default-src 'self'"]] as [string, string][] },
		{ pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] as [string, string][] },
	];

	it('writes a _headers file that reads back the same', () => {
		const text = serializeHeadersFile(rules, 'Generated.\nDo not edit.');
		expect(text.startsWith('# Generated.\n# Do not edit.\n')).toBe(true);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	it('writes nginx add_header lines, repeating the global headers in each location', () => {
		const conf = nginxHeaders(rules, 'Generated.');
		expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
		expect(conf).toMatch(/location \^~ \/_astro\/ \{\n\tadd_header Referrer-Policy "no-referrer" always;\n\tadd_header Content-Security-Policy "default-src 'self'" always;\n\tadd_header Cache-Control "immutable" always;\n\}/);
	});

	it('refuses what nginx cannot express', () => {
		expect(() => nginxHeaders([{ pattern: '/*/x', headers: [] }], '')).toThrow('cannot turn the _headers pattern "/*/x"');
		expect(() => nginxHeaders([{ pattern: '/*', headers: [['X', '$host']] }], '')).toThrow('variable');
	});
});
