/**
 * How a template PDF says which template, version and language it is: custom keys in the
 * document information dictionary, repeated in the standard Keywords so that viewers which
 * rewrite the dictionary without unknown keys still carry them.
 */
export const metadataKeys = { id: 'WinTemplateId', version: 'WinTemplateVersion', lang: 'WinTemplateLang' } as const;

export interface TemplateStamp {
	id: string;
	version: string;
	lang: string;
}

/** The Keywords entries of a template PDF: `win-template`, `template=pip`, `version=1.0.0`, `lang=it`. */
export function stampKeywords(stamp: TemplateStamp): string[] {
	return ['win-template', `template=${stamp.id}`, `version=${stamp.version}`, `lang=${stamp.lang}`];
}

/** Reads a stamp back from a Keywords string (any separator), or undefined when it has none. */
export function parseKeywords(keywords: string | undefined): TemplateStamp | undefined {
	if (!keywords) return undefined;
	const get = (key: string) => keywords.match(new RegExp(`(?:^|[\\s,;])${key}=([^\\s,;]+)`))?.[1];
	const id = get('template');
	const version = get('version');
	const lang = get('lang');
	return id && version && lang ? { id, version, lang } : undefined;
}
