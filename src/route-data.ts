import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { toLang, langPrefix } from './config/locales.ts';
import { sectionNames, sectionOf } from './config/sections.ts';
import { ogImagePath, withSeoHead } from './lib/og/head.ts';

/**
 * Starlight route middleware: adds each page's Open Graph image (one per section and language,
 * made at build time by src/pages/og/[lang]/[section].png.ts) and keeps "not found" pages out of
 * search engines. The logic is in src/lib/og/head.ts.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = toLang(route.lang);
	const path = context.url.pathname;
	const section = sectionOf(path.slice(langPrefix(lang).length));
	const t = context.locals.t;
	const name = section === 'home' ? route.siteTitle : t(sectionNames[section]);
	route.head = withSeoHead(route.head, {
		path,
		image: ogImagePath(lang, section),
		imageAlt: section === 'home' ? route.siteTitle : t('seo.imageAlt', { section: name }),
		site: context.site,
	});
});
