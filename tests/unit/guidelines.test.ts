import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stepFromSlug, stepPath } from '../../src/lib/guidelines/steps.ts';
import { pathwayStepIds } from '../../src/schemas/pathway.ts';
import { languages, langPrefix } from '../../src/config/locales.ts';
import { fill } from '../../src/lib/i18n/fill.ts';

describe('step pages', () => {
	it('know their step from their address', () => {
		expect(stepFromSlug('guidelines/assess')).toBe('assess');
		expect(stepFromSlug('bg/guidelines/co-design-pip')).toBe('co-design-pip');
		expect(stepFromSlug('it/guidelines/monitor.mdx')).toBe('monitor');
		expect(stepFromSlug('guidelines')).toBeUndefined();
		expect(stepFromSlug('guidelines/index')).toBeUndefined();
		expect(stepFromSlug('guidelines/evaluate')).toBeUndefined();
		expect(stepFromSlug('lessons/assess')).toBeUndefined();
	});

	it('have addresses per language', () => {
		expect(stepPath('', 'assess')).toBe('/guidelines/assess/');
		expect(stepPath('/bg')).toBe('/bg/guidelines/');
	});

	it('exist for every step in every language, titled as in the pathway file', () => {
		const pathway = parse(readFileSync('content/data/pathway.yaml', 'utf8')) as { id: string; title: Record<string, string> }[];
		for (const lang of languages) {
			const dir = `content/docs${langPrefix(lang)}/guidelines`;
			const pages = readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
			expect(pages.sort(), dir).toEqual(['index', ...pathwayStepIds].sort());
			for (const step of pathway) {
				const title = /^title: (.*)$/m.exec(readFileSync(`${dir}/${step.id}.mdx`, 'utf8'))?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
				expect(title, `${dir}/${step.id}.mdx`).toBe(step.title[lang]);
			}
		}
	});
});

describe('UI string placeholders', () => {
	it('fill named values and leave unknown ones visible', () => {
		expect(fill('Step {number} of {total}', { number: 2, total: 8 })).toBe('Step 2 of 8');
		expect(fill('Стъпка {number} от {total}', { number: '2' })).toBe('Стъпка 2 от {total}');
	});
});
