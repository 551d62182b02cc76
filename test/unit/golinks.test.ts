import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CAUSES } from '../../src/lib/causes';
import { GO_LINKS, getGoLink, goLinkLocale, resolveGoLink, shortLink } from '../../src/lib/golinks';

describe('short links', () => {
	it('has one per cause, and unique URL-safe ids', () => {
		const ids = GO_LINKS.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const cause of CAUSES) expect(getGoLink(cause.id), cause.id).toBeDefined();
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('builds /go/<id>/ with the values, under any base', () => {
		expect(
			shortLink('https://g.example/', 'view-only-role', { entity: 'acme', project: 'v 1' })
		).toEqual({ ok: true, url: 'https://g.example/go/view-only-role/?entity=acme&project=v+1' });
		expect(shortLink('https://g.example/wandb-403/', 'relogin')).toEqual({
			ok: true,
			url: 'https://g.example/wandb-403/go/relogin/',
		});
	});

	it('refuses unknown ids and API keys', () => {
		expect(shortLink('https://g.example/', 'nope').ok).toBe(false);
		expect(
			shortLink('https://g.example/', 'relogin', {
				entity: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
			})
		).toEqual({ ok: false, reason: 'api-key' });
	});

	it('resolves to the page and section in the reader’s language, keeping the query', () => {
		expect(resolveGoLink(getGoLink('check-key')!, '/', 'fr', '?entity=a')).toBe(
			'/fr/causes/stale-credentials/?entity=a#check-key'
		);
		expect(resolveGoLink(getGoLink('start')!, '/wandb-403', 'en', '')).toBe('/wandb-403/en/');
		expect(resolveGoLink(getGoLink('proxy-403')!, '/', 'en', '')).toBe(
			'/en/causes/look-alikes/#proxy-403'
		);
	});

	it('pins the language of a link written for a reply, and the link opens in it whatever the browser prefers', () => {
		expect(shortLink('https://g.example/', 'view-only-role', { entity: 'acme' }, 'fr')).toEqual({
			ok: true,
			url: 'https://g.example/go/view-only-role/?lang=fr&entity=acme',
		});
		expect(goLinkLocale('?lang=fr&entity=acme', ['en-US'])).toBe('fr');
		expect(goLinkLocale('?lang=de', ['fr-CA'])).toBe('fr');
		expect(goLinkLocale('', ['de-DE'])).toBe('en');
		// The pin is not passed on to the page.
		expect(resolveGoLink(getGoLink('view-only-role')!, '/', 'fr', '?lang=fr&entity=acme')).toBe(
			'/fr/causes/view-only-role/?entity=acme#confirm'
		);
		expect(resolveGoLink(getGoLink('start')!, '/', 'fr', '?lang=fr')).toBe('/fr/');
	});

	it('is printed by the CLI with --short, and the registry by `links`', () => {
		const short = spawnSync(
			process.execPath,
			[
				'src/cli.ts',
				'link',
				'--short',
				'--id',
				'not-a-member',
				'--entity',
				'acme',
				'--project',
				'p',
				'--base',
				'https://g.example/',
			],
			{ encoding: 'utf8' }
		);
		expect(short.stdout.trim()).toBe('https://g.example/go/not-a-member/?entity=acme&project=p');
		const links = spawnSync(process.execPath, ['src/cli.ts', 'links', '--json'], {
			encoding: 'utf8',
		});
		expect((JSON.parse(links.stdout) as { links: string[] }).links).toContain('/go/not-a-member/');
	});
});
