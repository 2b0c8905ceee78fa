import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const theme of ['light', 'dark']) {
	const context = await browser.newContext({ colorScheme: theme });
	const page = await context.newPage();
	for (const path of ['/lessons/', '/bg/lessons/?theme=language', '/lessons/theme/language/', '/guidelines/', '/guidelines/assess/', '/bg/guidelines/monitor/', '/lessons/for-employers/']) {
		await page.goto('http://localhost:4343' + path);
		const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		for (const v of r.violations) console.log(theme, path, v.id, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary?.split('\n')[1]).join(' | '));
	}
	await context.close();
}
await browser.close();
console.log('done');
