import { describe, expect, it } from 'vitest';
import { pageUrl, shortLinkUrl, withTrailingSlash } from '../../src/lib/urls';
import { pageOf } from '../../src/lib/golinks';

describe('the site’s addresses', () => {
	it('put one slash after the base, whether it was given or not, for paths and absolute roots', () => {
		expect(
			['/', '', '/wandb-403', '/wandb-403/', 'https://docs.example.com/x'].map(withTrailingSlash)
		).toEqual(['/', '/', '/wandb-403/', '/wandb-403/', 'https://docs.example.com/x/']);
	});

	it('name a page by language, slug, query and section, in that order', () => {
		expect(pageUrl('/wandb-403', { locale: 'fr' })).toBe('/wandb-403/fr/');
		expect(
			pageUrl('/', {
				locale: 'en',
				page: '/causes/wrong-entity/',
				section: 'fix',
				search: '?entity=acme',
			})
		).toBe('/en/causes/wrong-entity/?entity=acme#fix');
		expect(pageUrl('https://docs.example.com/', { locale: 'en', page: 'doctor' })).toBe(
			'https://docs.example.com/en/doctor/'
		);
	});

	it('name a short link under the base', () => {
		expect(shortLinkUrl('/wandb-403', 'relogin', '?lang=fr')).toBe(
			'/wandb-403/go/relogin/?lang=fr'
		);
	});

	it('find a tool’s page by its link id, and refuse an id that does not exist', () => {
		expect(pageOf('access-check')).toBe('access-check');
		expect(pageOf('relogin')).toBe('causes/stale-credentials');
		expect(() => pageOf('acces-check')).toThrow(/no short link "acces-check"/);
	});
});
