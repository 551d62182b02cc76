// `npm run transcripts`: runs wandb.init() (or wandb.Api()) of the real SDK for every scenario of
// test/support/sdk-scenarios.ts against the W&B stand-in, and writes what it printed to
// test/fixtures/logs/sdk-<version>-<name>.log, with the expected diagnosis in the .json beside it.
// A test regenerates them and fails on any difference: an SDK bump shows its diff here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../test/support/log-corpus.ts';
import { runAll, runScenario } from '../test/support/sdk-run.ts';
import { fixtureJson, SCENARIOS } from '../test/support/sdk-scenarios.ts';
import { ensureSdk, SDK_VERSION } from '../test/support/wandb-sdk.ts';

const sdk = ensureSdk();
const started = Date.now();
const runs = await runAll(SCENARIOS, 2, (scenario) => runScenario(sdk, scenario));
for (const [i, scenario] of SCENARIOS.entries()) {
	const base = join(CORPUS_DIR, `sdk-${SDK_VERSION}-${scenario.name}`);
	writeFileSync(`${base}.log`, runs[i].transcript);
	writeFileSync(`${base}.json`, fixtureJson(scenario, SDK_VERSION));
	console.log(
		`${scenario.name.padEnd(30)} exit ${runs[i].exitCode}, ${runs[i].requests.length} requests`
	);
}
console.log(
	`${SCENARIOS.length} transcripts written in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
