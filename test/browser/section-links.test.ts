// A support agent's link to a section must show that section: after the page has loaded and
// settled, the heading sits below the sticky header (and the phone's "On this page" bar), in
// the top third of the window, unless the page ends before it can scroll that far.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const registry: { links: string[] } = JSON.parse(readFileSync(join(import.meta.dirname, '../../links/published.json'), 'utf8'));

// Every published section link, grouped by page: one fresh load per page, then the others by hash.
const byPage = new Map<string, string[]>();
for (const link of registry.links.filter((l) => l.includes('#') && !l.startsWith('/go/'))) {
  const [path, hash] = link.split('#');
  byPage.set(path, [...(byPage.get(path) ?? []), hash]);
}

/** Where the heading is, and what a reader needs of it; null when it is where it should be. */
async function misplaced(page: Page, id: string): Promise<string | null> {
  return page.evaluate((id) => {
    const heading = document.getElementById(id);
    if (!heading) return `#${id} is not on the page`;
    // A tool's result heading stays hidden until there is a result: nothing to show yet.
    if (heading.getClientRects().length === 0) return null;
    const covers = [...document.querySelectorAll('header.header, mobile-starlight-toc nav')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.top <= 1)
      .reduce((bottom, r) => Math.max(bottom, r.bottom), 0);
    const top = heading.getBoundingClientRect().top;
    const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
    if (top < covers - 1) return `#${id} is ${Math.round(covers - top)} px under the header`;
    if (top > window.innerHeight / 3 && !(atEnd && top < window.innerHeight)) return `#${id} is at ${Math.round(top)} px of ${window.innerHeight}`;
    return null;
  }, id);
}

const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('links to a section', () => {
  it.each([
    [1366, 900],
    [390, 844],
  ])('show their heading at the top of a %i × %i window, and it stays there', async (width, height) => {
    const context = await newContext(session.browser, 'en-US');
    const faults: string[] = [];
    // A few tabs at once, so the 1.5 s waits overlap.
    const pages = [...byPage];
    const tabs = 4;
    await Promise.all(
      Array.from({ length: tabs }, async (_, tab) => {
        const page = await context.newPage();
        await page.setViewportSize({ width, height });
        for (const [path, hashes] of pages.filter((_, i) => i % tabs === tab)) {
          await page.goto(`${siteUrl}${path.slice(1)}#${hashes[0]}`);
          // Still there once late styles, fonts and scripts have done their work.
          await page.waitForTimeout(1500);
          const fresh = await misplaced(page, hashes[0]);
          if (fresh) faults.push(`${path} (fresh load): ${fresh}`);
          for (const hash of hashes.slice(1)) {
            await page.evaluate((hash) => (location.hash = hash), hash);
            await settle(page);
            const moved = await misplaced(page, hash);
            if (moved) faults.push(`${path}: ${moved}`);
          }
        }
      }),
    );
    expect(faults.sort()).toEqual([]);
    await context.close();
  });

  it.each([
    ['/en/causes/wrong-entity/', 'fix', 'fr', 1366, 900],
    ['/fr/causes/stale-credentials/', 'fix', 'en', 390, 844],
    ['/en/reference/error-messages/', 'login-line', 'fr', 1366, 900],
  ])('keep their section, values and place when the reader switches language (%s#%s → %s, %i px)', async (path, hash, other, width, height) => {
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
    await page.waitForTimeout(1500);
    expect(await misplaced(page, hash)).toBeNull();
    await context.close();
  });
});
