import { describe, expect, it } from 'vitest';
import { nearestPath } from '../../src/lib/near-miss';
import { GO_LINKS } from '../../src/lib/golinks';

const known = [
	...GO_LINKS.map((link) => `go/${link.id}/`),
	'en/',
	'fr/',
	'en/causes/wrong-entity/',
	'fr/causes/wrong-entity/',
	'en/doctor/',
];

describe('nearestPath', () => {
	it.each([
		['go/wrong-entiy/', 'go/wrong-entity/'],
		['/go/wrong-entiy', 'go/wrong-entity/'],
		['go/Wrong-Entity/', 'go/wrong-entity/'],
		['go/view-only/', undefined],
		['en/causes/wrongentity/', 'en/causes/wrong-entity/'],
		['en/doctr/', 'en/doctor/'],
	])('takes %s for %s', (path, expected) => {
		expect(nearestPath(path, known)).toBe(expected);
	});

	it.each(['x/', 'favicon.ico', 'wp-admin/', 'en/', ''])(
		'suggests nothing for %s (unrelated, or the page itself)',
		(path) => {
			expect(nearestPath(path, known)).toBeUndefined();
		}
	);
});
