import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { readUiStrings } from '../loaders/i18n.ts';
import { locales } from '../config/locales.ts';

type PluginFactory = (context: { fileURL?: URL } & Record<string, unknown>) => unknown;
interface ProcessorWithPlugins {
	options?: { mdastPlugins?: unknown[]; hastPlugins?: unknown[] };
}

/**
 * Makes Starlight's Markdown transforms (asides, heading anchor links) work in the page's
 * language for pages kept in `content/docs/` and UI strings kept in `content/i18n/`, rather than
 * Starlight's fixed `src/content/docs/` and `src/content/i18n/`.
 *
 * Starlight works out a page's language from its path under `src/content/docs/`, and its
 * Markdown transforms read UI strings from `src/content/i18n/` directly; with our folders a
 * Bulgarian page got "Section titled …" as its anchor labels. This plugin
 * - hands Starlight our UI strings through `injectTranslations`, and
 * - wraps the Markdown transforms Starlight registered so they see the path they expect.
 *
 * HACK: remove once Starlight supports custom collection folders; see the note on that limitation
 * in `@astrojs/starlight/utils/collection.ts`.
 */
export function contentDir({ docs = 'content/docs/', starlightDocs = 'src/content/docs/' } = {}): StarlightPlugin {
	return {
		name: 'win-content-dir',
		hooks: {
			'i18n:setup': async ({ injectTranslations }) => {
				const strings = await readUiStrings(new URL('../../', import.meta.url));
				// Starlight keys plugin translations by BCP-47 tag.
				injectTranslations(Object.fromEntries(Object.values(locales).map(({ lang }) => [lang, strings[lang]])));
			},
			'config:setup': ({ addIntegration }) => {
				addIntegration(markdownPaths(docs, starlightDocs));
			},
		},
	};
}

function markdownPaths(from: string, to: string): AstroIntegration {
	return {
		name: 'win-content-dir-markdown-paths',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const root = config.root.href;
				const processor = config.markdown.processor as ProcessorWithPlugins | undefined;
				const wrap = (plugins: unknown[] | undefined) =>
					plugins?.forEach((plugin, i) => {
						if (typeof plugin !== 'function') return;
						const factory = plugin as PluginFactory;
						plugins[i] = (context: { fileURL?: URL } & Record<string, unknown>) => {
							const href = context.fileURL?.href;
							if (!href?.startsWith(root + from)) return factory(context);
							return factory({ ...context, fileURL: new URL(root + to + href.slice((root + from).length)) });
						};
					});
				wrap(processor?.options?.mdastPlugins);
				wrap(processor?.options?.hastPlugins);
			},
		},
	};
}
