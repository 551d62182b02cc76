import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	assertBuilt,
	DIST,
	localePages,
	LOCALES,
	parsePage,
	selectAll,
	toText,
} from '../support/dist';
import { pageUrl } from '../../src/lib/urls';
import { mdxPages } from '../support/mdx';

assertBuilt();
// Every client script of ours defines a custom element named w403-…; that name is how the
// test tells our JavaScript from Starlight's once Vite has bundled both.
const OUR_MARKER = 'w403-';

function scriptFiles(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(join(DIST, entry), 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
		scriptFiles(new URL(match[1], `http://x${dir}`).pathname, seen);
	}
	return seen;
}

/** The JavaScript a page loads: each external file (with what it imports) and each inline script. */
function pageScripts(path: string): string[] {
	const tree = parsePage(path);
	const texts: string[] = [];
	for (const el of selectAll('script', tree)) {
		if (el.properties.src)
			for (const file of scriptFiles(new URL(String(el.properties.src), 'http://x/').pathname))
				texts.push(readFileSync(join(DIST, file), 'utf8'));
		else if (!String(el.properties.type ?? '').includes('json')) texts.push(toText(el));
	}
	return texts;
}

const pagesWithTools = new Set(
	mdxPages()
		.filter((page) => /from\s+['"][./]*(?:\.\.\/)+components\//.test(page.body))
		.map((page) => `/${page.locale}/${page.slug === 'index' ? '' : page.slug + '/'}`)
);

describe('pages with the tools stay light', () => {
	const toolPages = [...pagesWithTools];

	it('embeds the tools on the same pages in both languages', () => {
		const slugs = (locale: string) =>
			toolPages
				.filter((p) => p.startsWith(`/${locale}/`))
				.map((p) => p.slice(3))
				.sort();
		expect(slugs('en').length).toBeGreaterThan(0);
		expect(slugs('fr')).toEqual(slugs('en'));
	});
	// The JavaScript each tool may add is budgeted in budgets.test.ts.
});

// The search dialog's "open it in the Log doctor" shortcut (Search.astro) is on every page.
const SEARCH_SHORTCUT = 'w403-search-doctor';

describe('content pages ship no JavaScript of ours but the search shortcut', () => {
	const contentPages = LOCALES.flatMap((locale) =>
		localePages(locale).map((slug) => pageUrl('/', { locale, page: slug }))
	).filter((p) => !pagesWithTools.has(p));

	it.each(contentPages)('%s loads only Starlight’s scripts and the search shortcut', (path) => {
		expect(
			pageScripts(path).filter((code) => code.replaceAll(SEARCH_SHORTCUT, '').includes(OUR_MARKER))
		).toEqual([]);
	});

	it('keeps the search shortcut under 1 KB with what it imports', () => {
		const entries = selectAll('script[src]', parsePage('/en/causes/not-a-member/'))
			.map((el) => new URL(String(el.properties.src), 'http://x/').pathname)
			.filter((file) => readFileSync(join(DIST, file), 'utf8').includes(SEARCH_SHORTCUT));
		expect(entries).toHaveLength(1);
		// Its own chunk and the chunks it imports that no Starlight script imports too.
		const starlight = new Set(
			selectAll('script[src]', parsePage('/en/causes/not-a-member/'))
				.map((el) => new URL(String(el.properties.src), 'http://x/').pathname)
				.filter((file) => file !== entries[0])
				.flatMap((file) => [...scriptFiles(file)])
		);
		const bytes = [...scriptFiles(entries[0])]
			.filter((file) => !starlight.has(file))
			.reduce((sum, file) => sum + Buffer.byteLength(readFileSync(join(DIST, file))), 0);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(1024);
	});

	it('loads no script chunk that is not one of Starlight’s own components', () => {
		// Vite names a component's script chunk after the component; Starlight's are these.
		const starlight = ['components', 'user-components']
			.flatMap((dir) => readdirSync(join('node_modules/@astrojs/starlight/dist', dir)))
			.filter((file) => file.endsWith('.astro'))
			.map((file) => file.replace(/\.astro$/, ''));
		const allowed = new Set([...starlight, 'page', 'ec']);
		const foreign = new Set<string>();
		for (const path of contentPages) {
			for (const el of selectAll('script[src]', parsePage(path))) {
				const name = String(el.properties.src).split('/').pop()!.split('.')[0];
				if (!allowed.has(name)) foreign.add(`${path}: ${el.properties.src}`);
			}
		}
		expect([...foreign]).toEqual([]);
	});

	it('names every client-side custom element of ours w403-… so the check above can see it', () => {
		const dir = 'src/components';
		const unmarked = readdirSync(dir)
			.filter((file) => file.endsWith('.astro'))
			.filter((file) => {
				const source = readFileSync(join(dir, file), 'utf8');
				const clientScript = /<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/.exec(source);
				if (!clientScript) return false;
				// The element may be defined in a .ts module beside the component that the script imports.
				const modules = [...clientScript[1].matchAll(/import\s+'\.\/([\w-]+\.ts)'/g)].map((m) =>
					readFileSync(join(dir, m[1]), 'utf8')
				);
				return ![clientScript[1], ...modules].some((code) =>
					code.includes(`customElements.define('${OUR_MARKER}`)
				);
			});
		expect(unmarked).toEqual([]);
	});
});
