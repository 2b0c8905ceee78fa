import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { languages, langPrefix } from '../support/site.ts';
import { templateManifest } from '../../src/schemas/template-manifest.ts';
import { templateIds } from '../../templates/schema.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('the manifest lists every template PDF with its true size and hash', async ({ request }) => {
	const response = await request.get('/templates/manifest.json');
	expect(response.ok()).toBe(true);
	const manifest = templateManifest.parse(await response.json());
	expect(manifest.templates.map((t) => t.id).sort()).toEqual([...templateIds].sort());
	for (const template of manifest.templates) {
		for (const lang of languages) {
			const entry = template.pdfs[lang];
			const pdf = await request.get(entry.url);
			expect(pdf.ok(), entry.url).toBe(true);
			expect(pdf.headers()['content-type']).toContain('application/pdf');
			const body = await pdf.body();
			expect(body.length, entry.url).toBe(entry.bytes);
			expect(sha256(body), entry.url).toBe(entry.sha256);
			expect((await request.get(entry.page)).ok(), entry.page).toBe(true);
		}
	}
});

for (const lang of languages) {
	test(`the ${lang} template pages list the downloads, and each PDF downloads at the size shown`, async ({ page }) => {
		await page.goto(`${langPrefix(lang)}/templates/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const main = page.getByRole('main');
		const links = main.getByRole('heading', { level: 3 }).getByRole('link');
		await expect(links).toHaveCount(templateIds.length);

		// The PIP page in this language, reached as a reader would.
		await main.getByRole('link', { name: /PIP|ПИП/ }).first().click();
		await expect(page).toHaveURL(new RegExp(`${langPrefix(lang)}/templates/pip/$`));
		const downloads = page.locator('main a[type="application/pdf"]');
		await expect(downloads).toHaveCount(languages.length);
		// The page's own language comes first, with its size in KB.
		await expect(downloads.first()).toHaveAttribute('hreflang', lang);
		const label = (await downloads.first().textContent())!;
		const shownKb = Number(label.match(/(\d+)\s*KB/)![1]);

		const [download] = await Promise.all([page.waitForEvent('download'), downloads.first().click()]);
		expect(download.suggestedFilename()).toBe(`win-pip-${lang}.pdf`);
		const path = await download.path();
		const { statSync } = await import('node:fs');
		const bytes = statSync(path).size;
		expect(shownKb).toBe(Math.ceil(bytes / 1024));

		// The fields are listed, with their ids and privacy classes.
		await expect(main.getByText('case-code', { exact: true })).toBeVisible();
		await expect(main.locator('dt')).not.toHaveCount(0);
	});
}

test('the sidebar lists the templates in the page language', async ({ page }) => {
	await page.goto('/bg/templates/consent/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Персонален план за интеграция (ПИП)' })).toHaveAttribute('href', '/bg/templates/pip/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Съгласие и защита на данните');
});
