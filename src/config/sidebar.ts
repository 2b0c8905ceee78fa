/**
 * The sidebar, one group per section of the site, in the order a reader needs them.
 * Labels come from `content/i18n/<lang>/nav.json`; a section with no pages yet is left out,
 * so the sidebar never points at an empty section.
 */
import en from '../../content/i18n/en/nav.json' with { type: 'json' };
import it from '../../content/i18n/it/nav.json' with { type: 'json' };
import es from '../../content/i18n/es/nav.json' with { type: 'json' };
import bg from '../../content/i18n/bg/nav.json' with { type: 'json' };

type NavKey = keyof typeof en;
const labels = { en, it, es, bg } satisfies Record<string, Record<NavKey, string>>;

interface Section {
	/** key of the group label in nav.json */
	label: NavKey;
	/** page slugs, relative to content/docs without the language prefix */
	items: string[];
}

/** Sections in reading order. Add a page's slug here when the page exists. */
export const sections: Section[] = [
	{ label: 'nav.guidelines', items: [] },
	{ label: 'nav.countries', items: ['countries', 'countries/spain', 'countries/bulgaria', 'countries/italy', 'countries/covid-19'] },
	{ label: 'nav.whatWinDid', items: [] },
	{ label: 'nav.results', items: [] },
	{ label: 'nav.lessons', items: [] },
	{ label: 'nav.templates', items: [] },
	{ label: 'nav.about', items: ['about', 'about/glossary', 'about/cite', 'about/safety'] },
];

function translations(key: NavKey) {
	return { it: labels.it[key], es: labels.es[key], bg: labels.bg[key] };
}

export const sidebar = sections
	.filter((section) => section.items.length > 0)
	.map((section) => ({
		label: labels.en[section.label],
		translations: translations(section.label),
		items: section.items.map((slug) => ({ slug })),
	}));
