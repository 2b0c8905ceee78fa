/**
 * The template registry: every definition, validated, in the order the pathway uses them.
 * Importing this module validates all definitions; a broken one throws a `ContentError` that
 * names the template, the field and the language, and so stops the build.
 */
import { parseTemplate, templateIds, type TemplateDefinition, type TemplateId } from './schema.ts';
import consent from './consent/definition.ts';
import skillsAssessment from './skills-assessment/definition.ts';
import pip from './pip/definition.ts';
import courseSatisfaction from './course-satisfaction/definition.ts';
import beneficiarySatisfaction from './beneficiary-satisfaction/definition.ts';
import stakeholderSatisfaction from './stakeholder-satisfaction/definition.ts';

export { templateIds, type TemplateId, type TemplateDefinition };

/** Every template, in pathway order. */
export const templates: readonly TemplateDefinition[] = [
	consent,
	skillsAssessment,
	pip,
	courseSatisfaction,
	beneficiarySatisfaction,
	stakeholderSatisfaction,
].map(parseTemplate);

const missing = templateIds.filter((id) => !templates.some((t) => t.id === id));
if (missing.length) throw new Error(`templates/index.ts: no definition registered for ${missing.join(', ')}`);

/**
 * One template by id.
 * @throws Error when no template has that id
 */
export function getTemplate(id: string): TemplateDefinition {
	const template = templates.find((t) => t.id === id);
	if (!template) throw new Error(`No template "${id}": expected one of ${templateIds.join(', ')}`);
	return template;
}
