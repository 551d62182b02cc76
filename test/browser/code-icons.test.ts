// The icons of code blocks come from src/lib/code-frame-icons.ts instead of Expressive Code's
// SVG data URLs (each SVG image costs the browser an SVG document on every page). These
// tests check that the built pages use them and that they still look like the originals.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { COPY_ICON_MASK, EXPRESSIVE_CODE_ICONS, TERMINAL_DOTS_MASK } from '../../src/lib/code-frame-icons';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const svgUrl = (svg: string) => `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;

/** Paints a black box through `mask` and returns its alpha channel, one byte per pixel. */
async function maskAlpha(page: Page, mask: string, width: number, height: number): Promise<number[]> {
  await page.setContent(`<body style="margin:0;background:#fff"><div id="icon"></div></body>`);
  await page.locator('#icon').evaluate(
    (el, { mask, width, height }) => {
      Object.assign(el.style, { width: `${width}px`, height: `${height}px`, background: '#000', maskImage: mask, maskRepeat: 'no-repeat' });
    },
    { mask, width, height },
  );
  const shot = await page.locator('#icon').screenshot();
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // Black on white: darkness is the mask's coverage.
    return Array.from({ length: data.length / 4 }, (_, i) => 255 - data[i * 4]);
  }, shot.toString('base64'));
}

/** Share of pixels whose coverage differs by more than a quarter. */
function mismatch(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  return a.filter((value, i) => Math.abs(value - b[i]) > 64).length / a.length;
}

describe('code block icons', () => {
  it('are drawn without an SVG image on the built pages', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}en/`);
    const masks = await page.evaluate(() => {
      const block = document.querySelector('.expressive-code .frame.is-terminal')!;
      block.scrollIntoView();
      return {
        dots: getComputedStyle(block.querySelector('.header')!, '::before').maskImage,
        copy: getComputedStyle(block.querySelector('.copy button')!, '::after').maskImage,
      };
    });
    await context.close();
    expect(masks.dots).toContain('radial-gradient');
    expect(masks.copy).toContain('data:image/png');
    expect(JSON.stringify(masks)).not.toContain('svg');
  });

  it('keeps the three terminal dots where Expressive Code draws them', async () => {
    const page = await session.browser.newPage();
    // The dots' box is 2.1rem × 0.56rem (60 × 16); drawn large to compare edges closely.
    const ours = await maskAlpha(page, TERMINAL_DOTS_MASK, 300, 80);
    const original = await maskAlpha(page, svgUrl(EXPRESSIVE_CODE_ICONS.terminal), 300, 80);
    await page.close();
    expect(ours.filter((value) => value > 128).length).toBeGreaterThan(ours.length / 4);
    expect(mismatch(ours, original)).toBeLessThan(0.01);
  });

  it('keeps the copy icon as Expressive Code draws it', async () => {
    const page = await session.browser.newPage();
    const ours = await maskAlpha(page, COPY_ICON_MASK, 64, 64);
    const original = await maskAlpha(page, svgUrl(EXPRESSIVE_CODE_ICONS.copy), 64, 64);
    const fresh = await page.evaluate(async (svg) => {
      const image = new Image();
      image.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      canvas.getContext('2d')!.drawImage(image, 0, 0, 64, 64);
      return canvas.toDataURL('image/png');
    }, EXPRESSIVE_CODE_ICONS.copy);
    await page.close();
    expect(ours.filter((value) => value > 128).length).toBeGreaterThan(200);
    expect(mismatch(ours, original), `the PNG no longer matches the SVG; a fresh one: ${fresh}`).toBeLessThan(0.01);
  });
});
