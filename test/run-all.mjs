// `npm test`: type-check and lint, build the site, then run every vitest project (unit, content, sdk, browser).
// The last line is always `N passed, N failed` so CI can read it.
import { spawn, spawnSync } from 'node:child_process';
import { SUBPATH } from './support/subpath.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args, extraEnv = {}) {
	return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

/** Runs commands one after the other until one fails, keeping their output for later. */
function runQuietly(steps) {
	return new Promise((resolve) => {
		let output = '';
		const next = (i) => {
			if (i === steps.length) return resolve({ status: 0, output });
			const [command, args] = steps[i];
			const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('close', (status) =>
				status === 0 ? next(i + 1) : resolve({ status: status ?? 1, output })
			);
		};
		next(0);
	});
}

function fail(message) {
	console.log(`\n${message}`);
	console.log('0 passed, 1 failed');
	process.exit(1);
}

// The real-SDK tests' virtual environment (made once, cached under node_modules/.cache) is
// prepared while the checks and builds below run: pip waits on the network, they on the CPU.
const sdk = runQuietly([
	[
		process.execPath,
		[
			'--input-type=module',
			'-e',
			"await (await import('./test/support/wandb-sdk.ts')).ensureSdk()",
		],
	],
]);

// Fast checks first, so that a slip shows in seconds: astro check writes the types of Astro's
// virtual modules (.astro/types.d.ts) itself, then reads the .astro files and the UI-string keys
// they use; then tsc (the rest of the TypeScript) and ESLint with Prettier run side by side, each
// one's output printed whole when it ends.
console.log('> astro check');
if (run('astro', ['check']) !== 0)
	fail('The .astro files do not type-check (errors above), so no test was run.');
const checks = [
	{ label: 'tsc --noEmit', steps: [['tsc', ['--noEmit', '-p', '.']]] },
	{
		label: 'eslint . && prettier --check .',
		steps: [
			['eslint', ['.']],
			['prettier', ['--check', '.']],
		],
	},
];
const results = await Promise.all(checks.map(({ steps }) => runQuietly(steps)));
checks.forEach((check, i) => console.log(`> ${check.label}\n${results[i].output}`));
if (results[0].status !== 0)
	fail('The TypeScript code does not type-check (errors above), so no test was run.');
if (results[1].status !== 0)
	fail('Lint or formatting failed (above; `npm run format` formats), so no test was run.');

// The site as published by default, and the same site hosted under a sub-path of another
// origin (test/content/subpath.test.ts and test/browser/subpath.test.ts read the second).
const builds = [
	{ label: 'astro build', env: {}, args: [] },
	{
		label: `astro build --outDir ${SUBPATH.outDir} (SITE=${SUBPATH.site} BASE=${SUBPATH.base})`,
		env: { SITE: SUBPATH.site, BASE: SUBPATH.base },
		args: ['--outDir', SUBPATH.outDir],
	},
];
for (const build of builds) {
	console.log(`> ${build.label}`);
	if (run('astro', ['build', ...build.args], build.env) !== 0)
		fail('The site did not build, so no test could run.');
}
// A failure here is reported again, with pip's output, by the sdk project's global setup.
const venv = await sdk;
console.log(`> real-SDK environment\n${venv.output}`);
process.exit(run('vitest', ['run', ...process.argv.slice(2)]));
