import type { Lang } from '../../config/locales.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import { countryName } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';
import type { FormatContext } from './figures.ts';

/** What the shaping functions need besides the data: language, UI strings, partner names. */
export interface ShapeContext extends FormatContext {
	/** The short name of a partner by id (`amiga` → `AMIGA`). */
	partnerName: (id: string) => string;
}

/** Builds a context; `partners` maps partner ids to short names. */
export function shapeContext(lang: Lang, t: Translate, partners: ReadonlyMap<string, string>): ShapeContext {
	return {
		lang,
		t,
		partnerName: (id) => {
			const name = partners.get(id);
			if (!name) throw new Error(`No partner "${id}" in content/data/partners.yaml`);
			return name;
		},
	};
}

/** A country's name in the page's language. */
export function country(code: string, ctx: FormatContext): string {
	return countryName(code, ctx.lang);
}

/** Localized text in the page's language. */
export function local(textByLang: LocalizedText, ctx: FormatContext): string {
	return textByLang[ctx.lang];
}

/** "Italy: …" for notes that belong to one country. */
export function countryNote(code: string, note: LocalizedText, ctx: FormatContext): string {
	return ctx.t('data.note.country', { country: country(code, ctx), note: local(note, ctx) });
}

/** Items joined into a list in the page's language ("ENERGHEIA and LULE"). */
export function joinList(items: readonly string[], ctx: FormatContext): string {
	return new Intl.ListFormat(ctx.lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Countries in the order they first appear in a list of entries. */
export function countriesOf<T extends { country: string }>(entries: readonly T[]): T['country'][] {
	return [...new Set(entries.map((e) => e.country))];
}
