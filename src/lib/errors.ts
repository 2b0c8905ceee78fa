import type { z } from 'zod';

/**
 * An error in a content file, written for the author who has to fix it: it names the file,
 * the entry, the field and what was expected.
 */
export class ContentError extends Error {
	readonly file: string;
	readonly problems: readonly string[];

	constructor(file: string, problems: readonly string[]) {
		super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
		this.file = file;
		this.problems = problems;
	}
}

/** Formats a path such as `['role', 'bg']` as `role.bg`, and list positions as `[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** One sentence per zod issue: `entry "amiga", field `role.bg`: missing: expected the Bulgarian role`. */
export function describeIssues(error: z.ZodError, entryLabel?: string): string[] {
	return error.issues.map((issue) => {
		const where = [entryLabel, issue.path.length ? `field \`${formatPath(issue.path)}\`` : undefined]
			.filter(Boolean)
			.join(', ');
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
			message = `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
		} else if (issue.code === 'invalid_value' && message.startsWith('Invalid option')) {
			// zod's default wording; schemas with their own message keep it
			message = `expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
		}
		return where ? `${where}: ${message}` : message;
	});
}
