/**
 * `npm run bench`: runs the benchmark parts in scripts/bench/*.ts (files starting with `_` are
 * helpers) and prints their tables. Each part exports `title` and `run(context)`.
 *
 * usage: node scripts/bench.ts [part …]        e.g. node scripts/bench.ts pages lighthouse
 */
import { readdir } from 'node:fs/promises';
import { benchContext, printTable, saveResults, type BenchPart } from './bench/_shared.ts';

const dir = new URL('./bench/', import.meta.url);
const available = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).map((f) => f.slice(0, -3)).sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length) {
	console.error(`Unknown bench part(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
	process.exit(1);
}
// The build part goes first: the others measure what it built.
const order = (wanted.length ? wanted : available).sort((a, b) => Number(b === 'build') - Number(a === 'build'));
const context = benchContext();
const results: Record<string, unknown> = {};
try {
	for (const name of order) {
		const part = (await import(new URL(`${name}.ts`, dir).href)) as BenchPart;
		console.log(`\n## ${part.title}\n`);
		const started = performance.now();
		const tables = (await part.run(context)) ?? [];
		for (const table of tables) printTable(table);
		results[name] = tables;
		console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
	}
} finally {
	await context.close();
}
console.log(`\nSaved: ${await saveResults(results)}`);
