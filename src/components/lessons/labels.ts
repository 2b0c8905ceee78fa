/**
 * Labels of the lesson facets in the page's language, from the UI strings
 * (`content/i18n/<lang>/lessons.json`) and the country names (`content/data/countries.yaml`).
 * Kept next to the components because it needs Astro's translation function.
 */
import type { Lang } from '../../config/locales.ts';
import type { Facet } from '../../lib/lessons/filter.ts';
import type { BrowserLabels } from '../../lib/lessons/browser.ts';
import type { LessonAudience, LessonKind, LessonTheme } from '../../schemas/lesson.ts';
import { getCountries } from '../../content.ts';

type T = App.Locals['t'];

export async function lessonLabels(t: T, lang: Lang): Promise<BrowserLabels & { kind: (kind: LessonKind) => string }> {
	const countries = new Map((await getCountries()).map((c) => [c.id, c.name[lang]]));
	return {
		value: (facet: Facet, value: string) => {
			if (facet === 'theme') return t(`lessons.theme.${value as LessonTheme}`);
			if (facet === 'audience') return t(`lessons.audience.${value as LessonAudience}`);
			return value === 'transnational' ? t('lessons.scope.transnational') : (countries.get(value) ?? value);
		},
		count: { one: t('lessons.count.one'), other: t('lessons.count.other') },
		kind: (kind: LessonKind) => t(`lessons.kind.${kind}`),
	};
}
