import { siteLocation, siteRoot } from '../../src/lib/site';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	assertBuilt,
	DIST,
	localePages,
	parsePage,
	select,
	selectAll,
	toText,
} from '../support/dist';
import { mdxPages } from '../support/mdx';
import { LOCALES } from '../../src/lib/locale';

assertBuilt();
const SITE = new URL(siteRoot(siteLocation(process.env)));
const meta = (tree: ReturnType<typeof parsePage>, property: string) =>
	selectAll(`meta[property="${property}"], meta[name="${property}"]`, tree).map((el) =>
		String(el.properties.content)
	);

describe('link previews in ticket tools and chat', () => {
	const pages = [...LOCALES].flatMap((locale) =>
		localePages(locale).map((slug) => [locale, `/${locale}/${slug ? slug + '/' : ''}`] as const)
	);

	it.each(pages)(
		'/%s page %s has its own title, description, locales and a preview image served by the site',
		(locale, path) => {
			const tree = parsePage(path);
			expect(toText(select('title', tree)!).length).toBeGreaterThan(5);
			expect(meta(tree, 'description')[0]?.length).toBeGreaterThan(30);
			expect(meta(tree, 'og:locale')).toEqual([locale]);
			expect(meta(tree, 'og:locale:alternate')).toEqual([locale === 'en' ? 'fr_FR' : 'en_US']);
			const [image] = meta(tree, 'og:image');
			const url = new URL(image);
			expect(url.origin).toBe(SITE.origin);
			expect(url.pathname).toBe(`/og-${locale}.png`);
			expect(existsSync(join(DIST, url.pathname))).toBe(true);
		}
	);

	it('gives every page a title of its own within each language', () => {
		for (const locale of [...LOCALES]) {
			const titles = localePages(locale).map((slug) =>
				toText(select('title', parsePage(`/${locale}/${slug ? slug + '/' : ''}`))!)
			);
			expect(new Set(titles).size).toBe(titles.length);
		}
	});
});

describe('freshness of cause pages', () => {
	it.each(
		mdxPages()
			.filter((page) => page.frontmatter.cause)
			.map((page) => [page.locale, page.slug] as const)
	)('/%s/%s/ shows the SDK versions it was checked against and its review date', (locale, slug) => {
		const line = select('[data-freshness]', parsePage(`/${locale}/${slug}/`));
		expect(line).toBeDefined();
		const text = toText(line!);
		expect(text).toMatch(/\d+\.\d+/);
		expect(select('time[datetime]', line)?.properties.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
