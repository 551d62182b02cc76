import { describe, expect, inject, it } from 'vitest';
import { GO_LINKS } from '../../src/lib/golinks';
import { newContext, useBrowser } from '../support/browser';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe.each([
	['fr-FR', 'fr'],
	['en-US', 'en'],
])('short links opened by a %s browser', (browserLocale, locale) => {
	// One template for all: a link with a section and the checker, and one without a section
	// (every /go/<id>/ page is read as HTML in test/content/short-links.test.ts).
	it.each(['wrong-entity', 'start'])(
		`/go/%s/ lands in /${locale}/ at its section with the values kept`,
		async (id) => {
			const link = GO_LINKS.find((l) => l.id === id)!;
			const context = await newContext(session.browser, browserLocale);
			const page = await context.newPage();
			await page.goto(`${siteUrl}go/${id}/?entity=acme-ml&project=vision`);
			await page.waitForURL(new RegExp(`/${locale}/`));
			const url = new URL(page.url());
			expect(url.pathname).toBe(
				new URL(`${siteUrl}${locale}/${link.page ? link.page + '/' : ''}`).pathname
			);
			expect(url.search).toBe('?entity=acme-ml&project=vision');
			expect(url.hash).toBe(link.section ? `#${link.section}` : '');
			expect(await page.getAttribute('html', 'lang')).toBe(locale);
			if (link.section) expect(await page.locator(`[id="${link.section}"]`).count()).toBe(1);
			// Where the page has the checker, the values are filled in.
			const checker = page.locator('w403-name-checker input[name="entity"]');
			if (await checker.count()) expect(await checker.inputValue()).toBe('acme-ml');
			await context.close();
		}
	);
});

describe('the short-link pages themselves', () => {
	it('show both language links without JavaScript', async () => {
		const context = await newContext(session.browser, 'fr-FR', { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteUrl}go/relogin/`);
		expect(await page.locator('a[data-locale="en"]').getAttribute('href')).toBe(
			`${new URL(siteUrl).pathname}en/causes/stale-credentials/#relogin`
		);
		expect(await page.locator('a[data-locale="fr"]').getAttribute('href')).toBe(
			`${new URL(siteUrl).pathname}fr/causes/stale-credentials/#relogin`
		);
		await context.close();
	});

	it('give their language links the values too while the redirect is under way', async () => {
		const context = await newContext(session.browser, 'en-US');
		const page = await context.newPage();
		// The guide page answers 204 No Content, so the browser stays on the short-link page, as
		// it does while a slow network has not delivered the guide yet.
		await page.route('**/causes/**', (route) => route.fulfill({ status: 204 }));
		await page.goto(`${siteUrl}go/relogin/?entity=acme&project=vision`, { waitUntil: 'commit' });
		const root = new URL(siteUrl).pathname;
		await expect
			.poll(() => page.locator('a[data-locale="fr"]').getAttribute('href'))
			.toBe(`${root}fr/causes/stale-credentials/?entity=acme&project=vision#relogin`);
		expect(await page.locator('a[data-locale="en"]').getAttribute('href')).toBe(
			`${root}en/causes/stale-credentials/?entity=acme&project=vision#relogin`
		);
		await context.close();
	});

	it.each([
		['go/wrong-entiy/?entity=acme&project=vision', 'go/wrong-entity/?entity=acme&project=vision'],
		[
			'en/causes/wrongentity/?entity=acme&project=a1b2c3d4e5f60718293a4b5c6d7e8f9012345678#fix',
			'en/causes/wrong-entity/?entity=acme#fix',
		],
	])(
		'on a mistyped address (/%s), offer the page it meant, with the values and without an API key',
		async (typed, meant) => {
			const context = await newContext(session.browser);
			const page = await context.newPage();
			const response = await page.goto(`${siteUrl}${typed}`);
			expect(response?.status()).toBe(404);
			const root = new URL(siteUrl).pathname;
			const suggestions = page.locator('[data-suggestion]');
			await expect.poll(() => suggestions.first().isVisible()).toBe(true);
			expect(
				await suggestions.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
			).toEqual([`${root}${meant}`, `${root}${meant}`]);
			expect(
				await suggestions.evaluateAll((links) =>
					links.map((a) => a.closest('[lang]')?.getAttribute('lang'))
				)
			).toEqual([...LOCALES]);
			await context.close();
		}
	);

	it.each(['dark', 'light'])(
		'follow the theme chosen in the guide (%s), whatever the system prefers',
		async (theme) => {
			const context = await newContext(session.browser);
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const page = await context.newPage();
			await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
			await page.goto(`${siteUrl}go/wrong-entiy/`);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const [r, g, b] = background.match(/\d+/g)!.map(Number);
			const luminance = (r + g + b) / 3;
			if (theme === 'dark') expect(luminance).toBeLessThan(80);
			else expect(luminance).toBeGreaterThan(200);
			// The suggestion sits in each language's own block.
			await expect
				.poll(() => page.locator('main > section[lang="en"] [data-suggestion]').isVisible())
				.toBe(true);
			expect(await page.locator('main > section[lang="fr"] [data-suggestion]').isVisible()).toBe(
				true
			);
			// Coloured like the page's own links, in this theme.
			const colours = await page
				.locator('main a')
				.evaluateAll((links) => [...new Set(links.map((a) => getComputedStyle(a).color))]);
			expect(colours).toHaveLength(1);
			await context.close();
		}
	);

	it('offer nothing on an address unlike any page', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}wp-admin/setup.php`);
		await page.waitForLoadState('load');
		expect(await page.locator('[data-suggestion]').first().isVisible()).toBe(false);
		await context.close();
	});

	it('list every short link at /go/', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}go/`);
		const listed = await page.locator('table a[href*="/go/"]').allTextContents();
		expect(listed).toEqual(GO_LINKS.map((link) => `/go/${link.id}/`));
		await context.close();
	});
});
