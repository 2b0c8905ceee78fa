/**
 * Prints the translation status of every language: pages missing, pages whose English original
 * changed after the translation was last updated (from git history), and UI string keys missing.
 *
 * Exit status 1 when a translated page has no English original or a UI key is missing; missing
 * and outdated pages are reported but allowed (Starlight shows the English page meanwhile).
 *
 * usage: npm run i18n:status [-- --json] [-- --root DIR]
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { translationReport } from '../src/loaders/translation-status.ts';
import { languageNames } from '../src/schemas/common.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const report = await translationReport(pathToFileURL(resolve(values.root) + '/'));

if (values.json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	console.log(`\nTranslation status (${report.englishPages} English pages${report.historyAvailable ? '' : '; no git history, so "outdated" cannot be told'})\n`);
	const rows = report.languages.map((l) => [
		`${languageNames[l.lang]} (${l.lang})`,
		String(l.pages.length - l.missing.length),
		String(l.missing.length),
		String(l.outdated.length),
		String(l.orphans.length),
		String(l.missingKeys.length),
	]);
	const head = ['language', 'translated', 'missing', 'outdated', 'no English original', 'UI keys missing'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	for (const l of report.languages) {
		const lists: [string, string[]][] = [
			['missing', l.missing],
			['outdated (English changed since)', l.outdated],
			['no English original (remove or rename)', l.orphans],
			['UI keys missing', l.missingKeys],
		];
		for (const [label, items] of lists) {
			if (items.length) console.log(`\n${languageNames[l.lang]}, ${label}:\n${items.map((i) => `  - ${i}`).join('\n')}`);
		}
	}
	if (report.avoidedTerms.length) {
		console.log('\nWords the terminology (content/data/terminology.yaml) says to avoid:');
		for (const t of report.avoidedTerms) console.log(`  - ${t.file}:${t.line}: "${t.word}"; use "${t.use}"`);
	}
	console.log('');
}

const failed = report.languages.filter((l) => l.orphans.length || l.missingKeys.length);
if (failed.length) {
	console.error(`i18n:status: ${failed.map((l) => languageNames[l.lang]).join(', ')}: a page without English original or a missing UI key (listed above).`);
	process.exit(1);
}
