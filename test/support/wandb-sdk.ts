// The real wandb SDK for the tests: a Python virtual environment with wandb pinned to
// SDK_VERSION, made once and cached under node_modules/.cache (so `npm ci` clears it). It installs
// from the package index pip is configured with, and nothing else touches the network. Where the
// index lacks a dependency, a stand-in is added and the output says so (wandb-facts.md §9).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SDK_VERSION = '0.30.0';
const ROOT = join(import.meta.dirname, '../..');
export const SDK_DIR = join(ROOT, 'node_modules/.cache', `wandb-sdk-${SDK_VERSION}`);
const READY = join(SDK_DIR, 'ready.json');

/**
 * wandb 0.30.0's requirements, minus the OpenTelemetry packages installed without theirs, and
 * python-dotenv, which reads the guide's .env snippet in the tests.
 */
const REQUIREMENTS = [
	'click',
	'packaging',
	'platformdirs',
	'protobuf',
	'pydantic',
	'pyyaml',
	'requests',
	'typing-extensions',
	'xxhash',
	'python-dotenv',
];
const OTEL = [
	'opentelemetry-api',
	'opentelemetry-sdk',
	'opentelemetry-exporter-otlp-proto-http',
	'opentelemetry-exporter-otlp-proto-common',
	'opentelemetry-proto',
	'googleapis-common-protos',
];
/** Missing from these machines' index; replaced by test/support/_semconv_standin.py when pip cannot get it. */
const SEMCONV = 'opentelemetry-semantic-conventions';

export interface Sdk {
	/** The venv's Python, absolute path. */
	python: string;
	/** site-packages of the venv, for path normalisation in transcripts. */
	sitePackages: string;
	/** What was stood in for, e.g. `opentelemetry-semantic-conventions (not in the package index)`. */
	standIns: string[];
	/** What was asked for: a cache made for another list is made again. */
	packages: string[];
}

const PACKAGES = [`wandb==${SDK_VERSION}`, ...REQUIREMENTS, ...OTEL];

function pip(python: string, args: string[]): { ok: boolean; output: string } {
	// PIP_RETRIES=0: on a machine whose configured index is local, pip still tries pypi.org, and
	// trying that unreachable host again and again cost 8 s per call (194 s for the venv; 9 s without).
	const run = spawnSync(
		python,
		['-m', 'pip', 'install', '--disable-pip-version-check', '-q', ...args],
		{ encoding: 'utf8', env: { ...process.env, PIP_RETRIES: '0' } }
	);
	return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() };
}

/**
 * Returns the cached SDK, making it first when needed (about a minute).
 * @throws Error saying which step failed and why (no python3, no venv module, a package pip could not get).
 */
export function ensureSdk(log: (line: string) => void = (line) => console.log(line)): Sdk {
	if (existsSync(READY)) {
		const cached = JSON.parse(readFileSync(READY, 'utf8')) as Sdk;
		if (JSON.stringify(cached.packages) === JSON.stringify(PACKAGES)) return cached;
	}
	log(`Preparing wandb ${SDK_VERSION} in ${SDK_DIR} (once; cached)…`);
	rmSync(SDK_DIR, { recursive: true, force: true });
	mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
	const venv = spawnSync('python3', ['-m', 'venv', SDK_DIR], { encoding: 'utf8' });
	if (venv.error)
		throw new Error(
			`The real-SDK tests need python3, which was not found (${venv.error.message}).`
		);
	if (venv.status !== 0)
		throw new Error(`python3 -m venv failed (on Debian, install python3-venv):\n${venv.stderr}`);
	const python = join(SDK_DIR, 'bin/python');
	for (const [what, args] of [
		[`wandb==${SDK_VERSION}`, ['--no-deps', `wandb==${SDK_VERSION}`]],
		['its requirements', REQUIREMENTS],
		['OpenTelemetry', ['--no-deps', ...OTEL]],
	] as const) {
		const result = pip(python, [...args]);
		if (!result.ok)
			throw new Error(`pip could not install ${what} from the configured index:\n${result.output}`);
	}
	const sitePackages = execFileSync(
		python,
		['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'],
		{ encoding: 'utf8' }
	).trim();
	const standIns: string[] = [];
	if (!pip(python, ['--no-deps', SEMCONV]).ok) {
		copyFileSync(
			join(import.meta.dirname, '_semconv_standin.py'),
			join(sitePackages, '_semconv_standin.py')
		);
		writeFileSync(join(sitePackages, '_semconv_standin.pth'), 'import _semconv_standin\n');
		standIns.push(
			`${SEMCONV} (not in the package index: test/support/_semconv_standin.py stands in for its constants)`
		);
	}
	const version = spawnSync(python, ['-c', 'import wandb; print(wandb.__version__)'], {
		encoding: 'utf8',
	});
	if (version.stdout.trim() !== SDK_VERSION)
		throw new Error(`import wandb failed in the new venv:\n${version.stderr}`);
	const sdk: Sdk = { python, sitePackages, standIns, packages: PACKAGES };
	writeFileSync(READY, JSON.stringify(sdk, null, 2));
	for (const line of standIns) log(`Stand-in added for ${line}.`);
	return sdk;
}
