/** Which step of the pathway a guidelines page is about, read from its address. */
import { pathwayStepIds, type PathwayStep } from '../../schemas/pathway.ts';

/**
 * The step of a page from its slug or id: `guidelines/assess`, `bg/guidelines/assess`,
 * `bg/guidelines/assess.mdx` → `assess`; anything that is not a step page → undefined.
 */
export function stepFromSlug(slug: string): PathwayStep | undefined {
	const match = /(?:^|\/)guidelines\/([a-z0-9-]+?)(?:\.mdx?)?\/?$/.exec(slug);
	const id = match?.[1];
	return (pathwayStepIds as readonly string[]).includes(id ?? '') ? (id as PathwayStep) : undefined;
}

/** The address of a step page (or of the overview) in a language: `/it/guidelines/assess/`. */
export function stepPath(prefix: string, id?: PathwayStep): string {
	return `${prefix}/guidelines/${id ? `${id}/` : ''}`;
}
