import { z } from 'zod';

/**
 * Shared identifiers of the satisfaction surveys. The survey templates (their fields and
 * answer options) and the survey datasets of the Results pages (the source document's tables)
 * use the same ids, so that filled surveys aggregate into the tables the report shows.
 * Labels in each language live with the template definitions and the datasets, not here.
 */

/** Answer scales of the beneficiary satisfaction survey, as the source document reports them. */
export const answerScales = {
	/** "Did you understand…?", "Did you find … useful?", "Did you feel comfortable?", "Did the PIP help…?" */
	yesPartly: ['yes', 'partly', 'no'],
	/** "Of the agreed goals, how many do you think you reached?" */
	goalsReached: ['all', 'some', 'none'],
	/** "What is your level of satisfaction with the following services?" */
	satisfaction: ['good', 'sufficient', 'insufficient', 'no-response'],
	/** "Would you recommend this project to a friend?" */
	yesNo: ['yes', 'no'],
} as const;
export type AnswerScale = keyof typeof answerScales;

/** The questions of the beneficiary satisfaction survey (halfway and end), in the report's order. */
export const beneficiaryQuestions = [
	{ id: 'understood-proposal', scale: 'yesPartly' },
	{ id: 'interviews-useful', scale: 'yesPartly' },
	{ id: 'felt-comfortable', scale: 'yesPartly' },
	{ id: 'pip-focused-goals', scale: 'yesPartly' },
	{ id: 'goals-reached', scale: 'goalsReached' },
	{ id: 'service-skills-assessment', scale: 'satisfaction' },
	{ id: 'service-laboratories', scale: 'satisfaction' },
	{ id: 'service-educational-support', scale: 'satisfaction' },
	{ id: 'service-social-support', scale: 'satisfaction' },
	{ id: 'service-legal-support', scale: 'satisfaction' },
	{ id: 'service-psychological-support', scale: 'satisfaction' },
	{ id: 'service-employment', scale: 'satisfaction' },
	{ id: 'service-training', scale: 'satisfaction' },
	{ id: 'recommend', scale: 'yesNo' },
] as const satisfies readonly { id: string; scale: AnswerScale }[];
export type BeneficiaryQuestionId = (typeof beneficiaryQuestions)[number]['id'];

/** Open questions of the same survey, reported as quoted or summarised text. */
export const beneficiaryOpenQuestions = ['interests', 'missing-or-different', 'comments'] as const;

/** Survey stages. */
export const surveyStages = ['halfway', 'end'] as const;
export const surveyStage = z.enum(surveyStages);

/**
 * Sectors of the participants in the awareness-raising events, as the source reports them
 * (the three countries used different groupings; each id is one the source names).
 */
export const stakeholderSectors = [
	'business',
	'companies',
	'training-providers',
	'third-sector',
	'social-entities',
	'employment-agencies',
	'job-placement-services',
	'temporary-agency',
	'freelancers',
	'legal',
	'public-institution',
	'other',
	'not-declared',
] as const;
export const stakeholderSector = z.enum(stakeholderSectors);
