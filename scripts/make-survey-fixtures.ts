/**
 * Writes tests/fixtures/surveys/: filled beneficiary surveys whose answers add up to a table of
 * the source's results (Spain, halfway through the plans: 21 women), as five filled PDFs in the
 * four languages and one summary CSV of the other sixteen, made by the current code. The unit
 * tests and the browser tests of the aggregate page read them. Run it again only when the
 * survey template's major version changes.
 *
 *   npm run fixtures:surveys
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { getTemplate } from '../templates/index.ts';
import { loadFonts } from '../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../src/lib/pdf/fill.ts';
import { pdfStrings } from '../src/lib/templates/strings.ts';
import { SurveyTally } from '../src/lib/surveys/aggregate.ts';
import { dataset } from '../tests/support/datasets.ts';
import { surveyFixtures } from '../tests/support/surveys.ts';

const dir = new URL('../tests/fixtures/surveys/', import.meta.url);
await mkdir(dir, { recursive: true });
const def = getTemplate('beneficiary-satisfaction');
const spain = dataset('satisfaction-halfway').find((e) => e.country === 'ES')!;
const { pdfs, summary } = surveyFixtures(spain);
const fonts = await loadFonts();
const blanks = new Map<string, Uint8Array>();
for (const { name, lang, record } of pdfs) {
	if (!blanks.has(lang)) blanks.set(lang, await generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) }));
	await writeFile(new URL(name, dir), await fillTemplatePdf(blanks.get(lang)!, def, record));
	console.log(`tests/fixtures/surveys/${name}`);
}
const tally = new SurveyTally(def);
for (const record of summary.records) tally.addRecord(record);
await writeFile(new URL(summary.name, dir), tally.csv());
console.log(`tests/fixtures/surveys/${summary.name}`);
