// Browser helpers for the browser tests (Chromium itself: chromium.ts).
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './chromium.ts';

export { CHROMIUM_ARGS, chromiumPath, launchBrowser } from './chromium.ts';

/** A fresh context with the browser language set, as a reader in that locale has it. */
export async function newContext(browser: Browser, locale = 'en-US', options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
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
 * Renders the blocks the browser may skip while off screen (src/styles/rendering.css), so
 * that an accessibility check sees their real colours and sizes, not unrendered boxes.
 */
export async function renderOffscreenBlocks(page: Page): Promise<void> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}
