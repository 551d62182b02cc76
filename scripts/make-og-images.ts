// `npm run og-images`: draws the link-preview cards (public/og-<locale>.png, 1200×630) with
// Debian's Chromium. Run it when the titles change; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../tools/chromium.ts';
import { DICTIONARIES } from '../src/lib/i18n.ts';

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
for (const [locale, dict] of Object.entries(DICTIONARIES)) {
	await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#17181c;color:#fff;font-family:system-ui,sans-serif">
    <div style="font-size:44px;font-weight:800;color:#fcd34d;letter-spacing:.02em">403 · permission denied</div>
    <div style="font-size:64px;font-weight:800;line-height:1.1;margin-top:24px">${escape(dict['root.title'])}</div>
    <div style="font-size:34px;line-height:1.35;margin-top:28px;color:#d1d5db">${escape(dict['root.lead'])}</div>
  </body></html>`);
	writeFileSync(`public/og-${locale}.png`, await page.screenshot({ type: 'png' }));
	console.log(`public/og-${locale}.png`);
}
await browser.close();
