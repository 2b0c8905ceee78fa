import { z } from 'zod';
import { countryCode, localizedText, slugId } from './common.ts';

/** How strongly a country plays a role in trafficking, as the reports quoted in the source describe it. */
export const roleStrength = z.enum(['main', 'also', 'minor'], {
	error: (issue) => `expected main, also or minor; got ${JSON.stringify(issue.input)}`,
});

/** One of the three countries where WIN worked. */
export const countrySchema = z
	.strictObject({
		id: slugId.describe('Identifier used in URLs, e.g. `spain`.'),
		code: countryCode.describe('ISO 3166-1 alpha-2 code.'),
		name: localizedText('country name'),
		roles: z
			.strictObject({
				origin: roleStrength.optional(),
				transit: roleStrength.optional(),
				destination: roleStrength.optional(),
			})
			.describe('Role of the country for trafficked persons; a role left out does not apply.'),
		partners: z
			.array(slugId, { error: 'expected a list of partner identifiers, such as [amiga]' })
			.min(1, { error: 'must name at least one partner' })
			.describe('Identifiers of the partners that worked in this country.'),
	})
	.refine((c) => Object.values(c.roles).includes('main'), {
		error: 'roles: one role must be `main` (the role the reports put first)',
		path: ['roles'],
	});
export type CountryInput = z.input<typeof countrySchema>;
export type Country = z.output<typeof countrySchema>;
