import type { ConfigData } from 'html-validate';

/**
 * html-validate rules for the built pages (scripts/check-html.ts). Starts from the
 * `html-validate:recommended` preset (validity, accessibility, security and style rules); every
 * rule changed here says why. Errors fail `npm test`.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Starlight and Astro write void elements as `<meta … />`; both forms are valid HTML, and
		// the markup is not ours to change.
		'void-style': 'off',
		// Starlight's buttons (search, menu, theme…) have no `type`. Outside a form a button does
		// nothing by itself, so the missing type changes nothing; our own forms are covered by
		// the browser tests of their pages.
		'no-implicit-button-type': 'off',
		// Starlight sets CSS custom properties in `style` attributes (`--sl-icon-size`,
		// `--depth`); the Content-Security-Policy allows style attributes for that reason only
		// (src/config/security.ts).
		'no-inline-style': 'off',
		// Starlight's "On this page" links to `#_top`. HTML allows any id without spaces; the
		// strict form of the rule also demands ids that start with a letter.
		'valid-id': ['error', { relaxed: true }],
		// Starlight renders the table of contents twice (narrow and wide screens), both named
		// "On this page"; CSS shows one at a time, which this static check cannot see. axe, in
		// the browser, checks the landmarks a person actually meets (tests/a11y/pages.spec.ts).
		'unique-landmark': 'off',
		// `role="list"` on a list styled without bullets is deliberate: Safari and VoiceOver drop
		// the list semantics of such lists otherwise.
		'no-redundant-role': 'off',
		// A wide table sits in a scrolling `<div role="region" tabindex="0">` named by its caption,
		// so keyboard users can scroll it (the pattern axe's `scrollable-region-focusable` asks
		// for). A `<section>` would add a document-outline section around every table.
		'prefer-native-element': ['error', { exclude: ['region'] }],
		// Titles are the page's heading plus " | WIN Toolkit". Written out in Italian, Spanish or
		// Bulgarian, a descriptive heading runs a little over the 70 characters the rule assumes.
		// The fill-in and aggregate pages add what the page does to the form's title, so they
		// run up to about 95 characters in Italian.
		'long-title': ['error', { maxlength: 100 }],
		// The answers of a "tick all that apply" question are check boxes sharing one name, as
		// radio buttons do: the form sends them as one list.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
	},
};
