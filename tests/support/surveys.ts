/**
 * Filled survey records for the tests, the survey fixtures and the bench: made up at random
 * (seeded, so every run gets the same ones), or built to reproduce one column of the source's
 * satisfaction tables.
 */
import { allFields, optionsOf, type TemplateDefinition, type TemplateRecord } from '../../templates/schema.ts';
import { questionsByStage, type SatisfactionEntry, type SurveyStage } from '../../src/schemas/satisfaction.ts';
import { answersOf } from '../../src/lib/surveys/table.ts';
import type { Lang } from '../../src/config/locales.ts';

/** A small seeded random number generator (mulberry32): the same seed gives the same numbers. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The text a made-up record writes in a free-text field: unique, so a test can look for it anywhere. */
export const madeUpText = (field: string, index: number) => `«${field} ${index}»`;

/**
 * Made-up filled surveys of a template, valid against its schema: every required field answered,
 * optional ones now and then left blank, countries Italy, Spain and Bulgaria (now and then
 * "other"), free text unique per record (see {@link madeUpText}).
 */
export function surveyRecords(def: TemplateDefinition, count: number, seed = 1): TemplateRecord[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const whole = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return Array.from({ length: count }, (_, i) => {
		const record: TemplateRecord = {};
		for (const field of allFields(def)) {
			const skip = !field.required && next() < 0.15;
			if (field.id === 'country') record[field.id] = next() < 0.05 ? 'other' : pick(['it', 'es', 'bg']);
			else if (field.id === 'case-code') record[field.id] = `${String(record.country ?? 'x').toUpperCase()}-${seed}-${i + 1}`;
			else if (skip) continue;
			else if (field.id === 'sessions-attended') record[field.id] = whole(0, Number(record['sessions-held'] ?? 10));
			else if (field.id === 'sessions-held') record[field.id] = whole(5, 40);
			else if (field.id === 'certificate-threshold') record[field.id] = pick([70, 80, 90]);
			else if (field.kind === 'choice' || field.kind === 'rating') record[field.id] = pick(optionsOf(field)).id;
			else if (field.kind === 'multichoice') {
				const chosen = optionsOf(field).filter(() => next() < 0.3).map((o) => o.id);
				record[field.id] = chosen.length ? chosen : [pick(optionsOf(field)).id];
			} else if (field.kind === 'checkbox') record[field.id] = next() < 0.5;
			else if (field.kind === 'number') record[field.id] = whole(field.min ?? 0, Math.min(field.max ?? 100, 200));
			else if (field.kind === 'date') record[field.id] = `2021-${String(whole(1, 12)).padStart(2, '0')}-${String(whole(1, 28)).padStart(2, '0')}`;
			else if (field.kind === 'text' || field.kind === 'textarea') record[field.id] = madeUpText(field.id, i + 1);
		}
		return record;
	});
}

/**
 * Beneficiary surveys of one country and stage whose answers add up to the source's table: one
 * record per respondent, each question answered as often as its shares of the respondents say
 * (rounded to whole people, which must round back to the same shares), questions the source
 * gives no shares for left unanswered.
 *
 * @throws Error when a question's shares cannot come from that many respondents, one answer each
 */
export function recordsReproducing(stage: SurveyStage, entry: SatisfactionEntry): TemplateRecord[] {
	const n = entry.respondents;
	const records: TemplateRecord[] = Array.from({ length: n }, (_, i) => ({
		stage,
		country: entry.country.toLowerCase(),
		'case-code': `${entry.country}-${stage}-${String(i + 1).padStart(2, '0')}`,
	}));
	questionsByStage[stage].forEach((question, q) => {
		const cell = entry.answers[question];
		if (!cell || cell.status !== 'reported') return;
		const shares = (cell.shares ?? {}) as Record<string, number | undefined>;
		const counts = answersOf(question).map((a) => [a, Math.round(((shares[a] ?? 0) * n) / 100)] as const);
		// Each count, as a share of n rounded as the source rounds it, must give the source's share back.
		const fits = counts.every(([a, count]) => {
			const share = shares[a] ?? 0;
			const factor = 10 ** (String(share).split('.')[1] ?? '').length;
			return Math.round((count * 100 * factor) / n) / factor === share;
		});
		const answers = counts.flatMap(([a, count]) => Array<string>(count).fill(a));
		if (!fits || answers.length !== n) throw new Error(`${entry.country}, ${stage}, "${question}": the shares ${JSON.stringify(shares)} do not come from ${n} respondents answering once each`);
		// Each question starts at another respondent, so no two records are alike.
		answers.forEach((answer, i) => (records[(i + q * 5) % n]![question] = answer));
	});
	return records;
}

/**
 * The filled surveys kept in tests/fixtures/surveys/ (made by `npm run fixtures:surveys`): the
 * halfway survey in Spain, whose 21 answers add up to the source's table. The first five are
 * filled PDFs, each in one of the four languages; the other sixteen are in one summary CSV, as
 * the aggregate page exports it. Together they make the whole table.
 */
export function surveyFixtures(entry: SatisfactionEntry): { pdfs: { name: string; lang: Lang; record: TemplateRecord }[]; summary: { name: string; records: TemplateRecord[] } } {
	const records = recordsReproducing('halfway', entry);
	const langs: Lang[] = ['en', 'it', 'es', 'bg', 'en'];
	const pdfs = langs.map((lang, i) => ({ name: `beneficiary-satisfaction-spain-halfway-${String(i + 1).padStart(2, '0')}-${lang}.pdf`, lang, record: records[i]! }));
	return { pdfs, summary: { name: `beneficiary-satisfaction-spain-halfway-06-to-${records.length}-summary.csv`, records: records.slice(pdfs.length) } };
}
