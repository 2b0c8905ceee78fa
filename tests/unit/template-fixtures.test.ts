/**
 * Filled PDFs kept from an earlier build, and filled PDFs re-saved by another tool (qpdf
 * rewriting every object), still read back to the same answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '../../templates/index.ts';
import { readTemplatePdf } from '../../src/lib/pdf/read.ts';
import { normalizeRecord } from '../../src/lib/templates/record.ts';

const dir = join(import.meta.dirname, '../fixtures/templates');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.pdf'));

function resaved(pdf: Uint8Array, args: string[]): Uint8Array {
	const tmp = mkdtempSync(join(tmpdir(), 'win-resave-'));
	try {
		writeFileSync(join(tmp, 'in.pdf'), pdf);
		execFileSync('qpdf', [...args, join(tmp, 'in.pdf'), join(tmp, 'out.pdf')]);
		return new Uint8Array(readFileSync(join(tmp, 'out.pdf')));
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

it('there is a fixture for every template', () => {
	for (const t of templates) expect(fixtures.some((f) => f.startsWith(`${t.id}-`)), t.id).toBe(true);
});

describe.each(fixtures)('%s', (file) => {
	const pdf = new Uint8Array(readFileSync(join(dir, file)));
	const check = async (bytes: Uint8Array) => {
		const { template, stamp, record } = await readTemplatePdf(bytes, templates);
		expect(file.startsWith(`${template.id}-${stamp.version}-`)).toBe(true);
		const example = template.examples.find((e) => file.includes(`-${e.name}-`))!;
		expect(record).toEqual(normalizeRecord(template, example.values));
	};
	it('reads back to its example', () => check(pdf));
	it('reads back after qpdf rewrites it without object streams', () => check(resaved(pdf, ['--object-streams=disable'])));
	it('reads back after qpdf linearises it', () => check(resaved(pdf, ['--linearize'])));
});
