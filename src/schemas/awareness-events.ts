import { z } from 'zod';
import { describeValue, localizedText, slugId, text } from './common.ts';
import { count, figure, notes, orNotGiven, partnerRef, sectionNumber, share, winCountry } from './figures.ts';
import { stakeholderSector } from './surveys.ts';

/**
 * The awareness-raising events for employers, training and job services, trade unions and
 * professional bodies (source section 4.4): content/data/awareness-events.yaml, one per event.
 * Sectors use the shared ids of `src/schemas/surveys.ts`.
 */
export const eventFormats = ['online', 'in-person'] as const;
export const eventFindings = [
	'found-very-interesting',
	'little-knowledge-before',
	'better-knowledge-after',
	'willing-to-support',
	'want-more-information',
] as const;

export const awarenessEventSchema = z.strictObject({
	id: slugId,
	country: winCountry,
	organisers: z.array(partnerRef).min(1),
	title: text('the event title').optional().describe('The event\'s own title, where the source gives one.'),
	host: localizedText('host').optional().describe('Who hosted the event, where it was not a partner.'),
	date: orNotGiven(z.iso.date({ error: 'expected a date such as 2021-07-01' }), 'a date such as 2021-07-01'),
	format: orNotGiven(z.enum(eventFormats, { error: (issue) => `expected online or in-person; got ${describeValue(issue.input)}` }), 'online or in-person'),
	durationHours: orNotGiven(z.number().positive(), 'the length in hours'),
	participants: count.describe('How many people attended.'),
	sectors: z
		.array(
			z.strictObject({
				sector: stakeholderSector,
				share,
				detail: localizedText('detail of the sector').optional().describe('Who the source puts in this group.'),
			}),
		)
		.min(1)
		.describe('Participants by sector, shares as the source gives them.'),
	survey: orNotGiven(
		z.strictObject({
			respondents: count,
			findings: z.array(
				z.strictObject({
					finding: z.enum(eventFindings, { error: (issue) => `expected one of ${eventFindings.join(', ')}; got ${describeValue(issue.input)}` }),
					figure,
				}),
			),
		}),
		'the satisfaction survey (respondents and findings)',
	),
	speakers: z.array(localizedText('speaker')).optional().describe('Speakers besides the organisers.'),
	section: sectionNumber,
	notes: notes.optional(),
});
export type AwarenessEventInput = z.input<typeof awarenessEventSchema>;
export type AwarenessEvent = z.output<typeof awarenessEventSchema>;
