import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fr from '../../src/content/i18n/fr.json';

/** `check --json` output: one entry per field. */
type CheckReport = Record<
	'entity' | 'project',
	{ ok: boolean; problems: { code: string; severity: string; message: string }[] }
>;

function cli(...args: string[]) {
	return cliWithInput(undefined, ...args);
}

function cliWithInput(input: string | undefined, ...args: string[]) {
	const result = spawnSync(process.execPath, ['src/cli.ts', ...args], { encoding: 'utf8', input });
	return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the CLI runs the same checks as the page', () => {
	it('check exits 0 for good names and 1 with errors, with the documented JSON', () => {
		expect(cli('check', '--entity', 'acme', '--project', 'vision').code).toBe(0);
		const bad = cli(
			'check',
			'--entity',
			'https://wandb.ai/acme/vision/runs/1',
			'--project',
			'a?b',
			'--json'
		);
		expect(bad.code).toBe(1);
		const report = JSON.parse(bad.out) as CheckReport;
		expect(report.entity.ok).toBe(false);
		expect(report.entity.problems[0]).toMatchObject({
			code: 'url',
			severity: 'error',
			suggestion: { entity: 'acme', project: 'vision' },
		});
		expect(report.project).toMatchObject({
			ok: false,
			problems: [{ code: 'forbidden-char', severity: 'error' }],
		});
		expect(typeof report.project.problems[0].message).toBe('string');
	});

	it('keeps ok true when there are only warnings', () => {
		const out = cli('check', '--entity', 'Acme', '--project', 'vision', '--json');
		expect(out.code).toBe(0);
		expect((JSON.parse(out.out) as CheckReport).entity).toMatchObject({
			ok: true,
			problems: [{ code: 'uppercase', severity: 'warning' }],
		});
	});

	it('refuses a placeholder copied from an example, and prints no code with it', () => {
		const out = cli('check', '--entity', 'my-awesome-team-name', '--project', 'vision', '--json');
		expect(out.code).not.toBe(0);
		expect((JSON.parse(out.out) as CheckReport).entity).toMatchObject({
			ok: false,
			problems: [{ code: 'placeholder', severity: 'error' }],
		});
	});

	it('prints the suggestion the page offers as a button, for an address without https://', () => {
		const out = cli('check', '--entity', 'wandb.ai/acme/vision/runs/abc', '--project', 'x');
		expect(out.out).toContain('Use entity “acme” and project “vision”');
	});

	it('answers in French with --lang fr', () => {
		expect(cli('check', '--entity', '', '--project', 'p', '--lang', 'fr').out).toContain(
			'L’entité est vide'
		);
	});

	it('prints snippets and refuses values with errors', () => {
		const ok = cli('snippet', '--entity', 'acme', '--project', 'vision', '--format', 'bash');
		expect(ok.code).toBe(0);
		expect(ok.out).toContain("export WANDB_ENTITY='acme'");
		const refused = cli('snippet', '--entity', 'acme', '--project', 'a/b/c?');
		expect(refused.code).toBe(1);
		expect(refused.out).toBe('');
		expect(refused.err).not.toBe('');
	});

	it('prints the access check script, and refuses values with errors', () => {
		const out = cli(
			'snippet',
			'--format',
			'check-script',
			'--entity',
			'acme',
			'--project',
			'vision',
			'--host',
			'https://acme.wandb.io/',
			'--lang',
			'fr'
		);
		expect(out.code).toBe(0);
		expect(out.out).toContain('ENTITY = "acme"\n');
		expect(out.out).toContain('HOST = "https://acme.wandb.io"\n');
		expect(out.out).toContain('LANG = "fr"\n');
		expect(out.out).toContain('SITE = "https://wandb-403.example.org/"\n');
		expect(
			spawnSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], {
				input: out.out,
			}).status
		).toBe(0);
		expect(
			cli('snippet', '--format', 'check-script', '--base', 'https://g.example/w/').out
		).toContain('SITE = "https://g.example/w/"\n');
		expect(cli('snippet', '--help').out).toContain('check-script');
		const refused = cli('snippet', '--format', 'check-script', '--entity', 'a/b', '--project', 'p');
		expect(refused.code).toBe(1);
		expect(refused.out).toBe('');
	});

	it('prints a support link and refuses API keys', () => {
		const link = cli(
			'link',
			'--entity',
			'acme',
			'--project',
			'vision',
			'--lang',
			'fr',
			'--section',
			'confirm',
			'--page',
			'causes/wrong-project',
			'--base',
			'https://g.example/'
		);
		expect(link.out.trim()).toBe(
			'https://g.example/fr/causes/wrong-project/?entity=acme&project=vision#confirm'
		);
		const refused = cli(
			'link',
			'--entity',
			'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
			'--project',
			'p'
		);
		expect(refused.code).toBe(1);
		expect(refused.out + refused.err).not.toContain('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
	});

	it('says one clear line and exits 2 on unknown verbs or flags, and helps on every verb', () => {
		const verb = cli('frobnicate');
		expect(verb.code).toBe(2);
		expect(verb.err.trim().split('\n')).toHaveLength(1);
		const flag = cli('check', '--entity', 'a', '--project', 'b', '--colour');
		expect(flag.code).toBe(2);
		expect(flag.err.trim().split('\n')).toHaveLength(1);
		for (const name of ['check', 'snippet', 'link']) {
			const help = cli(name, '--help');
			expect(help.code).toBe(0);
			expect(help.out).toContain(`cli -- ${name}`);
		}
	});

	it('doctor reads a file or stdin and prints the documented JSON, redacted', () => {
		const log =
			'wandb: Currently logged in as: bob to https://api.wandb.ai. Use `wandb login --relogin` to force relogin\nwandb: ERROR Error while calling W&B API: permission denied (<Response [401]>)\nWANDB_API_KEY=a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\n';
		const out = cliWithInput(log, 'doctor', '--json');
		expect(out.code).toBe(0);
		const report = JSON.parse(out.out) as { causes: { id: string }[] };
		expect(Object.keys(report)).toEqual([
			'category',
			'status',
			'username',
			'loginEntity',
			'host',
			'entity',
			'project',
			'operation',
			'code',
			'sdkVersion',
			'causes',
			'shown',
		]);
		expect(report).toMatchObject({
			category: 'authentication',
			status: 401,
			username: 'bob',
			loginEntity: null,
			host: 'https://api.wandb.ai',
		});
		expect(report.causes[0].id).toBe('auth-401');
		expect(out.out).not.toContain('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
		const readable = cliWithInput(log, 'doctor', '--lang', 'fr');
		expect(readable.out).toContain(fr['cause.auth-401']);
		expect(cli('doctor', 'no-such-file.log').code).toBe(2);
	});
});
