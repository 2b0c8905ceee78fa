/**
 * The part of the fill-in page that needs the template definitions and the PDF library, loaded
 * when the person first downloads or opens a PDF (see src/client/filler.ts):
 * - "Download PDF": checks the answers with the reader's own schema; on problems shows GOV.UK's
 *   error summary (focus moves to it, each link moves focus to its field) and a message at each
 *   field; otherwise fills the site's blank PDF of this page's language and downloads it;
 * - "Open a filled PDF": reads it, recognises its template from the metadata, asks before
 *   replacing typed answers, carries the answers over field by field and lists what it could not.
 *
 * The blank PDF is fetched once, from the site itself; its embedded font draws the answers.
 */
import { templates } from '../../../templates/index.ts';
import { allFields, type Field, type TemplateDefinition } from '../../../templates/schema.ts';
import { entriesFromRecord, fieldErrorMessage, recordFromEntries, validateRecord, type FieldError } from '../../lib/templates/form-values.ts';
import { fillTemplatePdf, UnsupportedCharactersError } from '../../lib/pdf/fill.ts';
import { readFilledPdf, PdfReadError } from '../../lib/pdf/read.ts';
import { cellLabel } from '../../lib/templates/form-values.ts';
import { filledPdfName } from '../../lib/templates/files.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { ToolConfig } from '../tool/config.ts';
import { clearErrors, describeBy, markTitle, readEntries, writeEntries } from '../tool/form-dom.ts';
import { confirmDialog } from '../tool/dialog.ts';

export interface FillerContext {
	config: ToolConfig;
	t: Translate;
	form: HTMLFormElement;
	dialog: HTMLDialogElement;
	openResult: HTMLElement;
	say(text: string): void;
	hasAnswers(): boolean;
	/** tells the page the answers changed (draft, attendance) */
	changed(): void;
}

const definition = (id: string): TemplateDefinition => templates.find((d) => d.id === id)!;

let blank: Promise<Uint8Array> | undefined;
/** The blank PDF of the page's language, fetched once. */
function blankPdf(url: string): Promise<Uint8Array> {
	blank ??= fetch(url).then(async (response) => {
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return new Uint8Array(await response.arrayBuffer());
	});
	blank.catch(() => (blank = undefined));
	return blank;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
	const el = Object.assign(document.createElement(tag), props);
	el.append(...children);
	return el;
};

/** Shows the error summary and a message at each field, then moves focus to the summary. */
function showErrors(ctx: FillerContext, def: TemplateDefinition, errors: readonly FieldError[], focus = true): void {
	const { t, config } = ctx;
	clearErrors(document);
	const summary = document.querySelector<HTMLElement>('[data-error-summary]')!;
	const list = element('ul');
	for (const error of errors) {
		const message = fieldErrorMessage(def, error, config.lang, t);
		const link = element('a', { href: `#${error.target}`, textContent: message });
		link.addEventListener('click', (event) => {
			event.preventDefault();
			const target = document.getElementById(error.target);
			if (!target) return;
			// The question (label or legend) in view, not only the control.
			const question = target.closest('.cell')?.querySelector('label') ?? document.getElementById(`field-${error.field}`)?.querySelector('legend, label');
			target.focus({ preventScroll: true });
			(question ?? target).scrollIntoView({ block: 'start' });
		});
		list.append(element('li', {}, link));

		const id = `${error.target}-error`;
		const inline = element('p', { className: 'error-message', id }, element('span', { className: 'sr-only', textContent: `${t('filler.errors.prefix')} ` }), message);
		const wrapper = document.getElementById(`field-${error.field}`);
		if (error.cell) {
			const cell = document.getElementById(error.target)?.closest<HTMLElement>('.cell');
			cell?.querySelector('label')?.after(inline);
			cell?.classList.add('has-error');
		} else if (wrapper) {
			wrapper.querySelector(':scope > .hint')?.after(inline);
			wrapper.classList.add('has-error');
		}
		const target = document.getElementById(error.target);
		if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox') && wrapper instanceof HTMLFieldSetElement && !error.cell) {
			describeBy(wrapper, id);
		} else if (target) {
			describeBy(target, id);
			target.setAttribute('aria-invalid', 'true');
		}
	}
	const alert = element('div', {}, element('h2', { textContent: t('filler.errors.title') }), list);
	alert.setAttribute('role', 'alert');
	summary.replaceChildren(alert);
	summary.hidden = false;
	markTitle(t('filler.errors.prefix'));
	if (focus) summary.focus();
}

/** Fetches the blank PDF ahead of the first download (the person has started to fill in). */
export function prepare(ctx: FillerContext): void {
	blankPdf(ctx.config.pdf).catch(() => undefined);
}

/** Checks the answers; fills and downloads the PDF when they are all right. */
export async function download(ctx: FillerContext): Promise<void> {
	const { config, t, form } = ctx;
	const def = definition(config.template);
	const record = recordFromEntries(def, readEntries(form));
	const errors = validateRecord(def, record);
	if (errors.length) {
		showErrors(ctx, def, errors);
		return;
	}
	clearErrors(document);
	ctx.say(t('filler.form.downloading'));
	let bytes: Uint8Array;
	try {
		bytes = await fillTemplatePdf(await blankPdf(config.pdf), def, record);
	} catch (error) {
		if (error instanceof UnsupportedCharactersError) {
			ctx.say(t('filler.form.downloadFailed', { reason: error.characters.join(' ') }));
			return;
		}
		throw error;
	}
	const name = filledPdfName(def.id, record, new Date());
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
	const link = element('a', { href: url, download: name, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by now; the bytes are let go a little later.
	window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
	ctx.say(t('filler.form.downloaded', { file: name }));
}

const textKinds = new Set<Field['kind']>(['text', 'textarea', 'number']);

/** The visible name of a dropped answer: its field's label (or a cell's), else its PDF name. */
function droppedName(def: TemplateDefinition, name: string, fieldId: string | undefined, lang: ToolConfig['lang'], t: Translate): string {
	const field = allFields(def).find((f) => f.id === fieldId);
	if (!field) return name;
	if (field.kind === 'table') {
		const [, row, column] = name.split('.');
		if (row && column) return cellLabel(field, row, column, lang, t);
	}
	return field.label[lang];
}

/** Opens a filled PDF into the form (asking first if the person has typed answers). */
export async function open(ctx: FillerContext, file: File): Promise<void> {
	const { config, t, form, openResult } = ctx;
	const def = definition(config.template);
	const show = (problem: boolean, ...children: (Node | string)[]) => {
		openResult.classList.toggle('problem', problem);
		openResult.replaceChildren(...children);
		openResult.hidden = false;
		openResult.focus();
	};
	ctx.say(t('filler.form.loading'));
	let read: Awaited<ReturnType<typeof readFilledPdf>>;
	try {
		read = await readFilledPdf(new Uint8Array(await file.arrayBuffer()), templates);
	} catch (error) {
		ctx.say('');
		if (error instanceof PdfReadError) {
			show(true, element('p', { textContent: t(`filler.file.${error.problem}`, { file: file.name, id: error.templateId ?? '' }) }));
			return;
		}
		throw error;
	}
	ctx.say('');
	if (read.template.id !== def.id) {
		const other = config.templates[read.template.id]!;
		show(
			true,
			element('p', { textContent: t('filler.open.otherTemplate', { file: file.name, title: other.title }) }),
			element('p', {}, element('a', { href: other.fill, textContent: t('filler.open.otherTemplateLink', { title: other.title }) })),
		);
		return;
	}
	if (ctx.hasAnswers() && !(await confirmDialog(ctx.dialog, t('filler.open.replace', { file: file.name }), t('filler.open.replaceConfirm'), t('filler.open.keep')))) {
		show(false, element('p', { textContent: t('filler.open.kept', { file: file.name }) }));
		return;
	}

	// Answers that did not fit: text put back where the field still takes text (so nothing the
	// person wrote is lost, and the check below marks it); everything else listed.
	const entries = entriesFromRecord(def, read.record);
	const putBack = new Set<string>();
	const listed: string[] = [];
	for (const d of read.dropped) {
		const field = allFields(def).find((f) => f.id === d.field);
		const name = droppedName(def, d.name, d.field, config.lang, t);
		const column = field?.kind === 'table' ? field.columns.find((c) => c.id === d.name.split('.')[2]) : undefined;
		if (field && (textKinds.has(field.kind) || (field.kind === 'table' && column?.kind !== 'date'))) {
			entries.push([d.name, d.value]);
			putBack.add(field.id);
		} else listed.push(t(d.reason === 'unknown-field' ? 'filler.open.droppedUnknown' : 'filler.open.droppedInvalid', { name, value: d.value }));
	}
	clearErrors(document);
	form.reset();
	writeEntries(form, entries);
	ctx.changed();

	const answered = Object.values(read.record).filter((v) => v !== undefined && v !== false).length;
	const parts: Node[] = [element('p', { textContent: t('filler.open.done', { file: file.name, count: answered }) })];
	if (read.version !== 'same') {
		parts.push(element('p', { textContent: t(read.version === 'older' ? 'filler.open.older' : 'filler.open.newer', { file: file.name, from: read.stamp.version, to: def.version }) }));
	}
	if (read.stamp.lang !== config.lang && config.languageNames[read.stamp.lang]) {
		parts.push(element('p', { textContent: t('filler.open.language', { language: config.languageNames[read.stamp.lang]! }) }));
	}
	if (listed.length) parts.push(element('p', { textContent: t('filler.open.dropped') }), element('ul', {}, ...listed.map((text) => element('li', { textContent: text }))));
	if (putBack.size) {
		parts.push(element('p', { textContent: t('filler.open.check') }));
		const errors = validateRecord(def, recordFromEntries(def, readEntries(form))).filter((e) => putBack.has(e.field));
		if (errors.length) showErrors(ctx, def, errors, false);
	}
	show(false, ...parts);
}
