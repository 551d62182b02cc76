import { describe, expect, it } from 'vitest';
import { assertBuilt, localePages, parsePage, proseWords } from '../support/dist';
import { LOCALES } from '../../src/lib/locale';

assertBuilt();

describe('the guide has real substance in both languages', () => {
	it.each([...LOCALES])('holds at least 3,000 words of prose in /%s/', (locale) => {
		const total = localePages(locale).reduce(
			(sum, slug) => sum + proseWords(parsePage(`/${locale}/${slug ? slug + '/' : ''}`)),
			0
		);
		expect(total).toBeGreaterThanOrEqual(3000);
	});

	it('keeps the two languages within 35% of each other in length, page by page', () => {
		const drift: string[] = [];
		for (const slug of localePages('en')) {
			const path = slug ? slug + '/' : '';
			const en = proseWords(parsePage(`/en/${path}`));
			const fr = proseWords(parsePage(`/fr/${path}`));
			if (Math.abs(fr - en) / Math.max(en, fr) > 0.35)
				drift.push(`${slug || 'index'}: en ${en} words, fr ${fr}`);
		}
		expect(drift).toEqual([]);
	});
});
