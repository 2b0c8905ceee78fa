/**
 * Reading and writing the controls of the online form, as the entries `form-values.ts` works
 * with (control name → value), and clearing the error marks of a check.
 */
import type { FormEntries } from '../../lib/templates/form-values.ts';

/** Every named control's value, as FormData gives it (unticked boxes left out). */
export function readEntries(form: HTMLFormElement): [string, string][] {
	return [...new FormData(form)].filter((pair): pair is [string, string] => typeof pair[1] === 'string');
}

/** Whether the person has answered anything (a blank radio button is no answer). */
export function hasAnswers(form: HTMLFormElement): boolean {
	return readEntries(form).some(([, value]) => value.trim() !== '');
}

/** Shows entries in the form: every control is set, those the entries leave out are emptied. */
export function writeEntries(form: HTMLFormElement, entries: FormEntries): void {
	const values = new Map<string, string[]>();
	for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
	for (const element of form.elements) {
		if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
		const given = values.get(element.name);
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			element.checked = given ? given.includes(element.value) : element.value === '' && element.type === 'radio';
		} else {
			element.value = given?.[0] ?? '';
		}
	}
}

/** Removes every error message, mark and the error summary of an earlier check. */
export function clearErrors(root: ParentNode): void {
	for (const message of root.querySelectorAll('.error-message')) message.remove();
	for (const el of root.querySelectorAll('.has-error')) el.classList.remove('has-error');
	for (const el of root.querySelectorAll<HTMLElement>('[aria-invalid]')) el.removeAttribute('aria-invalid');
	for (const el of root.querySelectorAll<HTMLElement>('[data-described]')) {
		el.setAttribute('aria-describedby', el.dataset.described!);
		if (!el.dataset.described) el.removeAttribute('aria-describedby');
		delete el.dataset.described;
	}
	const summary = root.querySelector<HTMLElement>('[data-error-summary]');
	if (summary) {
		summary.hidden = true;
		summary.replaceChildren();
	}
	if (titleWithoutErrors !== undefined) document.title = titleWithoutErrors;
	titleWithoutErrors = undefined;
}

let titleWithoutErrors: string | undefined;

/** Starts the page title with "Error:" while the form shows errors (GOV.UK's pattern), until {@link clearErrors}. */
export function markTitle(prefix: string): void {
	titleWithoutErrors ??= document.title;
	document.title = `${prefix} ${titleWithoutErrors}`;
}

/** Adds an id to an element's `aria-describedby`, remembering what it was so {@link clearErrors} can restore it. */
export function describeBy(el: HTMLElement, id: string): void {
	const current = el.getAttribute('aria-describedby') ?? '';
	if (el.dataset.described === undefined) el.dataset.described = current;
	el.setAttribute('aria-describedby', [id, ...current.split(/\s+/).filter(Boolean)].join(' '));
}
