// Runs one scenario with the real SDK against a fresh W&B stand-in, in a throw-away home and
// working directory, and returns what the reader's terminal showed, normalised so that runs
// compare equal: the stand-in's port, temporary paths, dates and run ids are replaced.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sdk } from './wandb-sdk.ts';
import type { Scenario } from './sdk-scenarios.ts';
import { startStandIn, type Account, type Answer, type Recorded } from './wandb-stand-in.ts';

/** The address transcripts show for the stand-in, whatever port it had. */
export const STAND_IN_HOST = 'http://127.0.0.1:8799';
/** Any 40 characters: the stand-in does not check keys. Never a real key. */
export const FAKE_KEY = 'a'.repeat(40);
const HOME = '/home/alice';

export interface ScenarioRun {
	transcript: string;
	requests: Recorded[];
	exitCode: number | null;
}

export function scenarioScript(scenario: Scenario): string {
	return scenario.script.kind === 'api'
		? 'import wandb\n\napi = wandb.Api()\nprint(api.viewer.username)\n'
		: `import wandb\n\nrun = wandb.init(${scenario.script.args})\nprint(run.entity, run.project, run.url)\nrun.finish()\n`;
}

/** Runs a Python file in `cwd` with only the given environment; stdout and stderr in one stream, as a terminal shows them. */
export function runPython(
	sdk: Sdk,
	cwd: string,
	file: string,
	env: Record<string, string>,
	timeoutSeconds = 120
): Promise<{ output: string; exitCode: number | null }> {
	return new Promise((resolve) => {
		const child = spawn('/bin/sh', ['-c', `exec "$0" "$1" 2>&1`, sdk.python, file], {
			cwd,
			env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
		child.on('close', (exitCode) => {
			clearTimeout(timer);
			resolve({ output, exitCode });
		});
	});
}

export function normalise(
	output: string,
	sdk: Sdk,
	paths: { home: string; work: string; url: string }
): string {
	const python = /python3\.\d+/.exec(sdk.sitePackages)?.[0] ?? 'python3';
	return (
		output
			// eslint-disable-next-line no-control-regex -- ESC starts the colour codes being removed
			.replace(/\u001b\[[0-9;]*m/g, '')
			.replaceAll(sdk.sitePackages, `${HOME}/.venv/lib/${python}/site-packages`)
			.replaceAll(paths.work, `${HOME}/project`)
			.replaceAll(paths.home, HOME)
			.replaceAll(paths.url, STAND_IN_HOST)
			// Run folders carry the start time and a random id: the same run twice must read the same.
			.replace(/run-\d{8}_\d{6}-[a-z0-9]{8}/g, 'run-20261129_120000-x1y2z3w4')
			.replace(/(setting up run |Syncing run |runs\/)[a-z0-9]{8}\b/g, '$1x1y2z3w4')
	);
}

export interface Sandbox {
	account: Account;
	answer: Answer;
	/** The Python file to run, by name, in the working directory. */
	file: { name: string; text: string };
	/** The file's text made from the stand-in's address, when the code names the server itself. */
	fileFor?: (url: string) => string;
	env?: Record<string, string>;
	files?: { global?: string; workspace?: string };
	/** Point WANDB_BASE_URL somewhere else than the stand-in (a closed port: an unreachable server). */
	baseUrl?: string;
}

/**
 * Runs a Python file with the real SDK in a throw-away home and working directory, against a
 * fresh stand-in, with only PATH, HOME, WANDB_BASE_URL, WANDB_API_KEY and the sandbox's variables.
 */
export async function runInSandbox(sdk: Sdk, sandbox: Sandbox): Promise<ScenarioRun> {
	const standIn = await startStandIn(sandbox.account, sandbox.answer);
	const root = mkdtempSync(join(tmpdir(), 'w403-sdk-'));
	const home = join(root, 'home');
	const work = join(root, 'project');
	try {
		mkdirSync(join(home, '.config/wandb'), { recursive: true });
		mkdirSync(join(work, 'wandb'), { recursive: true });
		if (sandbox.files?.global)
			writeFileSync(join(home, '.config/wandb/settings'), sandbox.files.global);
		if (sandbox.files?.workspace)
			writeFileSync(join(work, 'wandb/settings'), sandbox.files.workspace);
		const url = sandbox.baseUrl ?? standIn.url;
		writeFileSync(
			join(work, sandbox.file.name),
			sandbox.fileFor ? sandbox.fileFor(url) : sandbox.file.text
		);
		const { output, exitCode } = await runPython(sdk, work, sandbox.file.name, {
			HOME: home,
			WANDB_BASE_URL: url,
			WANDB_API_KEY: FAKE_KEY,
			PYTHONIOENCODING: 'utf-8',
			...sandbox.env,
		});
		return {
			transcript: normalise(output, sdk, { home, work, url: standIn.url }),
			requests: [...standIn.requests],
			exitCode,
		};
	} finally {
		await standIn.close();
		rmSync(root, { recursive: true, force: true });
	}
}

export function runScenario(sdk: Sdk, scenario: Scenario): Promise<ScenarioRun> {
	return runInSandbox(sdk, {
		account: scenario.account,
		answer: scenario.answer,
		file: { name: 'train.py', text: scenarioScript(scenario) },
		env: scenario.env,
		files: scenario.files,
	});
}

/** Runs scenarios `concurrency` at a time, in the given order of results. */
export async function runAll<T, R>(
	items: T[],
	concurrency: number,
	run: (item: T) => Promise<R>
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(concurrency, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				results[i] = await run(items[i]);
			}
		})
	);
	return results;
}
