/**
 * Writes tests/fixtures/templates/: one filled PDF per template (its first example, each in a
 * different language), made by the current code. The reader must keep reading them after the
 * PDF code changes: run this again only when a template's major version changes.
 *
 *   npm run fixtures:templates
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { templates } from '../templates/index.ts';
import { languages } from '../src/config/locales.ts';
import { loadFonts } from '../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../src/lib/pdf/fill.ts';
import { pdfStrings } from '../src/lib/templates/strings.ts';

const dir = new URL('../tests/fixtures/templates/', import.meta.url);
await mkdir(dir, { recursive: true });
const fonts = await loadFonts();
for (const [i, def] of templates.entries()) {
	const lang = languages[i % languages.length]!;
	const example = def.examples[0]!;
	const blank = await generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) });
	const name = `${def.id}-${def.version}-${example.name}-${lang}.pdf`;
	await writeFile(new URL(name, dir), await fillTemplatePdf(blank, def, example.values));
	console.log(`tests/fixtures/templates/${name}`);
}
