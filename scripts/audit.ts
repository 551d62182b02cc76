// `npm run audit`: Lighthouse (pinned in package.json, mobile profile with its default
// simulated throttling) on the start page, a cause page, the page with tools and the
// doctor, in both languages, side by side with the same pages built as bare Starlight pages
// (bench/builds.ts, makeBareTwin: the same MDX with this project's components removed).
//
// Lighthouse's performance score swings by about ten points from run to run on this shared
// 2-core machine, so a score alone says little. Each page and its twin are audited in the
// same fresh browser, alternately (ours first on even runs, the twin first on odd ones), so
// that whatever else the machine is doing falls on both. The table gives each side's median
// and spread (lowest–highest). A page fails its performance only when its median is below
// the twin's median by more than the twin's own spread: a gap the noise cannot explain.
// Accessibility, best practices and SEO are not noisy: they must be 100 on every page.
//
// AUDIT_RUNS (default 9) sets the runs per side; AUDIT_PAGES (comma-separated, e.g.
// "en/,fr/doctor/") limits the pages. Both sides are served as a static host would serve
// them (tools/static-server.ts: _headers and compression).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { build, cleanUp, makeBareTwin } from '../bench/builds.ts';

const STRICT = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = ['performance', ...STRICT];
const ALL_PAGES = [
	'en/',
	'en/causes/not-a-member/',
	'en/causes/wrong-entity/',
	'en/doctor/',
	'fr/',
	'fr/causes/not-a-member/',
	'fr/causes/wrong-entity/',
	'fr/doctor/',
];
const PAGES = process.env.AUDIT_PAGES
	? process.env.AUDIT_PAGES.split(',').map((page) => page.trim())
	: ALL_PAGES;
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 9));

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

console.log('> astro build (this site)');
const built = spawnSync('astro', ['build'], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (built.status !== 0) process.exit(1);
console.log('> astro build (bare twin)');
let twinDir: string;
try {
	twinDir = build(makeBareTwin()).outDir;
} catch (error) {
	cleanUp();
	throw error;
}

const ours = await startStaticServer('dist');
const twin = await startStaticServer(twinDir);

/**
 * Audits a page and its twin RUNS times each, alternately, in one fresh browser (as
 * Lighthouse's CLI starts a browser per audit; with one browser for the whole audit, the
 * pages audited last scored lower whatever they were). The first audit of each side in a
 * fresh browser is slower than the rest and is discarded.
 */
async function auditPair(page: string): Promise<{ ours: Report[]; twin: Report[] }> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'w403-audit-'));
	// chrome-launcher's default flags stay on: they are what Lighthouse's own CLI runs with.
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: CHROMIUM_ARGS,
		userDataDir,
	});
	const audit = async (url: string) => {
		const runner = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
		return runner.lhr;
	};
	try {
		await audit(ours.url + page);
		await audit(twin.url + page);
		const result = { ours: [] as Report[], twin: [] as Report[] };
		for (let run = 0; run < RUNS; run++) {
			const order = run % 2 === 0 ? (['ours', 'twin'] as const) : (['twin', 'ours'] as const);
			for (const side of order)
				result[side].push(await audit((side === 'ours' ? ours : twin).url + page));
		}
		return result;
	} finally {
		chrome.kill();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

const score = (lhr: Report, category: string) =>
	Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** Median (upper median for an even count), lowest and highest of a list of scores. */
function summary(scores: number[]) {
	const sorted = [...scores].sort((a, b) => a - b);
	return { median: sorted[Math.floor(sorted.length / 2)], low: sorted[0], high: sorted.at(-1)! };
}

let failed = 0;
const rows: string[] = [];
try {
	for (const page of PAGES) {
		process.stdout.write(`auditing /${page} and its twin, ${RUNS} run(s) each …\n`);
		const pair = await auditPair(page);
		const mine = summary(pair.ours.map((lhr) => score(lhr, 'performance')));
		const base = summary(pair.twin.map((lhr) => score(lhr, 'performance')));
		const spread = base.high - base.low;
		const slower = mine.median < base.median - spread;
		// The strict categories are read from every run of ours: one run below 100 is a fault.
		const strict = STRICT.map((category) =>
			Math.min(...pair.ours.map((lhr) => score(lhr, category)))
		);
		const misses: string[] = [];
		STRICT.forEach((category, index) => {
			if (strict[index] === 100) return;
			const lhr = pair.ours.find((run) => score(run, category) < 100)!;
			for (const ref of lhr.categories[category].auditRefs) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit.score !== null && audit.score < 1)
					misses.push(`    ${category}: ${audit.id} ${audit.title}`);
			}
		});
		if (slower) {
			const middle = [...pair.ours].sort(
				(a, b) => score(a, 'performance') - score(b, 'performance')
			)[Math.floor(RUNS / 2)];
			for (const id of [
				'first-contentful-paint',
				'largest-contentful-paint',
				'total-blocking-time',
				'cumulative-layout-shift',
				'speed-index',
			]) {
				misses.push(`    performance: ${id} ${middle.audits[id]?.displayValue ?? ''}`);
			}
		}
		failed += (slower ? 1 : 0) + strict.filter((value) => value < 100).length;
		rows.push(
			`/${page}`.padEnd(28) +
				`${mine.median} (${mine.low}–${mine.high})`.padStart(14) +
				`${base.median} (${base.low}–${base.high})`.padStart(14) +
				`${mine.median - base.median >= 0 ? '+' : ''}${mine.median - base.median}`.padStart(8) +
				(slower ? '  ✗ slower than the twin by more than its spread' : '  ok').padEnd(50) +
				strict.map((value) => `${value}${value === 100 ? ' ' : '✗'}`.padStart(8)).join('')
		);
		rows.push(...misses);
	}
} finally {
	await ours.close();
	await twin.close();
	cleanUp();
}

const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default
	.version;
console.log(
	`\nLighthouse ${version}, mobile profile; ${RUNS} run(s) per side, interleaved; median (lowest–highest)`
);
console.log(
	'page'.padEnd(28) +
		'ours'.padStart(14) +
		'bare twin'.padStart(14) +
		'Δ'.padStart(8) +
		'performance verdict'.padStart(21).padEnd(50) +
		STRICT.map((c) => c.replace('best-practices', 'b.p.').padStart(8)).join('')
);
for (const row of rows) console.log(row);
console.log(
	failed
		? `\n${failed} check(s) failed`
		: '\nNo page is slower than its twin beyond the spread; accessibility, best practices and SEO are 100 everywhere'
);
process.exit(failed ? 1 : 0);
