// A support agent's link to a section keeps showing that section when the reader switches
// language. (Every published section link is opened at two window sizes in every-page.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser } from '../support/browser';
import { settled } from '../support/section-place';

const siteUrl = inject('siteUrl');
const session = useBrowser();
describe('links to a section', () => {
	it.each([
		['/en/causes/wrong-entity/', 'fix', 'fr', 1366, 900],
		['/fr/causes/stale-credentials/', 'fix', 'en', 390, 844],
		['/en/reference/error-messages/', 'login-line', 'fr', 1366, 900],
	])(
		'keep their section, values and place when the reader switches language (%s#%s → %s, %i px)',
		async (path, hash, other, width, height) => {
			const context = await newContext(session.browser, 'en-US');
			const page = await context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(`${siteUrl}${path.slice(1)}?entity=acme&project=vision#${hash}`);
			// On a phone the language menu is in the site menu.
			const menu = page.locator('button.sl-menu-button');
			if (await menu.isVisible()) await menu.click();
			const select = page.locator('starlight-lang-select select').locator('visible=true').first();
			await select.selectOption({ label: other === 'fr' ? 'Français' : 'English' });
			await page.waitForURL(new RegExp(`/${other}/`));
			const url = new URL(page.url());
			expect(url.pathname).toBe(new URL(`${siteUrl}${other}${path.slice(3)}`).pathname);
			expect(url.search + url.hash).toBe(`?entity=acme&project=vision#${hash}`);
			expect(await settled(page, hash)).toBeNull();
			await context.close();
		}
	);
});
