import { z } from 'zod';

/** Frontmatter the site adds to Starlight's own for every page. */
export const docsFrontmatter = z.object({
	/** The date a person last checked the page against its sources. */
	lastReviewed: z.coerce
		.date({ error: 'expected a date such as 2026-11-29' })
		.optional()
		.describe('Date the page was last checked against its sources (YYYY-MM-DD).'),
});
