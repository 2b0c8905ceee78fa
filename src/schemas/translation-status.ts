import { z } from 'zod';
import { languages } from '../config/locales.ts';

const pageState = z.enum(['up-to-date', 'missing', 'outdated', 'unknown']);

/** One language's translation status, as `src/loaders/translation-status.ts` computes it. */
export const translationStatusSchema = z.strictObject({
	lang: z.enum(languages),
	historyAvailable: z.boolean(),
	englishPages: z.number().int(),
	pages: z.array(
		z.strictObject({
			page: z.string(),
			state: pageState,
			englishChanged: z.string().optional(),
			translationChanged: z.string().optional(),
		}),
	),
	missing: z.array(z.string()),
	outdated: z.array(z.string()),
	orphans: z.array(z.string()),
	missingKeys: z.array(z.string()),
});
export type TranslationStatus = z.output<typeof translationStatusSchema>;
