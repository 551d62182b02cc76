import { describe, expect, it } from 'vitest';
import { CAUSES, requiredSectionIds, causePages } from '../../src/lib/causes';
import { allIds, assertBuilt, headings, parsePage } from '../support/dist';
import { mdxPages, parseInlineList } from '../support/mdx';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { LOCALES } from '../../src/lib/locale';

assertBuilt();
const pages = mdxPages();

describe('the catalogue of causes and the pages agree', () => {
	it.each(CAUSES.map((cause) => [cause.id, cause] as const))(
		'explains %s on its page in both languages, with every section it needs',
		(_id, cause) => {
			for (const locale of [...LOCALES]) {
				const ids = allIds(parsePage(`/${locale}/${cause.page}/`));
				const missing = requiredSectionIds(cause).filter((id) => !ids.has(id));
				expect(missing, `/${locale}/${cause.page}/`).toEqual([]);
			}
		}
	);

	it('has every cause claimed by exactly the page the catalogue names, in both languages', () => {
		for (const locale of [...LOCALES]) {
			const claimed = new Map<string, string>();
			for (const page of pages.filter((p) => p.locale === locale)) {
				for (const id of parseInlineList(page.frontmatter.cause)) {
					expect(claimed.has(id), `${id} claimed twice in ${locale}`).toBe(false);
					claimed.set(id, page.slug);
				}
			}
			expect(Object.fromEntries(claimed)).toEqual(
				Object.fromEntries(CAUSES.map((c) => [c.id, c.page]))
			);
		}
	});

	it('follows the cause template on every single-cause page: what you see, why, confirm, fix', () => {
		for (const page of causePages().filter((slug) =>
			CAUSES.some((c) => c.page === slug && !c.section)
		)) {
			for (const locale of [...LOCALES]) {
				const h2 = headings(parsePage(`/${locale}/${page}/`))
					.filter((h) => h.level === 2)
					.map((h) => h.id);
				expect(h2.slice(0, 4), `/${locale}/${page}/`).toEqual([
					'what-you-see',
					'why-it-happens',
					'confirm',
					'fix',
				]);
			}
		}
	});

	it('tells readers which SDK versions each cause page was checked against and when', () => {
		const lacking = pages
			.filter((p) => p.frontmatter.cause)
			.filter(
				(p) =>
					!p.frontmatter.sdkVersions || !/^\d{4}-\d{2}-\d{2}$/.test(p.frontmatter.reviewed ?? '')
			)
			.map((p) => p.file);
		expect(lacking).toEqual([]);
	});

	// The doctor, the support desk and the access check name a cause by its `cause.<id>` string; a
	// reader who follows the link must land on a page with that very title.
	it('names each cause in the tools as its page is titled, in both languages', () => {
		const strings: Record<string, Record<string, string>> = { en, fr };
		const differ: string[] = [];
		for (const cause of CAUSES.filter((c) => !c.section)) {
			for (const locale of [...LOCALES]) {
				const page = pages.find((p) => p.locale === locale && p.slug === cause.page);
				const title = page?.frontmatter.title.replace(/^"|"$/g, '');
				if (strings[locale][`cause.${cause.id}`] !== title)
					differ.push(
						`${locale} ${cause.id}: tools say « ${strings[locale][`cause.${cause.id}`]} », page says « ${title} »`
					);
			}
		}
		expect(differ).toEqual([]);
	});
});
