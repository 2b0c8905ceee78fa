import type { DatasetMeta } from '../../schemas/dataset.ts';
import { datasetIds } from '../../schemas/dataset.ts';

const partnerKeys = new Set(['partners', 'provider', 'providers', 'organiser', 'organisers']);

/**
 * Checks what a schema cannot see across files: every dataset has a catalog entry and a data
 * file; every section a dataset or entry cites is in content/data/source-sections.yaml and in the
 * dataset's own `sections`; every partner id is in content/data/partners.yaml.
 *
 * @returns one sentence per problem, naming the file, the entry and the field; empty when all is well
 */
export function checkDatasetReferences(input: {
	metas: readonly DatasetMeta[];
	sections: ReadonlySet<string>;
	partners: ReadonlySet<string>;
	entries: Readonly<Record<string, readonly { id: string }[]>>;
}): string[] {
	const problems: string[] = [];
	const metas = new Map(input.metas.map((m) => [m.id, m]));
	for (const id of datasetIds) {
		if (!metas.has(id)) problems.push(`content/data/datasets.yaml: no entry for the dataset "${id}"; add its title, description, sections and page`);
	}
	for (const meta of input.metas) {
		for (const section of meta.sections) {
			if (!input.sections.has(section)) problems.push(`content/data/datasets.yaml: entry "${meta.id}", field \`sections\`: section ${section} is not in content/data/source-sections.yaml`);
		}
		const entries = input.entries[meta.id];
		if (!entries) {
			problems.push(`content/data/${meta.id}.yaml: missing; the catalog lists the dataset "${meta.id}"`);
			continue;
		}
		if (entries.length === 0) problems.push(`content/data/${meta.id}.yaml: has no entries`);
		for (const entry of entries) {
			const where = `content/data/${meta.id}.yaml: entry "${entry.id}"`;
			for (const [key, value] of Object.entries(entry)) {
				if (key === 'section' && typeof value === 'string' && !meta.sections.includes(value)) {
					problems.push(`${where}, field \`section\`: ${value} is not among the dataset's sections in content/data/datasets.yaml (${meta.sections.join(', ')})`);
				}
				if (partnerKeys.has(key)) {
					for (const partner of Array.isArray(value) ? value : [value]) {
						if (typeof partner === 'string' && !input.partners.has(partner)) problems.push(`${where}, field \`${key}\`: no partner "${partner}" in content/data/partners.yaml`);
					}
				}
			}
		}
	}
	return problems;
}
