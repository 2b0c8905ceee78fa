/**
 * `npm run i18n:status` on small git repositories made for each case: a page missing, a page
 * whose English original changed after its translation, a translation without an English
 * original, and a missing UI key.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranslationReport } from '../../src/loaders/translation-status.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): { dir: string; write: (path: string, text: string) => void; commit: (message: string) => void } {
	const dir = mkdtempSync(join(tmpdir(), 'win-i18n-'));
	dirs.push(dir);
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
	git('init', '-q');
	git('config', 'user.email', 'test@example.org');
	git('config', 'user.name', 'Test');
	// The real UI strings, so only what a case changes is at fault.
	cpSync(join(root, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	let tick = 0;
	const commit = (message: string) => {
		tick += 1;
		const date = `2026-01-01T00:00:${String(tick).padStart(2, '0')}Z`;
		git('add', '-A');
		execFileSync('git', ['commit', '-q', '-m', message], { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
	};
	return { dir, write, commit };
}

const page = (title: string) => `---\ntitle: ${title}\n---\n\nText.\n`;

async function status(dir: string): Promise<{ code: number; report: TranslationReport; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/i18n-status.ts'), '--json', '--root', dir]);
		return { code: 0, report: JSON.parse(stdout) as TranslationReport, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, report: JSON.parse(e.stdout) as TranslationReport, stderr: e.stderr };
	}
}

describe('i18n:status', () => {
	it('reports a missing page and an outdated one, and passes', async () => {
		const r = repo();
		for (const lang of ['', 'it/', 'es/', 'bg/']) r.write(`content/docs/${lang}guide.md`, page('Guide'));
		r.write('content/docs/new.md', page('New'));
		r.commit('pages and translations');
		r.write('content/docs/guide.md', page('Guide, revised'));
		r.write('content/docs/bg/guide.md', page('Ръководство, преработено'));
		r.commit('revise the guide in English and Bulgarian');

		const { code, report } = await status(r.dir);
		expect(code).toBe(0);
		expect(report.historyAvailable).toBe(true);
		expect(report.englishPages).toBe(2);
		const byLang = Object.fromEntries(report.languages.map((l) => [l.lang, l]));
		expect(byLang.it!.missing).toEqual(['new.md']);
		expect(byLang.it!.outdated).toEqual(['guide.md']);
		expect(byLang.es!.outdated).toEqual(['guide.md']);
		expect(byLang.bg!.outdated).toEqual([]);
		expect(byLang.bg!.missing).toEqual(['new.md']);
	});

	it('counts a translation committed after its original as up to date, and uncommitted English edits as outdated', async () => {
		const r = repo();
		r.write('content/docs/a.md', page('A'));
		r.commit('English');
		for (const lang of ['it', 'es', 'bg']) r.write(`content/docs/${lang}/a.md`, page('A'));
		r.commit('translations');
		let { report } = await status(r.dir);
		expect(report.languages.every((l) => l.outdated.length === 0 && l.missing.length === 0)).toBe(true);

		r.write('content/docs/a.md', page('A, edited'));
		({ report } = await status(r.dir));
		expect(report.languages.map((l) => l.outdated)).toEqual([['a.md'], ['a.md'], ['a.md']]);
	});

	it('fails on a translated page with no English original', async () => {
		const r = repo();
		r.write('content/docs/a.md', page('A'));
		for (const lang of ['it', 'es', 'bg']) r.write(`content/docs/${lang}/a.md`, page('A'));
		r.write('content/docs/es/huerfana.md', page('Huérfana'));
		r.commit('pages');
		const { code, report, stderr } = await status(r.dir);
		expect(code).toBe(1);
		expect(report.languages.find((l) => l.lang === 'es')!.orphans).toEqual(['huerfana.md']);
		expect(stderr).toContain('Spanish');
	});

	it('fails on a missing UI key', async () => {
		const r = repo();
		r.write('content/docs/a.md', page('A'));
		for (const lang of ['it', 'es', 'bg']) r.write(`content/docs/${lang}/a.md`, page('A'));
		r.write('content/i18n/en/extra.json', '{ "extra.key": "Only in English" }\n');
		r.commit('pages');
		const { code, report } = await status(r.dir);
		expect(code).toBe(1);
		for (const l of report.languages) expect(l.missingKeys).toEqual(['extra.key']);
	});

	it('without git history, still lists missing pages and says outdated cannot be told', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'win-i18n-nogit-'));
		dirs.push(dir);
		cpSync(join(root, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
		mkdirSync(join(dir, 'content/docs/it'), { recursive: true });
		writeFileSync(join(dir, 'content/docs/a.md'), page('A'));
		writeFileSync(join(dir, 'content/docs/b.md'), page('B'));
		writeFileSync(join(dir, 'content/docs/it/a.md'), page('A'));
		const { code, report } = await status(dir);
		expect(code).toBe(0);
		expect(report.historyAvailable).toBe(false);
		const it_ = report.languages.find((l) => l.lang === 'it')!;
		expect(it_.missing).toEqual(['b.md']);
		expect(it_.pages.find((p) => p.page === 'a.md')!.state).toBe('unknown');
	});
});
