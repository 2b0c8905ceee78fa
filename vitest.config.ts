import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// tests/build runs `astro sync` on a copy of the project, which grows with the content
		// (about 50 s on a busy 2-core machine, run alongside the other test files): allow it time.
		testTimeout: 180_000,
	},
});
