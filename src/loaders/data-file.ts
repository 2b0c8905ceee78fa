import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { parseEntries, parseEntryFiles } from '../lib/data-file.ts';

/**
 * Loads a list of entries from one YAML or JSON file in `content/`, validated by `schema`.
 * A bad file stops the build with a message naming the file, the entry and the field.
 */
export function dataFile<S extends z.ZodType<{ id: string }>>(
	path: string,
	schema: S,
	options: { checkList?: (entries: z.output<S>[]) => string[] } = {},
): Loader {
	return {
		name: 'win-data-file',
		schema,
		async load({ store, config, generateDigest, watcher, logger }) {
			const url = new URL(path, config.root);
			const file = relative(fileURLToPath(config.root), fileURLToPath(url));
			const sync = async () => {
				const entries = parseEntries(file, await readFile(url, 'utf8'), schema, options.checkList);
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

/**
 * Loads a folder of YAML or JSON files in `content/`, one entry per file, the file name being the
 * entry's id (e.g. `content/lessons/<id>.yaml`), each validated by `schema`. A bad file stops the
 * build with a message naming the file and the field.
 */
export function dataDir<S extends z.ZodType<{ id: string }>>(path: string, schema: S): Loader {
	return {
		name: 'win-data-dir',
		schema,
		async load({ store, config, generateDigest, watcher, logger }) {
			const url = new URL(path.endsWith('/') ? path : `${path}/`, config.root);
			const dir = relative(fileURLToPath(config.root), fileURLToPath(url));
			const sync = async () => {
				const names = (await readdir(url)).filter((n) => /\.(ya?ml|json)$/.test(n) && !n.startsWith('_')).sort();
				const files = await Promise.all(
					names.map(async (name) => ({ file: `${dir}/${name}`, source: await readFile(new URL(name, url), 'utf8') })),
				);
				const entries = parseEntryFiles(dir, files, schema);
				const fileOf = new Map(names.map((name) => [name.replace(/\.(ya?ml|json)$/, ''), `${dir}/${name}`]));
				store.clear();
				for (const data of entries) {
					store.set({ id: data.id, data, filePath: fileOf.get(data.id), digest: generateDigest(data) });
				}
			};
			await sync();
			watcher?.add(fileURLToPath(url));
			watcher?.on('all', (_event, changed) => {
				if (changed.startsWith(fileURLToPath(url))) sync().catch((error: Error) => logger.error(error.message));
			});
		},
	};
}
