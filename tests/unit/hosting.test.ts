import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers.ts';
import { notFoundPageFor } from '../../src/lib/hosting/not-found.ts';

describe('_headers', () => {
	const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/templates/*
  Cache-Control: public, max-age=3600
  Referrer-Policy: same-origin
`);

	it('applies every matching block, later values winning', () => {
		expect(headersFor(rules, '/templates/pip/')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'same-origin',
			'Cache-Control': 'public, max-age=3600',
		});
		expect(headersFor(rules, '/about/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
	});

	it('names the line of a header outside any path', () => {
		expect(() => parseHeadersFile('/*\n  Good: yes\n  bad line')).toThrow('_headers line 3: expected "  Name: value" under a path; got "bad line"');
		expect(() => parseHeadersFile('  X: y')).toThrow('_headers line 1');
	});
});

describe('404 page per language', () => {
	it('picks the language from the path prefix', () => {
		expect(notFoundPageFor('/bg/nyama/')).toBe('/bg/404.html');
		expect(notFoundPageFor('/it')).toBe('/it/404.html');
		expect(notFoundPageFor('/es/a/b/c')).toBe('/es/404.html');
		expect(notFoundPageFor('/italy/')).toBe('/404.html');
		expect(notFoundPageFor('/nope')).toBe('/404.html');
	});
});
