// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { locales, siteTitle } from './src/config/locales.ts';
import { sidebar } from './src/config/sidebar.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { contentDir } from './src/integrations/content-dir.ts';
import { isLessonViewPath } from './src/lib/lessons/filter.ts';
import { contentSecurityPolicy, securityHeaders } from './src/integrations/security-headers.ts';

// Canonical URLs, hreflang alternates and the sitemap need the public address.
// Set SITE_URL when building for a real host (see README, "Deploy").
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'ignore',
	// Content-Security-Policy with hashes on every page, and the same policy in the host headers:
	// see src/config/security.ts.
	security: { csp: await contentSecurityPolicy() },
	build: {
		// HACK: every stylesheet as a file. Astro's CSP hashes the inline styles of pages
		// (`trackStyleHashes` in astro/dist/core/csp/common.js) but not those of components used
		// inside MDX content, so inlined, they would be blocked. No upstream issue found yet; the
		// build's own check (src/integrations/security-headers.ts) fails if this ever recurs.
		inlineStylesheets: 'never',
	},
	// No code samples on this site; Shiki's inline styles would need 'unsafe-inline'.
	markdown: { syntaxHighlight: false },
	integrations: [
		starlight({
			title: siteTitle,
			description:
				'Guidelines, country contexts, results and templates for the socio-economic integration of women who survived trafficking.',
			defaultLocale: 'root',
			locales,
			sidebar,
			// Pages live in content/docs, outside Starlight's default folder: its Markdown plugins
			// must be told to process them too.
			markdown: { processedDirs: ['./content/docs/'] },
			// No code samples on this site: skip Expressive Code and the script it ships.
			expressiveCode: false,
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			components: {
				Header: './src/components/starlight/Header.astro',
				Search: './src/components/starlight/Search.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
			pagination: false,
			// Open Graph image per section and language; "not found" pages kept out of search engines.
			routeMiddleware: './src/route-data.ts',
			favicon: '/favicon.svg',
			// Each language has its own "not found" page: src/pages/404.astro and src/pages/[lang]/404.astro.
			disable404Route: true,
			plugins: [contentDir()],
		}),
		notFoundPages(),
		// Starlight adds this sitemap itself unless the site does. The site does, with Starlight's
		// language settings, to leave out the pre-rendered filtered views of the lessons
		// (/lessons/<facet>/<value>/): they repeat parts of /lessons/ for readers without JavaScript.
		sitemap({
			i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, { lang }]) => [key, lang])) },
			filter: (page) => !isLessonViewPath(new URL(page).pathname),
		}),
		securityHeaders(),
	],
	vite: {
		build: {
			// The site's own page scripts stay separate files rather than being inlined into the HTML
			// (Astro inlines scripts under 4 kB): the browser caches them, each page carries one small
			// file instead of a copy, and the Content-Security-Policy can allow them as same-origin
			// files. They are loaded by components named `*Script.astro` (e.g.
			// src/components/lessons/LessonFilterScript.astro) and by the quick exit, whose bundles Astro
			// names `<Component>.astro_astro_type_script_…js`. Everything else keeps Astro's default.
			assetsInlineLimit: (file) =>
				/(^|\/)[A-Za-z]+Script\.astro_astro_type_script_/.test(file) || file.includes('QuickExit') ? false : undefined,
			rollupOptions: {
				onwarn(warning, warn) {
					// HACK: every MDX page triggers a harmless MODULE_LEVEL_DIRECTIVE warning for
					// "use astro:head-inject". See https://github.com/withastro/astro/issues/18087
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
