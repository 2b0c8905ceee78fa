import { expect, test, type Page } from '@playwright/test';
import { representativePages } from './representative.ts';

/**
 * Keyboard use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): tabbing through a page reaches every visible
 * control, and each one shows a visible focus indicator (an outline or a box shadow that it does
 * not have without focus). Run in both themes, since the indicator must show on each background.
 */
const pages = representativePages(['/guidelines/', '/templates/']);

/** Every visible, enabled control a person could reach with Tab, as a label for messages. */
async function reachable(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
		return [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((el) => el.tabIndex >= 0 && !el.closest('[inert], dialog:not([open])') && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 1 && box.height > 1;
			})
			.map((el) => (el.dataset.kbId = `${el.localName}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}:${Math.random().toString(36).slice(2, 7)}`));
	});
}

for (const theme of ['light', 'dark'] as const) {
	for (const path of pages) {
		test(`${path} (${theme}): every control is reached with Tab and shows where focus is`, async ({ page }) => {
			await page.goto(path);
			await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
			const controls = await reachable(page);
			expect(controls.length).toBeGreaterThan(3);
			// The look of each control without focus, to compare with.
			const unfocused = await page.evaluate(() =>
				Object.fromEntries(
					[...document.querySelectorAll<HTMLElement>('[data-kb-id]')].map((el) => {
						const s = getComputedStyle(el);
						return [el.dataset.kbId!, `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`];
					}),
				),
			);
			const reached = new Set<string>();
			const problems: string[] = [];
			for (let i = 0; i < controls.length * 2 + 10; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return undefined;
					const s = getComputedStyle(el);
					const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
					const shadow = s.boxShadow !== 'none';
					return {
						id: el.dataset.kbId ?? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30)}`,
						look: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`,
						visible: outline || shadow,
					};
				});
				if (!focus) continue;
				if (reached.has(focus.id) && reached.size >= controls.length) break; // went round once
				reached.add(focus.id);
				if (!focus.visible || focus.look === unfocused[focus.id]) problems.push(`no visible focus indicator on ${focus.id} (${focus.look})`);
			}
			const missed = controls.filter((id) => !reached.has(id));
			expect(missed, `not reachable with Tab:\n${missed.join('\n')}`).toEqual([]);
			expect(problems, problems.join('\n')).toEqual([]);
		});
	}
}
