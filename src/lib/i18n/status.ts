/**
 * Translation status: for each language, which pages are missing, which are older than their
 * English original, and which have no English original at all. Pure: the caller supplies the
 * page lists and the git history (see `src/loaders/translation-status.ts`).
 */
import type { Lang } from '../../config/locales.ts';

/** The last change to a file: a commit, or `worktree` when it has uncommitted changes. */
export type LastChange = { commit: string; date: string } | 'worktree';

export interface HistoryView {
	/** whether history is available at all (false outside a git checkout) */
	available: boolean;
	lastChange(path: string): LastChange | undefined;
	/** whether `ancestor` is `descendant` or one of its ancestors */
	isAncestorOrSame(ancestor: string, descendant: string): boolean;
}

export type PageState = 'up-to-date' | 'missing' | 'outdated' | 'unknown';

export interface PageStatus {
	/** the page's path relative to its language folder, e.g. `about/index.mdx` */
	page: string;
	state: PageState;
	/** date of the English original's last change, when known */
	englishChanged?: string;
	/** date of the translation's last change, when known */
	translationChanged?: string;
}

export interface LanguageStatus {
	lang: Lang;
	pages: PageStatus[];
	missing: string[];
	outdated: string[];
	/** translated pages with no English original: always an error */
	orphans: string[];
	/** UI string keys this language lacks: always an error */
	missingKeys: string[];
}

/** Decides the state of one translation from the last changes of the two files. */
export function pageState(english: LastChange | undefined, translation: LastChange | undefined, history: HistoryView): PageState {
	if (!translation && !english) return 'unknown';
	if (translation === 'worktree') return 'up-to-date'; // being translated right now
	if (english === 'worktree') return 'outdated'; // English changed and not yet committed
	if (!history.available || !english || !translation) return 'unknown';
	if (english.commit === translation.commit) return 'up-to-date';
	return history.isAncestorOrSame(english.commit, translation.commit) ? 'up-to-date' : 'outdated';
}

/**
 * @param englishPages pages of the English site, relative to `content/docs/` (`about/index.mdx`)
 * @param translatedPages pages of one language, relative to its folder (`content/docs/it/`)
 * @param pathOf full path of a page in a language, for history lookups
 */
export function languageStatus(input: {
	lang: Lang;
	englishPages: readonly string[];
	translatedPages: readonly string[];
	pathOf: (lang: Lang, page: string) => string;
	history: HistoryView;
	missingKeys?: readonly string[];
}): LanguageStatus {
	const { lang, history, pathOf } = input;
	const translated = new Set(input.translatedPages);
	const english = new Set(input.englishPages);
	const dateOf = (change: LastChange | undefined) => (change && change !== 'worktree' ? change.date : undefined);
	const pages: PageStatus[] = [...input.englishPages].sort().map((page) => {
		const englishChange = history.lastChange(pathOf('en', page));
		if (!translated.has(page)) return { page, state: 'missing', englishChanged: dateOf(englishChange) };
		const translationChange = history.lastChange(pathOf(lang, page));
		return {
			page,
			state: pageState(englishChange, translationChange, history),
			englishChanged: dateOf(englishChange),
			translationChanged: dateOf(translationChange),
		};
	});
	return {
		lang,
		pages,
		missing: pages.filter((p) => p.state === 'missing').map((p) => p.page),
		outdated: pages.filter((p) => p.state === 'outdated').map((p) => p.page),
		orphans: input.translatedPages.filter((page) => !english.has(page)).sort(),
		missingKeys: [...(input.missingKeys ?? [])],
	};
}

/** A commit graph from `git rev-list --parents` lines (`<commit> <parent> <parent>…`). */
export function commitGraph(revListOutput: string): (ancestor: string, descendant: string) => boolean {
	const parents = new Map<string, string[]>();
	for (const line of revListOutput.split('\n')) {
		const [commit, ...rest] = line.trim().split(/\s+/);
		if (commit) parents.set(commit, rest);
	}
	const ancestorsOf = new Map<string, Set<string>>();
	const ancestors = (start: string): Set<string> => {
		const known = ancestorsOf.get(start);
		if (known) return known;
		const seen = new Set<string>([start]);
		const stack = [start];
		while (stack.length) {
			for (const parent of parents.get(stack.pop()!) ?? []) {
				if (!seen.has(parent)) {
					seen.add(parent);
					stack.push(parent);
				}
			}
		}
		ancestorsOf.set(start, seen);
		return seen;
	};
	return (ancestor, descendant) => ancestors(descendant).has(ancestor);
}

/**
 * The last change of every file from `git log --name-only --format=%x00%H %cI` (newest first):
 * the first commit listing a file is its last change.
 */
export function lastChanges(logOutput: string): Map<string, { commit: string; date: string }> {
	const out = new Map<string, { commit: string; date: string }>();
	for (const block of logOutput.split('\0')) {
		const [header, ...files] = block.split('\n');
		const [commit, date] = (header ?? '').trim().split(' ');
		if (!commit || !date) continue;
		for (const file of files) {
			const path = file.trim();
			if (path && !out.has(path)) out.set(path, { commit, date });
		}
	}
	return out;
}
