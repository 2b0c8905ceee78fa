import { expect, test, type Page } from '@playwright/test';
import { representativePages } from './representative.ts';

/**
 * Keyboard use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): tabbing through a page reaches every visible
 * control, and each one shows a visible focus indicator (an outline or a box shadow that it does
 * not have without focus). Checked in both themes, since the indicator must show on each
 * background (one pass of Tab, the look read in each theme); in English only, since keyboard
 * behaviour does not depend on the language. A fill-in page is among the pages: its form must
 * work by keyboard alone.
 */
const pages = [...representativePages(['/guidelines/', '/templates/'], ['en']), '/templates/beneficiary-satisfaction/fill/'];

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
			// Tab stops once in a group of radio buttons: at the chosen one, or the first.
			.filter((el) => {
				if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
				const group = [...(el.form ?? document).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
				return el.checked || (!group.some((r) => r.checked) && group[0] === el);
			})
			.map((el) => (el.dataset.kbId = `${el.localName}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}:${Math.random().toString(36).slice(2, 7)}`));
	});
}

for (const path of pages) {
	test(`${path}: every control is reached with Tab and shows where focus is, in the light and the dark theme`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(path);
		const controls = await reachable(page);
		expect(controls.length).toBeGreaterThan(3);
		// The look of each control without focus, in each theme, to compare with; then each focus
		// change is recorded in the page with the look of the focused control in both themes (the
		// theme is switched and back within the same task, so the page never shows it).
		await page.evaluate(() => {
			/** The look of an element's focus indicator, in the page's current theme. */
			const look = (el: Element) => {
				const s = getComputedStyle(el);
				const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
				return { look: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`, visible: outline || s.boxShadow !== 'none' };
			};
			const themes = ['light', 'dark'] as const;
			const inTheme = <T,>(theme: string, run: () => T): T => {
				const before = document.documentElement.dataset.theme;
				document.documentElement.dataset.theme = theme;
				try {
					return run();
				} finally {
					document.documentElement.dataset.theme = before;
				}
			};
			const w = window as unknown as { unfocused: Record<string, string>; focusLog: unknown[] };
			w.unfocused = {};
			for (const theme of themes) {
				inTheme(theme, () => {
					for (const el of document.querySelectorAll<HTMLElement>('[data-kb-id]')) w.unfocused[`${theme}:${el.dataset.kbId}`] = look(el).look;
				});
			}
			w.focusLog = [];
			document.addEventListener('focusin', (event) => {
				const el = event.target as HTMLElement;
				const id = el.dataset.kbId ?? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30)}`;
				for (const theme of themes) w.focusLog.push({ id, theme, ...inTheme(theme, () => look(el)) });
			});
		});
		type Focus = { id: string; theme: string; look: string; visible: boolean };
		const readLog = () => page.evaluate(() => (window as unknown as { focusLog: Focus[] }).focusLog);
		const unfocused = await page.evaluate(() => (window as unknown as { unfocused: Record<string, string> }).unfocused);
		// Tab until every control was reached. Pages also have tab stops the list above does not
		// count (heading anchor links that appear on focus, the skip link), so allow up to twice as
		// many presses plus some, checking as we go.
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
		const problems = [
			...new Map(
				log
					.filter((f) => !f.visible || f.look === unfocused[`${f.theme}:${f.id}`])
					.map((f) => [`${f.theme}:${f.id}`, `no visible focus indicator on ${f.id} in the ${f.theme} theme (${f.look})`]),
			).values(),
		];
		const missed = controls.filter((id) => !reached.has(id));
		expect(missed, `not reachable with Tab:\n${missed.join('\n')}`).toEqual([]);
		expect(problems, problems.join('\n')).toEqual([]);
	});
}
