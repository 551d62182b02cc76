// Byte budgets, in gzip bytes of what a first visit downloads (tools/page-weight.ts).
// Deterministic for a given build, so they are tests; timings live in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { DIST, assertBuilt, htmlPaths, localePages } from '../support/dist';
import { mdxPages } from '../support/mdx';
import { weighPage } from '../../tools/page-weight';
import { LOCALES } from '../../src/lib/locale';

assertBuilt();
const KB = 1024;
/**
 * No page may cost more than this on a first visit (the search index loads only on demand).
 * 61 KB since the access check's script carries the site's shared rules and link shapes
 * (issue 18): the French access check went from 59.97 to 60.5 KB (the English one: 58.6 KB).
 */
const PAGE_BUDGET = 61 * KB;
/** JavaScript a tool may add to a content page, by the component that brings it. */
const TOOL_BUDGET: Record<string, number> = {
	LogDoctor: 12 * KB,
	NameChecker: 8 * KB,
	SupportDesk: 8 * KB,
};

const toolOf = new Map<string, readonly string[]>(
	mdxPages().flatMap((page) => {
		const tools = [
			...page.body.matchAll(
				/import\s+(\w+)\s+from\s+['"][./]*(?:\.\.\/)+components\/\1\.astro['"]/g
			),
		].map((m) => m[1]);
		return tools.length
			? [[`${page.locale}/${page.slug === 'index' ? '' : page.slug + '/'}`, tools] as const]
			: [];
	})
);
const contentPages = [...LOCALES]
	.flatMap((locale) => localePages(locale).map((slug) => `${locale}/${slug ? slug + '/' : ''}`))
	.filter((page) => !toolOf.has(page));
/** Every script file some plain content page loads: Starlight's own. */
const starlightScripts = new Set(
	contentPages.flatMap((page) =>
		[...weighPage(DIST, '/', page).files.keys()].filter((file) => file.endsWith('.js'))
	)
);

describe('byte budgets', () => {
	it('finds the tool pages and the plain content pages', () => {
		expect([...toolOf.values()].flat()).toEqual(expect.arrayContaining(Object.keys(TOOL_BUDGET)));
		expect(contentPages.length).toBeGreaterThan(20);
	});

	it.each([...toolOf])('/%s adds no more JavaScript than its tools allow', (page, tools) => {
		const extra = [...weighPage(DIST, '/', page).files].filter(
			([file]) => file.endsWith('.js') && !starlightScripts.has(file)
		);
		const bytes = extra.reduce((sum, [, size]) => sum + size, 0);
		expect(extra.length).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(Math.max(...tools.map((tool) => TOOL_BUDGET[tool])));
	});

	it.each(
		htmlPaths()
			.filter((path) => !path.startsWith('/pagefind/'))
			.map((path) => path.slice(1))
	)(`/%s weighs at most ${PAGE_BUDGET / KB} KB (gzip) on a first visit`, (page) => {
		expect(weighPage(DIST, '/', page).total).toBeLessThanOrEqual(PAGE_BUDGET);
	});
});
