/**
 * A translation function as the pure modules of `src/lib/` take it: a UI-string key (from
 * `content/i18n/<lang>/*.json`) and optional values for its `{{placeholders}}`.
 * Components pass Starlight's `Astro.locals.t` through `fromStarlight`; tests and endpoints
 * build one from the JSON files with `fromStrings`.
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

type StarlightT = (key: never, options?: Record<string, unknown>) => string;

/**
 * Wraps Starlight's `t` (i18next). Values are inserted as they are: Astro escapes the result when
 * it renders it, so i18next must not escape them first.
 */
export function fromStarlight(t: StarlightT): Translate {
	return (key, vars) => t(key as never, { ...vars, interpolation: { escapeValue: false } });
}

/**
 * A `Translate` over a flat table of strings, with `{{name}}` placeholders.
 * @throws Error naming the key when a string is missing, so a gap never shows up as a raw key
 */
export function fromStrings(strings: Readonly<Record<string, string>>): Translate {
	return (key, vars) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`Missing UI string "${key}"`);
		return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
			if (!vars || !(name in vars)) throw new Error(`UI string "${key}" needs a value for {{${name}}}`);
			return String(vars[name]);
		});
	};
}
