import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, figure, notes, orNotGiven, partnerRef, sectionNumber, winCountry } from './figures.ts';
import { courseFormats } from './courses.ts';

/**
 * Language learning (source sections 4.2.3 and 5.1): content/data/language-courses.yaml.
 * `type` tells the kinds of entry apart:
 * - `course`: a language course run within WIN;
 * - `referral`: women referred to courses that other organisations ran;
 * - `attendance`: women who attended language courses, as the conclusions count them.
 */
const base = {
	id: slugId,
	country: winCountry,
	provider: partnerRef.describe('The partner that ran the course or made the referrals.'),
	section: sectionNumber,
	notes: notes.optional(),
};

const courseEntry = z.strictObject({
	...base,
	type: z.literal('course'),
	name: localizedText('course name'),
	hours: orNotGiven(z.number().positive(), 'the hours of the course'),
	format: orNotGiven(z.enum(courseFormats), `a format (${courseFormats.join(', ')})`),
	offeredTo: figure.describe('Who the course was offered to.'),
	participants: figure.describe('Who took part.'),
	certificates: figure.describe('Attendance certificates; a share is of the participants where the source says so.'),
});

const referralEntry = z.strictObject({
	...base,
	type: z.literal('referral'),
	referred: count.describe('Women referred to a language course.'),
	participated: orNotGiven(count, 'how many of them took part'),
	organisation: localizedText('name of the organisation that ran the courses').optional(),
});

const attendanceEntry = z.strictObject({
	...base,
	type: z.literal('attendance'),
	attended: figure.describe('Women who attended language courses.'),
	detail: localizedText('detail').optional(),
});

export const languageCourseSchema = z.discriminatedUnion('type', [courseEntry, referralEntry, attendanceEntry], {
	error: (issue) =>
		`expected \`type: course\`, \`type: referral\` or \`type: attendance\`; got ${describeValue((issue.input as { type?: unknown } | undefined)?.type)}`,
});
export type LanguageCourseInput = z.input<typeof languageCourseSchema>;
export type LanguageCourse = z.output<typeof languageCourseSchema>;
