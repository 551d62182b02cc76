// Guide pages hold their first paint until the whole article is parsed (src/lib/first-paint.ts).
// Over a slow link the HTML arrives in pieces, and without the hold Chromium paints the first
// piece at once, then restyles and lays out the page again for each further one.
import { describe, expect, inject, it } from 'vitest';
import { PAGE_END_ID } from '../../src/lib/first-paint';
import { useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();
// The longest page of each language, and the pages with the tools.
const PAGES = ['en/causes/wrong-entity/', 'fr/causes/wrong-entity/', 'en/', 'fr/doctor/'];
// Slow enough that each page takes about a second to arrive, in several pieces.
const BYTES_PER_SECOND = 16 * 1024;

describe.concurrent('the first paint', () => {
  it.each(PAGES)('shows /%s whole, even when its HTML arrives slowly', async (path) => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: BYTES_PER_SECOND, uploadThroughput: -1 });
    // Note when the parser reaches the page's last element (a microtask after it is inserted,
    // so before any rendering that follows).
    await page.addInitScript((id) => {
      new MutationObserver((_records, observer) => {
        if (!document.getElementById(id)) return;
        (window as unknown as { endParsedAt: number }).endParsedAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, PAGE_END_ID);
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const { endParsedAt, firstPaintAt } = await page.evaluate(() => ({
      endParsedAt: (window as unknown as { endParsedAt?: number }).endParsedAt,
      firstPaintAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    await context.close();
    expect(endParsedAt).toBeGreaterThan(0);
    expect(firstPaintAt).toBeGreaterThan(0);
    expect(firstPaintAt).toBeGreaterThanOrEqual(endParsedAt!);
  });
});
