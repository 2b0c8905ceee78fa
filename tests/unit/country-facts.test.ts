import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countrySummaries, figureRows, formatFigureValue, reportItems, rolesOf, type Translate } from '../../src/lib/countries/facts.ts';
import { formatPeriod } from '../../src/lib/i18n/format.ts';
import { parseEntries } from '../../src/lib/data-file.ts';
import { countrySchema, type Country, type Figure } from '../../src/schemas/country.ts';
import { languages } from '../../src/config/locales.ts';

/** A stand-in for the page's UI strings: the key, with its placeholders filled, so tests see both. */
const translate: Translate = (key, vars) =>
	vars ? `${key}(${Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(', ')})` : key;

const text = (en: string) => ({ en, it: en, es: en, bg: en });
/** Intl separates digits and dates with no-break and thin spaces; compare them as plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u2009\u202f]/g, ' ');
const figure = (fields: Partial<Figure> & Pick<Figure, 'unit' | 'value'>): Figure =>
	({ id: 'f', period: '2016', measures: text('Assisted victims'), report: 'r', ...fields }) as Figure;

describe('formatFigureValue', () => {
	it('writes counts and percentages the way each language does', () => {
		expect(formatFigureValue(figure({ unit: 'people', value: 181463 }), 'en', translate)).toBe('181,463');
		expect(formatFigureValue(figure({ unit: 'people', value: 181463 }), 'it', translate)).toBe('181.463');
		expect(plain(formatFigureValue(figure({ unit: 'people', value: 181463 }), 'bg', translate))).toBe('181 463');
		expect(formatFigureValue(figure({ unit: 'percent', value: 59.4 }), 'en', translate)).toBe('59.4%');
		expect(plain(formatFigureValue(figure({ unit: 'percent', value: 59.4 }), 'es', translate))).toBe('59,4 %');
	});

	it('keeps the decimals the source gives, and adds none', () => {
		expect(formatFigureValue(figure({ unit: 'percent', value: 42.86 }), 'en', translate)).toBe('42.86%');
		expect(formatFigureValue(figure({ unit: 'percent', value: 65 }), 'en', translate)).toBe('65%');
	});

	it('shows the share of the total beside a count when the source gives one', () => {
		expect(formatFigureValue(figure({ unit: 'people', value: 954, share: 81.4 }), 'en', translate)).toBe(
			'countries.figure.withShare(value=954, share=81.4%)',
		);
	});

	it('marks an approximate figure as such', () => {
		expect(formatFigureValue(figure({ unit: 'people', value: 154000, approximate: true }), 'it', translate)).toBe(
			'countries.figure.approximate(value=154.000)',
		);
	});
});

describe('formatPeriod', () => {
	it('writes a year, a span of years and a span of months in the page language', () => {
		expect(formatPeriod('2016', 'en')).toBe('2016');
		expect(formatPeriod('2014/2019', 'it')).toBe('2014–2019');
		expect(plain(formatPeriod('2018-01/2018-09', 'en'))).toBe('January – September 2018');
		expect(plain(formatPeriod('2018-01/2018-09', 'es'))).toBe('enero–septiembre de 2018');
		expect(plain(formatPeriod('2018-01/2018-09', 'bg'))).toBe('януари – септември 2018 г.');
	});

	it('refuses a period it cannot read', () => {
		expect(() => formatPeriod('2016-2019', 'en')).toThrow('Cannot read the period "2016-2019"');
	});
});

describe('rolesOf', () => {
	it('puts the main role first, then further roles, then minor ones', () => {
		const roles = rolesOf({ origin: 'minor', transit: 'also', destination: 'main' }, translate);
		expect(roles.map((r) => [r.role, r.strength])).toEqual([
			['destination', 'main'],
			['transit', 'also'],
			['origin', 'minor'],
		]);
		expect(roles[0]).toMatchObject({ label: 'countries.role.destination', strengthLabel: 'countries.strength.main' });
	});

	it('leaves out a role the country does not play', () => {
		expect(rolesOf({ destination: 'main', transit: 'also' }, translate).map((r) => r.role)).toEqual(['destination', 'transit']);
	});
});

const country: Pick<Country, 'figures' | 'reports'> = {
	reports: [
		{ id: 'greta', title: 'Second report', titleLang: 'en', label: text('GRETA report'), publisher: text('GRETA') },
		{ id: 'tip', title: 'TIP Report', titleLang: 'en', label: text('TIP'), publisher: text('US'), year: 2021, url: 'https://example.org/tip' },
	],
	figures: [
		figure({ id: 'arrivals', unit: 'people', value: 21024, period: '2018-01/2018-09', report: 'greta' }),
		figure({ id: 'canary', unit: 'people', value: 23000, period: '2020', report: 'tip', measures: text('Arrivals on the Canary Islands') }),
	],
};

describe('figureRows', () => {
	it('gives every figure its value, period and a link to its report', () => {
		expect(figureRows(country, 'en', translate).map((row) => ({ ...row, period: plain(row.period) }))).toEqual([
			{ id: 'arrivals', measures: 'Assisted victims', value: '21,024', period: 'January – September 2018', source: { label: 'GRETA report', href: '#report-greta' } },
			{ id: 'canary', measures: 'Arrivals on the Canary Islands', value: '23,000', period: '2020', source: { label: 'TIP', href: '#report-tip' } },
		]);
	});

	it('refuses a figure whose report is missing', () => {
		const broken = { ...country, figures: [figure({ id: 'lost', unit: 'percent', value: 7, report: 'nowhere' })] };
		expect(() => figureRows(broken, 'en', translate)).toThrow('Figure "lost" names the report "nowhere"');
	});
});

describe('reportItems', () => {
	it('says in words when the source gives no year or address', () => {
		const [greta, tip] = reportItems(country, 'en', translate);
		expect(greta).toEqual({
			id: 'greta',
			anchor: 'report-greta',
			title: 'Second report',
			titleLang: 'en',
			publisher: 'GRETA',
			year: 'countries.report.noYear',
			yearKnown: false,
			noUrl: 'countries.report.noUrl',
		});
		expect(tip).toMatchObject({ year: '2021', yearKnown: true, url: 'https://example.org/tip' });
		expect(tip).not.toHaveProperty('noUrl');
	});
});

describe('the real country data', () => {
	const countries = parseEntries('content/data/countries.yaml', readFileSync('content/data/countries.yaml', 'utf8'), countrySchema);

	it('renders in every language, each figure with a source', () => {
		for (const lang of languages) {
			for (const c of countries) {
				const rows = figureRows(c, lang, translate);
				expect(rows.length, c.id).toBeGreaterThan(0);
				for (const row of rows) expect(row.source.href).toMatch(/^#report-/);
			}
		}
	});

	it('keeps the figures the source gives for Italy exactly', () => {
		const italy = countries.find((c) => c.id === 'italy')!;
		const values = Object.fromEntries(italy.figures.map((f) => [f.id, formatFigureValue(f, 'en', translate)]));
		expect(values['assisted-victims-2016']).toBe('1,172');
		expect(values['assisted-victims-nigeria-2016']).toBe('countries.figure.withShare(value=696, share=59.4%)');
		expect(values['sea-arrivals-2015']).toBe('countries.figure.approximate(value=154,000)');
		expect(values['assisted-victims-morocco-2016']).toBe('5.3%');
	});

	it('links each country of the overview to its page in the page language', () => {
		const withPartners = countries.map((c) => ({ ...c, partners: c.partners.map((id) => ({ shortName: id.toUpperCase() })) }));
		const summaries = countrySummaries(withPartners, 'bg', translate);
		expect(summaries.map((s) => [s.name, s.href])).toEqual([
			['Испания', '/bg/countries/spain/'],
			['България', '/bg/countries/bulgaria/'],
			['Италия', '/bg/countries/italy/'],
		]);
		expect(summaries[1]!.roles[0]!.role).toBe('origin');
		expect(summaries[2]!.partners).toEqual(['ENERGHEIA', 'LULE', 'FPMCI']);
	});
});
