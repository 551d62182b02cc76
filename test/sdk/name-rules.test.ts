// The checker's project rules against the real SDK's validators, in one Python process per batch:
// wandb.Settings(project=…) (wandb_settings.validate_project) and the artifacts'
// validate_project_name, which wandb.init() and the Api apply. Our other errors (placeholder,
// URL, invisible character, a key) are the guide's own, stricter on purpose, and not compared.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject, PROJECT_MAX_LENGTH } from '../../src/lib/names';
import { ensureSdk, type Sdk } from '../support/wandb-sdk';

/** The problem codes that restate an SDK rule for project names (a URL or an entity/project path holds `:` or `/`). */
const SDK_RULE_CODES = new Set(['too-long', 'forbidden-char', 'control-char', 'url', 'path']);

const ORACLE = `
import json, sys
import wandb
from wandb.sdk.artifacts._validators import validate_project_name
out = []
for value in json.load(sys.stdin):
    refused = []
    try:
        wandb.Settings(project=value)
    except Exception as e:
        refused.append("settings: " + str(e).splitlines()[0][:200])
    try:
        validate_project_name(value)
    except ValueError as e:
        refused.append("artifacts: " + str(e)[:200])
    out.append(refused)
print(json.dumps(out))
`;

let sdk: Sdk;
beforeAll(() => {
	sdk = ensureSdk();
}, 600_000);

/** What the real SDK says of each value: the validators' messages, empty when accepted. */
function sdkVerdicts(values: string[]): string[][] {
	const run = spawnSync(sdk.python, ['-c', ORACLE], {
		input: JSON.stringify(values),
		encoding: 'utf8',
		env: {
			PATH: process.env.PATH,
			PYTHONIOENCODING: 'utf-8',
			HOME: '/nonexistent',
			WANDB_MODE: 'disabled',
		},
		maxBuffer: 64 << 20,
	});
	if (run.status !== 0) throw new Error(run.stderr);
	return JSON.parse(run.stdout) as string[][];
}

/** Whether the checker refuses the value on a rule the SDK has (or as empty). */
function checkerRefuses(value: string): boolean {
	return checkProject(value).problems.some(
		(p) => p.severity === 'error' && (SDK_RULE_CODES.has(p.code) || p.code === 'empty')
	);
}

/**
 * The one difference, on purpose: a name made only of spaces or tabs is "empty" to the checker
 * (a blank project name is never what a reader meant), while the SDK lets it through.
 */
const blank = (value: string) => value !== '' && value.trim() === '' && !/[\r\n]/.test(value);

function disagreements(values: string[]) {
	const verdicts = sdkVerdicts(values);
	return values.flatMap((value, i) => {
		const expected = blank(value) ? { checker: true, sdk: false } : undefined;
		const checker = checkerRefuses(value);
		const sdkRefuses = verdicts[i].length > 0;
		const agree = expected
			? checker === expected.checker && sdkRefuses === expected.sdk
			: checker === sdkRefuses;
		return agree ? [] : [{ value, checker: checker ? 'refused' : 'accepted', sdk: verdicts[i] }];
	});
}

describe('project names: the checker agrees with wandb 0.30.0’s own validators', () => {
	it('on the SDK’s own test vectors (tests/unit_tests/test_artifacts/test_validators.py) and the limits', () => {
		const vectors = [
			' ',
			'\t ',
			'my-project-?',
			'my-project-\n',
			'my-?:/-project',
			'p'.repeat(129),
			'',
			'my-project',
			'm',
			'p'.repeat(127),
			'p'.repeat(128),
			'a/b',
			'a\\b',
			'a#b',
			'a%b',
			'a:b',
			'a\rb',
			'😀'.repeat(128),
			'😀'.repeat(129),
			'é'.repeat(129),
		];
		expect(disagreements(vectors)).toEqual([]);
	});

	it('on 1,000 generated names with forbidden characters, line breaks, spaces, non-ASCII and lengths around the limit', () => {
		const char = fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom(...'abcxyz-_.0189') },
			{ weight: 2, arbitrary: fc.constantFrom(...'/\\#?%:;@&=+[]{}|<>!*', '\r', '\n', '\t', ' ') },
			{
				weight: 1,
				arbitrary: fc.constantFrom('é', 'ß', '漢', '😀', '\u00a0', 'Ａ', '$', '`', '"', "'"),
			}
		);
		const name = fc.oneof(
			fc.array(char, { maxLength: 20 }).map((chars) => chars.join('')),
			fc
				.tuple(fc.integer({ min: PROJECT_MAX_LENGTH - 3, max: PROJECT_MAX_LENGTH + 3 }), char)
				.map(([n, c]) => 'p'.repeat(n - 1) + c)
		);
		const values = fc.sample(name, { numRuns: 1000 });
		expect(values.length).toBe(1000);
		expect(disagreements(values)).toEqual([]);
	});
});
