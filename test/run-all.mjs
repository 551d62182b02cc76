// `npm test`: build the site, type-check the TypeScript, then run every vitest project (unit, content, browser).
// The last line is always `N passed, N failed` so CI can read it.
import { spawnSync } from 'node:child_process';
import { SUBPATH } from './support/subpath.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args, extraEnv = {}) {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

// The site as published by default, and the same site hosted under a sub-path of another
// origin (test/content/subpath.test.ts and test/browser/subpath.test.ts read the second).
const builds = [
  { label: 'astro build', env: {}, args: [] },
  { label: `astro build --outDir ${SUBPATH.outDir} (SITE=${SUBPATH.site} BASE=${SUBPATH.base})`, env: { SITE: SUBPATH.site, BASE: SUBPATH.base }, args: ['--outDir', SUBPATH.outDir] },
];
for (const build of builds) {
  console.log(`> ${build.label}`);
  if (run('astro', ['build', ...build.args], build.env) !== 0) {
    console.log('\nThe site did not build, so no test could run.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
// After the build, which writes the types of Astro's virtual modules (.astro/types.d.ts):
// astro check reads the .astro files (and the UI-string keys they use), tsc the rest.
console.log('> astro check && tsc --noEmit');
if (run('astro', ['check']) !== 0 || run('tsc', ['--noEmit', '-p', '.']) !== 0) {
  console.log('\nThe TypeScript code does not type-check (errors above), so no test was run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.exit(run('vitest', ['run', ...process.argv.slice(2)]));
