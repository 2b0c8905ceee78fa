import { ContentError } from '../errors.ts';
import { languageNames } from '../../schemas/common.ts';
import type { Lang } from '../../config/locales.ts';

/** The UI strings of one language, as read from the JSON files of `content/i18n/<lang>/`. */
export interface StringFiles {
	lang: Lang;
	/** file path (for messages) → parsed JSON */
	files: Record<string, unknown>;
}

export interface UiStringRules {
	/** Every key Starlight understands (its own, pagefind's, Expressive Code's). */
	starlightKeys: readonly string[];
	/** Whether this language must provide every Starlight key itself (Starlight ships none for it). */
	requiresStarlightKeys: boolean;
	/** The site's own keys, defined by the English files; undefined when checking English itself. */
	englishKeys?: ReadonlySet<string>;
	/** Where the English keys come from, for messages. */
	englishDir?: string;
}

/**
 * Merges the files of one language into a single table of strings and checks it against English:
 * a key English lacks (usually a misspelling) and a key English has but this language lacks are
 * both errors, as is a Starlight key missing from a language Starlight does not translate.
 *
 * @throws ContentError naming each file and key at fault
 */
export function mergeUiStrings(strings: StringFiles, rules: UiStringRules): Record<string, string> {
	const { merged, problems, dir } = compareUiStrings(strings, rules);
	if (problems.length) throw new ContentError(dir, problems);
	return merged;
}

export interface UiStringComparison {
	/** the language's strings, files merged (keys with problems left out) */
	merged: Record<string, string>;
	/** one sentence per problem, naming the file and the key */
	problems: string[];
	/** keys this language must have and lacks (site keys of English, and Starlight's where required) */
	missingKeys: string[];
	/** the language's folder, for messages */
	dir: string;
}

/** Like `mergeUiStrings`, but reports instead of throwing (for status reports). */
export function compareUiStrings({ lang, files }: StringFiles, rules: UiStringRules): UiStringComparison {
	const merged: Record<string, string> = {};
	const missingKeys: string[] = [];
	const origin: Record<string, string> = {};
	const problems: string[] = [];
	const starlight = new Set(rules.starlightKeys);
	const dir = Object.keys(files)[0]?.replace(/\/[^/]*$/, '') ?? `content/i18n/${lang}`;

	for (const [file, json] of Object.entries(files)) {
		if (typeof json !== 'object' || json === null || Array.isArray(json)) {
			problems.push(`${file}: expected an object of "key": "text" pairs`);
			continue;
		}
		for (const [key, value] of Object.entries(json)) {
			if (typeof value !== 'string' || value.trim() === '') {
				problems.push(`${file}: key "${key}" must be non-empty text in ${languageNames[lang]}; got ${JSON.stringify(value)}`);
				continue;
			}
			if (key in merged) {
				problems.push(`${file}: key "${key}" is already defined in ${origin[key]}; keep one`);
				continue;
			}
			if (rules.englishKeys && !rules.englishKeys.has(key) && !starlight.has(key)) {
				problems.push(
					`${file}: unknown key "${key}": it is neither a Starlight key nor defined in ${rules.englishDir ?? 'English'}; check its spelling`,
				);
				continue;
			}
			merged[key] = value;
			origin[key] = file;
		}
	}
	if (rules.englishKeys) {
		for (const key of rules.englishKeys) {
			if (!(key in merged) && !starlight.has(key)) {
				missingKeys.push(key);
				problems.push(`${dir}: key "${key}" is missing; add its ${languageNames[lang]} text (English is in ${rules.englishDir ?? 'English'})`);
			}
		}
	}
	if (rules.requiresStarlightKeys) {
		for (const key of rules.starlightKeys) {
			if (!(key in merged)) {
				missingKeys.push(key);
				problems.push(`${dir}: Starlight key "${key}" is missing; Starlight has no ${languageNames[lang]} strings, so every one of its keys must be written here`);
			}
		}
	}
	return { merged, problems, missingKeys, dir };
}
