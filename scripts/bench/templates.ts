/**
 * Bench part "templates": per template and language, the time to generate the blank PDF and to
 * fill and read back its first example, and the PDF's size, flagged over the 150 KB budget.
 */
import { templates } from '../../templates/index.ts';
import { languages } from '../../src/config/locales.ts';
import { loadFonts } from '../../src/lib/pdf/node-fonts.ts';
import { generateTemplatePdf } from '../../src/lib/pdf/generate.ts';
import { fillTemplatePdf } from '../../src/lib/pdf/fill.ts';
import { readTemplatePdf } from '../../src/lib/pdf/read.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import type { BenchTable } from './_shared.ts';

/** Size budget of one template PDF, in bytes. */
export const budget = 150 * 1024;
const runs = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const times: number[] = [];
	let value!: T;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = await run();
		times.push(performance.now() - start);
	}
	return { ms: median(times), value };
}

const part = {
	description: `Template PDFs: median of ${runs} runs; budget ${budget / 1024} KB per PDF`,
	columns: ['template', 'lang', 'generate ms', 'KB', 'budget', 'fill+read ms', 'filled KB'],
	async run() {
		const fonts = await loadFonts();
		const rows: string[][] = [];
		let over = 0;
		for (const def of templates) {
			for (const lang of languages) {
				const blank = await timed(() => generateTemplatePdf(def, lang, { fonts, strings: pdfStrings(lang) }));
				const example = def.examples[0]!;
				const roundTrip = await timed(async () => {
					const filled = await fillTemplatePdf(blank.value, def, example.values);
					await readTemplatePdf(filled, templates);
					return filled;
				});
				const overBudget = blank.value.length > budget;
				if (overBudget) over++;
				rows.push([def.id, lang, blank.ms.toFixed(0), (blank.value.length / 1024).toFixed(1), overBudget ? 'OVER' : 'ok', roundTrip.ms.toFixed(0), (roundTrip.value.length / 1024).toFixed(1)]);
			}
		}
		return { rows, failed: over > 0 ? `${over} PDF(s) over ${budget / 1024} KB` : undefined };
	},
};

export const title = 'Template PDFs: generation time and size';

/** The bench runner's entry: one table; sets a failing exit code when a PDF is over budget. */
export async function run(): Promise<BenchTable[]> {
	const { rows, failed } = await part.run();
	if (failed) process.exitCode = 1;
	return [{ caption: part.description, columns: part.columns, rows, notes: failed ? [failed] : undefined }];
}


