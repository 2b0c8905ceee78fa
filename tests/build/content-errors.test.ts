/**
 * A broken content file must stop the build with a message that names the file, the field and
 * what was expected. These tests break one file at a time in a copy of the project and run
 * `astro sync`, the content step of `astro build` and `astro check`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A copy of the project with `edit` applied, sharing node_modules. */
function projectCopy(edit: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'win-content-'));
	copies.push(dir);
	for (const entry of ['src', 'content', 'public', 'templates', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (!existsSync(join(root, entry))) continue;
		cpSync(join(root, entry), join(dir, entry), { recursive: true, errorOnExist: false, force: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	edit(dir);
	return dir;
}

async function sync(dir: string): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, output: e.stdout + e.stderr };
	}
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('a broken content file stops the build', () => {
	it('data: a missing translation names the file, the entry, the field and the language', async () => {
		const dir = projectCopy((d) => {
			const file = join(d, 'content/data/partners.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^    bg: Изпълни проекта в България.*$/m, ''));
		});
		const { code, output } = await sync(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('content/data/partners.yaml has a problem');
		expect(output).toContain('entry "animus", field `role.bg`: missing: expected the Bulgarian role in the project');
	});

	it('UI strings: a misspelt Bulgarian key names the file and the key', async () => {
		const dir = projectCopy((d) => {
			const file = join(d, 'content/i18n/bg/site.json');
			writeFileSync(file, readFileSync(file, 'utf8').replace('"partners.phone"', '"partners.phnoe"'));
		});
		const { code, output } = await sync(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('content/i18n/bg/site.json: unknown key "partners.phnoe"');
		expect(output).toContain('content/i18n/bg: key "partners.phone" is missing; add its Bulgarian text');
	});

	it('templates: a missing translation names the template, the field and the language', async () => {
		const dir = projectCopy((d) => {
			const file = join(d, 'templates/pip/definition.ts');
			writeFileSync(file, readFileSync(file, 'utf8').replace("bg: 'Други нужди' ", ''));
		});
		const { code, output } = await sync(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('template "pip" (templates/pip/definition.ts) has a problem');
		expect(output).toContain('field "needs-other" (section "needs"), `label.bg`, in Bulgarian: missing: expected the Bulgarian label');
	});

	it('pages: a page without a title names the file and the field', async () => {
		const dir = projectCopy((d) => {
			const file = join(d, 'content/docs/es/about/index.mdx');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, ''));
		});
		const { code, output } = await sync(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/es/about/index.mdx');
		expect(output).toMatch(/title\W+title: Required/);
	});
});
