import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy helpers: hashing inline code, reading and writing policies, and
 * checking that every inline `<script>` and `<style>` of a built page is allowed by its policy.
 * Pure functions over strings; the build (src/integrations/security-headers.ts), the header
 * files and the tests use them.
 */

/** A policy as an ordered list of directives, each with its sources: `script-src` → `'self' 'sha256-…'`. */
export type Policy = Map<string, string[]>;

/** The CSP source of some inline code: `'sha256-<base64>'` (SHA-256, the algorithm Astro uses by default). */
export function cspHash(content: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/**
 * The bodies of the `<script is:inline>` elements of an `.astro` file, as Astro emits them
 * (Astro copies an inline script's text unchanged). Scripts with `define:vars` are skipped: their
 * text depends on the page, so no hash can be known in advance.
 */
export function inlineScriptsOfAstroSource(source: string): string[] {
	const bodies: string[] = [];
	for (const [, attributes, body] of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (!/\bis:inline\b/.test(attributes!) || /\bdefine:vars\b/.test(attributes!) || /\bsrc=/.test(attributes!)) continue;
		bodies.push(body!);
	}
	return bodies;
}

/** Parses a policy (`a b; c d`) into its directives. Names are lower-cased; a repeated directive keeps the first, as browsers do. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!policy.has(key)) policy.set(key, sources);
	}
	return policy;
}

/** Writes a policy back as one header value: `default-src 'self'; script-src 'self' 'sha256-…'`. */
export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Directives that a `<meta>` policy cannot carry (browsers ignore them there and warn), so they
 * belong in the HTTP header only. See https://www.w3.org/TR/CSP3/#meta-element
 */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/**
 * The policy for the HTTP header: the page policy Astro wrote into `<meta>`, plus header-only
 * directives. Both policies then apply to a page (a browser enforces each), so the header must
 * never be stricter than the `<meta>` for what a page needs: it is the same policy, plus
 * restrictions that only a header can express.
 */
export function headerPolicy(metaPolicy: string, headerOnly: Record<string, string[]>): string {
	const policy = parsePolicy(metaPolicy);
	for (const name of Object.keys(headerOnly)) {
		if (!(headerOnlyDirectives as readonly string[]).includes(name)) {
			throw new Error(`"${name}" can be set in the page's <meta> policy (security.csp.directives); only ${headerOnlyDirectives.join(', ')} belong to the header alone`);
		}
		policy.set(name, headerOnly[name]!);
	}
	return serializePolicy(policy);
}

/** An inline script or style found in a page. */
export interface InlineBlock {
	kind: 'script' | 'style';
	content: string;
	/** the first characters, to name the block in an error message */
	excerpt: string;
}

/**
 * The inline `<script>` and `<style>` elements of an HTML page (not `<script src>`, nor data
 * blocks such as `type="application/ld+json"`, which browsers do not execute).
 */
export function inlineBlocksOf(html: string): InlineBlock[] {
	const blocks: InlineBlock[] = [];
	for (const [, tag, attributes, content] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
		const kind = tag!.toLowerCase() as InlineBlock['kind'];
		if (kind === 'script') {
			if (/\bsrc\s*=/.test(attributes!)) continue;
			const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase();
			if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		}
		blocks.push({ kind, content: content!, excerpt: content!.trim().replace(/\s+/g, ' ').slice(0, 60) });
	}
	return blocks;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicyOf(html: string): string | undefined {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
		const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag) ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag);
		return content?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	}
	return undefined;
}

/** The sources that allow an inline block of this kind: `script-src-elem`, else `script-src`, else `default-src`. */
function sourcesFor(policy: Policy, kind: InlineBlock['kind']): string[] | undefined {
	return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
}

/**
 * The inline blocks of a page that its own `<meta>` policy does not allow, each with the hash
 * that would allow it. `'unsafe-inline'` is not accepted for scripts: a policy that needs it
 * protects nothing.
 */
export function blockedInlineBlocks(html: string): Array<InlineBlock & { hash: string }> {
	const policyText = metaPolicyOf(html);
	const policy = parsePolicy(policyText ?? '');
	const blocked: Array<InlineBlock & { hash: string }> = [];
	for (const block of inlineBlocksOf(html)) {
		const hash = cspHash(block.content);
		const sources = sourcesFor(policy, block.kind) ?? [];
		const allowed = sources.includes(`'${hash}'`) || (block.kind === 'style' && sources.includes("'unsafe-inline'") && !sources.some((s) => s.startsWith("'sha")));
		if (!allowed) blocked.push({ ...block, hash });
	}
	return blocked;
}
