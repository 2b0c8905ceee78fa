import { defineConfig, devices } from '@playwright/test';
import { browserExecutable } from './tests/support/browser.ts';

const port = Number(process.env.TEST_PORT ?? 4329);

/**
 * Browser tests run against the production build (`npm run build` first), served the way a
 * static host serves it, with the headers of `dist/_headers` (written by the build from src/config/security.ts).
 */
export default defineConfig({
	testDir: './tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Time limits for a busy machine (2 cores, shared): the first search compiles pagefind's
	// WebAssembly, which can take seconds. They cost nothing when things go fast.
	timeout: 90_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		// A trace records every action and page: it made the whole run about 30 % slower, so CI
		// (which reports failures in its log) runs without; locally it is kept for failed tests.
		trace: process.env.CI ? 'off' : 'retain-on-failure',
		launchOptions: { executablePath: browserExecutable() },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node scripts/serve.ts --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
	},
});
