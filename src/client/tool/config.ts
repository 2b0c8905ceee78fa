/**
 * The configuration a tool page writes for its script (src/lib/templates/tool-page.ts), and its
 * UI strings as a translate function.
 */
import type { ToolConfig } from '../../lib/templates/tool-page.ts';
import { fromStrings, type Translate } from '../../lib/i18n/translate.ts';
import { formatBytes } from '../../lib/i18n/format.ts';
import type { Lang } from '../../config/locales.ts';

export type { ToolConfig };

/** The page's tool configuration, or undefined on a page without one. */
export function readConfig(): ToolConfig | undefined {
	const text = document.getElementById('win-tool-config')?.textContent;
	return text ? (JSON.parse(text) as ToolConfig) : undefined;
}

/** The page's UI strings. */
export function translator(config: ToolConfig): Translate {
	return fromStrings(config.strings);
}

/** A file size in the page's language ("20 MB"). */
export function size(bytes: number, lang: Lang): string {
	// The same units as the page's own text (decimal megabytes), so limits read the same everywhere.
	return formatBytes(bytes, lang);
}
