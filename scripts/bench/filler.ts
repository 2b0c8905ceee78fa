/**
 * Bench part "filler": how long a person waits for the fill-in and aggregate tools.
 * - Node: 1,000 filled surveys added up by the collector that `npm run aggregate` and the
 *   aggregate page use (reading, duplicate checks, counting). The PDFs are made first, not timed.
 * - Browser, on the built site: a filled PDF on the PIP's fill-in page (the required answers
 *   typed, "Download PDF" clicked, until the download starts), the first time (the PDF tools and
 *   the blank PDF load) and again; and the same 1,000 surveys chosen on the beneficiary survey's
 *   aggregate page, until it says they were counted.
 * Goals: under 0.5 s for a filled PDF, under 2 s (Node) and under 5 s (browser) for 1,000 surveys.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTemplate, templates } from '../../templates/index.ts';
import { allFields } from '../../templates/schema.ts';
import { languages } from '../../src/config/locales.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../../src/lib/pdf/fill.ts';
import { readFilledPdf } from '../../src/lib/pdf/read.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { normalizeRecord } from '../../src/lib/templates/record.ts';
import { controlId, entriesFromRecord } from '../../src/lib/templates/form-values.ts';
import { SurveyCollector } from '../../src/lib/surveys/collect.ts';
import { aggregatePagePath, fillPagePath } from '../../src/lib/templates/files.ts';
import { surveyRecords } from '../../tests/support/surveys.ts';
import { seconds, type BenchContext, type BenchTable } from './_shared.ts';

export const title = 'Fill in and add up: a filled PDF in the browser, 1,000 surveys in Node and in the browser';

const surveys = 1000;
const nodeRuns = 3;
const fillRuns = 5;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const within = (value: number, goal: number) => (value <= goal ? 'yes' : 'no');
const count = (n: number) => new Intl.NumberFormat('en').format(n);

/** 1,000 filled beneficiary surveys, in the four languages (made with the same code as the site's PDFs). */
async function filledSurveys(): Promise<{ name: string; bytes: Uint8Array }[]> {
	const def = getTemplate('beneficiary-satisfaction');
	const fonts = await loadFonts();
	const blanks = await Promise.all(languages.map((lang) => generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) })));
	const files: { name: string; bytes: Uint8Array }[] = [];
	for (const [i, record] of surveyRecords(def, surveys, 2026).entries()) {
		files.push({ name: `survey-${String(i + 1).padStart(4, '0')}.pdf`, bytes: await fillTemplatePdf(blanks[i % blanks.length]!, def, record) });
	}
	return files;
}

/** The collector over every file, as `npm run aggregate` runs it; the time and the forms counted. */
async function aggregateInNode(files: readonly { name: string; bytes: Uint8Array }[]): Promise<{ ms: number; forms: number }> {
	const collector = new SurveyCollector(getTemplate('beneficiary-satisfaction'), templates);
	const start = performance.now();
	for (const { name, bytes } of files) await collector.add({ name, size: bytes.length, bytes: async () => bytes });
	return { ms: performance.now() - start, forms: collector.tally.forms };
}

/** Types the PIP's required answers (its minimal example) into the fill-in page's controls. */
const pipRequired = () => {
	const def = getTemplate('pip');
	const example = def.examples.find((e) => e.name === 'minimal')!.values;
	return Object.fromEntries(allFields(def).filter((f) => f.required && example[f.id] !== undefined).map((f) => [f.id, example[f.id]]));
};

async function fillRequired(page: import('@playwright/test').Page): Promise<void> {
	const def = getTemplate('pip');
	const required = pipRequired();
	const kinds = new Map(allFields(def).map((f) => [f.id, f.kind]));
	for (const [name, value] of entriesFromRecord(def, required)) {
		const kind = kinds.get(name);
		if (kind === 'choice' || kind === 'rating' || kind === 'multichoice') await page.locator(`#${controlId(name, value)}`).check();
		else if (kind === 'checkbox') await page.locator(`#${controlId(name)}`).check();
		else await page.locator(`#${controlId(name)}`).fill(value);
	}
}

export async function run(context: BenchContext): Promise<BenchTable[]> {
	const prepared = performance.now();
	const files = await filledSurveys();
	const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
	const preparedIn = performance.now() - prepared;

	// Node
	const nodeTimes: number[] = [];
	let nodeForms = 0;
	for (let i = 0; i < nodeRuns; i++) {
		const { ms: time, forms } = await aggregateInNode(files);
		nodeTimes.push(time);
		nodeForms = forms;
	}
	const node = median(nodeTimes);

	// Browser: a filled PDF on the fill-in page.
	const base = await context.siteUrl();
	const browser = await context.browser();
	const page = await browser.newPage();
	await page.goto(`${base}${fillPagePath('pip', 'en')}`, { waitUntil: 'networkidle' });
	await fillRequired(page);
	const button = page.getByRole('button', { name: 'Download PDF' });
	const fillTimes: number[] = [];
	let downloaded: Uint8Array | undefined;
	for (let i = 0; i <= fillRuns; i++) {
		const start = performance.now();
		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
		fillTimes.push(performance.now() - start);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		downloaded = new Uint8Array(Buffer.concat(chunks));
	}
	await page.close();
	const [firstFill, ...repeatFills] = fillTimes;
	const fill = median(repeatFills);
	const typed = JSON.stringify(normalizeRecord(getTemplate('pip'), pipRequired()));
	const readBack = downloaded
		? await readFilledPdf(downloaded, templates).then(
				(r) => (JSON.stringify(r.record) === typed ? 'a PIP holding the answers typed' : 'a PIP whose answers differ from those typed'),
				(e: Error) => `not readable: ${e.message}`,
			)
		: 'no download';

	// Browser: 1,000 surveys on the aggregate page.
	const aggregate = await browser.newPage();
	await aggregate.goto(`${base}${aggregatePagePath('beneficiary-satisfaction', 'en')}`, { waitUntil: 'networkidle' });
	const done = `Forms counted: ${count(surveys)}`;
	// In the page: from the first "change" of the file input until the summary says the forms were counted.
	await aggregate.evaluate((text) => {
		const state = window as unknown as { benchStart?: number; benchEnd?: number };
		document.querySelector('#survey-files')!.addEventListener('change', () => (state.benchStart ??= performance.now()));
		const summary = document.querySelector('[data-summary]')!;
		new MutationObserver(() => {
			if (summary.textContent?.includes(text)) state.benchEnd ??= performance.now();
		}).observe(summary, { childList: true, characterData: true, subtree: true });
	}, done);
	// Playwright refuses file buffers of 50 MB or more in one call, and sends buffers through the
	// debugging protocol (slower than the page): the files are written to a folder and chosen
	// from there at once, as a person chooses them.
	const folder = await mkdtemp(join(tmpdir(), 'win-bench-surveys-'));
	let wall: number;
	try {
		const paths = await Promise.all(files.map(async (f) => {
			const path = join(folder, f.name);
			await writeFile(path, f.bytes);
			return path;
		}));
		const start = performance.now();
		await aggregate.locator('#survey-files').setInputFiles(paths, { timeout: 120_000 });
		await aggregate.locator('[data-summary]').filter({ hasText: done }).waitFor({ timeout: 600_000 });
		wall = performance.now() - start;
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
	const inPage = await aggregate.evaluate(() => {
		const state = window as unknown as { benchStart?: number; benchEnd?: number };
		return state.benchEnd! - state.benchStart!;
	});
	const summary = await aggregate.locator('[data-summary]').textContent();
	await aggregate.close();

	return [
		{
			caption: `Fill in and add up (${count(surveys)} filled beneficiary surveys, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, made in ${seconds(preparedIn)} and not timed)`,
			columns: ['what', 'time', 'per form', 'goal', 'within goal'],
			rows: [
				['filled PDF in the browser, first time (loads the PDF tools and the blank PDF)', ms(firstFill!), '', 'under 0.5 s', within(firstFill!, 500)],
				[`filled PDF in the browser, again (median of ${fillRuns})`, ms(fill), '', 'under 0.5 s', within(fill, 500)],
				[`add up ${count(surveys)} surveys in Node (median of ${nodeRuns})`, seconds(node), ms(node / surveys), 'under 2 s', within(node, 2000)],
				[`add up ${count(surveys)} surveys in the browser, in the page`, seconds(inPage), ms(inPage / surveys), 'under 5 s', within(inPage, 5000)],
				[`add up ${count(surveys)} surveys in the browser, from choosing the files`, seconds(wall), ms(wall / surveys), 'under 5 s', within(wall, 5000)],
			],
			notes: [
				`Fill-in page ${fillPagePath('pip', 'en')}: the PIP's required answers typed; time from the click on "Download PDF" to the download. The PDF downloaded: ${readBack}.`,
				`Node runs: ${nodeTimes.map((t) => seconds(t)).join(', ')}; forms counted: ${count(nodeForms)}.`,
				`Machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end of this part (other work on the machine slows every figure).`,
				`Aggregate page ${aggregatePagePath('beneficiary-satisfaction', 'en')}: the ${count(surveys)} files chosen at once on the file input (Playwright's setInputFiles); "in the page" runs from the input's change event to the summary "${summary?.trim()}".`,
			],
		},
	];
}
