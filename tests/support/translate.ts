import { readdirSync, readFileSync } from 'node:fs';
import { fromStrings, type Translate } from '../../src/lib/i18n/translate.ts';
import type { Lang } from '../../src/config/locales.ts';

/** The site's UI strings of one language, read from content/i18n/<lang>/*.json as the build does. */
export function uiStrings(lang: Lang): Record<string, string> {
	const dir = new URL(`../../content/i18n/${lang}/`, import.meta.url);
	const strings: Record<string, string> = {};
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith('_'))) {
		Object.assign(strings, JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
	}
	return strings;
}

/** A translator that throws on a missing key, so a test notices any gap in the UI strings. */
export function translator(lang: Lang): Translate {
	return fromStrings(uiStrings(lang));
}
