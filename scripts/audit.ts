// `npm run audit`: Lighthouse (pinned in package.json, mobile profile with its default
// simulated throttling) on the start page, a cause page, the page with tools and the
// doctor, in both languages, served as a static host would serve dist/ (with _headers).
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

console.log('> astro build');
const built = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (built.status !== 0) process.exit(1);

const server = await startStaticServer('dist');
const userDataDir = mkdtempSync(join(tmpdir(), 'w403-audit-'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_ARGS,
  userDataDir,
  // chrome-launcher's own defaults would turn extensions and networking features back on.
  ignoreDefaultFlags: true,
});

let failed = 0;
const rows: string[] = [];
try {
  for (const locale of LOCALES) {
    for (const page of PAGES) {
      const url = `${server.url}${locale}/${page}`;
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
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
      rows.push(`/${locale}/${page}`.padEnd(32) + scores.map((score, i) => `${score}${score >= TARGETS[CATEGORIES[i]] ? ' ' : '✗'}`.padStart(16)).join(''));
      rows.push(...misses);
      if (lhr.runtimeError) rows.push(`    runtime error: ${lhr.runtimeError.message}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile`);
console.log('page'.padEnd(32) + CATEGORIES.map((category) => `${category} ≥${TARGETS[category]}`.padStart(16)).join(''));
for (const row of rows) console.log(row);
console.log(failed ? `\n${failed} score(s) below target` : '\nEvery score meets its target');
process.exit(failed ? 1 : 0);
