import type { Lang } from '../../config/locales.ts';
import type { Term } from '../../schemas/terminology.ts';

export interface AvoidedTerm {
	lang: Lang;
	file: string;
	line: number;
	word: string;
	/** the term to use instead */
	use: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the words a page uses that the terminology says to avoid in its language, as whole
 * words in any letter case (Cyrillic included).
 */
export function findAvoidedTerms(terms: readonly Term[], lang: Lang, file: string, text: string): AvoidedTerm[] {
	const found: AvoidedTerm[] = [];
	const lines = text.split('\n');
	for (const term of terms) {
		for (const word of term.avoid?.[lang] ?? []) {
			const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu');
			lines.forEach((line, i) => {
				if (pattern.test(line)) found.push({ lang, file, line: i + 1, word, use: term.term[lang] });
			});
		}
	}
	return found;
}
