import { describe, expect, it } from 'vitest';
import { buildLink, readPrefill, withoutApiKeys } from '../../src/lib/links';

describe('support links', () => {
	it('opens a page and section in one language with the values filled in', () => {
		const link = buildLink({
			base: 'https://guide.example/',
			locale: 'fr',
			page: 'causes/wrong-entity',
			section: 'fix',
			values: { entity: 'acme', project: 'vision' },
		});
		expect(link).toEqual({
			ok: true,
			url: 'https://guide.example/fr/causes/wrong-entity/?entity=acme&project=vision#fix',
		});
	});

	it('works under a sub-path and without a section', () => {
		const link = buildLink({
			base: 'https://guide.example/wandb-403',
			locale: 'en',
			page: '/causes/wrong-host/',
			values: { host: 'https://acme.wandb.io' },
		});
		expect(link).toEqual({
			ok: true,
			url: 'https://guide.example/wandb-403/en/causes/wrong-host/?host=https%3A%2F%2Facme.wandb.io',
		});
	});

	it('round-trips any text through the query string', () => {
		const values = { entity: `a&b=c#d "é" 🙂`, project: '%20 +plus', host: '' };
		const link = buildLink({ base: 'https://g.example/', locale: 'en', values });
		if (!link.ok) throw new Error('refused');
		expect(readPrefill(new URL(link.url).search)).toEqual({
			entity: values.entity,
			project: values.project,
		});
	});

	it('refuses to put an API key in a link', () => {
		expect(
			buildLink({
				base: 'https://g.example/',
				locale: 'en',
				values: { entity: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
			})
		).toEqual({ ok: false, reason: 'api-key' });
	});

	it('refuses sections that are not ids, and unknown languages', () => {
		expect(buildLink({ base: 'https://g.example/', locale: 'en', section: '"><script>' })).toEqual({
			ok: false,
			reason: 'bad-section',
		});
		expect(buildLink({ base: 'https://g.example/', locale: 'de' as never })).toEqual({
			ok: false,
			reason: 'bad-locale',
		});
	});

	it('reads only the three prefill keys, keeping invalid values as they are', () => {
		expect(readPrefill('?entity=%3Cb%3E&project=&x=1')).toEqual({ entity: '<b>', project: '' });
	});
});

describe('a link that carries an API key', () => {
	const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
	it('loses the parameters that hold a key, and only those', () => {
		expect(withoutApiKeys(`?entity=acme&project=${key}`)).toBe('?entity=acme');
		expect(withoutApiKeys(`?project=WANDB_API_KEY%3D${key}`)).toBe('');
		expect(withoutApiKeys(`?lang=fr&entity=${key}&host=https%3A%2F%2Fx.wandb.io`)).toBe(
			'?lang=fr&host=https%3A%2F%2Fx.wandb.io'
		);
	});
	it('is left as it is when it holds no key', () => {
		expect(withoutApiKeys('?entity=a%20b&project=v')).toBe('?entity=a%20b&project=v');
		expect(withoutApiKeys('')).toBe('');
	});
});
