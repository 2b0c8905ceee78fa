import { expect, test } from '@playwright/test';
import { representativePages } from './representative.ts';

/**
 * Guideline, lesson and template pages print cleanly (src/styles/print.css): only the content,
 * at full width; no site chrome or controls; the address of each external link written after
 * it; tables that repeat their header row and do not split rows across sheets.
 */
const pages = representativePages(['/guidelines/', '/lessons/', '/templates/']);

for (const path of pages) {
	test(`${path} prints cleanly`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		const report = await page.evaluate(() => {
			const shown = (el: Element) => {
				const box = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
			};
			const problems: string[] = [];
			const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
			// Site chrome and controls, which do nothing on paper.
			const chrome = document.querySelectorAll('header, nav, aside, button, select, input, site-search, [role="search"]');
			for (const el of chrome) if (shown(el)) problems.push(`visible in print: ${describe(el)}`);
			// Nothing fixed or sticky, which would repeat on every sheet.
			for (const el of document.body.querySelectorAll('*')) {
				const position = getComputedStyle(el).position;
				if ((position === 'fixed' || position === 'sticky') && shown(el)) problems.push(`${position} in print: ${describe(el)}`);
			}
			const main = document.querySelector('main');
			if (!main || !shown(main)) problems.push('the main content is not visible');
			else if (main.getBoundingClientRect().width < document.documentElement.clientWidth * 0.85) problems.push(`the content uses ${Math.round(main.getBoundingClientRect().width)} of ${document.documentElement.clientWidth} px`);
			let external = 0;
			for (const a of main?.querySelectorAll<HTMLAnchorElement>('a[href^="http"]') ?? []) {
				if (!shown(a) || new URL(a.href).origin === location.origin) continue;
				external++;
				const after = getComputedStyle(a, '::after').content;
				if (!after.includes(a.getAttribute('href')!)) problems.push(`external link without its address: ${describe(a)} (::after ${after})`);
			}
			let tables = 0;
			for (const table of main?.querySelectorAll('table') ?? []) {
				tables++;
				const head = table.querySelector('thead');
				if (head && getComputedStyle(head).display !== 'table-header-group') problems.push('a table header does not repeat on each sheet');
				for (const row of table.querySelectorAll('tr')) {
					if (getComputedStyle(row).breakInside !== 'avoid') {
						problems.push('table rows may split across sheets');
						break;
					}
				}
			}
			return { problems, external, tables };
		});
		expect(report.problems, report.problems.join('\n')).toEqual([]);
		test.info().annotations.push({ type: 'checked', description: `${report.external} external links, ${report.tables} tables` });
		// The page really lays out for paper: A4, and the text is there.
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(1000);
	});
}
