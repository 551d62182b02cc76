// Reads the built site (dist/) the way a reader's browser would see it.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root, Element } from 'hast';

export const DIST = 'dist';
export { LOCALES } from '../../src/lib/locale';

export function assertBuilt() {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error('dist/ is missing: run `npm test` (it builds first).');
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Every HTML file in dist, as site paths (`/en/causes/wrong-entity/`). */
export function htmlPaths(): string[] {
	return walk(DIST)
		.filter((file) => file.endsWith('.html'))
		.map(
			(file) =>
				'/' +
				relative(DIST, file)
					.replace(/index\.html$/, '')
					.replace(/\\/g, '/')
		)
		.sort();
}

/** Content pages of one locale, as slugs relative to the locale (`''` for its start page). */
export function localePages(locale: string): string[] {
	return htmlPaths()
		.filter((path) => path.startsWith(`/${locale}/`))
		.map((path) => path.slice(locale.length + 2).replace(/\/$/, ''));
}

export function fileForPath(path: string): string {
	const clean = path.split(/[?#]/)[0];
	return join(DIST, clean.endsWith('/') ? clean + 'index.html' : clean);
}

const cache = new Map<string, Root>();
export function parsePage(path: string): Root {
	let tree = cache.get(path);
	if (!tree) {
		tree = fromHtml(readFileSync(fileForPath(path), 'utf8'));
		cache.set(path, tree);
	}
	return tree;
}

/** The article body Starlight renders from the MDX (no sidebar, no table of contents). */
export function content(tree: Root): Element {
	const main = select('.sl-markdown-content', tree);
	if (!main) throw new Error('no .sl-markdown-content');
	return main;
}

export interface Heading {
	level: number;
	id: string;
	text: string;
}

export function headings(tree: Root): Heading[] {
	return selectAll('h2, h3, h4', content(tree)).map((el) => ({
		level: Number(el.tagName[1]),
		id: String(el.properties.id ?? ''),
		text: toText(el).trim(),
	}));
}

export function allIds(tree: Root): Set<string> {
	return new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
}

/** Prose words of the article, code excluded. */
export function proseWords(tree: Root): number {
	const body = structuredClone(content(tree));
	const strip = (node: Element) => {
		node.children = node.children.filter(
			(child) =>
				!(
					child.type === 'element' &&
					(child.tagName === 'pre' ||
						child.tagName === 'code' ||
						child.tagName === 'script' ||
						child.properties?.className?.includes('expressive-code'))
				)
		);
		for (const child of node.children) if (child.type === 'element') strip(child);
	};
	strip(body);
	return toText(body)
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export { select, selectAll, toText };
