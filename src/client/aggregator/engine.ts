/**
 * The aggregate page's work, loaded with the PDF library when the first files come in (see
 * src/client/aggregator.ts): reads the files one at a time with the same collector as
 * `npm run aggregate` (src/lib/surveys/collect.ts), yields to the browser between files so the
 * page stays responsive, reports progress in a polite live region and what happened to each
 * file, then draws the tables and charts and offers the summary as CSV.
 */
import { templates } from '../../../templates/index.ts';
import { SurveyCollector, type FileOutcome } from '../../lib/surveys/collect.ts';
import { aggregateBlocks } from '../../lib/surveys/aggregate-view.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { size, type ToolConfig } from '../tool/config.ts';
import { renderStackedChart, renderTable } from './render.ts';

export interface AggregatorContext {
	config: ToolConfig;
	t: Translate;
	root: HTMLElement;
}

let collector: SurveyCollector | undefined;
let filesRead = 0;

const definition = (id: string) => templates.find((d) => d.id === id)!;
const collectorFor = (config: ToolConfig) => (collector ??= new SurveyCollector(definition(config.template), templates, { maxBytes: config.maxBytes }));

/** Lets the browser draw and handle input between two files. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What happened to a file, in the page's language. */
export function outcomeText(outcome: FileOutcome, { config, t }: Pick<AggregatorContext, 'config' | 't'>, fileSize = 0): string {
	const file = outcome.file;
	switch (outcome.kind) {
		case 'counted':
			if (outcome.sameAnswersAs !== undefined) return t('filler.aggregate.sameAnswers', { file, first: outcome.sameAnswersAs });
			return outcome.dropped ? t('filler.aggregate.countedDropped', { file, count: outcome.dropped }) : t('filler.aggregate.counted', { file });
		case 'summary':
			return t('filler.aggregate.summaryAdded', { file, forms: outcome.forms });
		case 'duplicate-file':
			return t('filler.aggregate.duplicateFile', { file, first: outcome.first });
		case 'duplicate-record':
			return t('filler.aggregate.duplicateRecord', { file, first: outcome.first });
		case 'skipped':
			switch (outcome.reason) {
				case 'too-big':
					return t('filler.file.tooBig', { file, size: size(fileSize, config.lang), limit: size(config.maxBytes, config.lang) });
				case 'other-template':
					return t('filler.aggregate.otherTemplate', { file, title: config.templates[outcome.templateId!]?.title ?? outcome.templateId! });
				case 'incomplete': {
					const def = definition(config.template);
					const labels = (outcome.fields ?? []).map((id) => def.sections.flatMap((s) => s.fields).find((f) => f.id === id)?.label[config.lang] ?? id);
					return t('filler.aggregate.incomplete', { file, fields: new Intl.ListFormat(config.lang, { type: 'conjunction' }).format(labels.map((text) => t('filler.aggregate.quoted', { text }))) });
				}
				case 'not-summary':
					return t('filler.aggregate.notSummary', { file });
				default:
					return `${t(`filler.file.${outcome.reason}`, { file, id: outcome.templateId ?? '' })} ${t('filler.aggregate.skipped')}`;
			}
	}
}

function render(ctx: AggregatorContext): void {
	const { root, t, config } = ctx;
	const c = collectorFor(config);
	const results = root.querySelector<HTMLElement>('[data-results]')!;
	const summary = root.querySelector<HTMLElement>('[data-summary]')!;
	const formatted = (n: number) => new Intl.NumberFormat(config.lang).format(n);
	summary.textContent = c.tally.forms ? t('filler.aggregate.summary', { forms: formatted(c.tally.forms), files: formatted(filesRead) }) : t('filler.aggregate.none');
	const blocks = aggregateBlocks(c.tally, { lang: config.lang, t });
	results.replaceChildren(
		...blocks.flatMap((block) => [...block.charts.map((chart) => renderStackedChart(chart.id, chart.title, chart.description, chart.groups, chart.legend)), renderTable(block.table)]),
	);
	root.querySelector<HTMLElement>('[data-result-actions]')!.hidden = c.tally.forms === 0;
	root.querySelector<HTMLElement>('[data-csv-note]')!.hidden = c.tally.forms === 0;
}

/** Reads files one by one into the totals, then shows the tables. */
export async function addFiles(ctx: AggregatorContext, files: readonly File[]): Promise<void> {
	const { root, t, config } = ctx;
	const progress = root.querySelector<HTMLElement>('[data-progress]')!;
	const log = root.querySelector<HTMLElement>('[data-file-log]')!;
	const c = collectorFor(config);
	const formatted = (n: number) => new Intl.NumberFormat(config.lang).format(n);
	const notes: HTMLElement[] = [];
	let chosen = files;
	if (files.length > config.maxFiles) {
		chosen = files.slice(0, config.maxFiles);
		notes.push(Object.assign(document.createElement('li'), { className: 'skipped', textContent: t('filler.aggregate.tooMany', { count: formatted(files.length), max: formatted(config.maxFiles) }) }));
	}
	log.hidden = false;
	log.append(...notes);
	let announced = 0;
	let yielded = performance.now();
	// The list grows in batches, added each time the page gets its turn.
	let batch = document.createDocumentFragment();
	for (const [i, file] of chosen.entries()) {
		// Progress in the live region, at most about once a second so a screen reader is not flooded.
		const now = performance.now();
		if (i === 0 || now - announced > 1000) {
			progress.textContent = t('filler.aggregate.progress', { done: formatted(i + 1), total: formatted(chosen.length) });
			announced = now;
		}
		const outcome = await c.add({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
		filesRead++;
		const item = document.createElement('li');
		item.textContent = outcomeText(outcome, ctx, file.size);
		if (outcome.kind === 'skipped') item.className = 'skipped';
		batch.append(item);
		// The page gets its turn (drawing, typing, scrolling) every 50 ms or so: often enough to
		// stay responsive, rarely enough not to slow the reading down.
		if (performance.now() - yielded > 50) {
			log.append(batch);
			batch = document.createDocumentFragment();
			await yieldToBrowser();
			yielded = performance.now();
		}
	}
	log.append(batch);
	progress.textContent = t('filler.aggregate.summary', { forms: formatted(c.tally.forms), files: formatted(filesRead) });
	render(ctx);
}

/** Downloads the summary as CSV (counts and shares only). */
export function downloadCsv(ctx: AggregatorContext): void {
	const c = collectorFor(ctx.config);
	const today = new Date();
	const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
	const url = URL.createObjectURL(new Blob([c.tally.csv()], { type: 'text/csv;charset=utf-8' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: `win-${ctx.config.template}-summary-${day}.csv`, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Clears the totals and the list of files. */
export function restart(ctx: AggregatorContext): void {
	collector = undefined;
	filesRead = 0;
	const log = ctx.root.querySelector<HTMLElement>('[data-file-log]')!;
	log.replaceChildren();
	log.hidden = true;
	render(ctx);
	ctx.root.querySelector<HTMLElement>('[data-progress]')!.textContent = ctx.t('filler.aggregate.restarted');
}
