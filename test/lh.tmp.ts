import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';
const s = await startStaticServer(process.argv[2] ?? 'dist');
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS, ignoreDefaultFlags: true });
for (const page of process.argv.slice(3)) {
const r = await lighthouse(s.url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r!.lhr.audits;
console.log(page, 'score', r!.lhr.categories.performance.score, 'TBT', a['total-blocking-time'].displayValue, 'FCP', a['first-contentful-paint'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue, 'SI', a['speed-index'].displayValue, 'bench', r!.lhr.environment.benchmarkIndex);
if (process.env.V) {

for (const t of (a['render-blocking-resources'].details as any)?.items ?? []) console.log('  block', t.url.slice(-50), t.wastedMs);
console.log('  lcp-el', JSON.stringify((a['largest-contentful-paint-element'].details as any)?.items?.[0]?.items?.[0]?.node?.snippet ?? '').slice(0,200));
for (const t of (a['long-tasks'].details as any)?.items ?? []) console.log('  long', t.url?.slice(-50), t.duration, Math.round(t.startTime));
for (const t of (a['mainthread-work-breakdown'].details as any)?.items ?? []) console.log('  mt', t.groupLabel, Math.round(t.duration));
for (const t of (a['bootup-time'].details as any)?.items ?? []) console.log('  boot', t.url?.slice(-50), Math.round(t.total), Math.round(t.scripting));
console.log('  dom', JSON.stringify((a['dom-size'] as any).displayValue));
}}
await chrome.kill(); await s.close();
