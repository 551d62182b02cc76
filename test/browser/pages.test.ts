import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { htmlPaths } from '../support/dist';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
// Every page a reader can open: both locales, the language chooser at / and the 404 page.
const pages = htmlPaths().filter((path) => !path.startsWith('/pagefind/')).map((path) => path.replace(/^\//, ''));
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'])('every page in the %s theme', (theme) => {
  it.each(pages)('/%s has no WCAG 2.2 AA violation and requests nothing from another origin', async (path) => {
    // `/` sends the reader on at once; with JavaScript off, its own markup is what we check.
    const context = await newContext(browser, 'en-US', { javaScriptEnabled: path !== '' });
    await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    if (path !== '') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const results = await new AxeBuilder({ page })
      .withTags(WCAG_22_AA)
      // Experimental in axe, so off by default; Starlight's search button used to fail it.
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
