import { z } from 'zod';
import { countryCode, localizedText, slugId, text } from './common.ts';

/** One organisation of the WIN consortium, as the source document lists it. */
export const partnerSchema = z.strictObject({
	id: slugId.describe('Stable identifier used in links and references, e.g. `amiga`.'),
	name: text('the full legal name').describe('Full name as the organisation writes it.'),
	shortName: text('the short name, such as AMIGA').describe('Acronym used across the site.'),
	city: text('the city').describe('City of the office named in the source document.'),
	country: countryCode.describe('ISO code of the country where the partner works.'),
	coordinator: z
		.boolean({ error: 'expected true or false' })
		.describe('True for the one partner that coordinated the project.'),
	role: localizedText('role in the project').describe('What the partner did in WIN, one sentence.'),
	website: z
		.url({ protocol: /^https$/, error: 'expected a web address starting with https://' })
		.describe('Home page.'),
	email: z.email({ error: 'expected an e-mail address such as info@example.org' }),
	phone: z
		.string({ error: 'expected a phone number in international form, such as +39 02 9710 12 07' })
		.regex(/^\+\d[\d ]{6,}$/, { error: 'expected a phone number in international form, such as +39 02 9710 12 07' }),
});
export type PartnerInput = z.input<typeof partnerSchema>;
export type Partner = z.output<typeof partnerSchema>;
