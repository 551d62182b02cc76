import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { newContext, useBrowser } from '../support/browser';
import { htmlPaths } from '../support/dist';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
// Every page a reader can open: both locales, the language chooser at / and the 404 page.
const pages = htmlPaths().filter((path) => !path.startsWith('/pagefind/')).map((path) => path.replace(/^\//, ''));
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const session = useBrowser();

describe.concurrent.each(['light', 'dark'])('every page in the %s theme', (theme) => {
  it.each(pages)('/%s has no WCAG 2.2 AA violation and requests nothing from another origin', async (path) => {
    const context = await newContext(session.browser);
    await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    const page = await context.newPage();
    if (path === '' || /^go\/[^/]+\/$/.test(path)) {
      // `/` and `/go/<id>/` send the reader on at once; serve them without their script so
      // their own markup is what gets checked.
      await page.route(siteUrl + path, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script\b(?![^>]*application\/json)[\s\S]*?<\/script>/g, '');
        await route.fulfill({ response, body: html });
      });
    }
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    if (/^(en|fr)\//.test(path)) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const axe = new AxeBuilder({ page })
      .setLegacyMode(true)
      .withTags(WCAG_22_AA)
      // Experimental in axe, so off by default; Starlight's search button failed it.
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
    const results = await axe.analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
