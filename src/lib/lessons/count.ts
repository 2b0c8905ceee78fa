/**
 * "12 of 31 lessons" in the page's language: the noun agrees with the total through
 * `Intl.PluralRules`, and both numbers are formatted through `Intl.NumberFormat`.
 * Used at build time and in the browser.
 */
import type { Lang } from '../../config/locales.ts';
import { formatNumber } from '../i18n/format.ts';

/**
 * The phrases of one language by plural category. `other` is required; a category a language
 * lacks (or a phrase not written for it) falls back to `other`.
 */
export type PluralPhrases = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** Phrases with `{shown}` and `{total}` placeholders. */
export type CountPhrases = PluralPhrases;

/** The phrase for `n` in the language's plural category. */
export function choosePlural(lang: Lang, n: number, phrases: PluralPhrases): string {
	return phrases[new Intl.PluralRules(lang).select(n)] ?? phrases.other;
}

/** "12 of 31 lessons" (en), "12 di 31 …" (it), … */
export function formatCount(lang: Lang, shown: number, total: number, phrases: CountPhrases): string {
	return choosePlural(lang, total, phrases)
		.replaceAll('{shown}', formatNumber(shown, lang, 0))
		.replaceAll('{total}', formatNumber(total, lang, 0));
}
