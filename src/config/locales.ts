/**
 * The site's languages. English is Starlight's root locale (served at `/`);
 * every other language mirrors the English tree under its own prefix.
 *
 * To add a language: add it here, then follow "Add a language" in README.md.
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	it: { label: 'Italiano', lang: 'it' },
	es: { label: 'Español', lang: 'es' },
	bg: { label: 'Български', lang: 'bg' },
} as const;

/** BCP-47 codes of every language the site is written in, English first. */
export const languages = ['en', 'it', 'es', 'bg'] as const;
export type Lang = (typeof languages)[number];

/** The languages whose Starlight UI strings Starlight itself does not ship. */
export const languagesWithoutStarlightStrings: readonly Lang[] = ['bg'];

/** Path prefix of a language: '' for English, '/it' for Italian, … */
export function langPrefix(lang: Lang): string {
	return lang === 'en' ? '' : `/${lang}`;
}

/** Site title in every language, used by Starlight in the header and `<title>`. */
export const siteTitle: Record<Lang, string> = {
	en: 'WIN Toolkit',
	it: 'WIN Toolkit',
	es: 'WIN Toolkit',
	bg: 'WIN Toolkit',
};

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Narrows Starlight's route language (a BCP-47 string) to one of the site's languages. */
export function toLang(value: string): Lang {
	if (!isLang(value)) throw new Error(`Unknown language "${value}": expected one of ${languages.join(', ')}`);
	return value;
}
