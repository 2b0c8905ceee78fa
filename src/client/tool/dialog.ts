/**
 * A question with two answers in the page's native `<dialog>` (focus moves into it, Escape
 * closes it, and focus returns to where it was): used before replacing or clearing answers.
 */
export function confirmDialog(dialog: HTMLDialogElement, text: string, yes: string, no: string): Promise<boolean> {
	const textEl = dialog.querySelector<HTMLElement>('[data-confirm-text]')!;
	const yesButton = dialog.querySelector<HTMLButtonElement>('[data-confirm-yes]')!;
	const noButton = dialog.querySelector<HTMLButtonElement>('[data-confirm-no]')!;
	textEl.textContent = text;
	yesButton.textContent = yes;
	noButton.textContent = no;
	const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
	return new Promise((resolve) => {
		dialog.addEventListener(
			'close',
			() => {
				resolve(dialog.returnValue === 'yes');
				before?.focus();
			},
			{ once: true },
		);
		dialog.returnValue = '';
		dialog.showModal();
		// The safe answer has the focus first.
		noButton.focus();
	});
}
