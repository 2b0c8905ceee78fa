import { chromium } from '@playwright/test';
const [,, url, out, theme = 'light', selector] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ colorScheme: theme, viewport: { width: 1280, height: 1000 } });
await page.goto(url);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out });
await browser.close();
