// Types the site's own UI strings against English: `Astro.locals.t('partners.website')` is
// checked by `astro check`, and a key that English lacks is a type error.
declare namespace StarlightApp {
	type SiteStrings = typeof import('../content/i18n/en/site.json') &
		typeof import('../content/i18n/en/nav.json') &
		typeof import('../content/i18n/en/translation.json') &
		typeof import('../content/i18n/en/lessons.json') &
		typeof import('../content/i18n/en/guidelines.json') &
		typeof import('../content/i18n/en/templates.json') &
		typeof import('../content/i18n/en/filler.json') &
		typeof import('../content/i18n/en/data.json') &
		typeof import('../content/i18n/en/what-win-did.json') &
		typeof import('../content/i18n/en/safety.json') &
		typeof import('../content/i18n/en/glossary.json') &
		typeof import('../content/i18n/en/countries.json') &
		typeof import('../content/i18n/en/seo.json');
	interface I18n extends SiteStrings {}
}
