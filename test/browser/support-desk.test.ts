import { describe, expect, inject, it } from 'vitest';
import { copiedBy, newContext, useBrowser } from '../support/browser';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('the support desk', () => {
	it('names a section that is not a cause by its heading, in the customer’s language, never by its short link', async () => {
		const context = await newContext(session.browser, 'en-US');
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="section"]').selectOption('triage');
		expect(await desk.locator('[name="section"] option:checked').textContent()).toBe(
			'One-minute triage'
		);
		await desk.locator('[name="language"]').selectOption('fr');
		await desk.locator('button[type="submit"]').click();
		const reply = await desk.locator('[data-reply]').inputValue();
		expect(reply).toMatch(/«\s?Tri en une minute\s?»/);
		// No value was given: the reply does not say any is filled in.
		expect(reply.startsWith(fr['desk.replyTemplateNoValues'].split('{{')[0])).toBe(true);
		expect(reply).not.toContain(fr['desk.replyTemplate'].split('{{cause}}')[1].split('{{')[0]);
		expect(reply).not.toContain('/go/triage/ ');
		await context.close();
	});

	it('makes a short link and a reply in the customer’s language, from a page in another language', async () => {
		const context = await newContext(session.browser, 'fr-FR');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(siteUrl).origin,
		});
		const page = await context.newPage();
		await page.goto(`${siteUrl}fr/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('acme-ml');
		await desk.locator('[name="project"]').fill('vision');
		await desk.locator('[name="section"]').selectOption('wrong-entity');
		await desk.locator('[name="language"]').selectOption('en');
		await desk.locator('button[type="submit"]').click();
		// The reply is in English, so the link opens in English.
		const link = `${siteUrl}go/wrong-entity/?lang=en&entity=acme-ml&project=vision`;
		expect(await desk.locator('[data-link]').getAttribute('href')).toBe(link);
		const reply = await desk.locator('[data-reply]').inputValue();
		expect(reply).toContain('Hello');
		expect(reply).toContain(`“${en['cause.wrong-entity']}”`);
		expect(reply.endsWith(link)).toBe(true);
		expect(await copiedBy(page, desk.locator('[data-copy-reply]'))).toBe(reply);
		// The link the agent sends opens the section in the reply's language, prefilled, whatever the customer's browser prefers.
		const customer = await newContext(session.browser, 'fr-FR');
		const opened = await customer.newPage();
		await opened.goto(link);
		await opened.waitForURL(/\/en\/causes\/wrong-entity\//);
		expect(new URL(opened.url()).hash).toBe('#confirm');
		expect(new URL(opened.url()).search).toBe('?entity=acme-ml&project=vision');
		await expect
			.poll(() => opened.locator('w403-name-checker input[name="entity"]').inputValue())
			.toBe('acme-ml');
		await customer.close();
		await context.close();
	});

	it('promises values only for a section whose page fills them in, and says so otherwise', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('acme-ml');
		await desk.locator('[name="project"]').fill('vision');
		await desk.locator('[name="section"]').selectOption('view-only-role');
		await desk.locator('button[type="submit"]').click();
		expect(await desk.locator('[data-link]').getAttribute('href')).toBe(
			`${siteUrl}go/view-only-role/?lang=en`
		);
		const reply = await desk.locator('[data-reply]').inputValue();
		expect(reply).not.toContain(
			en['desk.replyTemplate'].split('{{cause}}')[1].split('{{')[0].trim()
		);
		expect(await desk.locator('[data-note]').textContent()).toBe(en['desk.valuesNotUsed']);
		await context.close();
	});

	it('writes French replies with French typography and checks values with the checker’s rules', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('my-awesome-team-name');
		await desk.locator('[name="section"]').selectOption('wrong-entity');
		await desk.locator('[name="language"]').selectOption('fr');
		await desk.locator('button[type="submit"]').click();
		expect(await desk.locator('[data-problems]').innerText()).toContain('placeholder');
		const reply = await desk.locator('[data-reply]').inputValue();
		expect(reply).toMatch(/^Bonjour/);
		expect(reply).toContain('\u00a0:');
		await context.close();
	});

	it('makes no link or reply from values that fail the check, and makes none before a section is chosen', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('https://wandb.ai/acme-research/vision');
		await desk.locator('button[type="submit"]').click();
		// No section yet: the form asks for one in the page's language, marks the menu and makes nothing.
		await expect.poll(() => desk.locator('[data-note]').textContent()).toBe(en['desk.chooseFirst']);
		expect(await desk.locator('[name="section"]').getAttribute('aria-invalid')).toBe('true');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('section');
		expect(await desk.locator('[data-reply]').isHidden()).toBe(true);
		await desk.locator('[name="section"]').selectOption('wrong-entity');
		await desk.locator('button[type="submit"]').click();
		await expect.poll(() => desk.locator('[data-note]').textContent()).toBe(en['desk.fixFirst']);
		expect(await desk.locator('[name="section"]').getAttribute('aria-invalid')).toBe('false');
		// The error is coloured as in the checker and tied to the field it is about.
		const error = desk.locator('[data-problems] li.w403-error').first();
		expect(await error.count()).toBe(1);
		const colours = await error.evaluate((li) => [
			getComputedStyle(li.querySelector('strong')!).color,
			getComputedStyle(li).color,
		]);
		expect(colours[0]).not.toBe(colours[1]);
		const entity = desk.locator('[name="entity"]');
		expect(await entity.getAttribute('aria-invalid')).toBe('true');
		expect(await entity.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
		expect(await desk.locator('[data-reply]').isHidden()).toBe(true);
		expect(await desk.locator('[data-link-line]').isHidden()).toBe(true);
		await context.close();
	});

	it.each([...LOCALES])(
		'fits a 360 px phone in /%s/support/, filled and showing errors, without scrolling sideways',
		async (locale) => {
			const context = await newContext(session.browser);
			const page = await context.newPage();
			await page.setViewportSize({ width: 360, height: 780 });
			await page.goto(`${siteUrl}${locale}/support/`);
			const desk = page.locator('w403-support-desk');
			await desk.locator('[name="entity"]').fill('https://wandb.ai/acme-research/vision');
			await desk.locator('[name="section"]').selectOption('view-only-role');
			await desk.locator('button[type="submit"]').click();
			await desk.locator('[data-problems] li').first().waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
			await context.close();
		}
	);

	it('refuses an API key and shows no link or reply', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="project"]').fill('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
		await desk.locator('[name="section"]').selectOption('relogin');
		await desk.locator('button[type="submit"]').click();
		expect(await desk.locator('[data-note]').innerText()).toContain('API key');
		expect(await desk.locator('[data-reply]').isHidden()).toBe(true);
		expect(await desk.innerText()).not.toContain('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
		await context.close();
	});

	it('shows the table’s links on the origin the page is served from, as the replies are', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="section"]').selectOption('relogin');
		await desk.locator('button[type="submit"]').click();
		const reply = await desk.locator('[data-link]').getAttribute('href');
		expect(reply?.startsWith(siteUrl)).toBe(true);
		const shown = await desk.locator('#desk-relogin code').allTextContents();
		expect(shown.length).toBe(3);
		for (const text of shown) expect(text.startsWith(siteUrl), text).toBe(true);
		for (const href of await desk
			.locator('#desk-relogin a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
			expect(href.startsWith(siteUrl)).toBe(true);
		await context.close();
	});

	it('keeps a long link within a phone’s width (a host, names without hyphens)', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('acmeresearchlaboratory');
		await desk.locator('[name="project"]').fill('imagenetbaselineexperiments');
		await desk.locator('[name="host"]').fill('https://acme.wandb.io');
		await desk.locator('[name="section"]').selectOption('wrong-entity');
		await desk.locator('button[type="submit"]').click();
		await desk.locator('[data-link]').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await context.close();
	});

	it('stacks its table on a phone, so the links read in long lines, not 9-character pieces', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}fr/support/`);
		const widths = await page
			.locator('w403-support-desk tbody code')
			.evaluateAll((codes) => codes.map((code) => code.getBoundingClientRect().width));
		expect(widths.length).toBeGreaterThan(40);
		// Every link gets most of the phone's width (three columns gave each about 90 px).
		expect(Math.min(...widths)).toBeGreaterThan(200);
		await context.close();
	});

	it('lists every short link with its English and French links without JavaScript', async () => {
		const context = await newContext(session.browser, 'en-US', { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteUrl}fr/support/`);
		expect(await page.locator('w403-support-desk form').isHidden()).toBe(true);
		const rows = page.locator('w403-support-desk tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(15);
		expect(await page.locator('#desk-relogin a[lang="fr"]').getAttribute('href')).toContain(
			'/fr/causes/stale-credentials/#relogin'
		);
		await context.close();
	});
});
