import { expect, test } from '@playwright/test';
import { languages, langPrefix } from '../support/site.ts';
import { datasetIds } from '../../src/schemas/dataset.ts';
import { sections } from '../../src/config/sidebar.ts';

/** The Results section's pages as the sidebar lists them; the Data page (downloads, no tables) is tested below. */
const resultsPages = sections
	.find((section) => section.label === 'nav.results')!
	.items.filter((item): item is string => typeof item === 'string' && item !== 'results/data');

test.describe('Results pages', () => {
	for (const lang of languages) {
		test(`${langPrefix(lang)}/results/ pages show their tables with captions and header scopes`, async ({ page }) => {
			for (const slug of resultsPages) {
				await page.goto(`${langPrefix(lang)}/${slug}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const main = page.getByRole('main');
				const tables = main.getByRole('table');
				const count = await tables.count();
				if (slug === 'results') {
					// The overview shows key figures, not tables.
					await expect(main.locator('.key-figures li')).toHaveCount(5);
					continue;
				}
				expect(count, `${lang}/${slug} has tables`).toBeGreaterThan(0);
				// Every table at once (one call into the page): a caption, and every header cell
				// scoped to its column, row or row group.
				const problems = await main.evaluate((root) =>
					[...root.querySelectorAll('table')].flatMap((table, i) => {
						const caption = table.caption?.textContent?.trim() ?? '';
						const unscopedHead = table.querySelectorAll('thead th:not([scope="col"])').length;
						const unscopedBody = table.querySelectorAll('tbody th:not([scope="row"]):not([scope="rowgroup"])').length;
						return [
							...(caption ? [] : [`table ${i + 1}: no caption`]),
							...(unscopedHead ? [`table ${i + 1} (${caption}): ${unscopedHead} column headers without scope="col"`] : []),
							...(unscopedBody ? [`table ${i + 1} (${caption}): ${unscopedBody} row headers without a row scope`] : []),
						];
					}),
				);
				expect(problems, `${lang}/${slug}`).toEqual([]);
				// The accessible name as the browser computes it (from the caption), for the first table.
				await expect(tables.first()).toHaveAccessibleName(/\S/);
				await expect(main.getByRole('link', { name: /CSV/ }).first()).toBeVisible();
			}
		});
	}

	const notAsked = { en: 'Not asked', it: 'Domanda non posta', es: 'No se preguntó', bg: 'Въпросът не е зададен' } as const;
	for (const lang of languages) {
		test(`gaps read as words in ${lang}, never as 0`, async ({ page }) => {
			await page.goto(`${langPrefix(lang)}/results/satisfaction/`);
			// Columns after the question: Spain, Bulgaria, Italy.
			const cells = page.locator('#halfway table').first().locator('tr[data-row="service-training"] td');
			await expect(cells).toHaveText([notAsked[lang], notAsked[lang], /85/]);
		});
	}

	test('a service that was not provided and a figure the report does not give say so', async ({ page }) => {
		await page.goto('/results/satisfaction/');
		await expect(page.locator('#halfway tr[data-row="service-social-support"] td').nth(2)).toHaveText('Service not provided');
		await page.goto('/results/courses/');
		await expect(page.locator('tr[data-row="bg-computer-skills"] td').nth(1)).toHaveText('Not given in the report');
	});

	test('charts are images with a text alternative, next to the table with the same figures', async ({ page }) => {
		await page.goto('/results/satisfaction/');
		const chart = page.getByRole('img', { name: 'Satisfaction with each service halfway through the plans, by country' });
		await expect(chart).toBeVisible();
		await expect(chart.locator('desc')).toContainText('table that follows');
		await expect(page.locator('#halfway svg + .data-table table')).toHaveCount(1);
		await page.goto('/bg/results/employment-outcomes/');
		await expect(page.getByRole('img', { name: /Дял на жените с работа/ })).toBeVisible();
	});
});

test.describe('open data downloads', () => {
	test('the catalog lists every dataset, and every address in it downloads with the right content type', async ({ request }) => {
		const response = await request.get('/data/catalog.json');
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		const catalog = (await response.json()) as { datasets: { id: string; csv: string; json: string; csvBytes: number; source: { section: string } }[] };
		expect(catalog.datasets.map((d) => d.id)).toEqual([...datasetIds]);
		for (const d of catalog.datasets) {
			expect(d.source.section).toMatch(/^\d+(\.\d+)*$/);
			const csv = await request.get(d.csv);
			expect(csv.status(), d.csv).toBe(200);
			expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
			expect((await csv.body()).length).toBe(d.csvBytes);
			const json = await request.get(d.json);
			expect(json.status(), d.json).toBe(200);
			expect(json.headers()['content-type']).toMatch(/^application\/json/);
			expect((await json.json()).id).toBe(d.id);
		}
	});

	test('a CSV has the expected header and a known row', async ({ request }) => {
		const text = (await (await request.get('/data/satisfaction-halfway.csv')).text()).replace(/^\uFEFF/, '');
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('stage,column,respondents,base,question,scale,row_type,answer,share,count,status,text_en,text_it,text_es,text_bg');
		expect(lines).toContain('halfway,BG,8,21,service-legal-support,satisfaction,answer,good,37.5,,reported,,,,');
		expect(lines).toContain('halfway,ES,21,21,service-training,satisfaction,gap,,,,not-asked,,,,');
	});

	test('the Data page lists every dataset with its downloads and source section', async ({ page }) => {
		await page.goto('/es/results/data/');
		const items = page.locator('.catalog > li');
		await expect(items).toHaveCount(datasetIds.length);
		for (const id of datasetIds) {
			const item = page.locator(`#dataset-${id}`);
			await expect(item.locator(`a[href="/data/${id}.csv"]`)).toHaveText(/CSV \(\d/);
			await expect(item.locator(`a[href="/data/${id}.json"]`)).toHaveText(/JSON \(\d/);
			await expect(item).toContainText('sección');
		}
	});
});

test.describe('What WIN did', () => {
	for (const lang of languages) {
		test(`the pathway in ${lang}: a diagram with a text alternative and the same steps as a list of links`, async ({ page }) => {
			await page.goto(`${langPrefix(lang)}/what-win-did/`);
			const diagram = page.locator('figure.pathway svg[role="img"]');
			await expect(diagram).toHaveAccessibleName(/\S/);
			const steps = page.locator('ol.pathway-steps > li');
			await expect(steps).toHaveCount(5);
			const links = page.locator('ol.pathway-steps a');
			expect(await links.count()).toBe(13);
			for (const href of new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))) {
				expect(href.startsWith(`${langPrefix(lang)}/what-win-did/`)).toBe(true);
				const response = await page.request.get(href);
				expect(response.status(), href).toBe(200);
			}
		});
	}

	test('the training courses page shows the courses table from the data', async ({ page }) => {
		await page.goto('/it/what-win-did/training-courses/');
		const table = page.getByRole('table', { name: 'Corsi di formazione per paese' });
		await expect(table.locator('tr[data-row="es-social-health-care"]')).toContainText('95 h');
	});
});
