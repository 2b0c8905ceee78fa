/**
 * A light Bulgarian stemmer for search queries.
 *
 * Pagefind has stemming for English, Italian and Spanish but none for Bulgarian, so "жилищата"
 * (the housing) would not find a page that says "жилище" (housing). Pagefind does match a query
 * word as the prefix of indexed words, so cutting each query word back to its stem ("жилищ")
 * finds every inflected form on the pages: жилище, жилища, жилищата.
 *
 * The rules strip the definite article, then one plural, case or verb ending, then a
 * consonant that alternates in plurals (образец / образци → образ; участничка → участни), never leaving fewer
 * than three letters. They are deliberately simple: a slightly broader match is better than none.
 */

/** Definite-article endings, longest first (-ът/-ят short and full forms, -та, -то, -те). */
const articles = ['ът', 'ят', 'та', 'то', 'те'];

/** Plural, adjective and verb endings, longest first. */
const endings = [
	'ове', 'еве', 'ета', 'ия', 'ии', 'ие', 'ски', 'ска', 'ско', 'ни', 'на', 'но', 'ен',
	'ахме', 'ахте', 'аха', 'яха', 'еше', 'аше', 'ите', 'ете', 'ат', 'ят', 'ам', 'ям', 'ем', 'им',
	'ил', 'ила', 'ило', 'или', 'ал', 'ала', 'ало', 'али', 'ях', 'ах', 'ох',
	'а', 'я', 'о', 'е', 'и', 'у', 'ю', 'й',
].sort((a, b) => b.length - a.length);

/** Consonants that alternate before plural endings: к/ц/ч, г/з/ж, х/с/ш. */
const alternating = /[кцчгзжхсш]$/;
const MIN = 3;

const cut = (word: string, suffixes: readonly string[]) => {
	for (const suffix of suffixes) {
		if (word.endsWith(suffix) && word.length - suffix.length >= MIN) return word.slice(0, -suffix.length);
	}
	return word;
};

/** The stem of one Bulgarian word (lower-cased). Words of four letters or fewer stay as they are. */
export function stemBulgarian(word: string): string {
	const lower = word.toLocaleLowerCase('bg');
	if (lower.length <= 4 || !/^[\u0400-\u04FF]+$/.test(lower)) return lower;
	let stem = cut(lower, articles);
	stem = cut(stem, endings);
	// участничк → участни (the -чк- of feminine nouns); образц → образ; мигрантк → мигрант
	if (stem.length > MIN + 2 && stem.endsWith('чк')) stem = stem.slice(0, -2);
	else if (stem.length > MIN + 1 && alternating.test(stem)) stem = stem.slice(0, -1);
	return stem;
}

/** A search query with each Bulgarian word cut back to its stem; other words are kept. */
export function stemBulgarianQuery(query: string): string {
	return query
		.split(/(\s+)/)
		.map((part) => (/\s/.test(part) || part === '' ? part : stemBulgarian(part)))
		.join('');
}
