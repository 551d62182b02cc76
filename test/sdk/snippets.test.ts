// The guide's snippets, run for real: the Python and notebook code by wandb 0.30.0 against the
// W&B stand-in (which records the entity and project of upsertBucket), the Bash, PowerShell and
// .env lines by their shell or python-dotenv, read back through wandb.setup().settings. Values
// are generated with the characters that break quoting: quotes, backslashes, $, backticks,
// spaces, non-ASCII and emoji.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json';
import { checkAll } from '../../src/lib/names';
import { DOTENV_EXPANDED, generateAll, snippetComments } from '../../src/lib/snippets';
import { FAKE_KEY, runAll, runInSandbox } from '../support/sdk-run';
import { ensureSdk, type Sdk } from '../support/wandb-sdk';

const ALICE = { username: 'alice', defaultEntity: 'alice-uni', teams: ['alice-uni', 'acme'] };
const comments = snippetComments(en);

const hard = (forbidden: string) =>
	fc
		.array(
			fc.constantFrom(
				...'ab-_.'.split(''),
				'"',
				"'",
				'\\',
				'$',
				'`',
				' ',
				'{',
				'}',
				'é',
				'漢',
				'😀',
				'$(id)',
				'${HOME}',
				'%PATH%'
			),
			{ minLength: 1, maxLength: 12 }
		)
		.map((parts) => `x${parts.join('')}y`)
		.filter((value) => ![...forbidden].some((ch) => value.includes(ch)));
/** Values the checker accepts (snippets only ever carry those), with every hard character. */
function values(count: number, seed: number) {
	const pair = fc
		.record({ entity: hard(''), project: hard('/\\#?%:') })
		.filter((v) => checkAll({ ...v, host: '' }).ok);
	return fc.sample(pair, { numRuns: count, seed });
}

let sdk: Sdk;
beforeAll(() => {
	sdk = ensureSdk();
}, 600_000);

describe('the Python and notebook snippets, run by wandb 0.30.0', () => {
	it('send upsertBucket with exactly the entity and project typed, whatever their characters', async () => {
		const cases = values(6, 17).flatMap((v, i) => [
			{ ...v, format: i % 2 ? 'notebook' : 'python' } as const,
		]);
		const runs = await runAll(cases, 2, async (c) => {
			// The host is the stand-in's: runInSandbox passes it as WANDB_BASE_URL, and the snippet's
			// wandb.login(host=…) must name the same server, so it is generated after the server starts.
			const code = (url: string) =>
				generateAll({ entity: c.entity, project: c.project, host: url }, comments)[c.format];
			return runInSandbox(sdk, {
				account: ALICE,
				answer: { kind: 'forbidden' },
				file: { name: 'train.py', text: '' },
				fileFor: code,
			});
		});
		cases.forEach((c, i) => {
			const upserts = runs[i].requests.filter((r) => r.operation === 'UpsertBucket');
			expect(upserts.length, runs[i].transcript).toBeGreaterThan(0);
			expect(upserts[0].variables, c.format).toMatchObject({
				entity: c.entity,
				project: c.project,
			});
			expect(runs[i].transcript).not.toContain(FAKE_KEY);
		});
	});
});

/** Runs `script` with only PATH and HOME, then prints wandb.setup().settings' entity, project and server. */
function settingsAfter(
	shell: string[],
	script: string,
	file: string
): { entity: string; project: string; base_url: string } {
	const dir = mkdtempSync(join(tmpdir(), 'w403-snippet-'));
	try {
		writeFileSync(join(dir, file), script);
		const read =
			'import json, wandb; s = wandb.setup().settings; print(json.dumps({"entity": s.entity, "project": s.project, "base_url": s.base_url}))';
		const [command, ...args] = shell.map((arg) =>
			arg.replace('{file}', join(dir, file)).replace('{python}', sdk.python).replace('{read}', read)
		);
		const run = spawnSync(command, args, {
			cwd: dir,
			env: { PATH: process.env.PATH, HOME: dir, PYTHONIOENCODING: 'utf-8', WANDB_MODE: 'offline' },
			encoding: 'utf8',
		});
		if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
		return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
			entity: string;
			project: string;
			base_url: string;
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const HOST = 'https://wandb.example.com';
const PWSH = spawnSync('pwsh', ['-v'], { encoding: 'utf8' }).status === 0;

describe('the environment snippets reach wandb.setup().settings', () => {
	it.each(values(4, 23).map((v) => [v.entity, v] as const))('Bash: %s', (_name, v) => {
		const script = generateAll({ ...v, host: HOST }, comments).bash;
		expect(
			settingsAfter(['bash', '-c', '. "{file}" && exec "{python}" -c \'{read}\''], script, 'env.sh')
		).toEqual({ entity: v.entity, project: v.project, base_url: HOST });
	});

	// python-dotenv expands ${NAME} even in single quotes, with no escape: such a value is left out
	// of the .env snippet, which says so, and must not arrive changed.
	it.each(
		[...values(4, 29), { entity: 'x${HOME}y', project: 'p' }].map((v) => [v.entity, v] as const)
	)('.env read by python-dotenv: %s', (_name, v) => {
		const script = generateAll({ ...v, host: HOST }, comments).dotenv;
		const code = 'from dotenv import load_dotenv; load_dotenv("{file}"); {read}';
		const settings = settingsAfter(['{python}', '-c', code], script, '.env');
		for (const [name, key] of [
			['WANDB_ENTITY', 'entity'],
			['WANDB_PROJECT', 'project'],
		] as const) {
			if (DOTENV_EXPANDED.test(v[key])) {
				expect(script).toContain(`# ${comments.dotenvExpands.replaceAll('{{name}}', name)}`);
				expect(settings[key] ?? null).toBeNull();
			} else expect(settings[key]).toBe(v[key]);
		}
		expect(settings.base_url).toBe(HOST);
	});

	it.skipIf(!PWSH)('PowerShell, where pwsh is installed', () => {
		for (const v of values(3, 31)) {
			const script = generateAll({ ...v, host: HOST }, comments).powershell;
			expect(
				settingsAfter(
					['pwsh', '-NoProfile', '-Command', '. "{file}"; & "{python}" -c \'{read}\''],
					script,
					'env.ps1'
				)
			).toEqual({ entity: v.entity, project: v.project, base_url: HOST });
		}
	});
});
