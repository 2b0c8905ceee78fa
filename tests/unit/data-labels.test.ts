/**
 * Every id a dataset may use has a label in all four languages, even ids today's data does not
 * use yet, so a new entry never shows a raw id on a page.
 */
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/config/locales.ts';
import { educationLevels, experienceCategories, jobSituations, languageLevels } from '../../src/schemas/assessment-profile.ts';
import { courseFormats, courseKinds } from '../../src/schemas/courses.ts';
import { courseFeedbackMeasures, satisfactionLevels } from '../../src/schemas/course-feedback.ts';
import { outcomeMeasures, outcomePeriods, placementKinds } from '../../src/schemas/employment-outcomes.ts';
import { supportMeasures, supportServices } from '../../src/schemas/support.ts';
import { legalMoments, legalStatuses } from '../../src/schemas/legal-status.ts';
import { beneficiaryCountKinds } from '../../src/schemas/beneficiaries.ts';
import { eventFindings, eventFormats } from '../../src/schemas/awareness-events.ts';
import { pipObjectives } from '../../src/schemas/pip-results.ts';
import { wordings } from '../../src/schemas/figures.ts';
import { cellGaps } from '../../src/schemas/satisfaction.ts';
import { answerScales, beneficiaryOpenQuestions, beneficiaryQuestions, stakeholderSectors } from '../../src/schemas/surveys.ts';
import { pathwayAlongside, pathwaySteps } from '../../src/lib/what-win-did/pathway.ts';
import { uiStrings } from '../support/translate.ts';

const keys: [prefix: string, ids: readonly string[]][] = [
	['data.education.', educationLevels],
	['data.experience.', experienceCategories],
	['data.languageLevel.', languageLevels],
	['data.jobSituation.', jobSituations],
	['data.courseKind.', courseKinds],
	['data.format.', courseFormats],
	['data.courseFeedback.measure.', courseFeedbackMeasures],
	['data.courseFeedback.level.', satisfactionLevels],
	['data.employment.period.', outcomePeriods],
	['data.employment.measure.', outcomeMeasures],
	['data.placements.kind.', placementKinds],
	['data.support.service.', supportServices],
	['data.support.measure.', supportMeasures],
	['data.legal.moment.', legalMoments],
	['data.legal.status.', legalStatuses],
	['data.beneficiaries.kind.', beneficiaryCountKinds],
	['data.events.format.', eventFormats],
	['data.events.finding.', eventFindings],
	['data.sector.', stakeholderSectors],
	['data.objective.', pipObjectives],
	['data.wording.', wordings],
	['data.gap.', cellGaps],
	['data.survey.question.', beneficiaryQuestions.map((q) => q.id)],
	['data.survey.answer.', [...new Set(Object.values(answerScales).flat())]],
	['data.survey.open.', beneficiaryOpenQuestions],
	['whatWinDid.pathway.', [...pathwaySteps.flatMap((s) => [s.id, ...(s.items ?? []).map((i) => i.id)]), pathwayAlongside.id]],
];

describe('labels of dataset ids', () => {
	it.each(languages)('%s has a label for every id', (lang) => {
		const strings = uiStrings(lang);
		const missing = keys.flatMap(([prefix, ids]) => ids.map((id) => prefix + id)).filter((key) => !strings[key]);
		expect(missing).toEqual([]);
	});
});
