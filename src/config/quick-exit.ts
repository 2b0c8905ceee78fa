import type { Lang } from './locales.ts';

/**
 * Where "Leave this site" goes: Wikipedia's front page in the page's language.
 *
 * Why Wikipedia: it is among the most visited sites in every one of our languages, so it looks
 * ordinary on a screen and in a browser's history; its front page is plain and loads fast; and
 * it shows no advertising and runs no third-party trackers, so leaving us does not hand the
 * person to an advertising network. The site never loads anything from it before the button is
 * used (no prefetch), and the exit sends no referrer, so Wikipedia does not learn where the
 * person came from.
 */
export const quickExitDestination: Record<Lang, string> = {
	en: 'https://en.wikipedia.org/wiki/Main_Page',
	it: 'https://it.wikipedia.org/wiki/Pagina_principale',
	es: 'https://es.wikipedia.org/wiki/Wikipedia:Portada',
	bg: 'https://bg.wikipedia.org/wiki/%D0%9D%D0%B0%D1%87%D0%B0%D0%BB%D0%BD%D0%B0_%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0',
};
