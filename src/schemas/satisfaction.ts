import { z } from 'zod';
import { describeValue, localizedText, slugId } from './common.ts';
import { count, notes, share, winCountry } from './figures.ts';
import {
	answerScales,
	beneficiaryOpenQuestions,
	beneficiaryQuestions,
	type AnswerScale,
	type BeneficiaryQuestionId,
} from './surveys.ts';

/**
 * The beneficiary satisfaction survey as the source reports it (section 4.3): halfway through the
 * plans (content/data/satisfaction-halfway.yaml) and at their end (satisfaction-end.yaml), one
 * entry per country. Question and answer ids are the shared ones of `src/schemas/surveys.ts`, so
 * filled surveys aggregate into the same table (see `src/lib/surveys/table.ts`).
 */
export type SurveyStage = 'halfway' | 'end';

/** The questions each stage's table in the source has rows for, in the source's order. */
export const questionsByStage: Record<SurveyStage, readonly BeneficiaryQuestionId[]> = {
	halfway: beneficiaryQuestions.map((q) => q.id),
	// The end-of-plan table has no rows for the skills assessment or the laboratories.
	end: beneficiaryQuestions.map((q) => q.id).filter((id) => id !== 'service-skills-assessment' && id !== 'service-laboratories'),
};

/**
 * Why a cell holds no shares. `not-asked` and `not-asked-again` are the source's words;
 * `service-not-provided`: the country did not offer the service; `not-reported`: the source's
 * cell is empty.
 */
export const cellGaps = ['not-asked', 'not-asked-again', 'service-not-provided', 'not-reported'] as const;
export type CellGap = (typeof cellGaps)[number];
export const cellStatuses = ['reported', ...cellGaps] as const;
export type CellStatus = (typeof cellStatuses)[number];

const scaleOf = (id: BeneficiaryQuestionId): AnswerScale => beneficiaryQuestions.find((q) => q.id === id)!.scale;

function cellSchema(question: BeneficiaryQuestionId) {
	const answers = answerScales[scaleOf(question)];
	const shares = z.strictObject(
		Object.fromEntries(answers.map((a) => [a, share.optional()])) as Record<string, z.ZodOptional<typeof share>>,
		{ error: (issue) => (issue.code === 'invalid_type' ? `expected shares per answer, such as { ${answers[0]}: 63 }` : undefined) },
	);
	return z
		.strictObject({
			status: z
				.enum(cellStatuses, { error: (issue) => `expected one of ${cellStatuses.join(', ')}; got ${describeValue(issue.input)}` })
				.default('reported')
				.describe('`reported` (the default) when the source gives shares; otherwise why it gives none.'),
			shares: shares
				.optional()
				.describe(`Share of respondents per answer (${answers.join(', ')}), as the source gives them.`),
			comment: localizedText('comment').optional().describe('A comment the source adds in this cell.'),
			note: localizedText('note').optional().describe('What a gap means, in the source\'s words summarised.'),
		}, {
			error: (issue) =>
				issue.code !== 'invalid_type'
					? undefined
					: issue.input === undefined
						? `missing: add the question "${question}", with \`status: not-reported\` if the source's cell is empty`
						: `expected { shares: { … } } or { status: … }; got ${describeValue(issue.input)}`,
		})
		.superRefine((cell, ctx) => {
			const given = Object.values(cell.shares ?? {}).filter((v) => v !== undefined).length;
			if (cell.status === 'reported' && given === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['shares'],
					message: `missing: give the shares per answer (${answers.join(', ')}), or a \`status\` saying why the source has none (${cellGaps.join(', ')})`,
				});
			}
			if (cell.status !== 'reported' && given > 0) {
				ctx.addIssue({ code: 'custom', path: ['status'], message: `is ${cell.status}, but shares are given: remove the shares or the status` });
			}
		});
}

/** The schema of one country's results at one stage. */
export function satisfactionSchema(stage: SurveyStage) {
	const questions = questionsByStage[stage];
	const answers = z.strictObject(
		Object.fromEntries(questions.map((q) => [q, cellSchema(q)])) as Record<BeneficiaryQuestionId, ReturnType<typeof cellSchema>>,
		{ error: (issue) => (issue.code === 'invalid_type' ? `expected one group per question: ${questions.join(', ')}` : undefined) },
	);
	return z
		.strictObject({
			id: slugId.describe('The country id: `spain`, `bulgaria` or `italy`.'),
			country: winCountry,
			respondents: count.describe('Women who answered: 8 in "8/21 beneficiaries".'),
			beneficiaries: count.describe('Out of how many, as the source gives it: 21 in "8/21 beneficiaries".'),
			answers: answers.describe(`One group per question of the ${stage} table, every question listed.`),
			open: z
				.strictObject(
					Object.fromEntries(beneficiaryOpenQuestions.map((q) => [q, localizedText('summary of the open answers').optional()])) as Record<
						(typeof beneficiaryOpenQuestions)[number],
						z.ZodOptional<ReturnType<typeof localizedText>>
					>,
				)
				.describe('Summaries of the open answers, in every language.'),
			notes: notes.optional(),
		})
		.refine((e) => e.respondents <= e.beneficiaries, {
			error: '`respondents` is larger than `beneficiaries`: check both against the source',
			path: ['respondents'],
		});
}
export type SatisfactionCell = z.output<ReturnType<typeof cellSchema>>;
/** One country's results at one stage; a stage's table may lack some questions (see `questionsByStage`). */
export type SatisfactionEntry = Omit<z.output<ReturnType<typeof satisfactionSchema>>, 'answers'> & {
	answers: Partial<Record<BeneficiaryQuestionId, SatisfactionCell>>;
};
export const satisfactionHalfwaySchema = satisfactionSchema('halfway');
export const satisfactionEndSchema = satisfactionSchema('end');
