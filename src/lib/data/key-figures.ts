/**
 * The key figures at the top of the Results overview, taken from the datasets by entry id, so the
 * page never repeats a figure by hand. Each figure lists the three countries and links to the page
 * with the details.
 */
import type { DatasetEntries } from '../../schemas/datasets.ts';
import type { WinCountry } from '../../schemas/figures.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import { langPrefix } from '../../config/locales.ts';
import { country, type ShapeContext } from './context.ts';
import { formatFigure } from './figures.ts';

export interface KeyFigure {
	id: string;
	label: string;
	values: { country: string; value: string }[];
	note?: string;
	href: string;
}

type Needed = Pick<DatasetEntries, 'assessment-profile' | 'employment-outcomes' | 'satisfaction-end' | 'awareness-events'>;

function find<T extends { id: string }>(entries: readonly T[], id: string, dataset: string): T {
	const found = entries.find((e) => e.id === id);
	if (!found) throw new Error(`Key figures: content/data/${dataset}.yaml has no entry "${id}"`);
	return found;
}

const order: WinCountry[] = ['IT', 'ES', 'BG'];

/** The key figures, in the page's language. */
export function keyFigures(data: Needed, ctx: ShapeContext): KeyFigure[] {
	const { t, lang } = ctx;
	const href = (path: string) => `${langPrefix(lang)}/results/${path}`;
	const profiles = order.map((code) => data['assessment-profile'].find((p) => p.country === code)!);
	const outcome = (id: string) => {
		const entry = find(data['employment-outcomes'], id, 'employment-outcomes');
		if (entry.type !== 'outcome') throw new Error(`Key figures: "${id}" in employment-outcomes is not an outcome`);
		return entry;
	};
	const jobs = ['it-throughout', 'es-throughout', 'bg-throughout'].map(outcome);
	const recommend = order.map((code) => {
		const entry = data['satisfaction-end'].find((e) => e.country === code);
		const share = entry?.answers.recommend?.shares?.yes;
		return { country: country(code, ctx), value: share === undefined ? t('data.gap.not-reported') : formatPercent(share, lang) };
	});
	return [
		{
			id: 'assessed',
			label: t('data.key.assessed'),
			values: profiles.map((p) => ({ country: country(p.country, ctx), value: formatNumber(p.womenAssessed, lang) })),
			href: href('assessment-profile/'),
		},
		{
			id: 'joined',
			label: t('data.key.joined'),
			values: profiles.map((p) => ({ country: country(p.country, ctx), value: formatNumber(p.beneficiariesEngaged, lang) })),
			note: t('data.key.joinedNote'),
			href: href('beneficiaries/'),
		},
		{
			id: 'jobs',
			label: t('data.key.jobs'),
			values: jobs.map((o) => ({ country: country(o.country, ctx), value: formatFigure(o.figure, ctx) })),
			href: href('employment-outcomes/'),
		},
		{
			id: 'recommend',
			label: t('data.key.recommend'),
			values: recommend,
			href: href('satisfaction/#end'),
		},
		{
			id: 'events',
			label: t('data.key.events'),
			values: order.map((code) => {
				const events = data['awareness-events'].filter((e) => e.country === code);
				return { country: country(code, ctx), value: events.length ? events.map((e) => formatNumber(e.participants, lang)).join(', ') : t('data.gap.not-given') };
			}),
			href: href('awareness-events/'),
		},
	];
}
