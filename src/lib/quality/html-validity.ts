import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

/** One html-validate error, located in a page. */
export interface HtmlProblem {
	page: string;
	line: number;
	column: number;
	rule: string;
	message: string;
}

/**
 * Validates pages against a configuration (and nothing else: configuration files lying around
 * are ignored, so the result depends on `config` only).
 *
 * @param pages page name → its HTML
 */
export function validatePages(pages: Iterable<[name: string, html: string]>, config: ConfigData): HtmlProblem[] {
	const validator = new HtmlValidate(new StaticConfigLoader(config));
	const problems: HtmlProblem[] = [];
	for (const [name, html] of pages) {
		const report = validator.validateStringSync(html, `${name}.html`);
		for (const result of report.results) {
			for (const m of result.messages) {
				if (m.severity < 2) continue;
				problems.push({ page: name, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
			}
		}
	}
	return problems;
}

/** A failure report: one line per error, grouped by page. */
export function formatHtmlProblems(problems: readonly HtmlProblem[]): string {
	const byPage = new Map<string, HtmlProblem[]>();
	for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
	return [...byPage]
		.map(([page, list]) => `${page}\n${list.map((p) => `  ${p.line}:${p.column}  ${p.rule}  ${p.message}`).join('\n')}`)
		.join('\n');
}
