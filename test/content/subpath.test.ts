// The same site built for https://docs.example.com/wandb-403/ (see test/run-all.mjs):
// every link, asset and preview URL stays under the sub-path and resolves to a file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { SUBPATH } from '../support/subpath.mjs';
import { weighPage } from '../../tools/page-weight';

const { site, base, outDir } = SUBPATH;
const root = new URL(base, site);
if (!existsSync(join(outDir, 'index.html')))
	throw new Error(`${outDir}/ is missing: run \`npm test\` (it builds the sub-path site too).`);

const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
	.map((file) =>
		relative('.', file)
			.replace(/\\/g, '/')
			.replace(/index\.html$/, '')
	)
	.sort();

function fileFor(sitePath: string): string {
	const inside = sitePath.slice(base.length);
	return join(outDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
}

describe(`the site built for ${root.href}`, () => {
	it('has every page of the default build', () => {
		expect(pages.length).toBeGreaterThan(60);
	});

	it.each(pages)('/%s links only to files under the sub-path', (page) => {
		const tree = fromHtml(
			readFileSync(
				join(outDir, page || '', page === '' || page.endsWith('/') ? 'index.html' : ''),
				'utf8'
			)
		);
		const refs = [
			...selectAll('a[href], link[href]', tree).map((el) => String(el.properties.href)),
			...selectAll('script[src], img[src]', tree).map((el) => String(el.properties.src)),
			...selectAll(
				'meta[property^="og:"][content^="http"], meta[name^="twitter:"][content^="http"]',
				tree
			).map((el) => String(el.properties.content)),
		];
		const wrong: string[] = [];
		for (const ref of refs) {
			if (/^(mailto|data):/i.test(ref) || ref.startsWith('#')) continue;
			const url = new URL(ref, new URL(page, root));
			if (url.origin !== root.origin) continue;
			if (!url.pathname.startsWith(base)) wrong.push(`${ref}: outside ${base}`);
			else if (!existsSync(fileFor(decodeURIComponent(url.pathname))))
				wrong.push(`${ref}: no such file`);
		}
		expect(wrong).toEqual([]);
	});

	it('names the sub-path in canonical URLs, language alternates and the sitemap', () => {
		const tree = fromHtml(readFileSync(join(outDir, 'fr/causes/wrong-entity/index.html'), 'utf8'));
		expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(
			`${root.href}fr/causes/wrong-entity/`
		);
		expect(
			selectAll('link[rel="alternate"][hreflang]', tree).map((el) => el.properties.href)
		).toContain(`${root.href}en/causes/wrong-entity/`);
		const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
		const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locations.length).toBeGreaterThan(30);
		expect(locations.filter((loc) => !loc.startsWith(root.href))).toEqual([]);
	});

	it('weighs the same as the default build (the budgets hold)', () => {
		const sub = weighPage(outDir, base, 'en/causes/wrong-entity/').total;
		const main = weighPage('dist', '/', 'en/causes/wrong-entity/').total;
		expect(Math.abs(sub - main)).toBeLessThan(1024);
	});
});
