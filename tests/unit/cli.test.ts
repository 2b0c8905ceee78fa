/**
 * The command line twins of the fill-in and aggregate pages, run as a person runs them (a child
 * process on this Node): `npm run read` (scripts/read.ts) and `npm run aggregate`
 * (scripts/aggregate.ts). Output, files written and exit codes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getTemplate, templates } from '../../templates/index.ts';
import { PDFDict, PDFHexString, PDFName } from '../../src/lib/pdf/engine.ts';
import { metadataKeys } from '../../src/lib/pdf/metadata.ts';
import { normalizeRecord } from '../../src/lib/templates/record.ts';
import { SurveyCollector } from '../../src/lib/surveys/collect.ts';
import { appendUpdate } from '../support/pdf.ts';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'win-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a script of scripts/ with this Node, in the project folder. */
function run(script: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [`scripts/${script}`, ...args], { cwd: root });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d));
		child.stderr.on('data', (d: Buffer) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

const templateFixture = (name: string) => `tests/fixtures/templates/${name}`;
const surveyFixture = (name: string) => `tests/fixtures/surveys/${name}`;
const surveyPdfs = [1, 2, 3, 4, 5].map((n, i) => surveyFixture(`beneficiary-satisfaction-spain-halfway-0${n}-${['en', 'it', 'es', 'bg', 'en'][i]}.pdf`));
const summaryCsv = surveyFixture('beneficiary-satisfaction-spain-halfway-06-to-21-summary.csv');
const notPdf = join(tmp, 'notes.pdf');
writeFileSync(notPdf, 'Meeting notes, not a PDF.\n');

describe('npm run read', () => {
	it('prints the record of a filled PDF as JSON, with template, version and language', async () => {
		const { code, stdout, stderr } = await run('read.ts', [templateFixture('pip-1.0.0-complete-es.pdf')]);
		expect(code, stderr).toBe(0);
		const out = JSON.parse(stdout);
		const pip = getTemplate('pip');
		expect(out).toEqual({
			file: templateFixture('pip-1.0.0-complete-es.pdf'),
			template: 'pip',
			version: '1.0.0',
			lang: 'es',
			currentVersion: pip.version,
			record: normalizeRecord(pip, pip.examples[0]!.values),
			dropped: [],
		});
	});

	it('an older version: answers carried over, what does not fit listed under "dropped"', async () => {
		const def = getTemplate('beneficiary-satisfaction');
		const older = await appendUpdate(new Uint8Array(readFileSync(join(root, templateFixture('beneficiary-satisfaction-1.0.0-halfway-italy-en.pdf')))), (doc) => {
			doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of(metadataKeys.version), PDFHexString.fromText('0.9.0'));
			doc.setKeywords(['win-template', `template=${def.id}`, 'version=0.9.0', 'lang=en']);
			doc.getForm().createTextField('heard-about').setText('radio');
		});
		const file = join(tmp, 'older.pdf');
		writeFileSync(file, older);
		const { code, stdout, stderr } = await run('read.ts', [file]);
		expect(code, stderr).toBe(0);
		const out = JSON.parse(stdout);
		expect(out).toMatchObject({ template: def.id, version: '0.9.0', currentVersion: def.version, lang: 'en' });
		expect(out.record).toEqual(normalizeRecord(def, def.examples[0]!.values));
		expect(out.dropped).toEqual([{ name: 'heard-about', reason: 'unknown-field', value: 'radio', message: 'no such field in this template' }]);
		expect(stderr).toContain('version 0.9.0');
		expect(stderr).toContain('1 answer(s) could not be carried over');
	});

	it.each([
		['not a PDF', () => notPdf, /notes\.pdf: cannot be read \(not-pdf\)\. This is not a PDF file/],
		['cut in half', () => {
			const pdf = readFileSync(join(root, templateFixture('consent-1.0.0-complete-en.pdf')));
			const file = join(tmp, 'cut.pdf');
			writeFileSync(file, pdf.subarray(0, pdf.length / 2));
			return file;
		}, /cut\.pdf: cannot be read \(damaged\)\. This PDF is incomplete/],
		['missing', () => join(tmp, 'nowhere.pdf'), /nowhere\.pdf: no such file/],
	])('a file that cannot be read (%s): exit code 1, a message naming the file and the problem', async (_, file, message) => {
		const { code, stdout, stderr } = await run('read.ts', [file()]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
	});

	it('wrong arguments: exit code 2 and the usage', async () => {
		for (const args of [[], ['a.pdf', 'b.pdf'], ['--strict', 'a.pdf']]) {
			const { code, stderr } = await run('read.ts', args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr).toContain('Usage: npm run read -- FILE.pdf');
		}
		const help = await run('read.ts', ['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage: npm run read -- FILE.pdf');
	});
});

describe('npm run aggregate', () => {
	it('adds up PDFs and a summary, says what happened to each file, prints the table and writes the CSV', async () => {
		const out = join(tmp, 'summary.csv');
		const files = [templateFixture('pip-1.0.0-complete-es.pdf'), ...surveyPdfs, summaryCsv, surveyPdfs[0]!, notPdf, join(tmp, 'nowhere.pdf')];
		const { code, stdout, stderr } = await run('aggregate.ts', [...files, '--out', out]);
		expect(code, stderr).toBe(0);
		const lines = stdout.split('\n');
		const about = (file: string) => lines.filter((l) => l.includes(file));
		// The survey is guessed from the first readable survey, not from the plan before it.
		expect(lines[0]).toBe('Satisfaction survey for the women (beneficiary-satisfaction 1.0.0)');
		expect(about('pip-1.0.0-complete-es.pdf')).toEqual([expect.stringMatching(/^skipped +\S+: a filled "Personal Integration Plan \(PIP\)" \(pip\), not this survey$/)]);
		expect(about('-02-it.pdf')).toEqual([expect.stringMatching(/^counted +\S+ \(it, version 1\.0\.0\)$/)]);
		expect(about(summaryCsv)).toEqual([expect.stringMatching(/^summary +\S+: a summary of 16 form\(s\) added$/)]);
		expect(about('-01-en.pdf')).toEqual([expect.stringMatching(/^counted /), expect.stringMatching(/^duplicate +\S+: the same file as \S+-01-en\.pdf, counted once$/)]);
		expect(about('notes.pdf')).toEqual([expect.stringMatching(/^skipped +\S+notes\.pdf: This is not a PDF file/)]);
		expect(about('nowhere.pdf')).toEqual([expect.stringMatching(/^skipped +\S+nowhere\.pdf: no such file$/)]);
		expect(stdout).toContain('Forms counted: 21. Files read: 10, skipped: 3.');
		// The table: Spain's 21 forms, 13 of them "some" of the goals reached (61.9 %).
		expect(stdout).toMatch(/^question +answer +ES \(21\)$/m);
		expect(stdout).toMatch(/^ +some +61\.9% \(13\)$/m);
		expect(stdout).toMatch(/^service-training +no answers$/m);
		// The CSV is the one the page downloads: the collector's own, from the same files.
		const collector = new SurveyCollector(getTemplate('beneficiary-satisfaction'), templates);
		for (const file of [...surveyPdfs, summaryCsv]) {
			const bytes = new Uint8Array(readFileSync(join(root, file)));
			await collector.add({ name: file, size: bytes.length, bytes: async () => bytes });
		}
		expect(readFileSync(out, 'utf8')).toBe(collector.tally.csv());
		expect(stdout).toContain(`Summary written to ${out}`);
	});

	it('--template names the survey: files of another survey are skipped, nothing is written, exit code 1', async () => {
		const out = join(tmp, 'none.csv');
		const { code, stdout, stderr } = await run('aggregate.ts', ['--template', 'stakeholder-satisfaction', ...surveyPdfs.slice(0, 2), '--out', out]);
		expect(code).toBe(1);
		expect(stdout.split('\n')[0]).toBe('Feedback form for awareness events (stakeholder-satisfaction 1.0.0)');
		expect(stdout).toMatch(/skipped +\S+-01-en\.pdf: a filled "Satisfaction survey for the women" \(beneficiary-satisfaction\), not this survey/);
		expect(stderr).toContain('No survey was counted');
		expect(existsSync(out)).toBe(false);
	});

	it('when no file tells the survey: each file and why, and a request for --template (exit code 2)', async () => {
		const { code, stderr } = await run('aggregate.ts', [notPdf, templateFixture('pip-1.0.0-complete-es.pdf')]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/notes\.pdf: This is not a PDF file/);
		expect(stderr).toMatch(/pip-1\.0\.0-complete-es\.pdf: a filled "Personal Integration Plan \(PIP\)" \(pip\), not a survey/);
		expect(stderr).toContain('name it with --template');
	});

	it('wrong arguments: exit code 2 and the usage', async () => {
		for (const args of [[], ['--template', 'pip', surveyPdfs[0]!], [surveyPdfs[0]!, '--out'], [surveyPdfs[0]!, '--outfile', 'x.csv']]) {
			const { code, stderr } = await run('aggregate.ts', args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr).toContain('Usage: npm run aggregate -- FILE… [--out summary.csv] [--template ID]');
		}
	});
});
