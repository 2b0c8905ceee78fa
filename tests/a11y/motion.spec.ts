import { expect, test } from '@playwright/test';
import { representativePages } from './representative.ts';

/**
 * Nothing moves for people who ask their system for reduced motion (WCAG 2.3.3, and 2.2.2 for
 * anything that plays): every animation and transition is cut to (near) zero and scrolling
 * jumps instead of gliding (src/styles/site.css). Checked on every element and pseudo-element,
 * with the search dialog open too.
 */
const pages = representativePages(['/', '/guidelines/', '/results/', '/templates/'], ['en']);

test.use({ reducedMotion: 'reduce' });

for (const path of pages) {
	test(`${path} does not move with reduced motion`, async ({ page }) => {
		await page.goto(path);
		const collect = () =>
			page.evaluate(() => {
				const seconds = (value: string) => Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
				const problems: string[] = [];
				const scroll = getComputedStyle(document.documentElement).scrollBehavior;
				if (scroll !== 'auto') problems.push(`html scroll-behavior: ${scroll}`);
				for (const el of document.querySelectorAll('*')) {
					for (const pseudo of [null, '::before', '::after']) {
						const style = getComputedStyle(el, pseudo);
						const name = `<${el.localName}${el.id ? `#${el.id}` : ''}>${pseudo ?? ''}`;
						if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001) problems.push(`${name} animation ${style.animationName} ${style.animationDuration}`);
						if (seconds(style.transitionDuration) > 0.001) problems.push(`${name} transition ${style.transitionProperty} ${style.transitionDuration}`);
						if (style.scrollBehavior === 'smooth') problems.push(`${name} scroll-behavior: smooth`);
					}
				}
				return problems;
			});
		const closed = await collect();
		await page.locator('button[data-open-modal]').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		const open = await collect();
		const problems = [...new Set([...closed, ...open])];
		expect(problems, problems.join('\n')).toEqual([]);
	});
}

test('without the preference, the site does animate (so the test above can fail)', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	// A page with the sidebar, whose links change colour with a transition.
	await page.goto(pages.find((p) => p !== '/') ?? pages[0]!);
	const moving = await page.evaluate(() =>
		[...document.querySelectorAll('*')].some((el) => parseFloat(getComputedStyle(el).transitionDuration) > 0.001),
	);
	expect(moving).toBe(true);
});
