import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/main/test/support/static-server.ts';
import { searchSite } from '/work/main/test/support/search.ts';
const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const q = 'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';
for (const [locale, w, h, scheme] of [['en',390,844,'dark'],['fr',1366,900,'light']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto(server.url + locale + '/');
  await searchSite(page, q);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/search-${locale}.png` });
  await page.locator('.w403-search-doctor').click();
  await page.waitForLoadState('load'); await page.waitForTimeout(800);
  console.log(page.url(), await page.locator('textarea').inputValue().then(v => v.slice(0,40)), await page.evaluate(() => document.activeElement?.id));
  await page.screenshot({ path: `/tmp/search-doctor-${locale}.png` });
  await page.close();
}
await browser.close(); await server.close();
