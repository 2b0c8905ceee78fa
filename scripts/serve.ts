/**
 * Serves the production build in `dist/` on http://localhost:4321 (or $PORT), the way a static
 * host does: clean URLs, each language's 404 page, compressed text (brotli or gzip), and the headers of `dist/_headers` (written by the build from src/config/security.ts).
 * Used by `npm start` and by the browser tests.
 *
 * usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/hosting/headers.ts';
import { notFoundPageFor } from '../src/lib/hosting/not-found.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		dir: { type: 'string', default: 'dist' },
		host: { type: 'string', default: '127.0.0.1' },
	},
});
const root = normalize(values.dir);
if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root}/index.html not found. Build the site first: npm run build`);
	process.exit(1);
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.pdf': 'application/pdf',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.webmanifest': 'application/manifest+json',
};
// pagefind's index files have their own extensions and are binary.
const binary = 'application/octet-stream';

/** Types a static host compresses (images and PDFs are compressed already). */
const compressible = /^(text\/|application\/(json|javascript|xml|wasm|manifest)|image\/svg)/;
const compressed = new Map<string, { br: Buffer; gzip: Buffer }>();

/** The body in the best encoding the browser accepts, at the quality CDNs use on the fly; cached per file. */
function encode(file: string, body: Buffer, type: string, accept: string): { body: Buffer; encoding?: 'br' | 'gzip' } {
	if (!compressible.test(type) || body.length < 1024) return { body };
	const key = `${file}:${body.length}`;
	let entry = compressed.get(key);
	if (!entry) {
		entry = { br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }), gzip: gzipSync(body, { level: 9 }) };
		compressed.set(key, entry);
	}
	if (/\bbr\b/.test(accept)) return { body: entry.br, encoding: 'br' };
	if (/\bgzip\b/.test(accept)) return { body: entry.gzip, encoding: 'gzip' };
	return { body };
}

let rules: HeaderRule[] = [];
const headersFile = join(root, '_headers');
if (existsSync(headersFile)) rules = parseHeadersFile(await readFile(headersFile, 'utf8'));

async function resolveFile(pathname: string): Promise<string | undefined> {
	const candidates = pathname.endsWith('/')
		? [join(pathname, 'index.html')]
		: [pathname, `${pathname}.html`, join(pathname, 'index.html')];
	for (const candidate of candidates) {
		const file = join(root, candidate);
		if (!file.startsWith(root)) return undefined; // no escaping dist/
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

const server = createServer(async (req, res) => {
	try {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const pathname = decodeURIComponent(url.pathname);
		let status = 200;
		let file = await resolveFile(pathname);
		if (file && !pathname.endsWith('/') && !extname(pathname) && file.endsWith('index.html')) {
			// A directory without its slash: redirect, as static hosts do, so relative links work.
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		if (!file) {
			status = 404;
			file = join(root, notFoundPageFor(pathname));
		}
		const type = types[extname(file)] ?? binary;
		const { body, encoding } = encode(file, await readFile(file), type, String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, {
			'Content-Type': type,
			'Content-Length': body.length,
			'Cache-Control': 'no-cache',
			Vary: 'Accept-Encoding',
			...(encoding ? { 'Content-Encoding': encoding } : {}),
			...headersFor(rules, pathname),
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch (error) {
		res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
	}
});

server.listen(Number(values.port), values.host, () => {
	console.log(`\nThe WIN Toolkit is ready: http://localhost:${values.port}/  (Ctrl+C to stop)\n`);
});
