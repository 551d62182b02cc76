// `npm run audit`: Lighthouse (pinned in package.json, mobile profile with its default
// simulated throttling) on the start page, a cause page, the page with tools and the
// doctor, in both languages, served as a static host would serve dist/ (with _headers and
// compression). Lighthouse's scores vary from run to run, most of all Total Blocking Time on
// a small shared machine, so each page is audited RUNS times and judged on its median run,
// as Lighthouse's own documentation advises; the spread is printed beside it. Nine runs, not
// five: on a 2-core VM single runs fell below 98 now and then on any page, and a median of
// five still missed on one page or another in some audits.
// Prints the scores and exits 1 below target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../test/support/chromium.ts';
import { startStaticServer } from '../test/support/static-server.ts';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];
const PAGES = ['', 'causes/not-a-member/', 'causes/wrong-entity/', 'doctor/'];
const LOCALES = ['en', 'fr'];
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 9));

console.log('> astro build');
const built = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (built.status !== 0) process.exit(1);

const server = await startStaticServer('dist');

/**
 * Audits one page RUNS times in a browser of its own, as Lighthouse's CLI starts a fresh
 * browser for every audit. With one browser for the whole audit, the pages audited last
 * scored lower whatever they were (the French pages 91–97 there, 99–100 in a fresh browser).
 */
async function auditPage(url: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'w403-audit-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_ARGS,
    userDataDir,
    // chrome-launcher's default flags stay on: they are what Lighthouse's own CLI runs with,
    // and they stop background work (renderer backgrounding, timer throttling, translation,
    // component updates) that otherwise lands inside the timed tasks on a small machine.
  });
  const audit = async () => {
    const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    return runner.lhr;
  };
  try {
    // The first audit in a fresh browser is slower than the rest: run one and discard it.
    await audit();
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit());
    return runs;
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

let failed = 0;
const rows: string[] = [];
try {
  for (const locale of LOCALES) {
    for (const page of PAGES) {
      const url = `${server.url}${locale}/${page}`;
      const runs = await auditPage(url);
      const performance = (lhr: (typeof runs)[number]) => lhr.categories.performance?.score ?? 0;
      runs.sort((a, b) => performance(a) - performance(b));
      const lhr = runs[Math.floor(runs.length / 2)];
      const scores = CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
      const misses: string[] = [];
      CATEGORIES.forEach((category, index) => {
        if (scores[index] >= TARGETS[category]) return;
        failed++;
        for (const ref of lhr.categories[category].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) misses.push(`    ${category}: ${audit.id} (${audit.displayValue ?? audit.score}) ${audit.title}`);
        }
      });
      const below = runs.filter((run) => Math.round(performance(run) * 100) < TARGETS.performance).length;
      const spread = RUNS > 1 ? `   (performance ${Math.round(performance(runs[0]) * 100)}–${Math.round(performance(runs.at(-1)!) * 100)} over ${RUNS} runs, ${below} below ${TARGETS.performance})` : '';
      rows.push(`/${locale}/${page}`.padEnd(32) + scores.map((score, i) => `${score}${score >= TARGETS[CATEGORIES[i]] ? ' ' : '✗'}`.padStart(16)).join('') + spread);
      rows.push(...misses);
      if (lhr.runtimeError) rows.push(`    runtime error: ${lhr.runtimeError.message}`);
    }
  }
} finally {
  await server.close();
}

console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, median of ${RUNS} run(s) per page`);
console.log('page'.padEnd(32) + CATEGORIES.map((category) => `${category} ≥${TARGETS[category]}`.padStart(16)).join(''));
for (const row of rows) console.log(row);
console.log(failed ? `\n${failed} score(s) below target` : '\nEvery score meets its target');
process.exit(failed ? 1 : 0);
