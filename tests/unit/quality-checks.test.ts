import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { htmlValidateConfig } from '../../src/config/html-validate.ts';
import { budgets } from '../../src/config/budgets.ts';
import { validatePages } from '../../src/lib/quality/html-validity.ts';
import { checkLinks, fileFor, pageFacts, resolve } from '../../src/lib/quality/links.ts';
import { checkPage, checkRobots, checkSitemap } from '../../src/lib/quality/seo.ts';
import { chunk, locsOf } from '../../src/lib/quality/sitemap.ts';
import { checkBudgets, ownBytes, pageAssets, pageWeight, staticImports } from '../../src/lib/quality/weight.ts';

const site = 'https://toolkit.example.org';
const fixtures = 'tests/fixtures/site';

/** Runs one of the check scripts on a fixture site, as `npm test` runs it on `dist/`. */
function run(script: string, dist: string) {
	const result = spawnSync(process.execPath, [`scripts/${script}`, '--dist', dist, ...(script === 'check-links.ts' ? ['--report', 'test-results/fixture-external-links.txt'] : [])], {
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('links', () => {
	it('resolves URLs the way a browser does from the page they are on', () => {
		expect(resolve('../#top', '/about/team/', site)).toEqual({ kind: 'internal', path: '/about/', fragment: 'top' });
		expect(resolve(`${site}/it/`, '/', site)).toEqual({ kind: 'internal', path: '/it/', fragment: undefined });
		expect(resolve('https://example.org/x', '/', site)).toEqual({ kind: 'external', url: 'https://example.org/x' });
		expect(resolve('mailto:a@b.org', '/', site)).toEqual({ kind: 'other', scheme: 'mailto' });
		expect(resolve('/glossary/#%D0%B0', '/', site)).toMatchObject({ fragment: 'а' });
	});

	it('finds the file a static host would serve, and nothing for what would be a 404', () => {
		const files = new Set(['index.html', 'about/index.html', 'data/x.csv', 'it/404.html']);
		expect(fileFor('/about/', files)).toBe('about/index.html');
		expect(fileFor('/about', files)).toBe('about/index.html');
		expect(fileFor('/data/x.csv', files)).toBe('data/x.csv');
		expect(fileFor('/it/nowhere/', files)).toBeUndefined();
		expect(fileFor('/data/x.json', files)).toBeUndefined();
	});

	it('reports a broken link, a bad anchor, a script link and an off-origin image, naming page, link and reason', () => {
		const pages = new Map([
			['/', pageFacts('<a href="/missing/">x</a><a href="/about/#nope">y</a><a href="javascript:void(0)">z</a><img src="https://cdn.example.com/a.png" alt="">')],
			['/about/', pageFacts('<h2 id="team">Team</h2><a href="/#top">top</a><a href="https://example.org/">out</a>')],
		]);
		const ids = new Map([['about/index.html', pages.get('/about/')!.ids]]);
		const report = checkLinks(pages, new Set(['index.html', 'about/index.html']), (f) => ids.get(f), site);
		expect(report.problems.map((p) => `${p.page} ${p.link}: ${p.reason}`)).toEqual([
			'/ /missing/: no built file at /missing/ (a host would answer 404)',
			'/ /about/#nope: no element with id "nope" on /about/',
			'/ javascript:void(0): "javascript:" links are not allowed',
			'/ https://cdn.example.com/a.png: loaded from another origin: pages may only load files from this site',
		]);
		expect([...report.external.keys()]).toEqual(['https://example.org/']);
	});

	it('passes the good fixture site and fails the broken one (scripts/check-links.ts)', () => {
		expect(run('check-links.ts', `${fixtures}/good`).status).toBe(0);
		const broken = run('check-links.ts', `${fixtures}/broken`);
		expect(broken.status).toBe(1);
		expect(broken.output).toContain('a[href] "/about/#nope": no element with id "nope" on /about/');
		expect(broken.output).toContain('a[href] "/data/courses.json": no built file at /data/courses.json');
	});
});

describe('search and sharing', () => {
	const head = (extra: string) => `<!DOCTYPE html><html lang="en"><head><title>T</title>${extra}</head><body></body></html>`;
	const complete = `<meta name="description" content="About the project."><link rel="canonical" href="${site}/about/"><meta property="og:image" content="${site}/og/en/about.png"><meta property="og:image:alt" content="About">`;

	it('passes a page with a description, its own canonical URL and an image', () => {
		expect(checkPage('/about/', head(complete), site)).toEqual([]);
	});

	it('fails a page without a description, or with an empty one', () => {
		expect(checkPage('/about/', head(complete.replace('About the project.', ' ')), site).map((p) => p.reason)).toEqual([
			'no <meta name="description"> (set `description` in the page frontmatter)',
		]);
	});

	it("fails a canonical URL that is not the page's, and a missing image", () => {
		const html = head(`<meta name="description" content="d"><link rel="canonical" href="${site}/other/">`);
		expect(checkPage('/about/', html, site).map((p) => p.reason)).toEqual([
			`canonical URL ${site}/other/ is not this page's address`,
			'no <meta property="og:image">',
		]);
	});

	it('requires every language in the sitemap and no 404 page', () => {
		const prefixes = { en: '', bg: '/bg' };
		expect(checkSitemap(['/', '/bg/', '/about/'], prefixes)).toEqual([]);
		expect(checkSitemap(['/', '/404/', '/bg/404.html'], prefixes).map((p) => p.reason)).toEqual([
			'the bg home page /bg/ is not listed',
			'lists the "not found" page /404/',
			'lists the "not found" page /bg/404.html',
		]);
	});

	it("requires robots.txt to point to the sitemap at the site's address", () => {
		expect(checkRobots(`User-agent: *\nAllow: /\nSitemap: ${site}/sitemap-index.xml\n`, site)).toEqual([]);
		expect(checkRobots('User-agent: *\nSitemap: http://localhost:4321/sitemap-index.xml', site)).toHaveLength(1);
		expect(checkRobots(undefined, site)).toEqual([{ page: '/robots.txt', reason: 'missing' }]);
	});

	it('passes the good fixture site and fails the broken one (scripts/check-seo.ts)', () => {
		expect(run('check-seo.ts', `${fixtures}/good`).status).toBe(0);
		const broken = run('check-seo.ts', `${fixtures}/broken`);
		expect(broken.status).toBe(1);
		expect(broken.output).toContain('/about/: no <meta name="description">');
		expect(broken.output).toContain('lists the "not found" page /404.html');
	});

	it('reads sitemaps and shares pages out among test chunks', () => {
		expect(locsOf('<urlset><url><loc>https://a.org/?x=1&amp;y=2</loc></url></urlset>')).toEqual(['https://a.org/?x=1&y=2']);
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([
			[1, 3, 5],
			[2, 4],
		]);
		expect(chunk([1], 4)).toEqual([[1]]);
	});
});

describe('HTML validity', () => {
	const valid = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main><p id="a">Text</p></main></body></html>';

	it('passes valid HTML with the site rules', () => {
		expect(validatePages([['/', valid]], htmlValidateConfig)).toEqual([]);
	});

	it('fails an unclosed element and a duplicate id, with line and rule', () => {
		const problems = validatePages([['/x/', valid.replace('<p id="a">Text</p>', '<p id="a"><b>Text</p><p id="a">Again</p>')]], htmlValidateConfig);
		expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['close-order', 'no-dup-id']));
		expect(problems[0]).toMatchObject({ page: '/x/', line: 1 });
	});

	it('passes the good fixture site and fails the broken one (scripts/check-html.ts)', () => {
		expect(run('check-html.ts', `${fixtures}/good`).status).toBe(0);
		const broken = run('check-html.ts', `${fixtures}/broken`);
		expect(broken.status).toBe(1);
		expect(broken.output).toMatch(/no-dup-id\s+Duplicate ID "team"/);
	});
});

describe('byte budgets', () => {
	/** Text that gzip cannot shrink much, as minified code of that size would be. */
	function incompressible(bytes: number): string {
		let seed = 42;
		let out = '';
		while (out.length < bytes) {
			seed = (seed * 48271) % 2147483647;
			out += String.fromCharCode(33 + (seed % 90));
		}
		return out;
	}
	const files: Record<string, string> = {
		'/_astro/shared.css': 'body{margin:0}',
		'/_astro/page.js': 'import"./toc.js";console.log(1)',
		'/_astro/toc.js': 'export const t=1;',
		'/_astro/filler.js': `import("./pdf-lib.js");${incompressible(1000)}`,
		'/_astro/pdf-lib.js': incompressible(300_000),
		'/_astro/eager-pdf-lib.js': `import{a}from"./pdf-lib.js";`,
	};
	const read = (path: string) => files[path];
	const shell = '<link rel="stylesheet" href="/_astro/shared.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><script type="module" src="/_astro/page.js"></script>';

	it('counts stylesheets (not print ones), scripts and their static imports, not import()', () => {
		expect(pageAssets(shell)).toEqual({ css: ['/_astro/shared.css'], js: ['/_astro/page.js'] });
		expect(staticImports('import{a as b}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")')).toEqual(['./a.js', './b.js', './c.js']);
		const weight = pageWeight('/templates/pip/fill/', `${shell}<script type="module" src="/_astro/filler.js"></script>`, read);
		expect(Object.keys(weight.files).sort()).toEqual(['/_astro/filler.js', '/_astro/page.js', '/_astro/shared.css', '/_astro/toc.js']);
	});

	it('passes a fill-in page that loads its PDF library on demand', () => {
		const home = pageWeight('/', shell, read);
		const fill = pageWeight('/templates/pip/fill/', `${shell}<script type="module" src="/_astro/filler.js"></script>`, read);
		expect(ownBytes(fill, home)).toBeLessThan(2000);
		expect(checkBudgets(new Map([['/templates/pip/fill/', fill]]), budgets, () => home)).toEqual([]);
	});

	it('fails a fill-in page that loads its PDF library up front, and a content page with its own script', () => {
		const home = pageWeight('/', shell, read);
		const weights = new Map([
			['/it/templates/pip/fill/', pageWeight('/it/templates/pip/fill/', `${shell}<script type="module" src="/_astro/eager-pdf-lib.js"></script>`, read)],
			['/results/', pageWeight('/results/', `${shell}<script src="/_astro/pdf-lib.js"></script>`, read)],
		]);
		const problems = checkBudgets(weights, budgets, () => home);
		expect(problems.map((p) => `${p.page} ${p.budget}`)).toEqual([
			'/it/templates/pip/fill/ fill-in page',
			'/it/templates/pip/fill/ fill-in page',
			'/results/ content page',
		]);
		expect(problems[0]!.reason).toMatch(/^JS: \d+\.\d KB gzip, over the fill-in page budget of 24\.0 KB/);
		expect(problems[1]!.reason).toMatch(/^its own bytes: .* budget of 20\.0 KB/);
	});
});
