// Browser helpers for the browser tests (Chromium itself: chromium.ts).
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/chromium.ts';

export { CHROMIUM_ARGS, chromiumPath, launchBrowser } from '../../tools/chromium.ts';

/** A fresh context with the browser language set, as a reader in that locale has it. */
export async function newContext(
	browser: Browser,
	locale = 'en-US',
	options: { javaScriptEnabled?: boolean } = {}
): Promise<BrowserContext> {
	return browser.newContext({ locale, ...options });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): { readonly browser: Browser } {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser is not launched yet');
			return browser;
		},
	};
}

/**
 * Clicks a copy button and returns what it put on the clipboard. Pages write the clipboard
 * after the click has returned (the write is a promise), so the clipboard is emptied first
 * and read until the new text is there, never read too early and mistaken for the old one.
 */
export async function copiedBy(page: Page, button: Locator): Promise<string> {
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await button.click();
	let text = '';
	await expect
		.poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText())), {
			message: 'nothing was copied',
		})
		.not.toBe('');
	return text;
}
