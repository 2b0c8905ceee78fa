/**
 * The glossary in one language: each term with its text in that language, sorted the way a
 * reader of that language expects (`Intl.Collator`), so Bulgarian terms in Cyrillic come in
 * Bulgarian alphabetical order and "Émigration" sorts with E in Spanish and Italian.
 */
import { langPrefix, type Lang } from '../config/locales.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

export interface GlossaryItem {
	/** Anchor on the glossary page, the same in every language. */
	id: string;
	term: string;
	expansion?: string;
	explanation: string;
	link?: { href: string; label: string; external: boolean };
}

/** A site path in the page's language (`/countries/` → `/bg/countries/`); other addresses as they are. */
export function localizeHref(href: string, lang: Lang): string {
	return href.startsWith('/') ? `${langPrefix(lang)}${href}` : href;
}

/**
 * The glossary entries in `lang`, sorted by their term in that language.
 * Ties (the same term, e.g. an abbreviation kept in two entries) keep the order of their ids.
 */
export function glossaryFor(entries: readonly GlossaryEntry[], lang: Lang): GlossaryItem[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	return entries
		.map((entry) => ({
			id: entry.id,
			term: entry.term[lang],
			...(entry.expansion ? { expansion: entry.expansion[lang] } : {}),
			explanation: entry.explanation[lang],
			...(entry.link
				? {
						link: {
							href: localizeHref(entry.link.href, lang),
							label: entry.link.label[lang],
							external: !entry.link.href.startsWith('/'),
						},
					}
				: {}),
		}))
		.sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}
