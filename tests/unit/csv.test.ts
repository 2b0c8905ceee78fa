import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/data/csv.ts';

describe('CSV writer', () => {
	it('quotes only the fields that need it (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('she said "yes"')).toBe('"she said ""yes"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\r')).toBe('"cr\r"');
		expect(csvField(' padded')).toBe('" padded"');
		expect(csvField('Кирилица, ñ, à')).toBe('"Кирилица, ñ, à"');
	});

	it('writes numbers plainly with a dot, never in a language format', () => {
		expect(csvField(42.86)).toBe('42.86');
		expect(csvField(0)).toBe('0');
		expect(csvField(93.3)).toBe('93.3');
		expect(() => csvField(Number.NaN)).toThrow(/leave the cell empty/);
		expect(() => csvField(Infinity)).toThrow();
	});

	it('leaves gaps empty, never 0', () => {
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(toCsv(['share', 'status'], [{ share: null, status: 'not-asked' }])).toBe('share,status\r\n,not-asked\r\n');
	});

	it('writes booleans as true and false', () => {
		expect(csvField(true)).toBe('true');
		expect(csvField(false)).toBe('false');
	});

	it('guards text that a spreadsheet would run as a formula, not numbers', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('+39 02')).toBe("'+39 02");
		expect(csvField('@home, now')).toBe('"\'@home, now"');
		expect(csvField(-3)).toBe('-3');
		expect(csvField('=1', false)).toBe('=1');
	});

	it('writes a header row, rows in column order, CRLF line ends and a final line end', () => {
		const csv = toCsv(['country', 'share'], [
			{ share: 42.86, country: 'ES' },
			{ country: 'BG' },
		]);
		expect(csv).toBe('country,share\r\nES,42.86\r\nBG,\r\n');
	});

	it('adds a byte order mark only when asked', () => {
		expect(toCsv(['a'], []).startsWith(BOM)).toBe(false);
		const withBom = toCsv(['a'], [{ a: 1 }], { bom: true });
		expect(withBom.charCodeAt(0)).toBe(0xfeff);
		expect(withBom.slice(1)).toBe('a\r\n1\r\n');
	});

	it('rejects a value for a column that does not exist, and duplicate columns', () => {
		expect(() => toCsv(['country'], [{ country: 'IT', shrae: 3 }])).toThrow('row 1 has a value for "shrae", which is not a column (country)');
		expect(() => toCsv(['a', 'a'], [])).toThrow('unique');
	});
});
