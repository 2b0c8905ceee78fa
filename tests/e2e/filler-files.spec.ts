import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { appendUpdate, qpdf } from '../support/pdf.ts';

// The first action loads the PDF library (about 1 MB of script to parse): on a busy machine
// that alone can take more than the default ten seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * "Open a filled PDF" on the fill-in page with the files people really have: PDFs re-saved by
 * other software, a PDF of another form, one made with an older version of the form, and every
 * kind of bad file. Each bad file gets a message that names it, and what the person had typed
 * is still there afterwards.
 */

const fixture = (name: string) => new Uint8Array(readFileSync(join('tests/fixtures/templates', name)));
/** A PIP filled in Spanish by an earlier build (see tests/fixtures/templates/README.md). */
const pip = () => fixture('pip-1.0.0-complete-es.pdf');
const stakeholder = () => fixture('stakeholder-satisfaction-1.0.0-employer-italy-it.pdf');

let dir: string;
test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'win-files-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function typeSomething(page: Page) {
	await page.goto('/templates/pip/fill/');
	await page.locator('#f-case-code').fill('W-99');
	await page.locator('#f-needs-notes').fill('Typed before opening a file: must survive.');
	await page.locator('#f-needs__childcare').check();
}

async function expectTypedIntact(page: Page) {
	await expect(page.locator('#f-case-code')).toHaveValue('W-99');
	await expect(page.locator('#f-needs-notes')).toHaveValue('Typed before opening a file: must survive.');
	await expect(page.locator('#f-needs__childcare')).toBeChecked();
}

async function open(page: Page, name: string, bytes: Uint8Array | string) {
	if (typeof bytes === 'string') await page.locator('#open-pdf').setInputFiles(bytes);
	else await page.locator('#open-pdf').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
	const result = page.locator('[data-open-result]');
	await expect(result).toBeVisible();
	await expect(result).toBeFocused();
	return result;
}

test('bad files each get a message naming the file, and what was typed stays', async ({ page }) => {
	await typeSomething(page);
	const original = pip();
	const half = original.slice(0, Math.floor(original.length / 2));
	// Damage in the middle: header and end marker intact, the objects between them garbled.
	const garbled = original.slice();
	for (let i = 200; i < garbled.length - 200; i += 3) garbled[i] = 0x7e;
	const noForm = await (async () => {
		const doc = await PDFDocument.create();
		doc.addPage();
		return doc.save();
	})();
	const encrypted = qpdf(original, ['--encrypt', 'user-pass', 'owner-pass', '256', '--']);
	const big = join(dir, 'scan-of-passport.pdf');
	writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(50 * 1024 * 1024, 0x20)]));

	const cases: [string, Uint8Array | string, RegExp][] = [
		['shopping-list.pdf', new TextEncoder().encode('eggs, bread, tea'), /is not a PDF file/],
		['empty.pdf', new Uint8Array(), /is empty/],
		['cut-short.pdf', half, /damaged or incomplete/],
		['garbled.pdf', garbled, /damaged or incomplete|no form fields|not one made from a form of this site/],
		['locked.pdf', encrypted, /protected with a password/],
		['letter.pdf', noForm, /has no form fields/],
		['scan-of-passport.pdf', big, /larger than the limit/],
	];
	for (const [name, bytes, message] of cases) {
		const result = await open(page, name, bytes);
		await expect(result, name).toContainText(`“${name}”`);
		await expect(result, name).toContainText(message);
		await expectTypedIntact(page);
	}
	// The page still works: a good file opens after all that (replacing the answers, once confirmed).
	await open(page, 'pip.pdf', original).catch(() => undefined);
	const dialog = page.locator('dialog[data-confirm]');
	await expect(dialog).toBeVisible();
	await dialog.locator('[data-confirm-yes]').click();
	await expect(page.locator('[data-open-result]')).toContainText('“pip.pdf” is open');
	await expect(page.locator('#f-case-code')).not.toHaveValue('W-99');
});

test('a PDF of another form says which, links to its page, and changes nothing', async ({ page }) => {
	await typeSomething(page);
	const result = await open(page, 'employer-survey.pdf', stakeholder());
	await expect(result).toContainText('“employer-survey.pdf” is a filled “');
	await expect(result.getByRole('link')).toHaveAttribute('href', '/templates/stakeholder-satisfaction/fill/');
	await expectTypedIntact(page);
});

test('opening a PDF over typed answers asks first; "keep" changes nothing', async ({ page }) => {
	await typeSomething(page);
	await page.locator('#open-pdf').setInputFiles({ name: 'pip.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pip()) });
	const dialog = page.locator('dialog[data-confirm]');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('pip.pdf');
	await dialog.locator('[data-confirm-no]').click();
	await expect(page.locator('[data-open-result]')).toContainText('Nothing was changed');
	await expectTypedIntact(page);
});

test('PDFs re-saved by other software reopen with the same answers', async ({ page }) => {
	const original = pip();
	// An answer changed in another viewer, saved as an incremental update (appended to the file).
	const edited = await appendUpdate(original, (doc) => doc.getForm().getTextField('organisation').setText('Equipo de Madrid'));
	expect(edited.subarray(0, original.length)).toEqual(original);
	const variants: [string, Uint8Array, string][] = [
		['object-streams.pdf', qpdf(original, ['--object-streams=generate']), ''],
		['rewritten.pdf', qpdf(original, ['--qdf', '--object-streams=disable']), ''],
		['linearized.pdf', qpdf(original, ['--linearize']), ''],
		['incremental.pdf', edited, 'Equipo de Madrid'],
		['incremental-rewritten.pdf', qpdf(edited, ['--object-streams=generate']), 'Equipo de Madrid'],
	];
	await page.goto('/templates/pip/fill/');
	const reference = await (async () => {
		await open(page, 'original.pdf', original);
		return page.locator('form[data-filler-form]').evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => `${k}=${String(v)}`));
	})();
	expect(reference.length).toBeGreaterThan(10);
	for (const [name, bytes, organisation] of variants) {
		await page.getByRole('button', { name: 'Clear everything' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
		const result = await open(page, name, bytes);
		await expect(result, name).toContainText(`“${name}” is open`);
		const entries = await page.locator('form[data-filler-form]').evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => `${k}=${String(v)}`));
		const expected = organisation ? reference.map((e) => (e.startsWith('organisation=') ? `organisation=${organisation}` : e)) : reference;
		expect(entries, name).toEqual(expected);
	}
});

test('a PDF of an older version is carried over field by field, listing what could not be', async ({ page }) => {
	const doc = await PDFDocument.load(pip());
	// What an earlier version of the form looked like: another version number, a question since
	// removed, and an answer no longer on the list.
	const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
	info.set(PDFName.of('WinTemplateVersion'), PDFHexString.fromText('0.9.0'));
	doc.setKeywords(['win-template', 'template=pip', 'version=0.9.0', 'lang=es']);
	const form = doc.getForm();
	const removed = form.createTextField('bus-pass');
	removed.setText('Abono mensual');
	removed.addToPage(doc.getPage(0), { x: 40, y: 40, width: 100, height: 16 });
	const country = form.getRadioGroup('country');
	country.addOptionToPage('fr', doc.getPage(0), { x: 200, y: 40, width: 12, height: 12 });
	country.select('fr');
	const older = await doc.save();

	await page.goto('/templates/pip/fill/');
	const result = await open(page, 'plan-2025.pdf', older);
	await expect(result).toContainText('version 0.9.0');
	await expect(result).toContainText('Abono mensual');
	await expect(result).toContainText('“fr”');
	// Everything else came over.
	await expect(page.locator('#f-case-code')).not.toHaveValue('');
	for (const option of ['it', 'es', 'bg', 'other']) await expect(page.locator(`#f-country__${option}`)).not.toBeChecked();
});
