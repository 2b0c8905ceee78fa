import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Loader } from 'astro/loaders';
import { languages, langPrefix, languagesWithoutStarlightStrings, type Lang } from '../config/locales.ts';
import { commitGraph, languageStatus, lastChanges, type HistoryView, type LanguageStatus } from '../lib/i18n/status.ts';
import { compareUiStrings, mergeUiStrings } from '../lib/i18n/ui-strings.ts';
import { readLanguage, starlightKeys } from './i18n.ts';
import { parseEntries } from '../lib/data-file.ts';
import { termSchema } from '../schemas/terminology.ts';
import { findAvoidedTerms, type AvoidedTerm } from '../lib/i18n/terminology.ts';

const run = promisify(execFile);
const docsDir = 'content/docs';

/** Page files of one language, relative to its folder (`about/index.mdx`). */
async function pagesOf(root: URL, lang: Lang): Promise<string[]> {
	const base = new URL(`${docsDir}${langPrefix(lang)}/`, root);
	const others = new Set(languages.filter((l) => l !== lang && l !== 'en').map((l) => langPrefix(l).slice(1)));
	const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return []; // a language with no page yet
		throw error;
	});
	return entries
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && !e.name.startsWith('_'))
		.map((e) => `${e.parentPath.slice(fileURLToPath(base).length)}/${e.name}`.replace(/^\//, ''))
		// English lives at the root: the other languages' folders are not English pages.
		.filter((page) => lang !== 'en' || !others.has(page.split('/')[0]!))
		.sort();
}

/** What git knows about `content/docs`: last change per file, ancestry, uncommitted edits. */
async function readHistory(root: URL): Promise<HistoryView> {
	const cwd = fileURLToPath(root);
	const git = async (...args: string[]) => (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
	try {
		const [log, revs, status, prefix] = await Promise.all([
			git('log', '--topo-order', '--name-only', '--format=%x00%H %cI', '--', docsDir),
			git('rev-list', '--parents', 'HEAD'),
			git('status', '--porcelain', '--untracked-files=all', '--', docsDir),
			git('rev-parse', '--show-prefix'),
		]);
		// git prints paths relative to the repository root; the project may sit below it.
		const strip = (path: string) => (prefix.trim() && path.startsWith(prefix.trim()) ? path.slice(prefix.trim().length) : path);
		const changes = new Map([...lastChanges(log)].map(([path, change]) => [strip(path), change]));
		const edited = new Set(
			status
				.split('\n')
				.filter(Boolean)
				.map((line) => strip(line.slice(3).replace(/^.* -> /, ''))),
		);
		const isAncestor = commitGraph(revs);
		return {
			available: true,
			lastChange: (path) => (edited.has(path) ? 'worktree' : changes.get(path)),
			isAncestorOrSame: isAncestor,
		};
	} catch {
		return { available: false, lastChange: () => undefined, isAncestorOrSame: () => false };
	}
}

export interface TranslationReport {
	historyAvailable: boolean;
	englishPages: number;
	languages: LanguageStatus[];
	/** pages that use a word the terminology says to avoid (warnings) */
	avoidedTerms: AvoidedTerm[];
}

/** The translation status of every language, from the files and the git history. */
export async function translationReport(root: URL): Promise<TranslationReport> {
	const [history, englishPages] = await Promise.all([readHistory(root), pagesOf(root, 'en')]);
	const english = mergeUiStrings({ lang: 'en', files: await readLanguage(root, 'en') }, { starlightKeys, requiresStarlightKeys: false });
	const terms = parseEntries('content/data/terminology.yaml', await readFile(new URL('content/data/terminology.yaml', root), 'utf8').catch(() => '[]'), termSchema);
	const report: TranslationReport = { historyAvailable: history.available, englishPages: englishPages.length, languages: [], avoidedTerms: [] };
	for (const page of englishPages) {
		report.avoidedTerms.push(...findAvoidedTerms(terms, 'en', `${docsDir}/${page}`, await readFile(new URL(`${docsDir}/${page}`, root), 'utf8')));
	}
	for (const lang of languages) {
		if (lang === 'en') continue;
		const { missingKeys } = compareUiStrings(
			{ lang, files: await readLanguage(root, lang) },
			{ starlightKeys, requiresStarlightKeys: languagesWithoutStarlightStrings.includes(lang), englishKeys: new Set(Object.keys(english)) },
		);
		const translatedPages = await pagesOf(root, lang);
		for (const page of translatedPages) {
			const path = `${docsDir}${langPrefix(lang)}/${page}`;
			report.avoidedTerms.push(...findAvoidedTerms(terms, lang, path, await readFile(new URL(path, root), 'utf8')));
		}
		report.languages.push(
			languageStatus({
				lang,
				englishPages,
				translatedPages,
				pathOf: (l, page) => `${docsDir}${langPrefix(l)}/${page}`,
				history,
				missingKeys,
			}),
		);
	}
	return report;
}

/** The `translationStatus` collection: one entry per translated language, for the translators' page. */
export function translationStatusLoader(): Loader {
	return {
		name: 'win-translation-status',
		async load({ store, config, generateDigest }) {
			const report = await translationReport(config.root);
			store.clear();
			for (const status of report.languages) {
				const data = { ...status, historyAvailable: report.historyAvailable, englishPages: report.englishPages };
				store.set({ id: status.lang, data, digest: generateDigest(data) });
			}
		},
	};
}
