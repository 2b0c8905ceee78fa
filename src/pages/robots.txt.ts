import type { APIRoute } from 'astro';

/** `/robots.txt`: every page may be indexed; the sitemap is at the site's public address. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', site ?? 'http://localhost:4321').href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
