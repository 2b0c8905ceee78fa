import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, describeIssues } from './errors.ts';

/**
 * Reads a YAML or JSON list of entries and validates each against `schema`.
 * Every problem in the file is reported at once, each naming the entry and the field.
 *
 * @param file path shown in messages (relative to the project root)
 * @param source the file's text
 * @param checkList optional check of the whole list once every entry is valid (order,
 *   completeness); returns one sentence per problem
 * @throws ContentError listing every problem found
 */
export function parseEntries<S extends z.ZodType<{ id: string }>>(
	file: string,
	source: string,
	schema: S,
	checkList?: (entries: z.output<S>[]) => string[],
): z.output<S>[] {
	let raw: unknown;
	try {
		raw = file.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
	} catch (error) {
		throw new ContentError(file, [`cannot be read: ${(error as Error).message.split('\n')[0]}`]);
	}
	if (!Array.isArray(raw)) {
		throw new ContentError(file, ['expected a list of entries, each starting with `- id: …`']);
	}
	const problems: string[] = [];
	const entries: z.output<S>[] = [];
	const seen = new Set<string>();
	raw.forEach((item, index) => {
		const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : undefined;
		const label = id ? `entry "${id}"` : `entry ${index + 1}`;
		const result = schema.safeParse(item);
		if (!result.success) {
			problems.push(...describeIssues(result.error, label));
			return;
		}
		if (seen.has(result.data.id)) {
			problems.push(`${label}: the id "${result.data.id}" is used twice; each entry needs its own`);
		}
		seen.add(result.data.id);
		entries.push(result.data);
	});
	if (!problems.length && checkList) problems.push(...checkList(entries));
	if (problems.length) throw new ContentError(file, problems);
	return entries;
}

/** One file of a folder of entries: its path (for messages) and its text. */
export interface EntryFile {
	file: string;
	source: string;
}

/**
 * Reads a folder of YAML or JSON files holding one entry each (`content/lessons/<id>.yaml`).
 * The file name is the entry's id: a file may leave `id` out, and an `id` that differs from the
 * file name is an error. Every problem in every file is reported at once, each naming the file
 * and the field.
 *
 * @param dir the folder, for messages (relative to the project root)
 * @param files the files of the folder
 * @throws ContentError listing every problem found
 */
export function parseEntryFiles<S extends z.ZodType<{ id: string }>>(dir: string, files: readonly EntryFile[], schema: S): z.output<S>[] {
	const problems: string[] = [];
	const entries: z.output<S>[] = [];
	for (const { file, source } of files) {
		const id = file.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/, '');
		let raw: unknown;
		try {
			raw = file.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
		} catch (error) {
			problems.push(`${file}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
			continue;
		}
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			problems.push(`${file}: expected one entry (fields such as \`kind: lesson\`), not ${Array.isArray(raw) ? 'a list' : 'a single value'}`);
			continue;
		}
		if ('id' in raw && raw.id !== id) {
			problems.push(`${file}, field \`id\`: must be the file name "${id}"; got ${JSON.stringify(raw.id)} (or leave \`id\` out)`);
			continue;
		}
		const result = schema.safeParse({ ...raw, id });
		if (!result.success) {
			problems.push(...describeIssues(result.error, file));
			continue;
		}
		entries.push(result.data);
	}
	if (problems.length) throw new ContentError(dir, problems);
	return entries;
}
