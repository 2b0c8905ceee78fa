/**
 * The PDF code and the template definitions must run in the browser too (the online filler and
 * reader): no Node built-ins, no Astro. Only `node-fonts.ts`, the build's font loader, is Node's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const files = [
	...readdirSync(join(root, 'src/lib/pdf')).filter((f) => f !== 'node-fonts.ts').map((f) => `src/lib/pdf/${f}`),
	...['page.ts', 'strings.ts', 'record.ts', 'files.ts', 'attendance.ts'].map((f) => `src/lib/templates/${f}`),
	'templates/schema.ts',
	'templates/index.ts',
];

it.each(files)('%s imports nothing from Node or Astro', (file) => {
	const source = readFileSync(join(root, file), 'utf8');
	expect(source).not.toMatch(/from ['"](node:|astro|fs|path|crypto)/);
	expect(source).not.toMatch(/\bBuffer\b|\bprocess\./);
});
