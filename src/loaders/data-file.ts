import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { parseEntries } from '../lib/data-file.ts';

/**
 * Loads a list of entries from one YAML or JSON file in `content/`, validated by `schema`.
 * A bad file stops the build with a message naming the file, the entry and the field.
 */
export function dataFile<S extends z.ZodType<{ id: string }>>(path: string, schema: S): Loader {
	return {
		name: 'win-data-file',
		schema,
		async load({ store, config, generateDigest, watcher, logger }) {
			const url = new URL(path, config.root);
			const file = relative(fileURLToPath(config.root), fileURLToPath(url));
			const sync = async () => {
				const entries = parseEntries(file, await readFile(url, 'utf8'), schema);
				store.clear();
				for (const data of entries) {
					store.set({ id: data.id, data, filePath: file, digest: generateDigest(data) });
				}
			};
			await sync();
			watcher?.add(fileURLToPath(url));
			watcher?.on('change', (changed) => {
				if (changed === fileURLToPath(url)) {
					sync().catch((error: Error) => logger.error(error.message));
				}
			});
		},
	};
}
