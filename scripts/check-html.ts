/**
 * Validates every HTML page of the built site in `dist/` with html-validate, using the rules of
 * src/config/html-validate.ts. Any error fails.
 *
 * usage: node scripts/check-html.ts [--dist dist]
 */
import { parseArgs } from 'node:util';
import { htmlValidateConfig } from '../src/config/html-validate.ts';
import { readBuiltSite } from '../src/lib/quality/dist.ts';
import { formatHtmlProblems, validatePages } from '../src/lib/quality/html-validity.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const site = readBuiltSite(values.dist);
const started = performance.now();
const problems = validatePages(
	[...site.pages].map(([file, path]) => [path, site.read(file)] as [string, string]),
	htmlValidateConfig,
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`html: ${site.pages.size} pages validated in ${seconds} s`);
if (problems.length > 0) {
	console.error(`\n${problems.length} error(s):\n${formatHtmlProblems(problems)}`);
	process.exit(1);
}
console.log('html: no error');
