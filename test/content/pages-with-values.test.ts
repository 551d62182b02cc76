// The pages that read a link's values are exactly those with the name checker: the desk's
// replies and the doctor's links rely on PAGES_WITH_VALUES to promise values only there.
import { describe, expect, it } from 'vitest';
import { PAGES_WITH_VALUES } from '../../src/lib/links';
import { mdxPages } from '../support/mdx';
import { LOCALES } from '../../src/lib/locale';

describe('PAGES_WITH_VALUES', () => {
	it.each([...LOCALES])('lists exactly the /%s/ pages that embed the name checker', (locale) => {
		const withChecker = mdxPages()
			.filter((page) => page.locale === locale && /<NameChecker\b/.test(page.body))
			.map((page) => page.slug)
			.sort();
		expect(withChecker).toEqual([...PAGES_WITH_VALUES].sort());
	});
});
