import { defineConfig } from 'vitest/config';

// Three projects, one run: `npm test` builds the site first (test/run-all.mjs), then
// content checks read dist/ and browser tests drive Chromium against it.
export default defineConfig({
	test: {
		reporters: ['default', './test/support/summary-reporter.ts'],
		// Two files at a time: the real-SDK, unit and content files run beside the browser files,
		// which run one at a time (below).
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{ test: { name: 'content', include: ['test/content/**/*.test.ts'], testTimeout: 60_000 } },
			// The real wandb SDK (a cached venv) against the W&B stand-in; needs no build.
			{
				test: {
					name: 'sdk',
					include: ['test/sdk/**/*.test.ts'],
					globalSetup: ['test/support/sdk-global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/support/browser-global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 60_000,
					// expect.poll gives up after 1 s by default: too short for a loaded 2-core CI machine,
					// where the checker's announcement alone waits 600 ms.
					expect: { poll: { timeout: 10_000 } },
					// One Chromium at a time on a 2-core machine.
					fileParallelism: false,
					maxConcurrency: 3,
				},
			},
		],
	},
});
