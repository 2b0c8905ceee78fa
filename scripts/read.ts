/**
 * Reads a filled template PDF and prints its answers as JSON: the command line twin of "Open a
 * filled PDF" on the fill-in pages, with the same reader (src/lib/pdf/read.ts). The template is
 * recognised from the PDF's metadata; answers made with another version of the template are
 * carried over field by field, and those that do not fit are listed under `dropped`.
 *
 *   npm run read -- FILE.pdf
 *
 * Exit code 0 when the file was read, 1 when it cannot be read (the message names the file and
 * the problem), 2 for wrong arguments.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { templates } from '../templates/index.ts';
import { PdfReadError, readFilledPdf } from '../src/lib/pdf/read.ts';
import { maxFileBytes } from '../src/lib/surveys/collect.ts';

const usage = `Usage: npm run read -- FILE.pdf

Prints the answers of a filled WIN Toolkit form as JSON: the template id, the version and
language of the PDF, the answers, and any answers that could not be carried over ("dropped").`;

function fail(message: string, code: number): never {
	console.error(message);
	process.exit(code);
}

let args: ReturnType<typeof parseArgs<{ options: { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
try {
	args = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
}
if (args.values.help) {
	console.log(usage);
	process.exit(0);
}
if (args.positionals.length !== 1) fail(`${args.positionals.length === 0 ? 'No file given.' : 'One file at a time.'}\n\n${usage}`, 2);
const file = args.positionals[0]!;

let size: number;
try {
	const info = await stat(file);
	if (!info.isFile()) fail(`${file}: not a file.`, 1);
	size = info.size;
} catch (error) {
	fail(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file.' : String(error)}`, 1);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
if (size > maxFileBytes) fail(`${file}: ${mb(size)}, larger than the limit of ${mb(maxFileBytes)}. It was not read.`, 1);

try {
	const read = await readFilledPdf(new Uint8Array(await readFile(file)), templates);
	const out = {
		file,
		template: read.template.id,
		version: read.stamp.version,
		lang: read.stamp.lang,
		currentVersion: read.template.version,
		record: read.record,
		dropped: read.dropped,
	};
	console.log(JSON.stringify(out, null, 2));
	if (read.version !== 'same') console.error(`${file}: made with version ${read.stamp.version} of "${read.template.id}"; the current version is ${read.template.version}. Answers were carried over field by field.`);
	if (read.dropped.length) console.error(`${file}: ${read.dropped.length} answer(s) could not be carried over; see "dropped".`);
} catch (error) {
	if (error instanceof PdfReadError) fail(`${file}: cannot be read (${error.problem}). ${error.message}`, 1);
	throw error;
}
