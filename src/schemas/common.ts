import { z } from 'zod';
import { languages, type Lang } from '../config/locales.ts';

/** English names of the site's languages, used in error messages written for authors. */
export const languageNames: Record<Lang, string> = {
	en: 'English',
	it: 'Italian',
	es: 'Spanish',
	bg: 'Bulgarian',
};

/** Describes a value for an error message: `a number (42)`, `nothing`, `a list`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** A required, non-empty string whose errors say what was expected and what was found. */
export function text(what = 'text') {
	return z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `missing: expected ${what}`
					: `expected ${what}; got ${describeValue(issue.input)}`,
		})
		.trim()
		.min(1, { error: `is empty: expected ${what}` });
}

/**
 * Text in every language of the site. All four are required: a page, a chart or a printed form
 * cannot fall back to English halfway.
 */
export function localizedText(what = 'text') {
	const shape = Object.fromEntries(
		languages.map((lang) => [lang, text(`the ${languageNames[lang]} ${what}`)]),
	) as Record<Lang, ReturnType<typeof text>>;
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'invalid_type'
				? `expected ${what} in ${languages.join(', ')} (one line each); got ${describeValue(issue.input)}`
				: undefined,
	});
}
export type LocalizedText = z.output<ReturnType<typeof localizedText>>;

/** An ISO 3166-1 alpha-2 country code in capitals, such as `IT`. */
export const countryCode = z
	.string({ error: (issue) => `expected a country code such as IT; got ${describeValue(issue.input)}` })
	.regex(/^[A-Z]{2}$/, { error: (issue) => `must be a two-letter country code such as IT, ES or BG; got ${describeValue(issue.input)}` });

/** An identifier: lower case letters, digits and hyphens, such as `amiga` or `skills-assessment`. */
export const slugId = z
	.string({ error: (issue) => `expected an identifier such as amiga; got ${describeValue(issue.input)}` })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`must be lower case letters, digits and hyphens, such as amiga; got ${describeValue(issue.input)}`,
	});
