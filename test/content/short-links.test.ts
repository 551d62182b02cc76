// Every /go/<id>/ page as built: the browser follows one of them (test/browser/short-links.test.ts);
// the others are the same template, so here each one is read as HTML for what differs: its
// link, its language links, and the same redirect script as the one the browser ran.
import { describe, expect, it } from 'vitest';
import { GO_LINKS, resolveGoLink } from '../../src/lib/golinks';
import { LOCALES } from '../../src/lib/locale';
import { assertBuilt, parsePage, select, selectAll, toText } from '../support/dist';

assertBuilt();
const scripts = (path: string) =>
	selectAll('script[src]', parsePage(path)).map((script) => String(script.properties.src));
const FOLLOWED = '/go/wrong-entity/';

describe('every short-link page', () => {
	it.each(GO_LINKS.map((link) => [link.id, link] as const))(
		'/go/%s/ carries its link, a link per language to its page and section, and the redirect script',
		(id, link) => {
			const path = `/go/${id}/`;
			const tree = parsePage(path);
			const data = select('script#w403-go', tree);
			expect(JSON.parse(data ? toText(data) : 'null')).toEqual(link);
			const main = select('main[data-base]', tree);
			const base = String(main?.properties.dataBase);
			const hrefs = Object.fromEntries(
				selectAll('a[data-locale]', tree).map((a) => [
					String(a.properties.dataLocale),
					String(a.properties.href),
				])
			);
			expect(hrefs).toEqual(
				Object.fromEntries(LOCALES.map((locale) => [locale, resolveGoLink(link, base, locale, '')]))
			);
			expect(scripts(path)).toEqual(scripts(FOLLOWED));
		}
	);
});
