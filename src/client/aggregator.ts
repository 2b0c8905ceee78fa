/**
 * The aggregate page in the browser (src/components/templates/AggregatePage.astro). This first
 * script only takes the files (picker or drop); reading and adding them up is
 * `aggregator/engine.ts`, loaded with the PDF library when the first files come in. Files are
 * read in the browser, one at a time; nothing is sent anywhere or stored.
 */
import { readConfig, translator } from './tool/config.ts';
import { wireDropZone } from './tool/drop-zone.ts';

const config = readConfig();
const root = document.querySelector<HTMLElement>('[data-aggregator]');
const input = document.querySelector<HTMLInputElement>('#survey-files');

if (config && root && input) {
	const t = translator(config);
	const progress = root.querySelector<HTMLElement>('[data-progress]')!;
	let engine: Promise<typeof import('./aggregator/engine.ts')> | undefined;
	const load = () => (engine ??= import('./aggregator/engine.ts'));
	let queue = Promise.resolve();
	// Files dropped while others are still being read wait their turn.
	wireDropZone(input, (files) => {
		queue = queue.then(async () => {
			progress.textContent = t('filler.form.loading');
			try {
				await (await load()).addFiles({ config, t, root }, files);
			} catch (error) {
				progress.textContent = error instanceof Error ? error.message : String(error);
			}
		});
	});
	root.querySelector('[data-download-csv]')?.addEventListener('click', async () => (await load()).downloadCsv({ config, t, root }));
	root.querySelector('[data-restart]')?.addEventListener('click', async () => (await load()).restart({ config, t, root }));
}
