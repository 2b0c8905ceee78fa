/**
 * What the country pages show from `content/data/countries.yaml`: a country's roles, its key
 * figures with their sources, and the reports they come from, shaped for one language.
 * Labels come through `translate` (the page's UI strings), numbers and periods through `Intl`.
 */
import { langPrefix, type Lang } from '../../config/locales.ts';
import { countryRoles, type Country, type CountryRole, type Figure, type RoleStrength } from '../../schemas/country.ts';
import { formatNumber, formatPercent, formatPeriod } from '../i18n/format.ts';

/** The UI strings this module needs, from `content/i18n/<lang>/countries.json`. */
export type CountryStringKey =
	| `countries.role.${CountryRole}`
	| `countries.strength.${RoleStrength}`
	| 'countries.figure.approximate'
	| 'countries.figure.withShare'
	| 'countries.report.noYear'
	| 'countries.report.noUrl';

/** Looks up a UI string of the page's language, filling `{{name}}` placeholders from `vars`. */
export type Translate = (key: CountryStringKey, vars?: Record<string, string>) => string;

const strengthOrder: readonly RoleStrength[] = ['main', 'also', 'minor'];

export interface RoleItem {
	role: CountryRole;
	strength: RoleStrength;
	/** "Country of destination" */
	label: string;
	/** "main role", "also", "to a lesser extent" */
	strengthLabel: string;
}

/** A country's roles, the main one first, then further and minor roles (origin, transit, destination within each). */
export function rolesOf(roles: Country['roles'], translate: Translate): RoleItem[] {
	return countryRoles
		.flatMap((role) => {
			const strength = roles[role];
			return strength ? [{ role, strength }] : [];
		})
		.sort((a, b) => strengthOrder.indexOf(a.strength) - strengthOrder.indexOf(b.strength))
		.map(({ role, strength }) => ({
			role,
			strength,
			label: translate(`countries.role.${role}`),
			strengthLabel: translate(`countries.strength.${strength}`),
		}));
}

/** The anchor of a report in the list of reports on a country page. */
export function reportAnchor(reportId: string): string {
	return `report-${reportId}`;
}

/** A figure's value as the page shows it: "1,172", "954 (81.4%)", "about 154,000", "65%". */
export function formatFigureValue(figure: Figure, lang: Lang, translate: Translate): string {
	if (figure.unit === 'percent') {
		const value = formatPercent(figure.value, lang);
		return figure.approximate ? translate('countries.figure.approximate', { value }) : value;
	}
	const count = formatNumber(figure.value, lang, 0);
	const value = figure.approximate ? translate('countries.figure.approximate', { value: count }) : count;
	return figure.share === undefined ? value : translate('countries.figure.withShare', { value, share: formatPercent(figure.share, lang) });
}

export interface FigureRow {
	id: string;
	measures: string;
	value: string;
	period: string;
	source: { label: string; href: string };
}

/** The rows of a country's key figures table, in the order of the data file. */
export function figureRows(country: Pick<Country, 'figures' | 'reports'>, lang: Lang, translate: Translate): FigureRow[] {
	const reports = new Map(country.reports.map((report) => [report.id, report]));
	return country.figures.map((figure) => {
		const report = reports.get(figure.report);
		if (!report) throw new Error(`Figure "${figure.id}" names the report "${figure.report}", which its country does not list`);
		return {
			id: figure.id,
			measures: figure.measures[lang],
			value: formatFigureValue(figure, lang, translate),
			period: formatPeriod(figure.period, lang),
			source: { label: report.label[lang], href: `#${reportAnchor(report.id)}` },
		};
	});
}

export interface ReportItem {
	id: string;
	anchor: string;
	title: string;
	titleLang: string;
	publisher: string;
	/** The year, or a note that the source document does not give it. */
	year: string;
	yearKnown: boolean;
	/** The address, when the source document gives one. */
	url?: string;
	/** Shown in place of the address when the source gives none. */
	noUrl?: string;
}

/** A country's reports, in the order of the data file, with gaps said in words rather than left blank. */
export function reportItems(country: Pick<Country, 'reports'>, lang: Lang, translate: Translate): ReportItem[] {
	return country.reports.map((report) => ({
		id: report.id,
		anchor: reportAnchor(report.id),
		title: report.title,
		titleLang: report.titleLang,
		publisher: report.publisher[lang],
		year: report.year === undefined ? translate('countries.report.noYear') : String(report.year),
		yearKnown: report.year !== undefined,
		...(report.url ? { url: report.url } : { noUrl: translate('countries.report.noUrl') }),
	}));
}

export interface CountrySummary {
	id: string;
	name: string;
	/** The country's page in the page's language. */
	href: string;
	roles: RoleItem[];
	/** Short names of the partners that worked there. */
	partners: string[];
}

/** One line per country for the overview of `/countries/`, in the order of the data file. */
export function countrySummaries(
	countries: readonly (Pick<Country, 'id' | 'name' | 'roles'> & { partners: readonly { shortName: string }[] })[],
	lang: Lang,
	translate: Translate,
): CountrySummary[] {
	return countries.map((country) => ({
		id: country.id,
		name: country.name[lang],
		href: `${langPrefix(lang)}/countries/${country.id}/`,
		roles: rolesOf(country.roles, translate),
		partners: country.partners.map((p) => p.shortName),
	}));
}
