import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, describeIssues } from './errors.ts';

/**
 * Reads a YAML or JSON list of entries and validates each against `schema`.
 * Every problem in the file is reported at once, each naming the entry and the field.
 *
 * @param file path shown in messages (relative to the project root)
 * @param source the file's text
 * @throws ContentError listing every problem found
 */
export function parseEntries<S extends z.ZodType<{ id: string }>>(
	file: string,
	source: string,
	schema: S,
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
	if (problems.length) throw new ContentError(file, problems);
	return entries;
}
