/**
 * The fill-in page in the browser (src/components/templates/FillPage.astro). This first script
 * is small: it works out the course attendance as the person types, keeps a draft only when the
 * person asks for one, clears everything, and hands the rest (checking the answers, making the
 * PDF, reopening a PDF) to `filler/engine.ts`, which it loads with the PDF library when the
 * person first downloads or opens a PDF. After that, nothing is fetched again.
 *
 * Nothing is sent anywhere, and nothing is stored unless "keep a draft on this device" is on.
 */
import { readConfig, size, translator } from './tool/config.ts';
import { wireDropZone } from './tool/drop-zone.ts';
import { clearErrors, hasAnswers, readEntries, writeEntries } from './tool/form-dom.ts';
import { confirmDialog } from './tool/dialog.ts';
import { attendance, attendanceFields } from '../lib/templates/attendance.ts';
import { parseNumber } from '../lib/templates/typed-text.ts';
import type { FillerContext } from './filler/engine.ts';

const config = readConfig();
const form = document.querySelector<HTMLFormElement>('form[data-filler-form]');

if (config && form) {
	const t = translator(config);
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	const dialog = document.querySelector<HTMLDialogElement>('dialog[data-confirm]')!;
	const openResult = document.querySelector<HTMLElement>('[data-open-result]')!;
	const keepDraft = form.querySelector<HTMLInputElement>('[data-keep-draft]')!;
	const draftKey = `win-toolkit:draft:${config.template}`;
	const say = (text: string) => {
		// A change of text is what a screen reader announces: empty first, so the same message twice is heard twice.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = text));
	};

	// Attendance of the course survey, worked out as the person types and announced politely.
	const attendanceOut = form.querySelector<HTMLElement>('[data-attendance]');
	const updateAttendance = () => {
		if (!attendanceOut) return;
		const values = attendanceFields.map((name) => {
			const input = form.elements.namedItem(name);
			const text = input instanceof HTMLInputElement ? input.value.trim() : '';
			return text ? parseNumber(text) : undefined;
		});
		let text = t('filler.attendance.waiting');
		if (values.every((v) => typeof v === 'number')) {
			const [sessionsHeld, sessionsAttended, threshold] = values as number[];
			try {
				const result = attendance({ sessionsHeld: sessionsHeld!, sessionsAttended: sessionsAttended!, threshold: threshold! });
				const percent = (n: number) => new Intl.NumberFormat(config.lang, { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
				text = t(result.thresholdMet ? 'filler.attendance.met' : 'filler.attendance.notMet', { share: percent(result.share), threshold: percent(threshold!) });
			} catch {
				text = t('filler.attendance.invalid');
			}
		} else if (values.some((v) => typeof v === 'string')) text = t('filler.attendance.invalid');
		if (attendanceOut.textContent !== text) attendanceOut.textContent = text;
	};

	// The draft: only when asked for, in this browser's localStorage, under one key per template.
	const storage = (): Storage | undefined => {
		try {
			return window.localStorage;
		} catch {
			return undefined;
		}
	};
	let saveTimer: number | undefined;
	const saveDraft = () => {
		window.clearTimeout(saveTimer);
		saveTimer = undefined;
		if (!keepDraft.checked) return;
		try {
			storage()!.setItem(draftKey, JSON.stringify({ template: config.template, version: config.version, savedAt: new Date().toISOString(), entries: readEntries(form) }));
		} catch {
			keepDraft.checked = false;
			say(t('filler.draft.failed'));
		}
	};
	const removeDraft = () => {
		window.clearTimeout(saveTimer);
		saveTimer = undefined;
		try {
			storage()?.removeItem(draftKey);
		} catch {
			// nothing stored, nothing to remove
		}
	};
	try {
		const saved = storage()?.getItem(draftKey);
		if (saved) {
			const draft = JSON.parse(saved) as { savedAt: string; entries: [string, string][] };
			writeEntries(form, draft.entries);
			keepDraft.checked = true;
			const time = new Intl.DateTimeFormat(config.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(draft.savedAt));
			say(t('filler.draft.restored', { time }));
		}
	} catch {
		// A draft that cannot be read is left alone; the form starts empty.
	}
	keepDraft.addEventListener('change', () => {
		if (keepDraft.checked) {
			saveDraft();
			if (keepDraft.checked) say(t('filler.draft.saved'));
		} else {
			removeDraft();
			say(t('filler.draft.removed'));
		}
	});
	const changed = (event: Event) => {
		if (event.target === keepDraft) return;
		updateAttendance();
		if (keepDraft.checked) {
			window.clearTimeout(saveTimer);
			saveTimer = window.setTimeout(saveDraft, 400);
		}
	};
	form.addEventListener('input', changed);
	form.addEventListener('change', changed);
	// A pending save is not lost when the person leaves the page.
	window.addEventListener('pagehide', () => saveTimer !== undefined && saveDraft());
	updateAttendance();

	// The rest loads when first needed.
	let engine: Promise<typeof import('./filler/engine.ts')> | undefined;
	const context: FillerContext = {
		config,
		t,
		form,
		dialog,
		openResult,
		say,
		hasAnswers: () => hasAnswers(form),
		changed: () => form.dispatchEvent(new Event('input', { bubbles: true })),
	};
	const load = () => (engine ??= import('./filler/engine.ts'));
	// Once the person starts to fill in, the PDF tools and the blank PDF are fetched, so that
	// "Download PDF" does not wait for them. A visit that only reads the form loads neither.
	form.addEventListener(
		'input',
		() => {
			load()
				.then((e) => e.prepare(context))
				.catch(() => undefined);
		},
		{ once: true },
	);

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
		if (button.disabled) return;
		button.disabled = true;
		try {
			await (await load()).download(context);
		} catch (error) {
			say(t('filler.form.downloadFailed', { reason: error instanceof Error ? error.message : String(error) }));
		} finally {
			button.disabled = false;
		}
	});

	form.querySelector('[data-clear]')!.addEventListener('click', async () => {
		if (!(await confirmDialog(dialog, t('filler.form.clearConfirm'), t('filler.form.clearYes'), t('filler.form.cancel')))) return;
		form.reset();
		writeEntries(form, []);
		removeDraft();
		keepDraft.checked = false;
		clearErrors(document);
		openResult.hidden = true;
		openResult.replaceChildren();
		updateAttendance();
		say(t('filler.form.cleared'));
	});

	const showOpenProblem = (text: string) => {
		openResult.classList.add('problem');
		openResult.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
		openResult.hidden = false;
		openResult.focus();
	};
	const input = document.querySelector<HTMLInputElement>('#open-pdf');
	if (input) {
		wireDropZone(input, async (files) => {
			if (files.length > 1) return showOpenProblem(t('filler.open.oneFile', { count: files.length }));
			const file = files[0]!;
			if (file.size > config.maxBytes) return showOpenProblem(t('filler.file.tooBig', { file: file.name, size: size(file.size, config.lang), limit: size(config.maxBytes, config.lang) }));
			try {
				await (await load()).open(context, file);
			} catch (error) {
				showOpenProblem(`${t('filler.file.failed', { file: file.name })} ${error instanceof Error ? error.message : ''}`);
			}
		});
	}
}
