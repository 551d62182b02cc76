// `npm test`: type-check and lint, build the site, then run every vitest project (unit, content, sdk, browser).
// The last line is always `N passed, N failed` so CI can read it.
import { spawnSync } from 'node:child_process';
import { SUBPATH } from './support/subpath.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args, extraEnv = {}) {
	return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function fail(message) {
	console.log(`\n${message}`);
	console.log('0 passed, 1 failed');
	process.exit(1);
}

// Fast checks first, so that a slip shows in seconds: astro check writes the types of Astro's
// virtual modules (.astro/types.d.ts) itself, then reads the .astro files and the UI-string keys
// they use; tsc reads the rest; ESLint and Prettier read all of it.
console.log('> astro check && tsc --noEmit');
if (run('astro', ['check']) !== 0 || run('tsc', ['--noEmit', '-p', '.']) !== 0)
	fail('The TypeScript code does not type-check (errors above), so no test was run.');
console.log('> eslint . && prettier --check .');
if (run('eslint', ['.']) !== 0 || run('prettier', ['--check', '.']) !== 0)
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
process.exit(run('vitest', ['run', ...process.argv.slice(2)]));
