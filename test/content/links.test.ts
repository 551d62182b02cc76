import { siteLocation, siteRoot } from '../../src/lib/site';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { allIds, assertBuilt, fileForPath, htmlPaths, parsePage, selectAll } from '../support/dist';

assertBuilt();
const SITE = new URL(siteRoot(siteLocation(process.env)));

/** Resolves an href/src found on `from` to a site path and hash, or null when it leaves the site. */
function internalTarget(ref: string, from: string): { path: string; hash: string } | null {
	const url = new URL(ref, new URL(from, SITE));
	if (url.origin !== SITE.origin) return null;
	return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

describe('every internal link resolves', () => {
	const pages = htmlPaths();

	it('finds pages to check', () => {
		expect(pages.length).toBeGreaterThan(10);
	});

	it.each(pages)('on %s, every link, asset and #hash exists', (page) => {
		const broken: string[] = [];
		const tree = parsePage(page);
		const refs = [
			...selectAll('a[href]', tree).map((el) => String(el.properties.href)),
			...selectAll('link[href]', tree).map((el) => String(el.properties.href)),
			...selectAll('script[src], img[src]', tree).map((el) => String(el.properties.src)),
		];
		for (const ref of refs) {
			if (/^(mailto|javascript|data):/i.test(ref)) {
				if (/^javascript:/i.test(ref)) broken.push(`${ref} (javascript: link)`);
				continue;
			}
			const target = internalTarget(ref, page);
			if (!target) continue;
			const file = fileForPath(target.path);
			if (!existsSync(file)) {
				broken.push(`${ref} → ${target.path} (no such file)`);
				continue;
			}
			if (
				target.hash &&
				file.endsWith('.html') &&
				!allIds(
					parsePage(
						target.path.endsWith('/') || target.path.endsWith('.html')
							? target.path
							: target.path + '/'
					)
				).has(target.hash)
			) {
				broken.push(`${ref} → #${target.hash} (no such id)`);
			}
		}
		expect(broken).toEqual([]);
	});
});
