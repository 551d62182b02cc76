import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { newContext, useBrowser } from '../support/browser';
import { SEARCH_RETRY, searchSite } from '../support/search';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('site search finds a pasted error line', () => {
  it.each([
    ['en', 'PERMISSION_ERROR'],
    ['fr', 'PERMISSION_ERROR'],
    ['en', 'failed to upsert bucket'],
    ['fr', 'failed to upsert bucket'],
  ])('in /%s/, searching “%s” lists pages of that language', { retry: SEARCH_RETRY }, async (locale, query) => {
    const context = await newContext(session.browser);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(`${siteUrl}${locale}/`);
    const hrefs = await searchSite(page, query);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`/${locale}/`));
  });
});
