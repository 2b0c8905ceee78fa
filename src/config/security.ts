/**
 * The site's security and privacy policy, in one place. The build turns it into
 * - the Content-Security-Policy `<meta>` of every page (Astro's `security.csp`, with hashes of
 *   every inline script and style: see src/integrations/security-headers.ts), and
 * - the host configuration shipped with the site: `dist/_headers` (Netlify, Cloudflare Pages,
 *   and `npm run serve`) and `dist/_nginx-headers.conf` (included by deploy/nginx.conf).
 * The header policy is the `<meta>` policy of the built pages plus what only a header can say, so
 * the two cannot drift apart.
 */

/**
 * Directives of the page policy besides `script-src` and `style-src`, which Astro writes with
 * its hashes. The site asks nothing of any other origin (see tests/a11y/pages.spec.ts).
 */
export const cspDirectives = [
	// Anything not named below: this site only.
	"default-src 'self'",
	// Images: this site, and `data:` URLs that Starlight's and pagefind's CSS use for small icons.
	"img-src 'self' data:",
	"font-src 'self'",
	// pagefind fetches its index from the site.
	"connect-src 'self'",
	"worker-src 'self'",
	"frame-src 'self'",
	"media-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Script sources besides Astro's hashes. `'wasm-unsafe-eval'` lets pagefind, the site search,
 * compile its WebAssembly; it does not allow `eval()` or inline scripts.
 */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources besides Astro's hashes. Starlight writes custom properties in `style`
 * attributes (`style="--sl-icon-size: 1em"`, `--depth` in the sidebar), which a policy can only
 * allow per attribute with `'unsafe-inline'` in `style-src-attr`. Attributes cannot load
 * anything or run code; `<style>` elements and stylesheets stay limited to this site and hashes.
 */
export const cspStyleResources = [
	"'self'",
	{ resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/** Directives only an HTTP header can carry: no other site may show these pages in a frame. */
export const cspHeaderOnly: Record<string, string[]> = {
	'frame-ancestors': ["'none'"],
};

/**
 * Features no page of the site uses, denied to the page and anything it might embed.
 * `interest-cohort` (FLoC) and `browsing-topics` (its successor) opt the site out of the
 * browser's interest-based advertising. Chromium 156 ignores names it does not know without a
 * console message (checked), so a withdrawn feature costs nothing here.
 */
export const permissionsPolicy = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'interest-cohort',
	'camera',
	'display-capture',
	'encrypted-media',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking',
] as const;

/**
 * Headers for every response, besides Content-Security-Policy (added by the build). Values are
 * what a static host sends; see README "Deploy" for each host.
 */
export const securityHeaders: Record<string, string> = {
	// No address of this site is sent to other sites a person follows a link to.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': permissionsPolicy.map((feature) => `${feature}=()`).join(', '),
	'X-Content-Type-Options': 'nosniff',
	// For browsers that predate `frame-ancestors`.
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	// HTTPS only, for two years, on every subdomain. Browsers ignore it over plain HTTP.
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

/** Extra headers per path pattern (`_headers` syntax). Hashed build assets never change. */
export const pathHeaders: Record<string, Record<string, string>> = {
	'/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
};
