import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { generateCheckScript } from '../../src/lib/check-script';
import { PLACEHOLDER_VALUES } from '../../src/lib/snippets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copiedBy, newContext, useBrowser } from '../support/browser';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const session = useBrowser();

async function open(
	path: string,
	options: { locale?: string; javaScriptEnabled?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await newContext(session.browser, options.locale ?? 'en-US', {
		javaScriptEnabled: options.javaScriptEnabled ?? true,
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(siteUrl).origin,
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(siteUrl + path);
	return { context, page, errors };
}

const tool = (page: Page) => page.locator('w403-name-checker').first();
const shown = (page: Page) => tool(page).locator('[data-snippet="check-script"]:not([hidden])');

async function visibleScript(page: Page): Promise<string> {
	return (await shown(page).locator('pre').textContent()) ?? '';
}

/** What the reader gets by pressing the copy button: the clipboard's text. */
async function copiedScript(page: Page): Promise<string> {
	return copiedBy(page, shown(page).locator('button[data-copy-script]'));
}

/** The site origin the build wrote into the script (SITE at build time), read from the page. */
async function builtBase(page: Page): Promise<string> {
	return /^SITE = "([^"]+)"$/m.exec(await visibleScript(page))![1];
}

describe('the access check page', () => {
	it('shows and copies exactly the generated script for the values in the link, then for typed ones', async () => {
		const { context, page, errors } = await open(
			'en/access-check/?entity=acme%20%22lab%22&project=vision%7B1%7D'
		);
		const base = await builtBase(page);
		const expected = (values: { entity: string; project: string; host?: string }) =>
			generateCheckScript(values, { dict: en, locale: 'en', base });
		await expect
			.poll(() => visibleScript(page))
			.toBe(expected({ entity: 'acme "lab"', project: 'vision{1}' }));
		expect(await copiedScript(page)).toBe(expected({ entity: 'acme "lab"', project: 'vision{1}' }));
		await tool(page).locator('input[name="host"]').fill('https://acme.wandb.io/');
		await expect
			.poll(() => visibleScript(page))
			.toBe(
				expected({ entity: 'acme "lab"', project: 'vision{1}', host: 'https://acme.wandb.io' })
			);
		expect(await copiedScript(page)).toBe(
			expected({ entity: 'acme "lab"', project: 'vision{1}', host: 'https://acme.wandb.io' })
		);
		await expect
			.poll(() => shown(page).locator('[data-script-note]').textContent())
			.toBe(en['tool.scriptCopied']);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the placeholders, and never shows a key, while a value is refused', async () => {
		const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
		const { context, page } = await open('en/access-check/');
		await tool(page).locator('input[name="entity"]').fill(key);
		await tool(page).locator('input[name="project"]').fill('vision');
		await expect
			.poll(() => tool(page).locator('[data-snippet-note]').textContent())
			.toBe(en['tool.snippetRefused']);
		expect(await visibleScript(page)).toContain('ENTITY = "<your-team>"');
		expect(await visibleScript(page)).not.toContain(key);
		expect(await copiedScript(page)).not.toContain(key);
		await context.close();
	});

	it('gives a runnable French script without JavaScript: placeholders, and no server', async () => {
		const { context, page } = await open('fr/access-check/', {
			locale: 'fr-FR',
			javaScriptEnabled: false,
		});
		const base = await builtBase(page);
		expect(await visibleScript(page)).toBe(
			generateCheckScript(
				{ entity: PLACEHOLDER_VALUES.entity, project: PLACEHOLDER_VALUES.project },
				{ dict: fr, locale: 'fr', base }
			)
		);
		expect(await visibleScript(page)).toMatch(/^HOST = ""$/m);
		// The copy button needs JavaScript: without it, it is not offered (the text stays selectable).
		expect(await shown(page).locator('button[data-copy-script]').isVisible()).toBe(false);
		await context.close();
	});

	it('is offered by the name checker on the cause pages, with the typed values', async () => {
		const { context, page } = await open('fr/causes/wrong-entity/', { locale: 'fr-FR' });
		const link = tool(page).locator('[data-check-link]');
		expect(await link.getAttribute('href')).toMatch(/\/fr\/access-check\/$/);
		await tool(page).locator('input[name="entity"]').fill('acme & co');
		await tool(page).locator('input[name="project"]').fill('vision');
		await expect
			.poll(() => link.getAttribute('href'))
			.toBe(`${siteUrl}fr/access-check/?entity=acme+%26+co&project=vision`);
		await link.click();
		await page.waitForURL(/access-check/);
		await expect.poll(() => visibleScript(page)).toContain('ENTITY = "acme & co"');
		await context.close();
	});

	it('downloads the script as w403_check.py, exactly as shown with the typed values', async () => {
		const { context, page } = await open('en/access-check/?entity=acme&project=vision');
		await expect.poll(() => visibleScript(page)).toContain('ENTITY = "acme"');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			shown(page).locator('button[data-download-script]').click(),
		]);
		expect(download.suggestedFilename()).toBe('w403_check.py');
		const saved = readFileSync(await download.path(), 'utf8');
		expect(saved).toBe(await visibleScript(page));
		expect(await shown(page).locator('[data-script-note]').textContent()).toBe(
			en['tool.scriptDownloaded']
		);
		await context.close();
	});

	it('shows the script in a short box that opens whole on request', async () => {
		const { context, page } = await open('en/access-check/');
		const pre = shown(page).locator('pre');
		const toggle = shown(page).locator('button[data-show-all]');
		const sizes = () =>
			pre.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
		const closed = await sizes();
		expect(closed.client).toBeLessThan(400);
		expect(closed.scroll).toBeGreaterThan(closed.client);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		const whole = await sizes();
		expect(whole.scroll).toBeLessThanOrEqual(whole.client + 1);
		await toggle.click();
		expect((await sizes()).client).toBe(closed.client);
		await context.close();
	});

	it('gives its verdict again when its output is pasted into the log doctor page', async () => {
		const output = readFileSync(
			join(import.meta.dirname, '../fixtures/logs/access-check-not-a-member.log'),
			'utf8'
		);
		const { context, page } = await open('fr/doctor/', { locale: 'fr-FR' });
		await page.locator('w403-log-doctor textarea').fill(output);
		await page.locator('w403-log-doctor [data-causes] li a').first().waitFor();
		expect(
			await page
				.locator('w403-log-doctor [data-causes] li a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('data-cause')))
		).toEqual(['not-a-member', 'wrong-entity', 'organization-entity']);
		expect(await page.locator('w403-log-doctor [data-category]').textContent()).toBe(
			fr['doctor.category.access-check']
		);
		await context.close();
	});

	it.each([...LOCALES])('has no accessibility violation in /%s/access-check/', async (locale) => {
		const { context, page } = await open(`${locale}/access-check/?entity=acme&project=vision`, {
			locale: locale === 'fr' ? 'fr-FR' : 'en-US',
		});
		await expect.poll(() => visibleScript(page)).toContain('ENTITY = "acme"');
		for (const theme of ['light', 'dark']) {
			await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
			const violations = await axeViolations(page, { include: 'w403-name-checker' });
			expect(violations.map((line) => `${theme} ${line}`)).toEqual([]);
		}
		await context.close();
	});
});
