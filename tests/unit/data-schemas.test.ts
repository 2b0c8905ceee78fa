/**
 * The Results datasets: every real data file is accepted, and each broken fixture is rejected with
 * messages that name the file, the entry, the field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../src/lib/data-file.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { datasetSchemas } from '../../src/schemas/datasets.ts';
import { datasetIds, datasetSchema } from '../../src/schemas/dataset.ts';
import { checkDatasetReferences } from '../../src/lib/data/references.ts';
import { dataset, datasetMetas, sourceSections, partnerNames } from '../support/datasets.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/content/${name}`, import.meta.url), 'utf8');

/** The problems reported for a broken fixture (fails the test if it is accepted). */
function problems(file: string, schema: Parameters<typeof parseEntries>[2]): string[] {
	try {
		parseEntries(`content/data/${file}`, fixture(file), schema);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain(`content/data/${file} has`);
		return [...(error as ContentError).problems];
	}
	throw new Error(`${file} was accepted, but it is broken`);
}

describe('Results datasets', () => {
	it.each(datasetIds)('content/data/%s.yaml is valid', (id) => {
		expect(dataset(id).length).toBeGreaterThan(0);
	});

	it('every dataset has a catalog entry, and every section and partner it cites exists', () => {
		const entries = Object.fromEntries(datasetIds.map((id) => [id, dataset(id)]));
		expect(
			checkDatasetReferences({ metas: datasetMetas(), sections: new Set(sourceSections().keys()), partners: new Set(partnerNames().keys()), entries }),
		).toEqual([]);
	});

	it('the reference check names the file, the entry and the field', () => {
		const metas = datasetMetas();
		const found = checkDatasetReferences({
			metas: metas.filter((m) => m.id !== 'beneficiaries'),
			sections: new Set(['4.2.1']),
			partners: new Set(['energheia']),
			entries: { courses: dataset('courses') },
		});
		expect(found).toContain('content/data/datasets.yaml: no entry for the dataset "beneficiaries"; add its title, description, sections and page');
		expect(found).toContain('content/data/datasets.yaml: entry "courses", field `sections`: section 5.1 is not in content/data/source-sections.yaml');
		expect(found).toContain('content/data/courses.yaml: entry "es-courses", field `providers`: no partner "amiga" in content/data/partners.yaml');
		expect(found).toContain('content/data/pip-summary.yaml: missing; the catalog lists the dataset "pip-summary"');
	});

	it('an entry citing a section its dataset does not list is reported', () => {
		const [meta] = datasetMetas().filter((m) => m.id === 'support');
		const found = checkDatasetReferences({
			metas: [{ ...meta!, sections: ['4.2.4'] }],
			sections: new Set(sourceSections().keys()),
			partners: new Set(partnerNames().keys()),
			entries: { support: dataset('support') },
		});
		expect(found).toContain(
			'content/data/support.yaml: entry "it-psychological-needs", field `section`: 4.1.2 is not among the dataset\'s sections in content/data/datasets.yaml (4.2.4)',
		);
	});
});

describe('broken dataset files are rejected with messages for their author', () => {
	it('a share written as text, and an unknown category', () => {
		expect(problems('assessment-profile-share-as-text.yaml', datasetSchemas['assessment-profile'])).toEqual([
			'entry "spain", field `origins[0].share`: expected a percentage as a number, such as 42.86 for "42,86%"; got the text "33,33%"',
			'entry "spain", field `jobSituation[0].situation`: expected a job situation: unemployed, precarious; got the text "jobless"',
		]);
	});

	it('a missing translation names the language', () => {
		expect(problems('pip-summary-missing-translation.yaml', datasetSchemas['pip-summary'])).toEqual([
			'entry "spain", field `needs[0].bg`: missing: expected the Bulgarian need',
		]);
	});

	it('a gap must be `not-given`, and the entry type must exist', () => {
		expect(problems('courses-zero-for-gap.yaml', datasetSchemas.courses)).toEqual([
			'entry "bg-computer-skills", field `participants`: expected the number of participants, or `not-given` where the source gives none; got the text "unknown"',
			'entry "bg-civic", field `type`: expected `type: course` or `type: country`; got the text "lesson"',
		]);
	});

	it('survey answers must be on the question\'s scale, reported cells need shares, every question is listed', () => {
		expect(problems('satisfaction-halfway-broken.yaml', datasetSchemas['satisfaction-halfway'])).toEqual([
			'entry "bulgaria", field `answers.understood-proposal.shares`: unknown key `maybe`: check the spelling, or remove it',
			'entry "bulgaria", field `answers.service-legal-support.shares`: missing: give the shares per answer (good, sufficient, insufficient, no-response), or a `status` saying why the source has none (not-asked, not-asked-again, service-not-provided, not-reported)',
			'entry "bulgaria", field `answers.recommend`: missing: add the question "recommend", with `status: not-reported` if the source\'s cell is empty',
		]);
	});

	it('respondents cannot outnumber the women asked', () => {
		expect(problems('satisfaction-end-respondents-over-base.yaml', datasetSchemas['satisfaction-end'])).toEqual([
			'entry "italy", field `respondents`: `respondents` is larger than `beneficiaries`: check both against the source',
		]);
	});

	it('a count above its base, and an empty figure', () => {
		expect(problems('employment-outcomes-count-over-base.yaml', datasetSchemas['employment-outcomes'])).toEqual([
			'entry "es-throughout", field `figure.count`: `count` is larger than `of`: check both against the source',
			'entry "es-current", field `figure`: give at least one of `count`, `share` or `wording` (write the figure as the source states it)',
		]);
	});

	it('sectors use the shared ids; dates are ISO dates', () => {
		const found = problems('awareness-events-unknown-sector.yaml', datasetSchemas['awareness-events']);
		expect(found).toContain('entry "bg-2021-07-01", field `date`: expected a date such as 2021-07-01');
		expect(found.find((p) => p.includes('sectors[0].sector'))).toMatch(/expected one of `business`, `companies`, .*`not-declared`/);
	});

	it('an unknown moment, and a section number that YAML read as a number', () => {
		expect(problems('legal-status-bad-moment.yaml', datasetSchemas['legal-status'])).toEqual([
			'entry "es-start-residence-permit", field `moment`: expected start, end or not-stated; got the text "beginning"',
			"entry \"es-start-residence-permit\", field `section`: expected a section number of the source document, such as '4.1.1' (in quotes); got the number 4.1",
		]);
	});

	it('a figure needs a label saying what it counts', () => {
		expect(problems('pip-results-figure-without-label.yaml', datasetSchemas['pip-results'])).toEqual([
			'entry "es-job-or-internship", field `figures[0].label`: expected what was counted in en, it, es, bg (one line each); got nothing',
		]);
	});

	it('only the countries where WIN worked, and known services', () => {
		expect(problems('support-bad-service.yaml', datasetSchemas.support)).toEqual([
			'entry "fr-housing", field `country`: expected IT, ES or BG (the countries where WIN worked); got the text "FR"',
			'entry "fr-housing", field `service`: expected one of needs-assessment, legal, psychological, social, educational, mediation; got the text "housing"',
		]);
	});

	it('course feedback needs a figure or the source\'s word for it', () => {
		expect(problems('course-feedback-nothing-reported.yaml', datasetSchemas['course-feedback'])).toEqual([
			'entry "it-courses-satisfaction": give a `figure` or a `level` (good or high), as the source states it',
		]);
	});

	it('language-course entries must have a known type', () => {
		expect(problems('language-courses-unknown-type.yaml', datasetSchemas['language-courses'])).toEqual([
			'entry "it-italian", field `type`: expected `type: course`, `type: referral` or `type: attendance`; got the text "workshop"',
		]);
	});

	it('counts are numbers', () => {
		expect(problems('beneficiaries-count-as-words.yaml', datasetSchemas.beneficiaries)).toEqual([
			'entry "bg-engaged", field `count`: expected a whole number; got the text "twenty-six"',
		]);
	});

	it('the catalog needs sections and a page path', () => {
		expect(problems('datasets-bad-page.yaml', datasetSchema)).toEqual([
			'entry "courses", field `sections`: name at least one section of the source document',
			'entry "courses", field `page`: expected a page path without language or slashes at the ends, such as results/courses#language-courses; got the text "https://example.org/results/courses/"',
		]);
	});
});
