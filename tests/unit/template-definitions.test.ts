/**
 * Template definitions: the schema reports broken definitions for their authors (template,
 * field, language), and the real definitions keep the contracts other parts rely on.
 */
import { describe, expect, it } from 'vitest';
import { templates, templateIds, getTemplate } from '../../templates/index.ts';
import { allFields, hasOptions, optionsOf, parseTemplate, isKind, recordSchema, type TemplateInput } from '../../templates/schema.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { answerScales, beneficiaryOpenQuestions, beneficiaryQuestions, stakeholderSectors } from '../../src/schemas/surveys.ts';
import { pathwayStepIds } from '../../src/schemas/pathway.ts';
import { formFontCharacters } from '../../src/lib/pdf/font-ranges.ts';
import { languages } from '../../src/config/locales.ts';
import { pdfStrings } from '../../src/lib/templates/strings.ts';
import { pdfFieldNames } from '../../src/lib/pdf/names.ts';
import consent from '../../templates/consent/definition.ts';

/** A copy of a real definition with `edit` applied. */
function broken(edit: (def: TemplateInput & { sections: { fields: Record<string, unknown>[] }[] }) => void): unknown {
	const copy = structuredClone(consent) as TemplateInput & { sections: { fields: Record<string, unknown>[] }[] };
	edit(copy);
	return copy;
}

function problems(raw: unknown): string[] {
	try {
		parseTemplate(raw);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain('template "consent" (templates/consent/definition.ts)');
		return [...(error as ContentError).problems];
	}
	throw new Error('the broken definition was accepted');
}

describe('a broken definition is reported for its author', () => {
	it('a missing translation names the template, the field and the language', () => {
		const found = problems(broken((d) => delete (d.sections[1]!.fields[0]!.label as Record<string, string>).bg));
		expect(found).toEqual(['field "explained-what" (section "what"), `label.bg`, in Bulgarian: missing: expected the Bulgarian label']);
	});

	it('a missing help text in Italian names the field', () => {
		const found = problems(broken((d) => ((d.sections[0]!.fields[2]!.help as Record<string, string>).it = ' ')));
		expect(found).toEqual(['field "language-used" (section "about"), `help.it`, in Italian: is empty: expected the Italian help text']);
	});

	it('a field id used twice names the id and where else it is used', () => {
		const found = problems(broken((d) => (d.sections[2]!.fields[0]!.id = 'explained-what')));
		expect(found).toEqual(['field "explained-what" (section "why"), `id`: the field id "explained-what" is used twice (also in section "what"); each field needs its own']);
	});

	it('a version that is not semantic says what to write', () => {
		const found = problems(broken((d) => (d.version = 'v1')));
		expect(found).toEqual(['`version`: must be a semantic version such as 1.0.0; got the text "v1"']);
	});

	it('an unknown field kind lists the kinds', () => {
		const found = problems(broken((d) => ((d.sections[1]!.fields[0] as Record<string, unknown>).kind = 'signature')));
		expect(found[0]).toMatch(/^field "explained-what" \(section "what"\).*expected `kind` to be one of text, textarea, date, number, choice, multichoice, checkbox, rating, table; got the text "signature"/);
	});

	it('an example with a value the field does not accept names the example and the field', () => {
		const found = problems(broken((d) => ((d.examples[0]!.values as Record<string, unknown>)['consent-date'] = '20/01/2020')));
		expect(found).toEqual(['example "complete", value of "consent-date": expected a date written YYYY-MM-DD, such as 2021-07-01']);
	});

	it('a misspelt key is refused', () => {
		const found = problems(broken((d) => ((d.sections[1]!.fields[0] as Record<string, unknown>).requried = true)));
		expect(found[0]).toContain('field "explained-what" (section "what"): unknown key `requried`');
	});
});

describe('the templates', () => {
	it('are the six the toolkit publishes, each once', () => {
		expect(templates.map((t) => t.id).sort()).toEqual([...templateIds].sort());
		expect(getTemplate('pip').title.en).toBe('Personal Integration Plan (PIP)');
		expect(() => getTemplate('nope')).toThrow(/No template "nope"/);
	});

	it('sit on steps of the pathway', () => {
		for (const t of templates) for (const step of [t.step, ...t.alsoUsedIn]) expect(pathwayStepIds).toContain(step);
	});

	it('keep PDF field names unique within each template', () => {
		for (const t of templates) {
			const names = allFields(t).flatMap(pdfFieldNames);
			expect(new Set(names).size, t.id).toBe(names.length);
		}
	});

	it('name a woman only in identifying fields of consent or signature blocks', () => {
		for (const t of templates) {
			for (const f of allFields(t).filter((f) => f.privacy === 'identifying')) {
				expect(['consent', 'pip', 'stakeholder-satisfaction'], `${t.id}/${f.id}`).toContain(t.id);
				expect(f.id, `${t.id}/${f.id}`).toMatch(/-name$|^contact$/);
			}
			const code = allFields(t).find((f) => f.id === 'case-code');
			if (code) expect(code.privacy).toBe('sensitive');
		}
	});

	it('print only characters the form font has, in every language', () => {
		const font = new Set(formFontCharacters());
		const texts: string[] = [];
		for (const t of templates) {
			for (const lang of languages) {
				texts.push(t.title[lang], t.purpose[lang], ...t.sections.flatMap((s) => [s.title[lang], s.intro?.[lang] ?? '']));
				for (const f of allFields(t)) {
					texts.push(f.label[lang], f.help[lang]);
					if (hasOptions(f)) texts.push(...optionsOf(f).map((o) => o.label[lang]));
					if (isKind(f, 'table')) texts.push(...f.columns.map((c) => c.label[lang]), f.rowHeading?.[lang] ?? '');
				}
			}
		}
		for (const lang of languages) {
			const s = pdfStrings(lang);
			texts.push(s.page(1, 9), s.confidential, s.required, s.dateHint, s.version('x', '1.0.0'), s.continued);
		}
		const missing = new Set([...texts.join('')].filter((c) => !font.has(c)));
		expect([...missing]).toEqual([]);
	});
});

describe('the beneficiary survey matches the source document’s tables', () => {
	const survey = getTemplate('beneficiary-satisfaction');
	const fields = new Map(allFields(survey).map((f) => [f.id, f]));

	it('asks every reported question, with the shared id and the same scale', () => {
		for (const q of beneficiaryQuestions) {
			const field = fields.get(q.id);
			expect(field?.kind, q.id).toBe('rating');
			if (field?.kind === 'rating') expect(optionsOf(field).map((o) => o.id)).toEqual([...answerScales[q.scale]]);
		}
		for (const id of beneficiaryOpenQuestions) expect(fields.get(id)?.kind).toBe('textarea');
	});

	it('asks nothing else but stage, country, case code and date', () => {
		const shared = new Set<string>([...beneficiaryQuestions.map((q) => q.id), ...beneficiaryOpenQuestions]);
		expect([...fields.keys()].filter((id) => !shared.has(id))).toEqual(['stage', 'country', 'case-code', 'survey-date']);
		const stage = fields.get('stage');
		expect(stage && hasOptions(stage) ? optionsOf(stage).map((o) => o.id) : []).toEqual(['halfway', 'end']);
	});

	it('keeps "not asked" apart from "no answer": every service question may be left blank', () => {
		const schema = recordSchema(survey);
		expect(schema.safeParse({ stage: 'end', country: 'es', 'case-code': 'ES-1' }).success).toBe(true);
		expect(schema.safeParse({ stage: 'end', country: 'es', 'case-code': 'ES-1', 'service-training': 'no-response' }).success).toBe(true);
	});
});

it('the awareness-event survey offers exactly the shared stakeholder sectors', () => {
	const sector = allFields(getTemplate('stakeholder-satisfaction')).find((f) => f.id === 'sector')!;
	expect(hasOptions(sector) ? optionsOf(sector).map((o) => o.id) : []).toEqual([...stakeholderSectors]);
});
