import { expect, test, type Page } from '@playwright/test';
import { representativePages } from './representative.ts';

/**
 * Keyboard use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): tabbing through a page reaches every visible
 * control, and each one shows a visible focus indicator (an outline or a box shadow that it does
 * not have without focus). Run in both themes, since the indicator must show on each background;
 * in English only, since keyboard behaviour does not depend on the language.
 */
const pages = representativePages(['/guidelines/', '/templates/'], ['en']);

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
			test.setTimeout(300_000);
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
			// Each focus change is recorded in the page, with the look of the focused control.
			await page.evaluate(() => {
				const log: { id: string; look: string; visible: boolean }[] = ((window as unknown as { focusLog: unknown[] }).focusLog = []) as never;
				document.addEventListener('focusin', (event) => {
					const el = event.target as HTMLElement;
					const s = getComputedStyle(el);
					const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
					log.push({
						id: el.dataset.kbId ?? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30)}`,
						look: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`,
						visible: outline || s.boxShadow !== 'none',
					});
				});
			});
			// Tab until every control was reached. Pages also have tab stops the list above does not
			// count (heading anchor links that appear on focus, the skip link), so allow up to twice as
			// many presses plus some, checking as we go.
			const readLog = () => page.evaluate(() => (window as unknown as { focusLog: { id: string; look: string; visible: boolean }[] }).focusLog);
			let log = await readLog();
			for (let i = 0; i < controls.length * 2 + 20; i++) {
				await page.keyboard.press('Tab');
				if (i % 20 === 19) {
					log = await readLog();
					const seen = new Set(log.map((f) => f.id));
					if (controls.every((id) => seen.has(id))) break;
				}
			}
			log = await readLog();
			const reached = new Set(log.map((f) => f.id));
			const problems = [...new Map(log.filter((f) => !f.visible || f.look === unfocused[f.id]).map((f) => [f.id, `no visible focus indicator on ${f.id} (${f.look})`])).values()];
			const missed = controls.filter((id) => !reached.has(id));
			expect(missed, `not reachable with Tab:\n${missed.join('\n')}`).toEqual([]);
			expect(problems, problems.join('\n')).toEqual([]);
		});
	}
}
