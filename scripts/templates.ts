/**
 * Writes every template PDF (or some) to a folder, outside the site build: for partners who
 * print the forms or share them by e-mail.
 *
 *   npm run templates -- --out DIR [--id pip] [--lang bg]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { templates } from '../templates/index.ts';
import { isLang, languages } from '../src/config/locales.ts';
import { loadFonts } from '../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../src/lib/pdf/generate.ts';
import { pdfStrings } from '../src/lib/templates/strings.ts';
import { pdfFileName } from '../src/lib/templates/files.ts';

const usage = 'Usage: npm run templates -- --out DIR [--id TEMPLATE] [--lang en|it|es|bg]';
const { values } = parseArgs({ options: { out: { type: 'string' }, id: { type: 'string', multiple: true }, lang: { type: 'string', multiple: true }, help: { type: 'boolean' } } });
if (values.help || !values.out) {
	console.log(usage);
	process.exit(values.help ? 0 : 1);
}
const ids = values.id ?? templates.map((t) => t.id);
const langs = values.lang ?? [...languages];
for (const id of ids) if (!templates.some((t) => t.id === id)) throw new Error(`No template "${id}": expected one of ${templates.map((t) => t.id).join(', ')}`);
for (const lang of langs) if (!isLang(lang)) throw new Error(`No language "${lang}": expected one of ${languages.join(', ')}`);

const out = resolve(values.out);
await mkdir(out, { recursive: true });
const fonts = await loadFonts();
for (const def of templates.filter((t) => ids.includes(t.id))) {
	for (const lang of langs.filter(isLang)) {
		const pdf = await generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) });
		const file = join(out, pdfFileName(def.id, lang));
		await writeFile(file, pdf);
		console.log(`${file}  ${(pdf.length / 1024).toFixed(1)} KB  (${def.id} ${def.version}, ${lang})`);
	}
}
