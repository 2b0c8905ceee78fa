import { z } from 'zod';
import { describeValue, slugId } from './common.ts';
import { figure, notes, sectionNumber, winCountry } from './figures.ts';

/**
 * What the women said about the courses (source sections 4.2.1 and 4.2.3):
 * content/data/course-feedback.yaml, one entry per reported result.
 */
export const courseFeedbackMeasures = ['satisfaction', 'attended-regularly', 'finished', 'would-recommend-project'] as const;
export const satisfactionLevels = ['good', 'high'] as const;

export const courseFeedbackSchema = z
	.strictObject({
		id: slugId,
		country: winCountry,
		about: z
			.enum(['courses', 'language-course'], { error: (issue) => `expected courses or language-course; got ${describeValue(issue.input)}` })
			.describe('`courses`: the training courses; `language-course`: the language course.'),
		measure: z.enum(courseFeedbackMeasures, {
			error: (issue) => `expected one of ${courseFeedbackMeasures.join(', ')}; got ${describeValue(issue.input)}`,
		}),
		figure: figure.optional().describe('The figure, where the source gives one.'),
		level: z
			.enum(satisfactionLevels, { error: (issue) => `expected good or high; got ${describeValue(issue.input)}` })
			.optional()
			.describe('The level of satisfaction, where the source gives a word rather than a figure.'),
		section: sectionNumber,
		notes: notes.optional(),
	})
	.refine((e) => e.figure !== undefined || e.level !== undefined, {
		error: 'give a `figure` or a `level` (good or high), as the source states it',
	});
export type CourseFeedbackInput = z.input<typeof courseFeedbackSchema>;
export type CourseFeedback = z.output<typeof courseFeedbackSchema>;
