import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { languages, languagesWithoutStarlightStrings, type Lang } from '../config/locales.ts';
import { mergeUiStrings } from '../lib/i18n/ui-strings.ts';
import { ContentError } from '../lib/errors.ts';

/** Every key Starlight's i18n schema knows: its own UI, pagefind's and Expressive Code's. */
export const starlightKeys: readonly string[] = Object.keys(i18nSchema().shape);

/** The JSON files of one language in `content/i18n/<lang>/`, by path. */
export async function readLanguage(root: URL, lang: Lang): Promise<Record<string, unknown>> {
	const dir = new URL(`content/i18n/${lang}/`, root);
	const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('_')).sort();
	const files: Record<string, unknown> = {};
	for (const name of names) {
		const file = `content/i18n/${lang}/${name}`;
		try {
			files[file] = JSON.parse(await readFile(new URL(name, dir), 'utf8'));
		} catch (error) {
			throw new ContentError(file, [`is not valid JSON: ${(error as Error).message}`]);
		}
	}
	return files;
}

/**
 * Reads `content/i18n/<lang>/*.json` for every language, merges the files of each language and
 * checks every language key by key against English.
 *
 * @param root the project root
 * @returns the UI strings per language
 * @throws ContentError naming the file and key at fault
 */
export async function readUiStrings(root: URL): Promise<Record<Lang, Record<string, string>>> {
	const english = mergeUiStrings({ lang: 'en', files: await readLanguage(root, 'en') }, { starlightKeys, requiresStarlightKeys: false });
	const englishKeys = new Set(Object.keys(english));
	const out = { en: english } as Record<Lang, Record<string, string>>;
	for (const lang of languages) {
		if (lang === 'en') continue;
		out[lang] = mergeUiStrings(
			{ lang, files: await readLanguage(root, lang) },
			{
				starlightKeys,
				requiresStarlightKeys: languagesWithoutStarlightStrings.includes(lang),
				englishKeys,
				englishDir: 'content/i18n/en/',
			},
		);
	}
	return out;
}

/**
 * Starlight's `i18n` collection, read from `content/i18n/<lang>/*.json` (see `readUiStrings`):
 * one entry per language.
 *
 * Entries carry no `filePath` on purpose: Starlight then keys them by id (the language code),
 * whereas with a path it would expect them under `src/content/i18n/`.
 */
export function uiStringsLoader(): Loader {
	return {
		name: 'win-ui-strings',
		async load({ store, config, generateDigest, watcher, logger }) {
			const sync = async () => {
				const strings = await readUiStrings(config.root);
				store.clear();
				for (const lang of languages) {
					store.set({ id: lang, data: strings[lang], digest: generateDigest(strings[lang]) });
				}
			};
			await sync();
			const dir = fileURLToPath(new URL('content/i18n/', config.root));
			watcher?.add(dir);
			watcher?.on('change', (path) => {
				if (path.startsWith(dir)) sync().catch((error: Error) => logger.error(error.message));
			});
		},
	};
}
