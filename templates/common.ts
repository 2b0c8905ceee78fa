/**
 * Fields several templates share, so they keep one id and one wording everywhere
 * (the aggregator joins forms on them).
 */
import type { FieldInput } from './schema.ts';

/** The woman's case code: a pseudonym, never her name. */
export function caseCodeField(required = true): FieldInput {
	return {
		id: 'case-code',
		kind: 'text',
		maxLength: 40,
		required,
		privacy: 'sensitive',
		label: { en: 'Case code', it: 'Codice del caso', es: 'Código del caso', bg: 'Код на случая' },
		help: {
			en: 'The code your organisation gives the case. Never write her name here.',
			it: 'Il codice che la vostra organizzazione assegna al caso. Non scrivete mai qui il suo nome.',
			es: 'El código que vuestra entidad asigna al caso. No escribáis nunca aquí su nombre.',
			bg: 'Кодът, който организацията ви дава на случая. Никога не пишете тук името ѝ.',
		},
	};
}

/** The country where the form is used. */
export function countryField(): FieldInput {
	return {
		id: 'country',
		kind: 'choice',
		required: true,
		privacy: 'aggregate',
		label: { en: 'Country', it: 'Paese', es: 'País', bg: 'Държава' },
		help: {
			en: 'The country where the service takes place.',
			it: 'Il paese in cui si svolge il servizio.',
			es: 'El país donde se presta el servicio.',
			bg: 'Държавата, в която се предоставя услугата.',
		},
		options: [
			{ id: 'it', label: { en: 'Italy', it: 'Italia', es: 'Italia', bg: 'Италия' } },
			{ id: 'es', label: { en: 'Spain', it: 'Spagna', es: 'España', bg: 'Испания' } },
			{ id: 'bg', label: { en: 'Bulgaria', it: 'Bulgaria', es: 'Bulgaria', bg: 'България' } },
			{ id: 'other', label: { en: 'Other', it: 'Altro', es: 'Otro', bg: 'Друга' } },
		],
	};
}

/** The organisation that uses the form. */
export function organisationField(): FieldInput {
	return {
		id: 'organisation',
		kind: 'text',
		maxLength: 120,
		privacy: 'aggregate',
		label: { en: 'Organisation', it: 'Organizzazione', es: 'Entidad', bg: 'Организация' },
		help: {
			en: 'The organisation that runs the service.',
			it: "L'organizzazione che gestisce il servizio.",
			es: 'La entidad que presta el servicio.',
			bg: 'Организацията, която предоставя услугата.',
		},
	};
}
