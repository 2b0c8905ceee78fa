/**
 * Formatting for the page's language through `Intl`, so numbers, percentages, dates and
 * country names follow each language's conventions (e.g. `23,9` in Italian, `23.9` in English).
 */
import type { Lang } from '../../config/locales.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(lang, options);
		cache.set(key, format);
	}
	return format;
}

/** A number with as many decimals as it has (up to `maxDecimals`). */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
	return numberFormat(lang, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A percentage given in percent points (42.86 → "42.86%" / "42,86 %"), decimals as given. */
export function formatPercent(value: number, lang: Lang, maxDecimals = 2): string {
	return numberFormat(lang, { style: 'percent', maximumFractionDigits: maxDecimals }).format(value / 100);
}

/** A calendar date, written out in the page's language ("1 July 2021", "1 luglio 2021"). */
export function formatDate(date: Date | string, lang: Lang): string {
	const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** A country's name from its ISO code, in the page's language. */
export function countryName(code: string, lang: Lang): string {
	return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/** A file size in the page's language ("12 kB", "1.2 MB"). */
export function formatBytes(bytes: number, lang: Lang): string {
	const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
	return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * A year (`2016`), years (`2014/2019`) or months (`2018-01/2018-09`): ISO 8601 dates and
 * intervals. Content schemas validate periods with it; `formatPeriod` reads them.
 */
export const periodPattern = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?:\/(\d{4})(?:-(0[1-9]|1[0-2]))?)?$/;

/**
 * A year or a period, as the data writes it (ISO 8601: `2016`, `2014/2019`, `2018-01/2018-09`),
 * in the page's language: "2014–2019", "January – September 2018", "януари – септември 2018 г.".
 *
 * @throws Error when `period` is not written in one of those forms
 */
export function formatPeriod(period: string, lang: Lang): string {
	const match = periodPattern.exec(period);
	if (!match) throw new Error(`Cannot read the period "${period}": expected 2016, 2014/2019 or 2018-01/2018-09`);
	const [, fromYear, fromMonth, toYear, toMonth] = match;
	const withMonths = fromMonth !== undefined;
	const format = new Intl.DateTimeFormat(lang, {
		year: 'numeric',
		...(withMonths ? { month: 'long' } : {}),
		timeZone: 'UTC',
	});
	const date = (year: string, month?: string) => new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, 1));
	const from = date(fromYear!, fromMonth);
	return toYear ? format.formatRange(from, date(toYear, toMonth)) : format.format(from);
}
