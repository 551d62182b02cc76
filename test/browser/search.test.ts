import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('site search finds a pasted error line', () => {
  it.each([
    ['en', 'PERMISSION_ERROR'],
    ['fr', 'PERMISSION_ERROR'],
    ['en', 'failed to upsert bucket'],
    ['fr', 'failed to upsert bucket'],
  ])('in /%s/, searching “%s” lists pages of that language', async (locale, query) => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${siteUrl}${locale}/`);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await input.waitFor();
    await input.fill(query);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`/${locale}/`));
    await context.close();
  });
});
