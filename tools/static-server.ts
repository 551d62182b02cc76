// A tiny static file server for dist/, on loopback and a free port, like a static host:
// `/x/` serves `x/index.html`, unknown paths get `404.html` with status 404, and the
// headers of `_headers` apply and text is compressed, as a static host would do.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const COMPRESSIBLE = /\.(?:html|js|css|json|svg|xml|txt)$/;

// Static hosts compress a file once, not on every request. Compressing per request would also
// put the server's CPU time inside the page loads that the audit and the benchmarks time.
const compressed = new Map<string, { body: Buffer; payload: Buffer }>();
function compress(file: string, encoding: 'br' | 'gzip', body: Buffer): Buffer {
	const key = `${encoding}:${file}`;
	const cached = compressed.get(key);
	if (cached?.body.equals(body)) return cached.payload;
	const payload =
		encoding === 'br'
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: gzipSync(body);
	compressed.set(key, { body, payload });
	return payload;
}

/** Sends a file compressed when the browser accepts it, as every static host does. */
function send(
	req: IncomingMessage,
	res: ServerResponse,
	status: number,
	file: string,
	body: Buffer
) {
	const accepted = String(req.headers['accept-encoding'] ?? '');
	const headers: Record<string, string> = {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		vary: 'accept-encoding',
	};
	const encoding = !COMPRESSIBLE.test(file)
		? undefined
		: /\bbr\b/.test(accepted)
			? 'br'
			: /\bgzip\b/.test(accepted)
				? 'gzip'
				: undefined;
	if (encoding) headers['content-encoding'] = encoding;
	res.writeHead(status, headers).end(encoding ? compress(file, encoding, body) : body);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

async function isFile(path: string) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
	const rootDir = resolve(root);
	const rules = parseHeadersFile(await readFile(join(rootDir, '_headers'), 'utf8').catch(() => ''));
	const server: Server = createServer((req, res) => void answer(req, res));
	async function answer(req: IncomingMessage, res: ServerResponse) {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		path = '/' + path.slice(base.length);
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
		const candidate = normalize(join(rootDir, path));
		if (!candidate.startsWith(rootDir)) {
			res.writeHead(403).end();
			return;
		}
		const file = path.endsWith('/') ? join(candidate, 'index.html') : candidate;
		if (await isFile(file)) {
			send(req, res, 200, file, await readFile(file));
			return;
		}
		if (!path.endsWith('/') && (await isFile(join(candidate, 'index.html')))) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		send(
			req,
			res,
			404,
			'404.html',
			await readFile(join(rootDir, '404.html')).catch(() => Buffer.from('Not found'))
		);
	}
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server: no port');
	return {
		url: `http://127.0.0.1:${address.port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
