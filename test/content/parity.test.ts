import { describe, expect, it } from 'vitest';
import { assertBuilt, headings, localePages, parsePage } from '../support/dist';
import { mdxPages, sourceHeadings } from '../support/mdx';
import { LOCALES } from '../../src/lib/locale';

assertBuilt();
const en = localePages('en');
const fr = localePages('fr');

describe('English and French stay in step', () => {
	it('builds the same pages in both languages, at least 8 each', () => {
		expect(en.length).toBeGreaterThanOrEqual(8);
		expect(fr).toEqual(en);
	});

	it.each(en)('gives /%s the same heading ids, levels and order in both languages', (slug) => {
		const ids = (locale: string) =>
			headings(parsePage(`/${locale}/${slug ? slug + '/' : ''}`)).map((h) => `h${h.level}#${h.id}`);
		expect(ids('fr')).toEqual(ids('en'));
	});

	it('gives every h2 and h3 an explicit, language-neutral id in the source', () => {
		const missing: string[] = [];
		for (const page of mdxPages()) {
			for (const heading of sourceHeadings(page.body)) {
				if (heading.level < 2)
					missing.push(`${page.file}:${heading.line} uses an h1 (the title is the h1)`);
				else if (heading.level > 3)
					missing.push(`${page.file}:${heading.line} goes deeper than h3`);
				else if (
					!/(\{\/\*\s*#[a-z0-9][a-z0-9-]*\s*\*\/\}|\\\{#[a-z0-9][a-z0-9-]*\\\})\s*$/.test(
						heading.raw
					)
				)
					missing.push(`${page.file}:${heading.line} "${heading.raw}" has no {/* #id */}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('never gives two headings of one page the same id', () => {
		const clashes: string[] = [];
		for (const locale of [...LOCALES]) {
			for (const slug of en) {
				const ids = headings(parsePage(`/${locale}/${slug ? slug + '/' : ''}`)).map((h) => h.id);
				const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
				if (dupes.length) clashes.push(`/${locale}/${slug}: ${dupes.join(', ')}`);
			}
		}
		expect(clashes).toEqual([]);
	});
});
