/**
 * Checks the byte budgets of src/config/budgets.ts on every page of the built site in `dist/`:
 * the gzip bytes of its HTML, CSS and JS before the person acts. Prints the heaviest pages.
 *
 * usage: node scripts/check-budgets.ts [--dist dist]
 */
import { parseArgs } from 'node:util';
import { budgets } from '../src/config/budgets.ts';
import { languages, langPrefix } from '../src/config/locales.ts';
import { readBuiltSite } from '../src/lib/quality/dist.ts';
import { checkBudgets, pageWeight, type Weight } from '../src/lib/quality/weight.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const site = readBuiltSite(values.dist);
const read = (path: string) => {
	const file = decodeURIComponent(path).replace(/^\//, '');
	return site.files.has(file) ? site.read(file) : undefined;
};
const weights = new Map<string, Weight>();
for (const [file, path] of site.pages) weights.set(path, pageWeight(path, site.read(file), read));

const homeOf = (page: string) => {
	const lang = languages.find((l) => l !== 'en' && page.startsWith(`${langPrefix(l)}/`)) ?? 'en';
	return weights.get(`${langPrefix(lang)}/`);
};
const problems = checkBudgets(weights, budgets, homeOf);

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const heaviest = [...weights].sort(([, a], [, b]) => b.total - a.total).slice(0, 5);
console.log(`budgets: ${weights.size} pages; heaviest (KB gzip: html css js total):`);
for (const [page, w] of heaviest) console.log(`  ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.total)}  ${page}`);
if (problems.length > 0) {
	console.error(`\n${problems.length} page(s) over budget:\n${problems.map((p) => `  ${p.page}: ${p.reason}`).join('\n')}`);
	process.exit(1);
}
console.log('budgets: every page is within its budget');
