import { launchBrowser } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';
const s = await startStaticServer(process.env.D ?? 'dist'); const b = await launchBrowser();
for (const path of process.argv.slice(2)) {
  const ctx = await b.newContext(); const page = await ctx.newPage(); const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  await page.goto(s.url + path, { waitUntil: 'networkidle' }); await page.waitForTimeout(1500);
  const done = new Promise<any>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end'); const { stream } = await done;
  let data = ''; for (;;) { const c = await cdp.send('IO.read', { handle: stream }); data += c.data; if (c.eof) break; }
  const events = JSON.parse(data).traceEvents ?? JSON.parse(data);
  const tasks = events.filter((e: any) => e.name === 'RunTask' && e.dur > 30000).sort((a: any, b: any) => b.dur - a.dur).slice(0, 8);
  console.log(path);
  for (const t of tasks) {
    const inner = events.filter((e: any) => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur && e.name !== 'RunTask');
    const by = new Map<string, number>(); for (const e of inner) { const k = e.name + (e.args?.data?.url ? ' ' + String(e.args.data.url).slice(-40) : '') ; by.set(k, (by.get(k) ?? 0) + e.dur); }
    console.log('  task', Math.round(t.dur / 1000), 'ms:', [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}=${Math.round(v / 1000)}`).join(', '));
  }
  await ctx.close();
}
await b.close(); await s.close();
