/**
 * A drop zone around a native file input (src/components/templates/DropZone.astro): the input
 * serves keyboards and screen readers, dropping files on the zone does the same. Files dropped
 * anywhere else on the page are ignored, so a near miss never makes the browser open the file
 * in place of the page (and lose what the person typed).
 */
export function wireDropZone(input: HTMLInputElement, onFiles: (files: File[]) => void): void {
	const zone = input.closest<HTMLElement>('[data-drop-zone]');
	input.addEventListener('change', () => {
		const files = [...(input.files ?? [])];
		// Cleared, so choosing the same file again is a change too.
		input.value = '';
		if (files.length) onFiles(files);
	});
	const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
	window.addEventListener('dragover', (event) => {
		if (!hasFiles(event)) return;
		event.preventDefault();
		if (event.dataTransfer) event.dataTransfer.dropEffect = zone?.contains(event.target as Node) ? 'copy' : 'none';
	});
	window.addEventListener('drop', (event) => {
		if (hasFiles(event)) event.preventDefault();
	});
	if (!zone) return;
	zone.addEventListener('dragenter', (event) => {
		if (hasFiles(event)) zone.classList.add('dragging');
	});
	zone.addEventListener('dragleave', (event) => {
		if (!zone.contains(event.relatedTarget as Node | null)) zone.classList.remove('dragging');
	});
	zone.addEventListener('drop', (event) => {
		zone.classList.remove('dragging');
		const files = [...(event.dataTransfer?.files ?? [])];
		if (files.length) onFiles(files);
	});
}
