// `npm test`: build the site, then run every vitest project (unit, content, browser).
// The last line is always `N passed, N failed` so CI can read it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

console.log('> astro build');
if (run('astro', ['build']) !== 0) {
  console.log('\nThe site did not build, so no test could run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.exit(run('vitest', ['run', ...process.argv.slice(2)]));
