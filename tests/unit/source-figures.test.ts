/**
 * A sample of the published figures, checked against the values of the source document typed
 * here by hand (with the source's wording in comments). A figure that drifts fails this test.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../support/datasets.ts';
import { renderCsv, renderJson } from '../../src/lib/data/catalog.ts';
import { translator } from '../support/translate.ts';
import { datasetMetas, sourceSections } from '../support/datasets.ts';

const byId = <T extends { id: string }>(entries: readonly T[], id: string): T => {
	const found = entries.find((e) => e.id === id);
	if (!found) throw new Error(`no entry ${id}`);
	return found;
};

describe('figures match the source document', () => {
	it('Table 1 (4.1.1): the profile of the women assessed', () => {
		const [italy, spain, bulgaria] = ['italy', 'spain', 'bulgaria'].map((id) => byId(dataset('assessment-profile'), id));
		expect([italy!.womenAssessed, italy!.beneficiariesEngaged, spain!.womenAssessed, spain!.beneficiariesEngaged, bulgaria!.womenAssessed, bulgaria!.beneficiariesEngaged]).toEqual([17, 15, 36, 21, 32, 26]);
		expect(italy!.age).toEqual({ min: 20, max: 32, mean: 23.9 }); // "20 - 32 yrs (average 23,9)"
		expect(bulgaria!.age).toEqual({ min: 21, max: 61, mean: 35.7 }); // "21-61 yrs (average 35,7)"
		expect(spain!.origins.map((o) => [o.country, o.share])).toEqual([
			['NG', 33.33], ['VE', 23.82], ['CO', 14.29], ['PE', 4.76], ['PR', 4.76], ['PY', 4.76], ['NI', 4.76], ['MA', 4.76], ['DZ', 4.76],
		]);
		expect(bulgaria!.origins.slice(0, 4).map((o) => o.share)).toEqual([28.12, 18.75, 15.62, 6.25]);
		expect(spain!.education.map((e) => e.share)).toEqual([28.57, 38.1, 33.33]);
		expect(bulgaria!.education.at(-1)).toEqual({ level: 'higher', share: 74.07, completion: { kind: 'share-not-completed', share: 31 } });
		expect(italy!.workExperience.map((w) => w.share)).toEqual([60, 27, 13]);
		expect(spain!.desiredJobs.map((j) => j.count)).toEqual([10, 5, 1, 2, 3]); // "Cleaning or caring for the elderly: 10; Customer service: 5; …"
	});

	it('4.2.1: the courses, their hours, participants and certificates', () => {
		const courses = dataset('courses');
		const c = (id: string) => {
			const e = byId(courses, id);
			if (e.type !== 'course') throw new Error(`${id} is not a course`);
			return [e.courses, e.hoursEach, e.format, e.participants, e.certificates];
		};
		expect(c('it-computer-skills')).toEqual([1, 30, 'classroom', 13, 13]);
		expect(c('it-civic-education')).toEqual([1, 36, 'mixed', 12, 9]);
		expect(c('it-haccp')).toEqual([1, 4, 'online', 12, 12]);
		expect(c('it-safety-general')).toEqual([2, 4, 'online', 13, 13]); // "2 courses … (4h + 4h - online)"
		expect(c('it-safety-high-risk')).toEqual([1, 12, 'online', 12, 11]);
		expect(c('it-waitress')).toEqual([2, 40, 'in-company', 'not-given', 2]);
		expect(c('es-social-health-care')).toEqual([1, 95, 'classroom', 'not-given', 19]);
		expect(c('es-food-handling')).toEqual([1, 5, 'classroom', 'not-given', 13]);
		expect(c('bg-computer-skills')).toEqual([1, 'not-given', 'not-given', 6, 'not-given']);
		const rules = courses.flatMap((e) => (e.type === 'country' ? [[e.country, e.certificateThresholds]] : []));
		expect(rules).toEqual([['IT', [70, 90]], ['ES', [80]], ['BG', 'not-given']]);
	});

	it('4.2.2 and 4.2.3: jobs, internships and the language course', () => {
		const outcomes = dataset('employment-outcomes');
		const f = (id: string) => {
			const e = byId(outcomes, id);
			return e.type === 'outcome' ? e.figure : undefined;
		};
		expect(f('it-throughout')).toEqual({ count: 14, of: 15, share: 93.3 }); // "93,3% of the women (14 out of 15)"
		expect(f('it-current')).toEqual({ share: 53.3 });
		expect(f('es-throughout')).toEqual({ count: 9, of: 21, share: 42.86 });
		expect(f('es-current')).toEqual({ count: 9, of: 21, share: 42.86 });
		expect(f('bg-throughout')).toEqual({ count: 8, of: 27, share: 30 });
		expect(f('bg-current')).toEqual({ count: 7, of: 27, share: 23 });
		const internships = byId(outcomes, 'it-internships');
		expect(internships).toMatchObject({ organised: 9, paid: true, months: { min: 2, max: 6 }, monitoringEveryDays: 15 });
		const language = dataset('language-courses');
		expect(byId(language, 'it-italian-for-work')).toMatchObject({ hours: 44, participants: { share: 93.3 }, certificates: { share: 86.6 } });
		expect(byId(language, 'es-language-referrals')).toMatchObject({ referred: 6, participated: 2 });
		expect(byId(language, 'bg-language-referrals')).toMatchObject({ referred: 2, participated: 'not-given' });
	});

	it('4.1.2, 4.2.4 and 5.1: support and legal situation, with Spain\'s 42,62% as given', () => {
		const support = dataset('support');
		expect(byId(support, 'bg-legal-counselling').figure).toEqual({ count: 7, of: 27 });
		expect(byId(support, 'bg-legal-violence').figure).toEqual({ count: 4, of: 21 });
		expect(byId(support, 'bg-psychological-support').figure).toEqual({ count: 16, of: 27 });
		expect(byId(support, 'bg-needs-identified').figure).toEqual({ count: 25, of: 27 });
		expect(byId(support, 'it-psychological-support').figure).toEqual({ count: 12, of: 15 });
		expect(byId(support, 'it-social-support')).toMatchObject({ measure: 'not-provided', figure: 'not-given' });
		const legal = dataset('legal-status');
		const counts = (ids: string[]) => ids.map((id) => byId(legal, id).figure.count);
		expect(counts(['es-start-residence-permit', 'es-start-complaint-filed', 'es-start-complaint-considered', 'es-start-not-wishing'])).toEqual([7, 5, 2, 14]);
		expect(counts(['es-end-residence', 'es-end-in-process', 'es-end-complaint-filed', 'es-end-not-ready'])).toEqual([19, 2, 10, 9]);
		expect(byId(legal, 'es-conclusions-complaint-filed').figure).toEqual({ share: 42.62 }); // "(42,62%)"
		expect(counts(['bg-asylum-seekers', 'bg-humanitarian', 'bg-prolonged-residence', 'bg-refugee', 'bg-in-proceedings', 'bg-visa'])).toEqual([3, 6, 8, 2, 1, 1]);
	});

	it('4.3: the satisfaction surveys, respondents out of beneficiaries and every share', () => {
		const halfway = dataset('satisfaction-halfway');
		const end = dataset('satisfaction-end');
		expect(halfway.map((e) => `${e.respondents}/${e.beneficiaries}`)).toEqual(['21/21', '8/21', '13/15']);
		expect(end.map((e) => `${e.respondents}/${e.beneficiaries}`)).toEqual(['21/21', '6/26', '11/15']);
		const [es, bg, it] = halfway;
		expect(es!.answers['service-psychological-support']!.shares).toEqual({ good: 57, sufficient: 14, insufficient: 10, 'no-response': 19 });
		expect(es!.answers['goals-reached']!.shares).toEqual({ all: 33, some: 62, none: 5 });
		expect(bg!.answers['understood-proposal']!.shares).toEqual({ yes: 63, partly: 38 });
		expect(bg!.answers['service-legal-support']!.shares).toEqual({ good: 37.5, sufficient: 37.5, insufficient: 12 }); // "37,5% good 37,5% sufficient 12% insufficient"
		expect(it!.answers['service-laboratories']!.shares).toEqual({ good: 84, sufficient: 8, insufficient: 8 });
		expect(it!.answers['service-social-support']!.status).toBe('service-not-provided');
		expect(es!.answers['service-training']!.status).toBe('not-asked');
		const [esEnd, , itEnd] = end;
		expect(esEnd!.answers['pip-focused-goals']!.shares).toEqual({ yes: 90.9, partly: 9.1 });
		expect(esEnd!.answers['service-legal-support']!.shares).toEqual({ good: 57.1, 'no-response': 42.9 });
		expect(itEnd!.answers['goals-reached']!.shares).toEqual({ all: 9, some: 90.9 });
		expect(itEnd!.answers['service-psychological-support']!.shares).toEqual({ good: 63.6, sufficient: 9, insufficient: 18.1, 'no-response': 9 });
		expect(esEnd!.answers['understood-proposal']!.status).toBe('not-asked-again');
	});

	it('4.4: the awareness-raising events and their sector shares', () => {
		const [bg, it, es] = dataset('awareness-events');
		expect([bg!.date, bg!.participants, bg!.sectors.map((s) => s.share)]).toEqual(['2021-07-01', 13, [77, 23]]);
		expect([it!.date, it!.participants, it!.durationHours, it!.format]).toEqual(['2021-05-26', 48, 2, 'online']);
		expect(it!.sectors.map((s) => s.share)).toEqual([43.75, 18.75, 16.67, 6.25, 4.17, 2.08, 2.08, 2.08, 4.17]);
		expect(it!.survey !== 'not-given' && it!.survey.respondents).toBe(15);
		expect([es!.date, es!.participants, es!.sectors.map((s) => s.share)]).toEqual(['not-given', 28, [29, 18, 18, 7, 28]]);
	});

	it('5.1 and the beneficiary totals: Bulgaria\'s 26, 27, 21 and 32 are all kept', () => {
		const results = dataset('pip-results');
		expect(byId(results, 'bg-labour-market-knowledge').figures[0]).toMatchObject({ share: 74, count: 20 });
		expect(byId(results, 'bg-psychological-needs').figures[0]).toMatchObject({ share: 60, count: 16 });
		expect(byId(results, 'bg-legal-needs').figures[0]).toMatchObject({ share: 26, count: 7 });
		expect(byId(results, 'es-legal-needs').figures.map((f) => f.share ?? f.count ?? f.wording)).toEqual(['all', 42.62, 18, 19, 2]);
		expect(byId(results, 'it-rights-knowledge').figures[0]).toMatchObject({ count: 14, of: 15 });
		const bgTotals = new Set(dataset('beneficiaries').filter((b) => b.country === 'BG').map((b) => b.count));
		expect([...bgTotals].sort()).toEqual([21, 26, 27, 32]);
	});

	it('the downloads carry the same figures: 42.86 in the CSV and the JSON', () => {
		const entries = dataset('employment-outcomes');
		const csv = renderCsv('employment-outcomes', entries, translator('en'));
		expect(csv).toContain('ES,es-throughout,outcome,throughout,job-or-internship,,,9,21,42.86,,reported');
		const meta = datasetMetas().find((m) => m.id === 'employment-outcomes')!;
		const json = JSON.parse(renderJson(meta, entries, sourceSections(), { en: 'Doc', it: 'Doc', es: 'Doc', bg: 'Doc' }));
		expect(json.entries.find((e: { id: string }) => e.id === 'es-throughout').figure.share).toBe(42.86);
	});
});
