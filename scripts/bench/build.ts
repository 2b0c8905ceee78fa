import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../src/config/locales.ts';
import { fileFor } from '../../src/lib/quality/links.ts';
import { readBuiltSite } from '../../src/lib/quality/dist.ts';
import { sitemapPathsFromDist } from '../../src/lib/quality/sitemap.ts';
import { seconds, type BenchContext, type BenchTable } from './_shared.ts';

export const title = 'Build: this site, and a bare Starlight site with as many pages';

/** Runs `astro build` in a folder and returns how long it took, in ms. */
function astroBuild(cwd: string, astro: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, [astro, 'build'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`astro build failed in ${cwd}:\n${stderr}`))));
	});
}

/** The visible text of a page's main content, to give the bare site pages of the same length. */
function mainText(html: string): string {
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
	return main
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A bare Starlight site (Starlight's defaults, the same four languages) in a temporary folder,
 * using the installed packages (no network), with one Markdown page per page of this site's
 * sitemap, each holding as much text as the page it stands for.
 */
async function bareSite(root: string): Promise<{ dir: string; pages: number }> {
	// Inside the project (bench-results/ is not committed), so Node finds the installed packages
	// by walking up, as it would in a project of its own; a symlinked node_modules confuses Vite.
	await mkdir(join(root, 'bench-results'), { recursive: true });
	const dir = await mkdtemp(join(root, 'bench-results', 'bare-starlight-'));
	// Astro finds the packages it must bundle (Starlight) through the dependencies listed here.
	const versions = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).dependencies as Record<string, string>;
	const dependencies = { astro: versions.astro, '@astrojs/starlight': versions['@astrojs/starlight'] };
	await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies })}\n`);
	await writeFile(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Bare', defaultLocale: 'root', locales: ${JSON.stringify(locales)} })] });\n`,
	);
	await mkdir(join(dir, 'src/content/docs'), { recursive: true });
	await writeFile(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const site = readBuiltSite(join(root, 'dist'));
	const paths = sitemapPathsFromDist(join(root, 'dist'));
	for (const path of paths) {
		const file = fileFor(path, site.files);
		const text = file ? mainText(site.read(file)) : 'Text.';
		const words = text.split(' ');
		const paragraphs: string[] = [];
		for (let i = 0; i < words.length; i += 60) paragraphs.push(words.slice(i, i + 60).join(' '));
		const slug = path.replace(/^\/|\/$/g, '');
		const isHome = slug === '' || Object.keys(locales).includes(slug);
		const target = join(dir, 'src/content/docs', isHome ? join(slug, 'index.md') : `${slug}.md`);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, `---\ntitle: Page ${path}\ndescription: A page of the bare site.\n---\n\n${paragraphs.join('\n\n')}\n`);
	}
	return { dir, pages: paths.length };
}

export async function run(context: BenchContext): Promise<BenchTable[]> {
	const root = fileURLToPath(context.root);
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const ours = await astroBuild(root, astro);
	const pages = sitemapPathsFromDist(join(root, 'dist')).length;
	const files = readBuiltSite(join(root, 'dist')).files.size;
	const bare = await bareSite(root);
	let bareMs: number;
	try {
		bareMs = await astroBuild(bare.dir, astro);
	} finally {
		if (!process.env.BENCH_KEEP) await rm(bare.dir, { recursive: true, force: true });
	}
	return [
		{
			caption: `Build time (pages in the sitemap: ${pages}; files written: ${files})`,
			columns: ['site', 'build time', 'ratio'],
			rows: [
				['WIN Toolkit (npm run build)', seconds(ours), `${(ours / bareMs).toFixed(2)}×`],
				[`bare Starlight, ${bare.pages} pages of the same length`, seconds(bareMs), '1.00×'],
			],
			notes: [
				'Same run, same machine. The difference is what this site adds: content validation, PDFs, data files,',
				'Open Graph images, the CSP check and header files (and on a busy machine, noise: compare ratios, not seconds).',
			],
		},
	];
}

