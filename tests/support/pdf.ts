/**
 * Checks on PDFs with the tools a person's viewer stands for: qpdf (structure), poppler's
 * pdftotext and pdftoppm (what is drawn, appearances of filled fields included) and pdf.js (the
 * reader of Firefox and many web viewers). qpdf and poppler-utils come from Debian (`.ci/run`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, type PDFObject } from '../../src/lib/pdf/engine.ts';

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

/** Whether a command line tool is installed (qpdf, pdftotext): tests that need one skip without it. */
export function hasTool(name: string): boolean {
	return spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** The PDF as qpdf writes it with these options (`--object-streams=generate`, `--qdf`, `--linearize`, `--encrypt …`). */
export function qpdf(pdf: Uint8Array, args: readonly string[]): Uint8Array {
	return withFile(pdf, (file) => {
		const out = join(file, '..', 'out.pdf');
		const r = spawnSync('qpdf', [...args, file, out], { encoding: 'utf8' });
		// Exit code 3: written, with warnings.
		if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf ${args.join(' ')} failed: ${r.stderr}`);
		return new Uint8Array(readFileSync(out));
	});
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const bytesOf = (object: PDFObject) => {
	const out = new Uint8Array(object.sizeInBytes());
	object.copyBytesInto(out, 0);
	return out;
};
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Saves a change the way most PDF viewers save a filled form: the original bytes are kept and an
 * incremental update is appended (the changed and new objects, a cross-reference section that
 * points back to the previous one, a new trailer). `change` edits the document with pdf-lib;
 * every object it changes or adds goes into the update.
 *
 * @param xref `stream`: a compressed cross-reference stream with a PNG predictor (as Acrobat
 *   writes for files that have one);
 *   `table`: a classic cross-reference table
 */
export async function appendUpdate(pdf: Uint8Array, change: (doc: PDFDocument) => void | Promise<void>, { xref = 'stream' }: { xref?: 'stream' | 'table' } = {}): Promise<Uint8Array> {
	const before = await PDFDocument.load(pdf, { updateMetadata: false });
	const after = await PDFDocument.load(pdf, { updateMetadata: false });
	// pdf-lib does not count object streams among the objects it loads: new objects must not take their numbers.
	const size = Math.max(0, ...[...latin1(pdf).matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1])));
	after.context.largestObjectNumber = Math.max(after.context.largestObjectNumber, size - 1);
	await change(after);
	const changed = after.context
		.enumerateIndirectObjects()
		.filter(([ref, object]) => {
			const old = before.context.lookup(ref);
			return !old || !sameBytes(bytesOf(old), bytesOf(object));
		})
		.sort(([a], [b]) => a.objectNumber - b.objectNumber);
	const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(pdf.subarray(-1024)))?.[1]);
	if (!Number.isInteger(prev)) throw new Error('appendUpdate: no startxref at the end of the PDF');

	const parts: Uint8Array[] = [pdf, ascii('\n')];
	let offset = pdf.length + 1;
	const offsets = new Map<number, number>();
	for (const [ref, object] of changed) {
		offsets.set(ref.objectNumber, offset);
		for (const part of [ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`), bytesOf(object), ascii('\nendobj\n')]) {
			parts.push(part);
			offset += part.length;
		}
	}
	const { Root, Info, ID } = after.context.trailerInfo;
	const common = `/Root ${String(Root)}${Info ? ` /Info ${String(Info)}` : ''}${ID ? ` /ID ${String(ID)}` : ''} /Prev ${prev}`;
	const xrefAt = offset;
	if (xref === 'table') {
		let table = 'xref\n';
		for (const [number, at] of offsets) table += `${number} 1\n${String(at).padStart(10, '0')} 00000 n\r\n`;
		const size = after.context.largestObjectNumber + 1;
		parts.push(ascii(`${table}trailer\n<< /Size ${size} ${common} >>\nstartxref\n${xrefAt}\n%%EOF\n`));
	} else {
		const self = after.context.largestObjectNumber + 1;
		offsets.set(self, xrefAt);
		const numbers = [...offsets.keys()];
		// Rows of 7 bytes (type, offset, generation), each row stored as its difference from the
		// one above (PNG "Up" predictor) and deflated, as Acrobat writes them.
		const rows = numbers.map((n) => {
			const at = offsets.get(n)!;
			return [1, (at >>> 24) & 255, (at >>> 16) & 255, (at >>> 8) & 255, at & 255, 0, 0];
		});
		const predicted = rows.flatMap((row, r) => [2, ...row.map((b, i) => (b - (r > 0 ? rows[r - 1]![i]! : 0)) & 255)]);
		const data = deflateSync(Uint8Array.from(predicted));
		const index = numbers.map((n) => `${n} 1`).join(' ');
		const dict = `<< /Type /XRef /Size ${self + 1} /W [1 4 2] /Index [${index}] ${common} /Filter /FlateDecode /DecodeParms << /Columns 7 /Predictor 12 >> /Length ${data.length} >>`;
		parts.push(ascii(`${self} 0 obj\n${dict}\nstream\n`), data, ascii(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`));
	}
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
