// `npm run bench`: prints figures from one run; asserts nothing (byte budgets are tests,
// times are not). Builds the site, a bare Starlight site and a tenfold copy of ours, times
// the checker and the doctor, then types into the checker in Chromium.
import { performance } from 'node:perf_hooks';
import { build, cleanUp, makeBareStarlight, makeTenfold, type BuildResult } from './builds.ts';
import { keystrokeLatencies } from './keystrokes.ts';
import { weighPage, type PageWeight } from '../tools/page-weight.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { launchBrowser } from '../tools/chromium.ts';
import en from '../src/content/i18n/en.json' with { type: 'json' };
import { checkAll } from '../src/lib/names.ts';
import { diagnose } from '../src/lib/doctor.ts';
import { CORPUS_FIELDS, corpusMismatches, readCorpus } from '../test/support/log-corpus.ts';
import { generateAll, snippetComments, type SnippetComments } from '../src/lib/snippets.ts';

const comments: SnippetComments = snippetComments(en);

const quantile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// --- builds and page weight -------------------------------------------------------------

console.log('Building: this site, a bare Starlight site, and this site with every page ×10 …\n');
let site: BuildResult, bare: BuildResult, tenfold: BuildResult;
try {
	site = build('.', 'dist');
	bare = build(makeBareStarlight());
	tenfold = build(makeTenfold());
} catch (error) {
	cleanUp();
	throw error;
}

const KINDS: [string, string][] = [
	['start page (/en/)', 'en/'],
	['cause page (/en/causes/not-a-member/)', 'en/causes/not-a-member/'],
	['page with tools (/en/causes/wrong-entity/)', 'en/causes/wrong-entity/'],
	['doctor page (/en/doctor/)', 'en/doctor/'],
];
const bareWeight = weighPage(bare.outDir, '/', '');
const row = (label: string, w: PageWeight, ratio: string) =>
	console.log(
		`${label.padEnd(44)} ${kb(w.html).padStart(9)} ${kb(w.css).padStart(9)} ${kb(w.js).padStart(9)} ${kb(w.total).padStart(9)}   ${ratio}`
	);
console.log(
	'First visit, gzip bytes before the page is interactive (search index and print CSS excluded)'
);
console.log(
	`${'page'.padEnd(44)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS'.padStart(9)} ${'total'.padStart(9)}   vs bare Starlight`
);
row('bare Starlight page (same run)', bareWeight, '1.00×');
for (const [label, page] of KINDS) {
	const weight = weighPage(site.outDir, '/', page);
	row(label, weight, `${(weight.total / bareWeight.total).toFixed(2)}×`);
}

const perPage = (result: BuildResult) =>
	`${result.seconds.toFixed(1)} s for ${result.pages} pages = ${((result.seconds / result.pages) * 1000).toFixed(0)} ms/page`;
console.log('\nBuild time (astro build, Pagefind included)');
console.log(`${'bare Starlight'.padEnd(44)} ${perPage(bare)}`);
console.log(`${'this site'.padEnd(44)} ${perPage(site)}`);
console.log(`${'this site, every page ×10'.padEnd(44)} ${perPage(tenfold)}`);
console.log(
	`${'growth'.padEnd(44)} ×${(tenfold.pages / site.pages).toFixed(1)} pages → ×${(tenfold.seconds / site.seconds).toFixed(1)} time`
);
cleanUp();
console.log('');

function time(label: string, runs: number, fn: () => unknown) {
	for (let i = 0; i < Math.min(runs, 200); i++) fn(); // warm up
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const pick = (q: number) => quantile(samples, q);
	const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
	console.log(
		`${label.padEnd(58)} p50 ${fmt(pick(0.5)).padStart(10)}   p95 ${fmt(pick(0.95)).padStart(10)}   (${runs} runs)`
	);
}

const entity128 = 'team-' + 'x'.repeat(123);
const project128 = 'projet-été-🙂-' + 'p'.repeat(113);
const host = 'https://acme.wandb.io';

console.log(
	'Checker and snippet generator (per update: check all fields, regenerate every format)'
);
time('128-character values, valid', 5000, () => {
	const result = checkAll({ entity: entity128, project: project128, host });
	if (result.ok) generateAll({ entity: entity128, project: project128, host }, comments);
});
time('128-character values, pasted W&B URL in the entity field', 5000, () =>
	checkAll({
		entity: `https://wandb.ai/${entity128}/${project128}/runs/abc?x=1`,
		project: project128,
		host,
	})
);
time('1 MB value in every field (hostile paste)', 20, () =>
	checkAll({
		entity: 'a'.repeat(1 << 20),
		project: '{"errors":['.repeat(100_000),
		host: 'wandb: '.repeat(150_000),
	})
);

// --- log doctor ------------------------------------------------------------------------

const realistic = [
	'wandb: Currently logged in as: alice (acme-ml) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
	'wandb: Tracking run with wandb version 0.19.1',
	'  0%|          | 0/100 [00:00<?, ?it/s]',
	'Traceback (most recent call last):',
	'  File "/opt/conda/lib/python3.11/site-packages/wandb/sdk/wandb_init.py", line 1312, in init',
	'    run = wandb.init(entity="acme-ml", project="detector")',
	'wandb: ERROR failed to upsert bucket: returned error 403 Forbidden: {"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":null}}',
].join('\n');
const noise = 'INFO 2024-05-01 10:00:00,123 training step 42 loss=0.1234 lr=0.001 grad_norm=1.5\n';
const sized = (bytes: number) => realistic + '\n' + noise.repeat(Math.ceil(bytes / noise.length));

console.log('\nLog doctor (diagnose the whole text)');
const log50k = sized(50 * 1024);
const log5m = sized(5 * 1024 * 1024);
time('50 KB log', 200, () => diagnose(log50k));
time('5 MB log', 10, () => diagnose(log5m));
const adversarial: Record<string, string> = {
	'1 MB of {"errors":[{': '{"errors":[{'.repeat(87_382),
	'1 MB of "wandb: "': 'wandb: '.repeat(149_797),
	'1 MB of unclosed quotes': '"unclosed '.repeat(104_858),
	'1 MB one line of "https://a."': 'https://a.'.repeat(104_858),
	'1 MB of "Currently logged in as: a"': 'Currently logged in as: a'.repeat(41_944),
};
for (const [label, text] of Object.entries(adversarial)) time(label, 10, () => diagnose(text));

// --- accuracy over the log corpus --------------------------------------------------------
// The same comparison as the doctor's tests, counted: per origin, how many logs get the category,
// each field and the first cause right, and the mismatches by name (the tests say pass or fail).

console.log('\nLog doctor accuracy over the corpus (test/fixtures/logs)');
const corpus = readCorpus();
const header = `${'logs'.padEnd(26)}${'n'.padStart(4)}${'category'.padStart(12)}${'fields'.padStart(14)}${'first cause'.padStart(14)}`;
console.log(header);
const pct = (ok: number, n: number) => `${ok}/${n} ${n ? Math.round((100 * ok) / n) : 0}%`;
const wrongByLog: string[] = [];
for (const origin of ['real', 'sdk', 'written', 'all'] as const) {
	const cases = origin === 'all' ? corpus : corpus.filter((c) => c.origin === origin);
	let category = 0,
		fields = 0,
		first = 0;
	for (const c of cases) {
		const d = diagnose(c.log);
		if (d.category === c.expected.category) category++;
		fields += CORPUS_FIELDS.filter((f) => d[f] === c.expected[f]).length;
		if ((d.causes[0]?.id ?? null) === c.expected.topCause) first++;
		const wrong = corpusMismatches(d, c.expected);
		if (origin !== 'all' && wrong.length) wrongByLog.push(`  ${c.name}: ${wrong.join('; ')}`);
	}
	const label = {
		real: 'real (public threads)',
		sdk: 'real SDK 0.30.0 output',
		written: 'written traps',
		all: 'all',
	}[origin];
	console.log(
		`${label.padEnd(26)}${String(cases.length).padStart(4)}${pct(category, cases.length).padStart(12)}${pct(fields, cases.length * CORPUS_FIELDS.length).padStart(14)}${pct(first, cases.length).padStart(14)}`
	);
}
console.log(wrongByLog.length ? `Mismatches:\n${wrongByLog.join('\n')}` : 'No mismatch.');

// --- the real SDK -------------------------------------------------------------------------
// The sdk project of npm test (wandb 0.30.0 against the W&B stand-in), as npm test runs it.
{
	const { spawnSync } = await import('node:child_process');
	console.log(
		'\nReal-SDK tests (vitest --project sdk; the venv is made first if missing, and that time is not counted)'
	);
	const { ensureSdk } = await import('../test/support/wandb-sdk.ts');
	ensureSdk();
	const started = performance.now();
	const run = spawnSync('node_modules/.bin/vitest', ['run', '--project', 'sdk'], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const summary =
		/(\d+ passed, \d+ failed(?:, \d+ skipped)?)/.exec(run.stdout)?.[1] ?? `exit ${run.status}`;
	console.log(
		`${'wall time'.padEnd(58)} ${`${((performance.now() - started) / 1000).toFixed(1)} s`.padStart(10)}   (${summary})`
	);
}

// --- in the browser -------------------------------------------------------------------

console.log('\nIn Chromium: keystroke in the checker → updated snippet on screen (next frame)');
const server = await startStaticServer('dist');
const browser = await launchBrowser();
try {
	const samples = (
		await keystrokeLatencies(browser, `${server.url}en/causes/wrong-entity/`, 200)
	).sort((a, b) => a - b);
	console.log(
		`${'200 keystrokes in the project field'.padEnd(58)} p50 ${`${quantile(samples, 0.5).toFixed(1)} ms`.padStart(10)}   p95 ${`${quantile(samples, 0.95).toFixed(1)} ms`.padStart(10)}`
	);
} finally {
	await browser.close();
	await server.close();
}
