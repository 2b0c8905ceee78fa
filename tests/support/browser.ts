import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the browser tests use: $CHROMIUM_PATH if set, else Debian's
 * (`apt-get install -y chromium`), else the one Playwright downloads (`npx playwright install
 * chromium`). Playwright then gets `executablePath` only when it must not use its own.
 *
 * @throws Error saying how to install a browser, when none is found
 */
export function browserExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	if (existsSync(chromium.executablePath())) return undefined; // Playwright's own
	throw new Error(
		[
			'No Chromium found for the browser tests.',
			'  On Debian or Ubuntu:  sudo apt-get install -y chromium',
			'  Elsewhere:            npx playwright install chromium',
			'  Or point to one:      CHROMIUM_PATH=/path/to/chromium npm test',
		].join('\n'),
	);
}
