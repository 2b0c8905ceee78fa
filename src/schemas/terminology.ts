import { z } from 'zod';
import { languages, type Lang } from '../config/locales.ts';
import { localizedText, slugId, text } from './common.ts';

/**
 * One term of the translators' terminology: the word to use for a concept in each language,
 * so a term reads the same on every page, and the words to avoid.
 */
export const termSchema = z.strictObject({
	id: slugId.describe('Identifier of the concept, e.g. `survivor`.'),
	term: localizedText('preferred term').describe('The word or phrase to use in each language.'),
	note: localizedText('note for translators').optional().describe('When and how to use it.'),
	avoid: z
		.partialRecord(z.enum(languages), z.array(text('a word or phrase to avoid')), {
			error: `expected, per language (${languages.join(', ')}), a list of words to avoid`,
		})
		.optional()
		.describe('Words that must not be used for this concept, per language (reported by i18n:status).'),
});
export type Term = z.output<typeof termSchema>;
export type TermAvoidList = Partial<Record<Lang, string[]>>;
