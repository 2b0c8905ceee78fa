import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitGraph, languageStatus, lastChanges, pageState, type HistoryView } from '../../src/lib/i18n/status.ts';
import { findAvoidedTerms } from '../../src/lib/i18n/terminology.ts';
import { parseEntries } from '../../src/lib/data-file.ts';
import { termSchema } from '../../src/schemas/terminology.ts';
import { ContentError } from '../../src/lib/errors.ts';

// c1 ← c2 ← c3 (main); c2 ← b1 (a branch), merged as m ← (c3, b1)
const graph = commitGraph(['m c3 b1', 'c3 c2', 'b1 c2', 'c2 c1', 'c1'].join('\n'));

describe('commit graph', () => {
	it('tells ancestry, including across a merge', () => {
		expect(graph('c1', 'c3')).toBe(true);
		expect(graph('c3', 'c3')).toBe(true);
		expect(graph('b1', 'm')).toBe(true);
		expect(graph('b1', 'c3')).toBe(false);
		expect(graph('c3', 'c1')).toBe(false);
	});
});

describe('last changes from git log', () => {
	it('takes the newest commit listing each file', () => {
		const log = '\0c3 2026-01-03T00:00:00Z\n\ncontent/docs/a.md\n\0c2 2026-01-02T00:00:00Z\n\ncontent/docs/a.md\ncontent/docs/it/a.md\n';
		const changes = lastChanges(log);
		expect(changes.get('content/docs/a.md')).toEqual({ commit: 'c3', date: '2026-01-03T00:00:00Z' });
		expect(changes.get('content/docs/it/a.md')).toEqual({ commit: 'c2', date: '2026-01-02T00:00:00Z' });
	});
});

describe('page state', () => {
	const history: HistoryView = { available: true, lastChange: () => undefined, isAncestorOrSame: graph };
	const at = (commit: string) => ({ commit, date: '' });
	it('is up to date when the translation descends from the English change', () => {
		expect(pageState(at('c2'), at('c3'), history)).toBe('up-to-date');
		expect(pageState(at('c2'), at('c2'), history)).toBe('up-to-date');
	});
	it('is outdated when English changed later or on another line of work', () => {
		expect(pageState(at('c3'), at('c2'), history)).toBe('outdated');
		expect(pageState(at('c3'), at('b1'), history)).toBe('outdated');
		expect(pageState('worktree', at('c3'), history)).toBe('outdated');
	});
	it('trusts a translation being edited, and says unknown without history', () => {
		expect(pageState(at('c3'), 'worktree', history)).toBe('up-to-date');
		expect(pageState(at('c1'), at('c2'), { ...history, available: false })).toBe('unknown');
	});
});

describe('language status', () => {
	it('lists missing, outdated and orphan pages', () => {
		const changes: Record<string, string> = { 'en/a.md': 'c1', 'en/b.md': 'c3', 'it/a.md': 'c2', 'it/b.md': 'c2', 'it/x.md': 'c2' };
		const history: HistoryView = {
			available: true,
			lastChange: (path) => (changes[path] ? { commit: changes[path], date: '2026' } : undefined),
			isAncestorOrSame: graph,
		};
		const status = languageStatus({
			lang: 'it',
			englishPages: ['a.md', 'b.md', 'c.md'],
			translatedPages: ['a.md', 'b.md', 'x.md'],
			pathOf: (lang, page) => `${lang}/${page}`,
			history,
			missingKeys: ['k'],
		});
		expect(status.missing).toEqual(['c.md']);
		expect(status.outdated).toEqual(['b.md']);
		expect(status.orphans).toEqual(['x.md']);
		expect(status.missingKeys).toEqual(['k']);
		expect(status.pages.find((p) => p.page === 'a.md')!.state).toBe('up-to-date');
	});
});

describe('terminology', () => {
	const terms = parseEntries('content/data/terminology.yaml', readFileSync('content/data/terminology.yaml', 'utf8'), termSchema);

	it('finds an avoided word as a whole word, in any case, Cyrillic included', () => {
		const found = findAvoidedTerms(terms, 'bg', 'page.mdx', 'Първи ред\nТези Проститутки не са…\nпроституткиите');
		expect(found).toEqual([{ lang: 'bg', file: 'page.mdx', line: 2, word: 'проститутки', use: 'жена, преживяла трафик' }]);
		expect(findAvoidedTerms(terms, 'en', 'p.md', 'prostitution is neither permitted nor prohibited')).toEqual([]);
	});

	it('rejects a term without a language, and an unknown language', () => {
		try {
			parseEntries('content/data/terminology.yaml', readFileSync('tests/fixtures/content/terminology-missing-language.yaml', 'utf8'), termSchema);
			throw new Error('accepted a broken file');
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			const problems = (error as ContentError).problems.join('\n');
			expect(problems).toContain('entry "survivor", field `term.es`: missing: expected the Spanish preferred term');
			expect(problems).toContain('entry "survivor", field `avoid');
		}
	});
});
