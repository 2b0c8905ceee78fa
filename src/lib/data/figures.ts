import type { Lang } from '../../config/locales.ts';
import type { Figure } from '../../schemas/figures.ts';
import { NOT_GIVEN, type NotGiven } from '../../schemas/figures.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';

/** What a formatter needs: the page's language and its UI strings. */
export interface FormatContext {
	lang: Lang;
	t: Translate;
}

/** Whether a value is the "source gives none" marker. */
export function isNotGiven(value: unknown): value is NotGiven {
	return value === NOT_GIVEN;
}

/**
 * A figure as a reader reads it, in the page's language: "14 of 15 (93.3%)", "20 (74%)",
 * "all (27 of 27)", "many". Percentages keep the source's decimals.
 */
export function formatFigure(figure: Figure, { lang, t }: FormatContext): string {
	const n = (value: number) => formatNumber(value, lang);
	let numbers: string | undefined;
	if (figure.count !== undefined && figure.of !== undefined) {
		numbers = t('data.figure.countOf', { count: n(figure.count), of: n(figure.of) });
	} else if (figure.count !== undefined) {
		numbers = n(figure.count);
	}
	if (figure.share !== undefined) {
		const share = formatPercent(figure.share, lang);
		numbers = numbers === undefined ? share : t('data.figure.withShare', { figure: numbers, share });
	}
	if (figure.wording === undefined) return numbers ?? '';
	const word = t(`data.wording.${figure.wording}`);
	return numbers === undefined ? word : t('data.figure.withWording', { wording: word, figure: numbers });
}

/** A count, or the text that says the source gives none. */
export function formatCountOrGap(value: number | NotGiven, ctx: FormatContext): string {
	return isNotGiven(value) ? ctx.t('data.gap.not-given') : formatNumber(value, ctx.lang);
}

/** A number of hours ("30 h"), or the gap text. */
export function formatHours(value: number | NotGiven, ctx: FormatContext): string {
	return isNotGiven(value) ? ctx.t('data.gap.not-given') : ctx.t('data.unit.hours', { value: formatNumber(value, ctx.lang) });
}

/** The value of a figure for CSV columns: numbers stay numbers, absent parts stay empty. */
export function figureColumns(figure: Figure | NotGiven): { count: number | null; of: number | null; share: number | null; wording: string | null; status: 'reported' | NotGiven } {
	if (isNotGiven(figure)) return { count: null, of: null, share: null, wording: null, status: NOT_GIVEN };
	return {
		count: figure.count ?? null,
		of: figure.of ?? null,
		share: figure.share ?? null,
		wording: figure.wording ?? null,
		status: 'reported',
	};
}
