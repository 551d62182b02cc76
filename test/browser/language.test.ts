import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('languages', () => {
	it('keeps the ?query and #hash when switching language', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/causes/wrong-entity/?entity=my-team&project=p#fix`);
		await Promise.all([
			page.waitForURL(/\/fr\//),
			page.locator('starlight-lang-select select').first().selectOption({ label: 'Français' }),
		]);
		const url = new URL(page.url());
		expect(url.pathname).toBe(new URL(`${siteUrl}fr/causes/wrong-entity/`).pathname);
		expect(url.search).toBe('?entity=my-team&project=p');
		expect(url.hash).toBe('#fix');
		expect(await page.locator('#fix').isVisible()).toBe(true);
		await context.close();
	});

	it.each([
		['fr-FR', 'fr'],
		['fr-CA', 'fr'],
		['en-US', 'en'],
		['de-DE', 'en'],
	])(
		'sends a %s browser from / to /%s/, keeping ?query and #hash',
		async (browserLocale, expected) => {
			const context = await newContext(session.browser, browserLocale);
			const page = await context.newPage();
			await page.goto(`${siteUrl}?entity=acme#triage`);
			await page.waitForURL(new RegExp(`/${expected}/`));
			const url = new URL(page.url());
			expect(url.pathname).toBe(new URL(`${siteUrl}${expected}/`).pathname);
			expect(url.search).toBe('?entity=acme');
			expect(url.hash).toBe('#triage');
			expect(await page.getAttribute('html', 'lang')).toBe(expected);
			await context.close();
		}
	);

	it('offers both languages at / when JavaScript is off', async () => {
		const context = await newContext(session.browser, 'fr-FR', { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl);
		expect(new URL(page.url()).pathname).toBe(new URL(siteUrl).pathname);
		const english = page.locator('a[data-locale="en"]');
		const french = page.locator('a[data-locale="fr"]');
		expect(await english.getAttribute('href')).toBe(`${new URL(siteUrl).pathname}en/`);
		expect(await french.getAttribute('href')).toBe(`${new URL(siteUrl).pathname}fr/`);
		await french.click();
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await context.close();
	});

	it('labels the sidebar in the page’s language', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}fr/`);
		const sidebar = await page.locator('#starlight__sidebar').innerText();
		expect(sidebar).toContain('Par où commencer');
		expect(sidebar).toContain('Référence');
		await page.goto(`${siteUrl}en/`);
		expect(await page.locator('#starlight__sidebar').innerText()).toContain('Start here');
		await context.close();
	});
});
