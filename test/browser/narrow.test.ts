// On a 360 px phone no page scrolls sideways, in either language or theme, with its tools filled
// with values that fail the checks (the longest messages) and a diagnosis shown.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';
import { htmlPaths } from '../support/dist';

const siteUrl = inject('siteUrl');
const session = useBrowser();
// Every page a reader can stay on: /go/<id>/ pages only redirect, /pagefind/ is not a page.
const pages = htmlPaths().filter((path) => !path.startsWith('/pagefind/') && !/^\/go\/[^/]+\/$/.test(path));
const LOG = 'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';

/** Fills whatever tools the page has with bad values, so that they show their errors. */
async function fillTools(page: Page): Promise<void> {
  const checker = page.locator('w403-name-checker').first();
  if (await checker.count()) {
    await checker.locator('input[name="entity"]').fill('https://wandb.ai/acme-research-laboratory/computer-vision-baseline');
    await checker.locator('input[name="project"]').fill('Speech Recognition Baseline/2024?');
    await checker.locator('input[name="host"]').fill('wandb.ai');
  }
  const doctor = page.locator('w403-log-doctor');
  if (await doctor.count()) {
    await doctor.locator('textarea').fill(LOG);
    await doctor.locator(':is([data-causes], [data-suspects]) li').first().waitFor();
  }
  const desk = page.locator('w403-support-desk');
  if (await desk.count()) {
    await desk.locator('[name="entity"]').fill('https://wandb.ai/acme-research-laboratory/computer-vision-baseline');
    await desk.locator('[name="section"]').selectOption('view-only-role');
    await desk.locator('button[type="submit"]').click();
  }
}

describe('a 360 px phone', () => {
  it.each(['light', 'dark'])('scrolls no page sideways (%s theme, tools filled and showing errors)', async (theme) => {
    const context = await newContext(session.browser);
    await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const wide: string[] = [];
    const tabs = 4;
    await Promise.all(
      Array.from({ length: tabs }, async (_, tab) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 360, height: 780 });
        for (const path of pages.filter((_, i) => i % tabs === tab)) {
          await page.goto(`${siteUrl}${path.slice(1)}`);
          await fillTools(page);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 360) wide.push(`${path}: ${width} px`);
        }
      }),
    );
    expect(wide.sort()).toEqual([]);
    await context.close();
  });
});

describe('pages outside the guide (language choice, short links, 404)', () => {
  it.each(['/', '/go/', '/404.html'])('%s follows the system’s dark mode', async (path) => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${siteUrl}${path.slice(1)}`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await context.close();
  });
});
