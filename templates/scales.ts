/**
 * Fixed answer scales for `rating` fields, with their labels in every language.
 * The beneficiary survey's scales keep the shared ids of `src/schemas/surveys.ts`, so filled
 * surveys aggregate into the same table shape as the source document's results.
 */
import { answerScales } from '../src/schemas/surveys.ts';
import type { LocalizedText } from '../src/schemas/common.ts';

type Labels = Record<string, LocalizedText>;

const labels = {
	yes: { en: 'Yes', it: 'Sì', es: 'Sí', bg: 'Да' },
	partly: { en: 'Partly', it: 'In parte', es: 'En parte', bg: 'Отчасти' },
	no: { en: 'No', it: 'No', es: 'No', bg: 'Не' },
	all: { en: 'All of them', it: 'Tutti', es: 'Todos', bg: 'Всички' },
	some: { en: 'Some', it: 'Alcuni', es: 'Algunos', bg: 'Някои' },
	none: { en: 'None', it: 'Nessuno', es: 'Ninguno', bg: 'Нито една' },
	good: { en: 'Good', it: 'Buono', es: 'Buena', bg: 'Добро' },
	sufficient: { en: 'Sufficient', it: 'Sufficiente', es: 'Suficiente', bg: 'Задоволително' },
	insufficient: { en: 'Insufficient', it: 'Insufficiente', es: 'Insuficiente', bg: 'Незадоволително' },
	'no-response': { en: 'No answer', it: 'Nessuna risposta', es: 'Sin respuesta', bg: 'Без отговор' },
} satisfies Labels;

const pick = <const K extends readonly (keyof typeof labels)[]>(ids: K) => ids.map((id) => ({ id, label: labels[id] }));

/** Every scale a `rating` field may name, each as its options in order. */
export const scales = {
	yesPartly: pick(answerScales.yesPartly),
	goalsReached: pick(answerScales.goalsReached),
	satisfaction: pick(answerScales.satisfaction),
	yesNo: pick(answerScales.yesNo),
	/** How interesting an awareness event was. */
	interest: [
		{ id: 'very', label: { en: 'Very interesting', it: 'Molto interessante', es: 'Muy interesante', bg: 'Много интересно' } },
		{ id: 'quite', label: { en: 'Quite interesting', it: 'Abbastanza interessante', es: 'Bastante interesante', bg: 'Доста интересно' } },
		{ id: 'a-little', label: { en: 'A little', it: 'Poco', es: 'Poco', bg: 'Малко' } },
		{ id: 'not', label: { en: 'Not interesting', it: 'Per niente', es: 'Nada', bg: 'Не беше интересно' } },
	],
	/** How much a person knew about a subject. */
	knowledge: [
		{ id: 'none', label: { en: 'Nothing', it: 'Nulla', es: 'Nada', bg: 'Нищо' } },
		{ id: 'little', label: { en: 'A little', it: 'Poco', es: 'Poco', bg: 'Малко' } },
		{ id: 'some', label: { en: 'Fairly well', it: 'Abbastanza', es: 'Bastante', bg: 'Доста' } },
		{ id: 'good', label: { en: 'Well', it: 'Bene', es: 'Bien', bg: 'Добре' } },
	],
	/** Level in a language on the Common European Framework of Reference (CEFR), or none. */
	languageLevel: [
		{ id: 'none', label: { en: 'None', it: 'Nessuno', es: 'Ninguno', bg: 'Никакво' } },
		{ id: 'a1', label: { en: 'A1', it: 'A1', es: 'A1', bg: 'A1' } },
		{ id: 'a2', label: { en: 'A2', it: 'A2', es: 'A2', bg: 'A2' } },
		{ id: 'b1', label: { en: 'B1', it: 'B1', es: 'B1', bg: 'B1' } },
		{ id: 'b2', label: { en: 'B2', it: 'B2', es: 'B2', bg: 'B2' } },
		{ id: 'c1', label: { en: 'C1', it: 'C1', es: 'C1', bg: 'C1' } },
		{ id: 'c2', label: { en: 'C2', it: 'C2', es: 'C2', bg: 'C2' } },
	],
} as const satisfies Record<string, readonly { id: string; label: LocalizedText }[]>;

export type ScaleId = keyof typeof scales;
export const scaleIds = Object.keys(scales) as [ScaleId, ...ScaleId[]];
