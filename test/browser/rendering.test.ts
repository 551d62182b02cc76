// src/styles/rendering.css lets the browser skip off-screen blocks (content-visibility: auto).
// Once such a block is on screen it is rendered with layout, style and paint containment,
// which can change the layout (a margin that no longer collapses through it, say). These
// tests render every page both ways and compare where each element lands.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { htmlPaths } from '../support/dist';

const siteUrl = inject('siteUrl');
const pages = htmlPaths()
  .filter((path) => /^\/(en|fr)\//.test(path))
  .map((path) => path.slice(1));
const session = useBrowser();

/** Every element of the main column with its box, as `tag.class x,y,w,h`. */
function boxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${[r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(',')}`;
    }),
  );
}

describe.concurrent.each([
  ['a phone', 412],
  ['a desktop', 1280],
])('on %s', (_name, width) => {
  it.each(pages)('skipping off-screen rendering moves nothing on /%s', async (path) => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    // Mark the blocks the stylesheet lets the browser skip, then render all of them: first as
    // on screen (contained), then with no containment at all.
    const skippable = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
      for (const el of blocks) el.setAttribute('data-skippable', '');
      return blocks.length;
    });
    await page.addStyleTag({ content: '[data-skippable] { content-visibility: visible !important; contain: layout style paint !important; }' });
    const contained = await boxes(page);
    await page.addStyleTag({ content: '[data-skippable] { contain: none !important; }' });
    const free = await boxes(page);
    await context.close();
    expect(skippable).toBeGreaterThan(0);
    const moved = contained.map((box, i) => (box === free[i] ? '' : `${free[i]} → ${box}`)).filter(Boolean);
    expect(moved.slice(0, 3)).toEqual([]);
  });
});
