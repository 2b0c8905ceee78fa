/**
 * The pathway WIN followed with each woman, as the "What WIN did" pages describe it: the steps in
 * order, what implementing the plan included, the loop of monitoring and updating the plan, and
 * the awareness-raising that ran alongside. Labels are UI strings (`whatWinDid.pathway.*`);
 * each part links to its page.
 */
import { langPrefix, type Lang } from '../../config/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import type { PathwayInput } from '../charts/pathway.ts';

interface Part {
	id: string;
	/** Page under /what-win-did/ that describes it. */
	page: string;
}

export const pathwaySteps: readonly (Part & { items?: readonly Part[] })[] = [
	{ id: 'identification', page: 'assessment' },
	{
		id: 'assessment',
		page: 'assessment',
		items: [
			{ id: 'interviews', page: 'assessment' },
			{ id: 'laboratories', page: 'assessment' },
			{ id: 'psychological-legal', page: 'assessment' },
		],
	},
	{ id: 'pip', page: 'pip' },
	{
		id: 'implementation',
		page: 'pip',
		items: [
			{ id: 'training', page: 'training-courses' },
			{ id: 'job-placement', page: 'job-placement' },
			{ id: 'language', page: 'language-courses' },
			{ id: 'support', page: 'support' },
			{ id: 'mediation', page: 'mediation' },
		],
	},
	{ id: 'feedback', page: 'feedback' },
];

export const pathwayAlongside: Part = { id: 'awareness', page: 'awareness-raising' };

/** A part of the pathway as the page shows it: its words and its link. */
export interface PathwayLink {
	id: string;
	label: string;
	href: string;
	items: { id: string; label: string; href: string }[];
}

const href = (lang: Lang, page: string) => `${langPrefix(lang)}/what-win-did/${page}/`;

/** The steps and the alongside part, with words and links in a language (for the ordered list). */
export function pathwayLinks(t: Translate, lang: Lang): { steps: PathwayLink[]; alongside: PathwayLink; loop: string } {
	const link = (part: Part & { items?: readonly Part[] }): PathwayLink => ({
		id: part.id,
		label: t(`whatWinDid.pathway.${part.id}`),
		href: href(lang, part.page),
		items: (part.items ?? []).map((i) => ({ id: i.id, label: t(`whatWinDid.pathway.${i.id}`), href: href(lang, i.page) })),
	});
	return { steps: pathwaySteps.map(link), alongside: link(pathwayAlongside), loop: t('whatWinDid.pathway.loop') };
}

/** The same content as input for the diagram's geometry. */
export function pathwayDiagramInput(t: Translate, lang: Lang): PathwayInput {
	const { steps, alongside, loop } = pathwayLinks(t, lang);
	return {
		steps: steps.map((s) => ({ id: s.id, title: s.label, items: s.items.map((i) => i.label) })),
		loop: { from: 'implementation', to: 'pip', label: loop },
		alongside: { title: alongside.label, items: [t('whatWinDid.pathway.awarenessDetail')] },
	};
}
