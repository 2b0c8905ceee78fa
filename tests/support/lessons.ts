import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** What the browser tests need to know about a lesson, read straight from `content/lessons/`. */
export interface LessonFacts {
	id: string;
	scope: string;
	themes: string[];
	audiences: string[];
	title: Record<string, string>;
}

/** Every lesson file, as written (the tests compute what each view should show from these). */
export function readLessons(): LessonFacts[] {
	const dir = new URL('../../content/lessons/', import.meta.url);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(new URL(name, dir), 'utf8')) as Omit<LessonFacts, 'id'>) }));
}

/** The steps of the pathway in file order, with their titles per language. */
export function readPathway(): { id: string; title: Record<string, string> }[] {
	return parse(readFileSync(new URL('../../content/data/pathway.yaml', import.meta.url), 'utf8')) as { id: string; title: Record<string, string> }[];
}
