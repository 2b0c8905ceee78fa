/**
 * The filter of `/lessons/`, in the browser. The page lists every lesson without it; this
 * script reveals the filter form and then
 * - filters the list in place when a menu changes or a tag is clicked,
 * - keeps the choice in the address (`?theme=language&audience=employers`) with
 *   `history.pushState`, so the view can be shared, reloads the same, and back/forward work,
 * - writes "12 of 31 lessons" into the page's status line, which screen readers announce
 *   politely (it is a `role="status"` live region); focus never moves.
 *
 * The filtering itself is `src/lib/lessons/filter.ts`, the same code the build uses.
 */
import { countByValue, facets, isFiltered, matches, parseQuery, selectLessons, toQuery, type Facet, type FacetValues, type FilterState } from '../lib/lessons/filter.ts';
import { formatCount } from '../lib/lessons/count.ts';
import { formatNumber } from '../lib/i18n/format.ts';
import { isLang } from '../config/locales.ts';

interface Item {
	el: HTMLElement;
	id: string;
	scope: string;
	themes: string[];
	audiences: string[];
}

function words(value: string | undefined): string[] {
	return (value ?? '').split(/\s+/).filter(Boolean);
}

function enhance(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form[data-lesson-filter]');
	const status = root.querySelector<HTMLElement>('[data-lesson-count]');
	const empty = root.querySelector<HTMLElement>('[data-lesson-empty]');
	const browse = root.querySelector<HTMLElement>('[data-lesson-browse]');
	if (!form || !status) return;
	const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
	const phrases = { one: root.dataset.countOne, other: root.dataset.countOther ?? '{shown} / {total}' };

	const selects = {} as Record<Facet, HTMLSelectElement>;
	const values = {} as Record<Facet, string[]>;
	for (const facet of facets) {
		const select = form.elements.namedItem(facet);
		if (!(select instanceof HTMLSelectElement)) return;
		selects[facet] = select;
		values[facet] = [...select.options].map((o) => o.value).filter(Boolean);
	}
	const facetValues: FacetValues = values;
	const items: Item[] = [...root.querySelectorAll<HTMLElement>('[data-lesson]')].map((el) => ({
		el,
		id: el.id,
		scope: el.dataset.scope ?? '',
		themes: words(el.dataset.themes),
		audiences: words(el.dataset.audiences),
	}));
	const groups = [...root.querySelectorAll<HTMLElement>('[data-lesson-group]')];
	let current: FilterState = {};

	function render(state: FilterState): void {
		current = state;
		let shown = 0;
		for (const item of items) {
			const visible = matches(item, state);
			item.el.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-lesson]:not([hidden])');
		for (const facet of facets) {
			selects[facet].value = state[facet] ?? '';
			// Each option counts the lessons it would show, given the other two choices.
			const counts = countByValue(selectLessons(items, { ...state, [facet]: undefined }), facet);
			for (const option of selects[facet].options) {
				if (option.value) option.text = `${option.dataset.label ?? option.value} (${formatNumber(counts.get(option.value) ?? 0, lang, 0)})`;
			}
		}
		const text = formatCount(lang, shown, items.length, phrases);
		if (status!.textContent !== text) status!.textContent = text;
		if (empty) empty.hidden = shown > 0;
	}

	function addressFor(state: FilterState): string {
		const url = new URL(window.location.href);
		url.search = toQuery(state);
		url.hash = '';
		return url.pathname + url.search;
	}

	/**
	 * Shows `state` and records it in the address. A new history entry for each distinct choice;
	 * but while one menu keeps the focus, its further changes replace that entry, so browsing a
	 * menu with the arrow keys (each key press is a change) does not fill the history.
	 */
	let menuInUse: HTMLSelectElement | undefined;
	function go(state: FilterState, from?: HTMLSelectElement): void {
		const address = addressFor(state);
		if (address !== window.location.pathname + window.location.search) {
			if (from && from === menuInUse) history.replaceState({ lessons: toQuery(state) }, '', address);
			else history.pushState({ lessons: toQuery(state) }, '', address);
		}
		menuInUse = from;
		render(state);
	}

	function fromForm(): FilterState {
		const state: FilterState = {};
		for (const facet of facets) if (selects[facet].value) state[facet] = selects[facet].value;
		return state;
	}

	form.addEventListener('change', (event) => go(fromForm(), event.target instanceof HTMLSelectElement ? event.target : undefined));
	form.addEventListener('focusout', (event) => {
		if (event.target === menuInUse) menuInUse = undefined;
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		go(fromForm());
	});
	root.querySelector('[data-lesson-clear]')?.addEventListener('click', () => go({}));
	// A tag ("Language") narrows the list to that value, keeping the other choices.
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-facet][data-value]');
		if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const facet = link.dataset.facet as Facet;
		const value = link.dataset.value ?? '';
		if (!facets.includes(facet) || !facetValues[facet].includes(value)) return;
		event.preventDefault();
		go({ ...current, [facet]: value });
	});
	window.addEventListener('popstate', () => render(parseQuery(window.location.search, facetValues).state));

	form.hidden = false;
	if (browse) browse.hidden = true;
	const { state } = parseQuery(window.location.search, facetValues);
	render(state);
	// Unknown or repeated values are dropped from the address, so it shows what the list shows.
	const canonical = toQuery(state);
	if (canonical !== window.location.search && (isFiltered(state) || window.location.search)) {
		history.replaceState(history.state, '', window.location.pathname + canonical + window.location.hash);
	}
	// A link to one lesson of a filtered view (`?audience=employers#lesson`): scroll to it once the list is filtered.
	if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-lesson-browser]')) enhance(root);
