import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, figure, notes, orNotGiven, partnerRef, sectionNumber, share, winCountry } from './figures.ts';

/**
 * The training courses WIN ran (source section 4.2.1, with a course only section 5.1 names):
 * content/data/courses.yaml. Two kinds of entry, told apart by `type`:
 * - `course`: one course (or a set of identical courses) with its hours, format and figures;
 * - `country`: what applied to all courses of a country (who they were offered to, the
 *   attendance needed for a certificate).
 */

export const courseKinds = ['transversal', 'professional'] as const;
export const courseFormats = ['classroom', 'online', 'mixed', 'in-company'] as const;

const courseEntry = z.strictObject({
	type: z.literal('course'),
	id: slugId.describe('Stable id of the course, e.g. `it-computer-skills`.'),
	country: winCountry,
	provider: partnerRef.describe('The partner that organised the course.'),
	name: localizedText('course name').describe('The course name; the English is the source\'s wording.'),
	kind: z
		.enum(courseKinds, { error: (issue) => `expected transversal or professional; got ${describeValue(issue.input)}` })
		.describe('Transversal (basic skills for life in the host society) or professional (job skills).'),
	courses: count.min(1).default(1).describe('How many such courses ran (2 for "2 courses … 4h + 4h").'),
	hoursEach: orNotGiven(z.number().positive(), 'the hours of one course').describe('Hours of one course.'),
	format: orNotGiven(
		z.enum(courseFormats, { error: (issue) => `expected ${courseFormats.join(', ')}; got ${describeValue(issue.input)}` }),
		`a format (${courseFormats.join(', ')})`,
	).describe('Where it took place; `mixed` = began in a classroom and went on online.'),
	participants: orNotGiven(count, 'the number of participants'),
	certificates: orNotGiven(count, 'the number of attendance certificates issued'),
	section: sectionNumber.describe('Section of the source that gives the course.'),
	notes: notes.optional(),
});

const countryEntry = z.strictObject({
	type: z.literal('country'),
	id: slugId.describe('e.g. `it-courses`.'),
	country: winCountry,
	providers: z.array(partnerRef).min(1).describe('Partners that organised or supported the courses.'),
	offeredTo: orNotGiven(figure, 'who the courses were offered to (a figure)'),
	certificateThresholds: orNotGiven(
		z.array(share, { error: 'expected a list of attendance percentages, such as [80]' }).min(1),
		'the share of lessons a woman had to attend for a certificate, as a list such as [80]',
	).describe('Share of lessons a woman had to attend to receive an attendance certificate; two values where the rule depended on the course.'),
	section: sectionNumber,
	notes: notes.optional(),
});

export const courseSchema = z.discriminatedUnion('type', [courseEntry, countryEntry], {
	error: (issue) => `expected \`type: course\` or \`type: country\`; got ${describeValue((issue.input as { type?: unknown } | undefined)?.type)}`,
});
export type CourseEntryInput = z.input<typeof courseSchema>;
export type CourseEntry = z.output<typeof courseSchema>;
export type Course = Extract<CourseEntry, { type: 'course' }>;
export type CountryCourses = Extract<CourseEntry, { type: 'country' }>;
