// Starlight's search, driven the way a reader uses it: open the dialog, type, read the results.
import type { Page } from 'playwright-core';

/**
 * Retries for a test that goes through the search dialog. Starlight mounts Pagefind's UI from a
 * `requestIdleCallback` with no timeout. In headless Chromium on a busy two-core machine, that
 * callback now and then did not run for many seconds: the dialog stayed empty in one CI run (30 s)
 * and in 6 of 120 loads with three pages open at once (8 s), and Pagefind's script was not even
 * requested. A retry starts from a new page, so search that is broken for good still fails. Each
 * test closes its page even when an attempt fails, so a retry does not compete with it.
 */
export const SEARCH_RETRY = 2;

/** Searches from Starlight's dialog and returns the path of each result. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search input');
  await input.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error('after a click on Search, Pagefind’s search box did not appear within 20 s');
  });
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}
