import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../src/config/sections.ts';
import { isNotFoundPath, ogImagePath, withSeoHead, type HeadEntry } from '../../src/lib/og/head.ts';
import { ogImageSvg, textWidth, wrapText, type OutlineFont } from '../../src/lib/og/image.ts';

const font = (weight: string) =>
	fontkit.create(readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`)) as unknown as OutlineFont;

describe('Open Graph images', () => {
	it('wraps text at spaces within the width, never cutting a word', () => {
		const measure = (t: string) => t.length * 10;
		expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('incomprehensibilities', 50, measure)).toEqual(['incomprehensibilities']);
	});

	it('draws Cyrillic as glyph outlines from the embedded font, so no installed font is needed', () => {
		const fonts = { regular: font('400Regular'), bold: font('700Bold') };
		expect(textWidth(fonts.bold, 'Резултати', 100)).toBeGreaterThan(300);
		const svg = ogImageSvg({ kicker: 'WIN Toolkit', title: 'Резултати и данни', subtitle: 'Насоки', fonts });
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
		expect(svg).not.toContain('<text');
		// one path per visible glyph: 10 + 15 + 6 letters without spaces
		expect(svg.match(/<path /g)).toHaveLength(10 + 15 + 6);
	});

	it('knows the section of a page from its path', () => {
		expect(sectionOf('/results/pip-summary/')).toBe('results');
		expect(sectionOf('/what-win-did/')).toBe('what-win-did');
		expect(sectionOf('/')).toBe('home');
		expect(sectionOf('/404.html')).toBe('home');
		expect(ogImagePath('bg', 'results')).toBe('/og/bg/results.png');
	});
});

describe('head for sharing and search engines', () => {
	const starlight: HeadEntry[] = [
		{ tag: 'title', content: 'Page' },
		{ tag: 'link', attrs: { rel: 'canonical', href: 'https://x.org/404/' } },
		{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'it', href: 'https://x.org/it/404/' } },
		{ tag: 'meta', attrs: { property: 'og:url', content: 'https://x.org/404/' } },
	];
	const options = { image: '/og/en/home.png', imageAlt: 'WIN Toolkit', site: new URL('https://x.org') };

	it('adds an absolute og:image with its size and alternative text to every page', () => {
		const head = withSeoHead(starlight, { ...options, path: '/about/' });
		expect(head.find((e) => e.attrs?.property === 'og:image')?.attrs?.content).toBe('https://x.org/og/en/home.png');
		expect(head.find((e) => e.attrs?.property === 'og:image:alt')?.attrs?.content).toBe('WIN Toolkit');
		expect(head.filter((e) => e.attrs?.rel === 'canonical')).toHaveLength(1);
	});

	it('keeps "not found" pages out of search engines, without addresses that do not exist', () => {
		expect(['/404.html', '/it/404/', '/bg/404.html', '/404'].every(isNotFoundPath)).toBe(true);
		expect(isNotFoundPath('/results/404-errors/')).toBe(false);
		const head = withSeoHead(starlight, { ...options, path: '/it/404/' });
		expect(head.some((e) => e.attrs?.rel === 'canonical' || e.attrs?.rel === 'alternate' || e.attrs?.property === 'og:url')).toBe(false);
		expect(head).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	});
});
