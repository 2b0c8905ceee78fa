/**
 * Adds up filled surveys from a terminal: the command line twin of a survey's aggregate page,
 * with the same collector (src/lib/surveys/collect.ts), so every file gets the same verdict and
 * the summary CSV is the same file the page downloads. Takes filled PDFs and summary CSVs made
 * earlier; prints what happened to each file and the tables, and writes the summary with --out.
 *
 *   npm run aggregate -- FILE… [--out summary.csv] [--template ID]
 *
 * Without --template, the survey is that of the first file that is a readable survey.
 * Exit code 0 when at least one form was counted, 1 when none was, 2 for wrong arguments.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { templates } from '../templates/index.ts';
import { openFilledPdf } from '../src/lib/pdf/read.ts';
import { parseCsvRecords } from '../src/lib/data/csv.ts';
import { allColumn, isSurveyTemplate, surveyTemplateIds } from '../src/lib/surveys/aggregate.ts';
import { maxFileBytes, SurveyCollector, type FileOutcome, type FileSource } from '../src/lib/surveys/collect.ts';
import { getCell, type SurveyTable } from '../src/lib/surveys/table.ts';

const usage = `Usage: npm run aggregate -- FILE… [--out summary.csv] [--template ID]

Adds up filled survey PDFs (and summary CSVs downloaded from an aggregate page) into
tables per question, country and stage, like the aggregate page of the site.

  FILE…            filled PDFs or summary CSVs of one survey
  --out FILE       write the summary CSV there (the same file the page downloads)
  --template ID    the survey: ${surveyTemplateIds.join(', ')}
                   (by default, the survey of the first readable file)`;

function fail(message: string, code: number): never {
	console.error(message);
	process.exit(code);
}

const options = { out: { type: 'string' }, template: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
let args: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
	args = parseArgs({ options, allowPositionals: true });
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
}
if (args.values.help) {
	console.log(usage);
	process.exit(0);
}
const files = args.positionals;
if (files.length === 0) fail(`No files given.\n\n${usage}`, 2);
if (args.values.out !== undefined && !args.values.out.trim()) fail(`--out needs a file name.\n\n${usage}`, 2);
if (args.values.template !== undefined && !isSurveyTemplate(args.values.template)) {
	fail(`--template: "${args.values.template}" is not a survey. Expected one of ${surveyTemplateIds.join(', ')}.\n\n${usage}`, 2);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file as the collector reads it, or why it cannot be read at all. */
async function source(name: string): Promise<FileSource | string> {
	try {
		const info = await stat(name);
		return info.isFile() ? { name, size: info.size, bytes: async () => new Uint8Array(await readFile(name)) } : 'not a file';
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be opened (${(error as Error).message})`;
	}
}

const titleOf = (id: string) => templates.find((t) => t.id === id)?.title.en ?? id;

/** The template a file says it is (a filled PDF's stamp, a summary's first row), or why it says none. */
async function templateOf(file: FileSource | string): Promise<{ id: string } | { why: string }> {
	if (typeof file === 'string') return { why: file };
	if (file.size > maxFileBytes) return { why: `${mb(file.size)}, larger than the limit of ${mb(maxFileBytes)}; not read` };
	const bytes = await file.bytes();
	try {
		if (/\.csv$/i.test(file.name) || new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '').startsWith('template,')) {
			const id = parseCsvRecords(new TextDecoder().decode(bytes)).rows[0]?.template;
			return id ? { id } : { why: 'not a summary downloaded from an aggregate page' };
		}
		const { stamp, fields } = await openFilledPdf(bytes);
		return stamp ? { id: stamp.id } : { why: fields.size ? 'a PDF form, but not one made from a form of this site' : 'a PDF without form fields' };
	} catch (error) {
		return { why: error instanceof Error ? error.message : String(error) };
	}
}

// A list, not a map: the same file named twice is read twice, and reported as a duplicate.
const sources: [string, FileSource | string][] = [];
for (const name of files) sources.push([name, await source(name)]);

let templateId = args.values.template;
if (templateId === undefined) {
	const notSurveys: string[] = [];
	for (const [name, file] of sources) {
		const found = await templateOf(file);
		if ('id' in found && isSurveyTemplate(found.id)) {
			templateId = found.id;
			break;
		}
		notSurveys.push(`skipped    ${name}: ${'why' in found ? found.why : `a filled "${titleOf(found.id)}" (${found.id}), not a survey`}`);
	}
	if (templateId === undefined) {
		fail(`${notSurveys.join('\n')}\n\nNone of the files is a readable survey, so the survey cannot be told: name it with --template (${surveyTemplateIds.join(', ')}).`, 2);
	}
}
const def = templates.find((t) => t.id === templateId)!;

/** What happened to a file, in a line. */
function describe(outcome: FileOutcome, size: number): string {
	const file = outcome.file;
	switch (outcome.kind) {
		case 'counted':
			return `counted    ${file} (${outcome.lang}, version ${outcome.version})${outcome.dropped ? `: ${outcome.dropped} answer(s) did not fit this version and were left out` : ''}${outcome.sameAnswersAs !== undefined ? `: the same answers as ${outcome.sameAnswersAs}; this survey has no case code, so they may be two people` : ''}`;
		case 'summary':
			return `summary    ${file}: a summary of ${outcome.forms} form(s) added`;
		case 'duplicate-file':
			return `duplicate  ${file}: the same file as ${outcome.first}, counted once`;
		case 'duplicate-record':
			return `duplicate  ${file}: the same form as ${outcome.first} saved again, counted once`;
		case 'skipped': {
			const why =
				outcome.reason === 'too-big'
					? `${mb(size)}, larger than the limit of ${mb(maxFileBytes)}; not read`
					: outcome.reason === 'other-template'
						? `a filled "${titleOf(outcome.templateId!)}" (${outcome.templateId}), not this survey`
						: outcome.reason === 'incomplete'
							? `does not say ${outcome.fields!.join(' or ')}, so it cannot be counted`
							: outcome.reason === 'not-summary'
								? `not a summary of this survey (${outcome.detail})`
								: outcome.reason === 'empty'
									? 'the file is empty'
									: `${outcome.detail ?? outcome.reason}`;
			return `skipped    ${file}: ${why}`;
		}
	}
}

console.log(`${def.title.en} (${def.id} ${def.version})\n`);
const collector = new SurveyCollector(def, templates);
let skipped = 0;
for (const [name, file] of sources) {
	if (typeof file === 'string') {
		console.log(`skipped    ${name}: ${file}`);
		skipped++;
		continue;
	}
	const outcome = await collector.add(file);
	if (outcome.kind === 'skipped') skipped++;
	console.log(describe(outcome, file.size));
}
const { tally } = collector;
console.log(`\nForms counted: ${tally.forms}. Files read: ${files.length}${skipped ? `, skipped: ${skipped}` : ''}.`);
if (tally.forms === 0) fail('No survey was counted, so there is no summary.', 1);

/** A table as text: one row per question and answer, a column per country, shares with counts. */
function printTable(table: SurveyTable<string>) {
	const label = (id: string) => (id === allColumn ? 'all' : id);
	const header = ['question', 'answer', ...table.columns.map((c) => `${label(c.id)} (${c.respondents})`)];
	const rows: string[][] = [];
	for (const question of table.questions) {
		const cells = table.columns.map((c) => getCell(table, question, c.id));
		const answers = tally.questions.find((q) => q.id === question)!.scale.answers.filter((a) => cells.some((c) => c.answers.some((x) => x.answer === a)));
		if (answers.length === 0) {
			rows.push([question, '', ...cells.map(() => 'no answers')]);
			continue;
		}
		answers.forEach((answer, i) =>
			rows.push([
				i === 0 ? question : '',
				answer,
				...cells.map((cell) => {
					if (cell.status !== 'reported') return i === 0 ? 'no answers' : '';
					const found = cell.answers.find((x) => x.answer === answer);
					return found ? `${found.share}% (${found.count})` : '-';
				}),
			]),
		);
	}
	const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
	const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
	console.log(`\n${def.id}${table.stage ? `, ${table.stage}` : ''}: share of the forms that answered (count)`);
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
}
for (const table of tally.tables()) printTable(table);

if (args.values.out !== undefined) {
	await writeFile(args.values.out, tally.csv());
	console.log(`\nSummary written to ${args.values.out} (counts and shares only).`);
}
