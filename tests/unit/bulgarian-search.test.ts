import { describe, expect, it } from 'vitest';
import { stemBulgarian, stemBulgarianQuery } from '../../src/lib/search/bulgarian.ts';

/** Pagefind matches a query word as a prefix: a query finds a word when the word starts with its stem. */
const finds = (query: string, word: string) => word.toLocaleLowerCase('bg').startsWith(stemBulgarian(query));

describe('Bulgarian query stemming', () => {
	it.each([
		['жилищата', 'жилище'],
		['жилища', 'жилище'],
		['курсовете', 'курс'],
		['курсът', 'курсове'],
		['градините', 'градина'],
		['участниците', 'участнички'],
		['участничките', 'участник'],
		['работодателите', 'работодател'],
		['обученията', 'обучение'],
		['организациите', 'организация'],
		['жените', 'жена'],
		['стажовете', 'стаж'],
		['мигрантките', 'мигрант'],
		['документите', 'документ'],
		['психологическата', 'психологическа'],
		['езиковите', 'езиков'],
		['образците', 'образец'],
		['обученията', 'обучение'],
		['услугата', 'услуги'],
	])('"%s" finds "%s"', (query, word) => {
		expect(finds(query, word)).toBe(true);
	});

	it('does not cut short words or words in other scripts', () => {
		expect(stemBulgarian('ЕС')).toBe('ес');
		expect(stemBulgarian('жена')).toBe('жена');
		expect(stemBulgarian('PIP')).toBe('pip');
		expect(stemBulgarian('courses')).toBe('courses');
	});

	it('keeps at least three letters', () => {
		for (const word of ['стаята', 'нивата', 'идеите']) expect(stemBulgarian(word).length).toBeGreaterThanOrEqual(3);
	});

	it('stems each word of a query and keeps the spaces', () => {
		expect(stemBulgarianQuery('жилищата  курсовете')).toBe('жилищ  курс');
	});

	it('does not make unrelated words match', () => {
		expect(finds('жилищата', 'живот')).toBe(false);
		expect(finds('курсовете', 'кураж')).toBe(false);
	});
});
