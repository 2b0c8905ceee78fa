/**
 * The sidebar, one group per section of the site, in the order a reader needs them.
 * Labels come from `content/i18n/<lang>/nav.json`; a section with no pages yet is left out,
 * so the sidebar never points at an empty section.
 */
import en from '../../content/i18n/en/nav.json' with { type: 'json' };
import it from '../../content/i18n/it/nav.json' with { type: 'json' };
import es from '../../content/i18n/es/nav.json' with { type: 'json' };
import bg from '../../content/i18n/bg/nav.json' with { type: 'json' };
import { pathwayStepIds } from '../schemas/pathway.ts';
import { templates } from '../../templates/index.ts';
import type { LocalizedText } from '../schemas/common.ts';

type NavKey = keyof typeof en;
const labels = { en, it, es, bg } satisfies Record<string, Record<NavKey, string>>;

/** A page outside content/docs (a generated route), with its label in every language. */
interface LinkItem {
	link: string;
	label: LocalizedText;
}

interface Section {
	/** key of the group label in nav.json */
	label: NavKey;
	/** page slugs, relative to content/docs without the language prefix, or generated pages */
	items: (string | LinkItem)[];
}

/** The template pages, generated from the definitions (src/pages/templates/[id]/). */
const templatePages: LinkItem[] = templates.map((t) => ({ link: `/templates/${t.id}/`, label: t.title }));

/** Sections in reading order. Add a page's slug here when the page exists. */
export const sections: Section[] = [
	// The overview, then one page per step of the pathway, in its order.
	{ label: 'nav.guidelines', items: ['guidelines', ...pathwayStepIds.map((step) => `guidelines/${step}`)] },
	{ label: 'nav.countries', items: ['countries', 'countries/spain', 'countries/bulgaria', 'countries/italy', 'countries/covid-19'] },
	{
		label: 'nav.whatWinDid',
		items: [
			'what-win-did',
			'what-win-did/assessment',
			'what-win-did/pip',
			'what-win-did/training-courses',
			'what-win-did/job-placement',
			'what-win-did/language-courses',
			'what-win-did/support',
			'what-win-did/mediation',
			'what-win-did/feedback',
			'what-win-did/awareness-raising',
		],
	},
	{
		label: 'nav.results',
		items: [
			'results',
			'results/assessment-profile',
			'results/pip-summary',
			'results/courses',
			'results/employment-outcomes',
			'results/support',
			'results/satisfaction',
			'results/awareness-events',
			'results/pip-results',
			'results/beneficiaries',
			'results/data',
		],
	},
	{ label: 'nav.lessons', items: ['lessons', 'lessons/for-policymakers-and-funders', 'lessons/for-employers', 'lessons/for-csos'] },
	{ label: 'nav.templates', items: ['templates', ...templatePages] },
	{ label: 'nav.about', items: ['about', 'about/glossary', 'about/cite', 'about/safety', 'about/translation-status'] },
];

function translations(key: NavKey) {
	return { it: labels.it[key], es: labels.es[key], bg: labels.bg[key] };
}

export const sidebar = sections
	.filter((section) => section.items.length > 0)
	.map((section) => ({
		label: labels.en[section.label],
		translations: translations(section.label),
		items: section.items.map((item) =>
			typeof item === 'string'
				? { slug: item }
				: { link: item.link, label: item.label.en, translations: { it: item.label.it, es: item.label.es, bg: item.label.bg } },
		),
	}));
