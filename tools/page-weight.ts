// What a first visit to a built page downloads before it is interactive, in gzip bytes:
// the HTML, its render-blocking stylesheets, the favicon, and every script it loads with
// what those scripts import statically. Lazy parts (Pagefind's search, loaded when the
// search dialog opens; print styles) are not counted. Used by the byte-budget test and by
// `npm run bench`, for our site and for a bare Starlight page alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
	/** Site paths of every file counted besides the HTML, for budgets split by origin. */
	files: Map<string, number>;
}

const STATIC_IMPORT =
	/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export function gzipBytes(text: string | Buffer): number {
	return gzipSync(text, { level: 9 }).length;
}

/**
 * @param dist the build output folder
 * @param base the site's base path (`/` or `/sub/`), as in the page's URLs
 * @param page the page's site path without the base, e.g. `en/causes/wrong-entity/`
 */
export function weighPage(dist: string, base: string, page: string): PageWeight {
	const toFile = (url: string, from: string) => {
		const path = new URL(url, `http://x${base}${from}`).pathname;
		if (!path.startsWith(base)) throw new Error(`${url} on ${page} leaves the base ${base}`);
		return path.slice(base.length);
	};
	const html = readFileSync(
		join(dist, page.endsWith('/') || page === '' ? `${page}index.html` : page),
		'utf8'
	);
	const tree = fromHtml(html);
	const files = new Map<string, number>();
	const add = (file: string) => {
		if (!files.has(file)) files.set(file, gzipBytes(readFileSync(join(dist, file))));
	};
	const addScript = (file: string) => {
		if (files.has(file)) return;
		add(file);
		const code = readFileSync(join(dist, file), 'utf8');
		for (const [, specifier] of code.matchAll(STATIC_IMPORT)) addScript(toFile(specifier, file));
	};
	for (const link of selectAll('link[rel~="stylesheet"]', tree)) {
		if (String(link.properties.media ?? 'all') === 'print') continue;
		add(toFile(String(link.properties.href), page));
	}
	for (const link of selectAll('link[rel~="icon"], link[rel~="modulepreload"]', tree))
		add(toFile(String(link.properties.href), page));
	for (const img of selectAll('img[src]', tree)) {
		const src = String(img.properties.src);
		if (!src.startsWith('data:')) add(toFile(src, page));
	}
	for (const script of selectAll('script[src]', tree))
		addScript(toFile(String(script.properties.src), page));
	const sum = (test: (file: string) => boolean) =>
		[...files].filter(([file]) => test(file)).reduce((total, [, bytes]) => total + bytes, 0);
	const weight = {
		html: gzipBytes(html),
		css: sum((file) => file.endsWith('.css')),
		js: sum((file) => file.endsWith('.js')),
		other: sum((file) => !file.endsWith('.css') && !file.endsWith('.js')),
		total: 0,
		files,
	};
	weight.total = weight.html + weight.css + weight.js + weight.other;
	return weight;
}
