import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { languages, langPrefix, type Lang } from '../support/site.ts';
import { readTemplatePdf } from '../../src/lib/pdf/read.ts';
import { templates } from '../../templates/index.ts';

// The first action loads the PDF library (about 1 MB of script to parse): on a busy machine
// that alone can take more than the default ten seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * The fill-in page of the PIP in every language, as a caseworker uses it: the check on submit
 * (GOV.UK's error summary), "Download PDF", then the same PDF opened again next month into an
 * empty form. Along the way: which requests the page makes after it has loaded (only the site's
 * own code, font and blank PDF, fetched once, never with data) and what it stores (nothing).
 */

/** Answers typed in each language, with the letters each language needs. */
const typed: Record<Lang, { caseCode: string; organisation: string; needsNotes: string }> = {
	en: { caseCode: 'W-07', organisation: 'Shelter team, Milan', needsNotes: 'Wants evening classes; two children at school.' },
	it: { caseCode: 'IT-12', organisation: 'Équipe di Abbiategrasso', needsNotes: 'Vuole un corso serale; è più tranquilla così.' },
	es: { caseCode: 'ES-03', organisation: 'Equipo de Valencia', needsNotes: 'Quiere formación en peluquería; niña de año y medio.' },
	bg: { caseCode: 'BG-21', organisation: 'Екип в София', needsNotes: 'Иска курс по готварство; търси жилище близо до детската градина.' },
};

/** Records every request after the page has loaded. */
function recordRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));
	return requests;
}

/**
 * What the page keeps in this browser: web storage, cookies, IndexedDB and the Cache API.
 * Starlight keeps which sidebar groups are open, and where the sidebar was scrolled, in
 * `sessionStorage` (`sl-sidebar-state`, gone when the tab is closed): that is left out here, and
 * checked to hold nothing else.
 */
async function stored(page: Page) {
	const all = await page.evaluate(async () => ({
		local: Object.keys(localStorage),
		session: Object.fromEntries(Object.entries(sessionStorage)),
		cookies: document.cookie,
		databases: (await indexedDB.databases()).map((d) => d.name),
		caches: await caches.keys(),
	}));
	const { 'sl-sidebar-state': sidebar, ...session } = all.session;
	if (sidebar !== undefined) expect(Object.keys(JSON.parse(sidebar)).sort()).toEqual(['hash', 'open', 'scroll']);
	return { ...all, session: Object.keys(session) };
}

const today = () => {
	const d = new Date();
	return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
};

for (const lang of languages) {
	test(`${lang}: fill in the PIP, download it, and reopen it into an empty form`, async ({ page, baseURL }) => {
		const path = `${langPrefix(lang)}/templates/pip/fill/`;
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const requests = recordRequests(page);
		const form = page.locator('form[data-filler-form]');

		// Submitting an empty form: the error summary, focused, with a link to each field in error.
		await form.locator('button[type="submit"]').click();
		const summary = page.locator('[data-error-summary]');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('alert')).toBeVisible();
		const links = summary.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(3);
		await expect(page).toHaveTitle(/^\S+:? /);
		await summary.getByRole('link').first().click();
		await expect(page.locator('#f-case-code')).toBeFocused();
		await expect(page.locator('#f-case-code')).toHaveAttribute('aria-invalid', 'true');
		// The message at the field is read with it.
		const describedBy = (await page.locator('#f-case-code').getAttribute('aria-describedby'))!.split(' ');
		expect(describedBy).toContain('f-case-code-error');
		await expect(page.locator('#f-case-code-error')).toBeVisible();

		// The answers, typed by keyboard.
		const answers = typed[lang];
		await page.locator('#f-case-code').fill(answers.caseCode);
		await page.locator('#f-country__it').check();
		await page.locator('#f-organisation').fill(answers.organisation);
		await page.locator('#f-plan-date').fill('2026-03-02');
		await page.locator('#f-needs__host-language').check();
		await page.locator('#f-needs__housing').check();
		await page.locator('#f-needs-notes').fill(answers.needsNotes);
		await page.locator('#f-objectives__1__objective').fill(answers.needsNotes.slice(0, 20));
		await page.locator('#f-objectives__1__by').fill('2026-09-30');
		await page.locator('#f-plan__training__actions').fill(answers.organisation);
		await page.locator('#f-plan__training__when').fill('2026-04');
		await page.locator('#f-consent-given').check();

		const [download] = await Promise.all([page.waitForEvent('download'), form.locator('button[type="submit"]').click()]);
		await expect(summary).toBeHidden();
		const name = download.suggestedFilename();
		expect(name).toContain('pip');
		expect(name).toContain(answers.caseCode);
		expect(name).toContain(today());
		expect(name).toMatch(/\.pdf$/);
		await expect(form.locator('[data-status]')).toContainText(name);
		const pdf = new Uint8Array(readFileSync(await download.path()));

		// The PDF holds what was typed, and says which form, version and language it is.
		const read = await readTemplatePdf(pdf, templates);
		expect(read.template.id).toBe('pip');
		expect(read.stamp.lang).toBe(lang);
		expect(read.record['case-code']).toBe(answers.caseCode);
		expect(read.record['organisation']).toBe(answers.organisation);
		expect(read.record['country']).toBe('it');
		expect(read.record['plan-date']).toBe('2026-03-02');
		expect(read.record['needs']).toEqual(['host-language', 'housing']);
		expect(read.record['needs-notes']).toBe(answers.needsNotes);
		expect(read.record['consent-given']).toBe(true);
		expect(read.record['plan']).toMatchObject({ training: { actions: answers.organisation, when: '2026-04' } });

		// Next month: everything cleared (after a confirmation), then the PDF opened again.
		await form.locator('[data-clear]').click();
		const dialog = page.locator('dialog[data-confirm]');
		await expect(dialog).toBeVisible();
		await dialog.locator('[data-confirm-yes]').click();
		await expect(page.locator('#f-case-code')).toHaveValue('');
		await expect(page.locator('#f-consent-given')).not.toBeChecked();

		const requestsBeforeOpen = requests.length;
		await page.locator('#open-pdf').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
		const result = page.locator('[data-open-result]');
		await expect(result).toBeFocused();
		await expect(result).toContainText(name);
		await expect(page.locator('#f-case-code')).toHaveValue(answers.caseCode);
		await expect(page.locator('#f-organisation')).toHaveValue(answers.organisation);
		await expect(page.locator('#f-country__it')).toBeChecked();
		await expect(page.locator('#f-plan-date')).toHaveValue('2026-03-02');
		await expect(page.locator('#f-needs__host-language')).toBeChecked();
		await expect(page.locator('#f-needs__housing')).toBeChecked();
		await expect(page.locator('#f-needs__legal')).not.toBeChecked();
		await expect(page.locator('#f-needs-notes')).toHaveValue(answers.needsNotes);
		await expect(page.locator('#f-objectives__1__by')).toHaveValue('2026-09-30');
		await expect(page.locator('#f-consent-given')).toBeChecked();
		await expect(page.locator('#f-plan__training__when')).toHaveValue('2026-04');

		// Reopening fetched nothing; before it, only the site's own static files, without data.
		expect(requests.slice(requestsBeforeOpen).map((r) => r.url())).toEqual([]);
		const origin = new URL(baseURL!).origin;
		for (const request of requests) {
			const url = new URL(request.url());
			expect(url.origin, request.url()).toBe(origin);
			expect(request.method(), request.url()).toBe('GET');
			expect(request.postData(), request.url()).toBeNull();
			expect(url.search, request.url()).toBe('');
			// Chromium itself may prefetch a same-origin page whose link the pointer passed over
			// (it says so in `Sec-Purpose`); that is the browser's doing and carries nothing typed.
			if (request.headers()['sec-purpose']?.includes('prefetch')) continue;
			expect(url.pathname, request.url()).toMatch(/^\/(_astro\/[\w.-]+\.(js|ttf|woff2?)|templates\/pip\/win-pip-[a-z]{2}\.pdf)$/);
		}
		// Each file once: the PDF library and the blank PDF are fetched when first needed, then kept.
		const urls = requests.filter((r) => !r.headers()['sec-purpose']).map((r) => r.url());
		expect(new Set(urls).size).toBe(urls.length);

		// Nothing was stored on the device.
		expect(await stored(page)).toEqual({ local: [], session: [], cookies: '', databases: [], caches: [] });
	});
}

test('keep a draft on this device: only when asked, restored on return, gone after "clear everything"', async ({ page }) => {
	await page.goto('/templates/skills-assessment/fill/');
	const draft = page.getByLabel('Keep a draft on this device');
	await expect(draft).not.toBeChecked();
	// The warning about shared computers is read with the choice.
	await expect(draft).toHaveAccessibleDescription(/shared or public computer/);
	await page.locator('#f-case-code').fill('W-31');
	await page.waitForTimeout(600);
	expect((await stored(page)).local).toEqual([]);

	await draft.check();
	await page.locator('#f-case-code').fill('W-32');
	await expect.poll(async () => page.evaluate(() => localStorage.getItem('win-toolkit:draft:skills-assessment') ?? '')).toContain('W-32');

	await page.reload();
	await expect(page.locator('#f-case-code')).toHaveValue('W-32');
	await expect(draft).toBeChecked();
	await expect(page.locator('form[data-filler-form] [data-status]')).toContainText('restored');

	await page.getByRole('button', { name: 'Clear everything' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
	await expect(page.locator('#f-case-code')).toHaveValue('');
	await expect(draft).not.toBeChecked();
	expect(await stored(page)).toEqual({ local: [], session: [], cookies: '', databases: [], caches: [] });
	await page.reload();
	await expect(page.locator('#f-case-code')).toHaveValue('');
});

test('the course survey works out the attendance and whether the certificate threshold is met', async ({ page }) => {
	await page.goto('/templates/course-satisfaction/fill/');
	const out = page.locator('[data-attendance]');
	await expect(out).toContainText('Write the sessions held');
	await page.locator('#f-sessions-held').fill('20');
	await page.locator('#f-sessions-attended').fill('15');
	await page.locator('#f-certificate-threshold').fill('70');
	await expect(out).toHaveText('Attended 75% of the sessions: the certificate threshold of 70% is met.');
	await page.locator('#f-certificate-threshold').fill('80');
	await expect(out).toHaveText('Attended 75% of the sessions: below the certificate threshold of 80%.');
	await page.locator('#f-sessions-attended').fill('25');
	await expect(out).toContainText('cannot be worked out');
});

test('on a phone-sized screen the form fits the width and can be filled', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await page.goto('/bg/templates/beneficiary-satisfaction/fill/');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	const control = page.locator('form[data-filler-form] input[type="radio"]').nth(1);
	await control.scrollIntoViewIfNeeded();
	const box = (await page.locator(`label[for="${await control.getAttribute('id')}"]`).boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	await context.close();
});
