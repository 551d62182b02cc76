// The public links of a built site: every page path, every section (`path#id`) and every
// short link. Shared by the registry test and `npm run links:update`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { LOCALE_ALTERNATION } from '../src/lib/locale.ts';

export const REGISTRY = 'links/published.json';

export interface Registry {
	/** Every link ever published: page paths, `path#id` sections and `/go/<id>/` short links. */
	links: string[];
	/** Where a link that no longer resolves now points (`from` → `to`). */
	moved: Record<string, string>;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The links a built site offers now. */
export function inventory(dist = 'dist'): Set<string> {
	const links = new Set<string>();
	for (const file of walk(dist).filter((f) => f.endsWith('index.html'))) {
		const path =
			'/' +
			relative(dist, file)
				.replace(/\\/g, '/')
				.replace(/index\.html$/, '');
		if (path.startsWith('/go/')) {
			links.add(path);
			continue;
		}
		if (!new RegExp(`^/(?:${LOCALE_ALTERNATION})/`).test(path)) continue;
		links.add(path);
		const article = select('.sl-markdown-content', fromHtml(readFileSync(file, 'utf8')));
		for (const heading of article ? selectAll('h2[id], h3[id]', article) : [])
			links.add(`${path}#${heading.properties.id}`);
	}
	return links;
}

export function readRegistry(): Registry {
	return JSON.parse(readFileSync(REGISTRY, 'utf8')) as Registry;
}

/** A registered link resolves when the site still has it, or when its move target does. */
export function resolves(
	link: string,
	current: Set<string>,
	moved: Record<string, string>,
	seen = new Set<string>()
): boolean {
	if (current.has(link)) return true;
	const next = moved[link];
	if (next === undefined || seen.has(link)) return false;
	seen.add(link);
	return resolves(next, current, moved, seen);
}
