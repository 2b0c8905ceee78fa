/**
 * The sections of the site by their first path segment (`/it/results/…` → `results`), with the
 * key of their name in `content/i18n/<lang>/nav.json`. Used for the per-section Open Graph
 * images and the representative pages of the benchmark. Pages outside every section (the home
 * page) belong to `home`.
 */
export const sectionNames = {
	guidelines: 'nav.guidelines',
	countries: 'nav.countries',
	'what-win-did': 'nav.whatWinDid',
	results: 'nav.results',
	lessons: 'nav.lessons',
	templates: 'nav.templates',
	about: 'nav.about',
} as const;

export type SectionId = keyof typeof sectionNames | 'home';
export const sectionIds = ['home', ...Object.keys(sectionNames)] as SectionId[];

/** The section of a page path without its language prefix: `/results/pip-summary/` → `results`. */
export function sectionOf(pathWithoutLang: string): SectionId {
	const first = pathWithoutLang.split('/').filter(Boolean)[0] ?? '';
	return first in sectionNames ? (first as SectionId) : 'home';
}
