import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { fillTemplatePdf } from '../../src/lib/pdf/fill.ts';
import { templates } from '../../templates/index.ts';
import type { TemplateRecord } from '../../templates/schema.ts';
import { dataset } from '../support/datasets.ts';
import { recordsReproducing } from '../support/surveys.ts';

// The first action loads the PDF library (about 1 MB of script to parse): on a busy machine
// that alone can take more than the default ten seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * The aggregate page of the beneficiary survey, as a coordinator uses it: the 21 halfway surveys
 * of Spain, filled as PDFs, dropped together with a copy of one of them and forms of other
 * templates, give the same shares as the Results page's table for Spain (with the counts beside
 * them); the summary CSV holds no case code and adds up to the same table again; bad and many
 * files are each reported by name.
 */

const def = templates.find((t) => t.id === 'beneficiary-satisfaction')!;
const spain = dataset('satisfaction-halfway').find((e) => e.country === 'ES')!;

/**
 * One record per respondent (see recordsReproducing), each with an open answer that must never
 * be added up.
 */
const spainRecords = (): TemplateRecord[] => recordsReproducing('halfway', spain).map((r) => ({ ...r, interests: 'An open answer, which is never added up.' }));

let pdfs: { name: string; mimeType: string; buffer: Buffer }[];
test.beforeAll(async () => {
	const blank = new Uint8Array(readFileSync('dist/templates/beneficiary-satisfaction/win-beneficiary-satisfaction-es.pdf'));
	pdfs = [];
	for (const [i, record] of spainRecords().entries()) {
		pdfs.push({ name: `encuesta-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(await fillTemplatePdf(blank, def, record)) });
	}
});

/** A table as its rows: row header → cell texts, with the column headers. */
async function readTable(page: Page, caption: RegExp) {
	const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
	await expect(table).toHaveCount(1);
	return table.evaluate((t: HTMLTableElement) => ({
		columns: [...t.tHead!.rows[0]!.cells].slice(1).map((c) => c.textContent!.trim()),
		rows: Object.fromEntries(
			[...t.tBodies].flatMap((body) => [...body.rows].filter((r) => r.cells.length > 1).map((r) => [r.cells[0]!.textContent!.trim(), [...r.cells].slice(1).map((c) => {
						const items = [...c.querySelectorAll('li')];
						return (items.length ? items : [c]).map((i) => i.textContent!.replace(/\s+/g, ' ').trim());
					})])),
		),
	}));
}

const fixture = (name: string) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(join('tests/fixtures/templates', name)) });

test('21 filled surveys give the Results table for Spain at halfway, with counts; copies and other forms are reported', async ({ page }) => {
	// The Results page's table, the reference.
	await page.goto('/results/satisfaction/');
	const reference = await readTable(page, /^Satisfaction survey halfway/);
	const spainColumn = reference.columns.findIndex((c) => c.startsWith('Spain'));
	expect(spainColumn).toBeGreaterThanOrEqual(0);

	// Loaded, favicon included: what follows is what dropping files fetches.
	await page.goto('/templates/beneficiary-satisfaction/aggregate/', { waitUntil: 'networkidle' });
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const copy = { ...pdfs[0]!, name: 'copy-of-encuesta-1.pdf' };
	await page.locator('#survey-files').setInputFiles([...pdfs, copy, fixture('pip-1.0.0-complete-es.pdf'), fixture('stakeholder-satisfaction-1.0.0-employer-italy-it.pdf')]);
	const progress = page.locator('[data-progress]');
	await expect(progress).toHaveText('Forms counted: 21. Files read: 24.', { timeout: 60_000 });

	const log = page.locator('[data-file-log] li');
	await expect(log).toHaveCount(24);
	await expect(log.filter({ hasText: '“encuesta-7.pdf”: counted.' })).toHaveCount(1);
	await expect(log.filter({ hasText: '“copy-of-encuesta-1.pdf”: the same file as “encuesta-1.pdf”, counted once.' })).toHaveCount(1);
	await expect(log.filter({ hasText: '“pip-1.0.0-complete-es.pdf”: a filled “' })).toContainText('not this survey. Not counted.');
	await expect(log.filter({ hasText: '“stakeholder-satisfaction-1.0.0-employer-italy-it.pdf”: a filled “' })).toHaveCount(1);

	const result = await readTable(page, /Halfway/);
	expect(result.columns[0]).toBe('Spain (21 forms)');
	let compared = 0;
	// "33% all of them" in the report; "33.3% all of them (7)" here: the same answers, the same
	// shares once rounded as the report rounds them, and the count of women beside each.
	const item = (text: string) => {
		const [, share, answer, count] = text.match(/^([\d.]+)% (.+?)(?: \((\d+)\))?$/) ?? [];
		return { share: Number(share), answer, count: count === undefined ? undefined : Number(count) };
	};
	for (const [question, cells] of Object.entries(reference.rows)) {
		const expected = cells[spainColumn]!.map(item);
		if (expected.some((e) => Number.isNaN(e.share))) continue;
		const got = result.rows[question]?.[0]?.map(item);
		expect(got, `row “${question}” in the aggregate`).toBeDefined();
		// Each share is its count out of the 21 forms (shown to one decimal); rounded to whole
		// numbers, as the report gives them, they are the report's.
		for (const g of got!) expect(Math.abs(g.share - (g.count! * 100) / spain.respondents), question).toBeLessThanOrEqual(0.05);
		expect(got!.map((g) => ({ share: Math.round((g.count! * 100) / spain.respondents), answer: g.answer })), question).toEqual(expected.map((e) => ({ share: e.share, answer: e.answer })));
		compared++;
	}
	expect(compared).toBeGreaterThanOrEqual(10);
	// A chart per table, with its text alternative.
	await expect(page.locator('[data-results] svg[role="img"]').first()).toBeVisible();

	// The summary CSV: counts and shares, no case code and no open answer.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the summary (CSV)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^win-beneficiary-satisfaction-summary-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv).toContain('beneficiary-satisfaction');
	expect(csv).not.toContain('ES-halfway-');
	expect(csv).not.toContain('open answer');
	// Nothing was fetched for any of this except the page's own code and font, once each.
	const origin = new URL(page.url()).origin;
	for (const url of requests) expect(url.startsWith(`${origin}/_astro/`), url).toBe(true);
	expect(new Set(requests).size).toBe(requests.length);

	// Started again from the summary alone: the same table.
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.locator('[data-summary]')).toHaveText('No survey was counted yet.');
	await page.locator('#survey-files').setInputFiles({ name: 'summary.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(progress).toHaveText('Forms counted: 21. Files read: 1.');
	await expect(page.locator('[data-file-log] li')).toHaveText(['“summary.csv”: a summary was added (forms: 21).']);
	expect(await readTable(page, /Halfway/)).toEqual(result);
});

test('500 files at once, bad ones among them: each named in the list, the page keeps drawing', async ({ page }) => {
	await page.goto('/bg/templates/beneficiary-satisfaction/aggregate/');
	const files = Array.from({ length: 500 }, (_, i) =>
		i % 50 === 0 ? { ...pdfs[(i / 50) % pdfs.length]!, name: `анкета-${i}.pdf` } : { name: `бележка-${i}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`not a PDF ${i}`) },
	);
	await page.locator('#survey-files').setInputFiles(files);
	const progress = page.locator('[data-progress]');
	// Progress is announced while the files are read: the page is drawn between files.
	await expect(progress).toContainText(/ от 500/);
	await expect(progress).toHaveText(/: 10\. .*: 500\./, { timeout: 120_000 });
	const log = page.locator('[data-file-log] li');
	await expect(log).toHaveCount(500);
	await expect(log.filter({ hasText: '„бележка-1.pdf“' }).or(log.filter({ hasText: '“бележка-1.pdf”' }))).toHaveCount(1);
	await expect(log.nth(1)).toHaveClass(/skipped/);
	await expect(log.nth(1)).toContainText('бележка-1.pdf');
});

test('a file over the size limit is named and skipped, the others counted', async ({ page }) => {
	await page.goto('/templates/beneficiary-satisfaction/aggregate/');
	// A file on disk, as a person would choose it (a buffer this size would be copied into the page).
	const dir = mkdtempSync(join(tmpdir(), 'win-big-'));
	const big = join(dir, 'scan.pdf');
	writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]));
	const survey = join(dir, pdfs[1]!.name);
	writeFileSync(survey, pdfs[1]!.buffer);
	await page.locator('#survey-files').setInputFiles([survey, big]);
	await expect(page.locator('[data-progress]')).toHaveText('Forms counted: 1. Files read: 2.');
	await expect(page.locator('[data-file-log] li').nth(1)).toContainText('“scan.pdf” is 22 MB, larger than the limit of 20 MB. It was not read.');
	rmSync(dir, { recursive: true, force: true });
});
