import type { z } from 'zod';
import type { DatasetId } from './dataset.ts';

// The dataset ids live in ./dataset.ts; lessons and pages refer to them from here too.
export { datasetIds, datasetId, type DatasetId } from './dataset.ts';
import { assessmentProfileSchema } from './assessment-profile.ts';
import { pipSummarySchema } from './pip-summary.ts';
import { courseSchema } from './courses.ts';
import { courseFeedbackSchema } from './course-feedback.ts';
import { languageCourseSchema } from './language-courses.ts';
import { employmentOutcomeSchema } from './employment-outcomes.ts';
import { supportSchema } from './support.ts';
import { legalStatusSchema } from './legal-status.ts';
import { satisfactionEndSchema, satisfactionHalfwaySchema } from './satisfaction.ts';
import { awarenessEventSchema } from './awareness-events.ts';
import { pipResultSchema } from './pip-results.ts';
import { beneficiarySchema } from './beneficiaries.ts';

/** The schema of one entry of each dataset, by dataset id (`content/data/<id>.yaml`). */
export const datasetSchemas = {
	'assessment-profile': assessmentProfileSchema,
	'pip-summary': pipSummarySchema,
	courses: courseSchema,
	'course-feedback': courseFeedbackSchema,
	'language-courses': languageCourseSchema,
	'employment-outcomes': employmentOutcomeSchema,
	support: supportSchema,
	'legal-status': legalStatusSchema,
	'satisfaction-halfway': satisfactionHalfwaySchema,
	'satisfaction-end': satisfactionEndSchema,
	'awareness-events': awarenessEventSchema,
	'pip-results': pipResultSchema,
	beneficiaries: beneficiarySchema,
} as const satisfies Record<DatasetId, z.ZodType<{ id: string }>>;

/** The validated entries of each dataset. */
export type DatasetEntries = { [K in DatasetId]: z.output<(typeof datasetSchemas)[K]>[] };
