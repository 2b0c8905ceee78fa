/**
 * Measures what the toolkit makes, and prints a table per part. Figures, not pass or fail
 * (a part may flag a budget it exceeds; the command then exits with 1).
 *
 *   npm run bench              every part
 *   npm run bench -- templates only the named parts
 *
 * To add a part: write scripts/bench/<name>.ts exporting a `BenchPart`, and list it below.
 */
import { templatesBench } from './bench/templates.ts';
import type { BenchPart } from './bench/types.ts';

const parts: BenchPart[] = [templatesBench];

function table(columns: string[], rows: string[][]): string {
	const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (/^[\d.]+$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
	return [line(columns), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !parts.some((p) => p.name === w));
if (unknown.length) {
	console.error(`Unknown bench part ${unknown.join(', ')}: expected ${parts.map((p) => p.name).join(', ')}`);
	process.exit(2);
}
let failed = false;
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
for (const part of parts.filter((p) => wanted.length === 0 || wanted.includes(p.name))) {
	const result = await part.run();
	console.log(`\n## ${part.name}: ${part.description}\n\n${table(part.columns, result.rows)}`);
	if (result.failed) {
		console.log(`\n${part.name}: ${result.failed}`);
		failed = true;
	}
}
process.exit(failed ? 1 : 0);
