/**
 * Checks on PDFs with the tools a person's viewer stands for: qpdf (structure), poppler's
 * pdftotext and pdftoppm (what is drawn, appearances of filled fields included) and pdf.js (the
 * reader of Firefox and many web viewers). qpdf and poppler-utils come from Debian (`.ci/run`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
	const dir = mkdtempSync(join(tmpdir(), 'win-pdf-'));
	const file = join(dir, 'form.pdf');
	writeFileSync(file, pdf);
	try {
		return run(file);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `qpdf --check`: exit code and output. */
export function qpdfCheck(pdf: Uint8Array): { ok: boolean; output: string } {
	return withFile(pdf, (file) => {
		const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
		return { ok: r.status === 0, output: r.stdout + r.stderr };
	});
}

/** The text a viewer draws, field appearances included, in content order (`pdftotext -raw`). */
export function drawnText(pdf: Uint8Array): string {
	return withFile(pdf, (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Renders the first page with poppler; returns what it printed on stderr (broken fonts show here). */
export function renderErrors(pdf: Uint8Array): string {
	return withFile(pdf, (file) => spawnSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-png', file, join(file, '..', 'page')], { encoding: 'utf8' }).stderr);
}

/** Whitespace does not count: lines wrap differently in labels, cells and appearances. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** The widgets of every page as pdf.js reads them, and (when asked, it is slower) the page text. */
export async function pdfjsWidgets(pdf: Uint8Array, { withText = false } = {}) {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = getDocument({ data: pdf.slice(), verbosity: 0, disableFontFace: true });
	const doc = await task.promise;
	const pages = doc.numPages;
	const widgets: { fieldName: string; fieldType: string; alternativeText?: string; fieldValue?: unknown; buttonValue?: string; checkBox?: boolean; radioButton?: boolean }[] = [];
	let text = '';
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		widgets.push(...((await page.getAnnotations()) as typeof widgets).filter((a) => a.fieldName));
		if (withText) text += (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
	}
	const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
	await task.destroy();
	return { widgets, text, info, pages };
}

/** The tagged structure tree as poppler reads it (`pdfinfo -struct-text`). */
export function structureText(pdf: Uint8Array): string {
	return withFile(pdf, (file) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }));
}
