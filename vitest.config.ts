import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// tests/build runs `astro sync` on a copy of the project: allow it time.
		testTimeout: 60_000,
	},
});
