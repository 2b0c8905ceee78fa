import { expect, test, type Page } from '@playwright/test';
import { readLessons } from '../support/lessons.ts';

const lessons = readLessons();
const total = lessons.length;
const withTheme = (theme: string) => lessons.filter((l) => l.themes.includes(theme));
const forAudience = (audience: string) => lessons.filter((l) => l.audiences.includes(audience));
const both = (theme: string, audience: string) => withTheme(theme).filter((l) => l.audiences.includes(audience));

/** The ids of the lessons the page shows (hidden ones excluded). */
async function shownIds(page: Page): Promise<string[]> {
	return page.locator('article[data-lesson]:visible').evaluateAll((articles) => articles.map((a) => a.id).sort());
}
const ids = (list: { id: string }[]) => list.map((l) => l.id).sort();

test('the data gives the filter something to narrow', () => {
	// Guards the tests below against passing trivially.
	expect(total).toBeGreaterThan(20);
	expect(both('language', 'employers').length).toBeGreaterThan(0);
	expect(both('language', 'employers').length).toBeLessThan(withTheme('language').length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the lessons page lists every lesson, with its tags, and the links filter it', async ({ page }) => {
		await page.goto('/lessons/');
		expect(await shownIds(page)).toEqual(ids(lessons));
		// Each lesson: a heading, its tags and evidence links.
		const first = page.locator('article[data-lesson]').first();
		await expect(first.getByRole('heading', { level: 3 })).toBeVisible();
		await expect(first.locator('.evidence a').first()).toBeVisible();
		// The form needs JavaScript, so it stays hidden; the browse links replace it.
		await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toBeHidden();
		const browse = page.getByRole('navigation', { name: 'Browse by country, theme or audience' });
		await expect(page.getByRole('status')).toHaveText(`${total} of ${total} lessons`);

		await browse.getByRole('link', { name: /^Language \(\d+\)$/ }).click();
		await expect(page).toHaveURL(/\/lessons\/theme\/language\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons and recommendations: Language');
		expect(await shownIds(page)).toEqual(ids(withTheme('language')));
		await expect(page.getByRole('status')).toHaveText(`${withTheme('language').length} of ${total} lessons`);
		await expect(page.getByRole('navigation', { name: 'Browse by country, theme or audience' }).getByRole('link', { name: /^Language/ })).toHaveAttribute('aria-current', 'page');

		// From there, the tag of a lesson leads to another view.
		await page.locator('article[data-lesson][data-audiences~="employers"]').first().getByRole('link', { name: 'Employers', exact: true }).click();
		await expect(page).toHaveURL(/\/lessons\/audience\/employers\/$/);
		expect(await shownIds(page)).toEqual(ids(forAudience('employers')));
	});

	test('the Bulgarian lessons page lists every lesson and its links filter it', async ({ page }) => {
		await page.goto('/bg/lessons/');
		expect(await shownIds(page)).toEqual(ids(lessons));
		await expect(page.getByRole('status')).toHaveText(`${total} от ${total} поуки`);
		await page.getByRole('navigation', { name: 'Разглеждане по държава, тема или аудитория' }).getByRole('link', { name: /^Работодатели/ }).click();
		await expect(page).toHaveURL(/\/bg\/lessons\/audience\/employers\/$/);
		expect(await shownIds(page)).toEqual(ids(forAudience('employers')));
		await expect(page.getByRole('status')).toHaveText(`${forAudience('employers').length} от ${total} поуки`);
	});
});

test.describe('with JavaScript', () => {
	test('choosing a theme and an audience narrows the list, updates the count and the address; reload and back restore the views', async ({ page }) => {
		await page.goto('/lessons/');
		const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
		const audience = page.getByRole('combobox', { name: 'For', exact: true });
		const status = page.getByRole('status');
		await expect(theme).toBeVisible();
		// The browse links are replaced by the form.
		await expect(page.getByRole('navigation', { name: 'Browse by country, theme or audience' })).toBeHidden();

		await theme.focus();
		await theme.selectOption('language');
		await expect(page).toHaveURL(/\/lessons\/\?theme=language$/);
		await expect(status).toHaveText(`${withTheme('language').length} of ${total} lessons`);
		expect(await shownIds(page)).toEqual(ids(withTheme('language')));
		await expect(theme).toBeFocused();

		await audience.selectOption('employers');
		await expect(page).toHaveURL(/\/lessons\/\?theme=language&audience=employers$/);
		const expected = both('language', 'employers');
		await expect(status).toHaveText(`${expected.length} of ${total} lessons`);
		expect(await shownIds(page)).toEqual(ids(expected));
		// Each menu counts what it would show given the other choice.
		await expect(theme.locator('option[value="language"]')).toHaveText(`Language (${expected.length})`);

		await page.reload();
		await expect(theme).toHaveValue('language');
		await expect(audience).toHaveValue('employers');
		await expect(status).toHaveText(`${expected.length} of ${total} lessons`);
		expect(await shownIds(page)).toEqual(ids(expected));

		await page.goBack();
		await expect(page).toHaveURL(/\/lessons\/\?theme=language$/);
		await expect(audience).toHaveValue('');
		await expect(status).toHaveText(`${withTheme('language').length} of ${total} lessons`);
		expect(await shownIds(page)).toEqual(ids(withTheme('language')));

		await page.goBack();
		await expect(page).toHaveURL(/\/lessons\/$/);
		await expect(status).toHaveText(`${total} of ${total} lessons`);
		await page.goForward();
		await expect(theme).toHaveValue('language');
	});

	test('the count is a polite live region that the filter updates', async ({ page }) => {
		await page.goto('/lessons/');
		const status = page.locator('[data-lesson-count]');
		await expect(status).toHaveAttribute('role', 'status'); // role="status" is aria-live="polite"
		await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption('spain');
		await expect(status).toHaveText(`${lessons.filter((l) => l.scope === 'ES').length} of ${total} lessons`);
	});

	test('a tag filters in place, and "Show all lessons" clears the filters', async ({ page }) => {
		await page.goto('/lessons/');
		const tag = page.locator('article[data-lesson]').first().locator('a[data-facet="theme"]').first();
		const value = (await tag.getAttribute('data-value'))!;
		await tag.click();
		await expect(page).toHaveURL(new RegExp(`/lessons/\\?theme=${value}$`));
		expect(await shownIds(page)).toEqual(ids(withTheme(value)));
		await expect(tag).toBeFocused();
		await page.getByRole('button', { name: 'Show all lessons' }).click();
		await expect(page).toHaveURL(/\/lessons\/$/);
		expect(await shownIds(page)).toEqual(ids(lessons));
	});

	test('browsing a menu with the arrow keys filters as it goes and adds one history entry', async ({ page }) => {
		await page.goto('/lessons/');
		const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
		const options = await theme.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
		await theme.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(theme).toHaveValue(options[2]!);
		await expect(page).toHaveURL(new RegExp(`\\?theme=${options[2]}$`));
		expect(await shownIds(page)).toEqual(ids(withTheme(options[2]!)));
		await expect(theme).toBeFocused();
		await page.goBack();
		await expect(page).toHaveURL(/\/lessons\/$/);
		await expect(theme).toHaveValue('');
	});

	test('unknown values in the address are ignored and dropped from it', async ({ page }) => {
		await page.goto('/lessons/?theme=housing&audience=employers');
		await expect(page).toHaveURL(/\/lessons\/\?audience=employers$/);
		expect(await shownIds(page)).toEqual(ids(forAudience('employers')));
	});

	test('the same in Bulgarian', async ({ page }) => {
		await page.goto('/bg/lessons/');
		const theme = page.getByRole('combobox', { name: 'Тема', exact: true });
		const audience = page.getByRole('combobox', { name: 'За', exact: true });
		const status = page.getByRole('status');
		await theme.selectOption('language');
		await audience.selectOption('employers');
		await expect(page).toHaveURL(/\/bg\/lessons\/\?theme=language&audience=employers$/);
		const expected = both('language', 'employers');
		await expect(status).toHaveText(`${expected.length} от ${total} поуки`);
		expect(await shownIds(page)).toEqual(ids(expected));
		await expect(theme.locator('option:checked')).toHaveText(`Език (${expected.length})`);

		await page.reload();
		await expect(status).toHaveText(`${expected.length} от ${total} поуки`);
		await expect(audience).toHaveValue('employers');
		await page.goBack();
		await expect(page).toHaveURL(/\/bg\/lessons\/\?theme=language$/);
		await expect(status).toHaveText(`${withTheme('language').length} от ${total} поуки`);
	});

	test('the filter script loads only on the lessons page, as a file', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto('/lessons/');
		expect(scripts.some((s) => s.includes('LessonFilterScript'))).toBe(true);
		scripts.length = 0;
		await page.goto('/lessons/for-employers/');
		await page.goto('/lessons/theme/language/');
		expect(scripts.some((s) => s.includes('LessonFilterScript'))).toBe(false);
	});
});

test('the audience summaries link to the lessons filtered for their audience', async ({ page }) => {
	for (const [path, audience] of [
		['/lessons/for-employers/', 'employers'],
		['/lessons/for-csos/', 'csos'],
		['/es/lessons/for-policymakers-and-funders/', 'funders'],
	] as const) {
		await page.goto(path);
		const links = page.getByRole('main').locator(`a[href*="/lessons/?audience=${audience}#"]`);
		expect(await links.count(), path).toBeGreaterThan(3);
	}
	await page.goto('/lessons/for-employers/');
	await page.getByRole('main').locator('a[href*="#fund-internship-allowances"]').click();
	await expect(page).toHaveURL(/\/lessons\/\?audience=employers#fund-internship-allowances$/);
	await expect(page.locator('#fund-internship-allowances')).toBeInViewport();
	expect(await shownIds(page)).toEqual(ids(forAudience('employers')));
});
