import { expect, test } from '@playwright/test';
import { readPathway } from '../support/lessons.ts';
import { langPrefix } from '../support/site.ts';

const steps = readPathway();

test('the overview lists the eight steps in order, each with its link', async ({ page }) => {
	await page.goto('/guidelines/');
	const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: /Step 1: / }) });
	const items = list.getByRole('listitem');
	await expect(items).toHaveCount(8);
	expect(await list.evaluate((el) => el.tagName)).toBe('OL');
	for (const [i, step] of steps.entries()) {
		const link = items.nth(i).getByRole('link');
		await expect(link).toHaveAccessibleName(`Step ${i + 1}: ${step.title.en}`);
		await expect(link).toHaveAttribute('href', `/guidelines/${step.id}/`);
		await expect(items.nth(i).getByRole('paragraph')).not.toBeEmpty();
	}
});

const words = {
	en: { of: 'of', pager: 'Previous and next step', pathway: 'The integration pathway, step by step' },
	bg: { of: 'от', pager: 'Предишна и следваща стъпка', pathway: 'Пътят към интеграция, стъпка по стъпка' },
};

for (const lang of ['en', 'bg'] as const) {
	test(`${lang}: each step is marked as current and links the previous and next step`, async ({ page }) => {
		for (const [i, step] of steps.entries()) {
			const prefix = langPrefix(lang);
			await page.goto(`${prefix}/guidelines/${step.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title[lang]!);
			await expect(page.getByRole('main')).toContainText(`${i + 1} ${words[lang].of} 8`);
			const pathway = page.getByRole('navigation', { name: words[lang].pathway });
			await expect(pathway.getByRole('listitem')).toHaveCount(8);
			const current = pathway.locator('[aria-current="step"]');
			await expect(current).toHaveCount(1);
			await expect(current).toHaveAttribute('href', `${prefix}/guidelines/${step.id}/`);
			await expect(current).toContainText(step.title[lang]!);
			const pager = page.getByRole('navigation', { name: words[lang].pager });
			const previous = pager.locator('a[rel="prev"]');
			const next = pager.locator('a[rel="next"]');
			if (i === 0) await expect(previous).toHaveCount(0);
			else {
				await expect(previous).toHaveAttribute('href', `${prefix}/guidelines/${steps[i - 1]!.id}/`);
				await expect(previous).toContainText(steps[i - 1]!.title[lang]!);
			}
			if (i === steps.length - 1) await expect(next).toHaveCount(0);
			else {
				await expect(next).toHaveAttribute('href', `${prefix}/guidelines/${steps[i + 1]!.id}/`);
				await expect(next).toContainText(steps[i + 1]!.title[lang]!);
			}
		}
	});
}

test('following "Next step" walks the whole pathway', async ({ page }) => {
	test.setTimeout(120_000); // eight page loads
	await page.goto(`/guidelines/${steps[0]!.id}/`);
	for (const step of steps.slice(1)) {
		await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: /Next step/ }).click();
		await expect(page).toHaveURL(new RegExp(`/guidelines/${step.id}/$`));
	}
});
