import type { Reporter, TestModule } from 'vitest/node';

// Ends every run with the plain line CI reads: `N passed, N failed[, N skipped]`.
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const module of testModules) {
			let failedHere = 0;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failedHere++;
				else skipped++;
			}
			// A file that could not load or whose beforeAll threw is a failure even if no test ran.
			if (failedHere === 0 && !module.ok()) failedHere = 1;
			failed += failedHere;
		}
		failed += unhandledErrors.length;
		process.stdout.write(
			`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`
		);
	}
}
