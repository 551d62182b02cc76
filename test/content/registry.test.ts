import { describe, expect, it } from 'vitest';
import { inventory, readRegistry, resolves } from '../../tools/link-inventory';
import { GO_LINKS } from '../../src/lib/golinks';
import { LOCALES } from '../../src/lib/locale';
import { pageUrl } from '../../src/lib/urls';
import { allIds, assertBuilt, parsePage } from '../support/dist';

assertBuilt();
const current = inventory();
const registry = readRegistry();

describe('links pasted into tickets keep working', () => {
	it('still resolves every published link, or the place it moved to', () => {
		expect(registry.links.length).toBeGreaterThan(100);
		expect(registry.links.filter((link) => !resolves(link, current, registry.moved))).toEqual([]);
	});

	it('has every current page, section and short link registered (run `npm run links:update`)', () => {
		const known = new Set(registry.links);
		expect([...current].filter((link) => !known.has(link))).toEqual([]);
	});

	it('follows moves, and a move to nowhere does not count', () => {
		const site = new Set(['/en/new/']);
		expect(resolves('/en/old/', site, { '/en/old/': '/en/new/' })).toBe(true);
		expect(resolves('/en/old/', site, { '/en/old/': '/en/gone/' })).toBe(false);
		expect(resolves('/en/a/', site, { '/en/a/': '/en/b/', '/en/b/': '/en/a/' })).toBe(false);
		expect(resolves('/en/old/', site, {})).toBe(false);
	});

	it.each(GO_LINKS.map((link) => [link.id, link] as const))(
		'/go/%s/ lands on an existing page and section in both languages',
		(_id, link) => {
			expect(current.has(`/go/${link.id}/`)).toBe(true);
			for (const locale of LOCALES) {
				const path = pageUrl('/', { locale, page: link.page });
				expect(current.has(path), path).toBe(true);
				if (link.section)
					expect(allIds(parsePage(path)).has(link.section), `${path}#${link.section}`).toBe(true);
			}
		}
	);
});
