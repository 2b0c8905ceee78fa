/**
 * The step a guidelines page is about, read from its address, with its place in the pathway.
 * Shared by the step header and footer. Kept next to the components because it reads Astro's
 * route data.
 */
import { getPathwayStep } from '../../content.ts';
import { stepFromSlug } from '../../lib/guidelines/steps.ts';
import { ContentError } from '../../lib/errors.ts';
import { langPrefix, toLang } from '../../config/locales.ts';
import { pathwayStepIds } from '../../schemas/pathway.ts';

type Route = App.Locals['starlightRoute'];

export async function stepContext(route: Route) {
	const lang = toLang(route.lang);
	const page = route.entry.filePath ?? route.id;
	const id = stepFromSlug(route.id);
	if (!id) {
		throw new ContentError(page, [
			`uses a step component, but it is not a step page: step pages are content/docs/guidelines/<step>.mdx with <step> one of ${pathwayStepIds.join(', ')}`,
		]);
	}
	const context = await getPathwayStep(id);
	// A page not yet translated is shown in English (Starlight's fallback): check it against the English title.
	const title = context.step.title[route.isFallback ? 'en' : lang];
	if (route.entry.data.title !== title) {
		throw new ContentError(page, [
			`field \`title\`: must be the step's title in content/data/pathway.yaml, "${title}"; got "${route.entry.data.title}" (change one of the two)`,
		]);
	}
	return { ...context, lang, prefix: langPrefix(lang) };
}
