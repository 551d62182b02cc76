// The access check (src/lib/check-script.ts): the generated script compiles for every accepted
// value, carries the values exactly, builds the same links as the site, and, run by a real python3
// against a simulated wandb (test/fixtures/python-stub-api), names the right cause in the scenarios
// the real SDK cannot show, without ever printing a key. The doctor reads its output to the same
// verdict. The real wandb 0.30.0 runs the script in test/sdk/real-sdk.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { CAUSES, causeAnchor } from '../../src/lib/causes';
import {
	CHECK_SCRIPT_FORMAT,
	generateCheckScript,
	scriptStringKeys,
} from '../../src/lib/check-script';
import { diagnose } from '../../src/lib/doctor';
import { shortLink } from '../../src/lib/golinks';
import { buildLink } from '../../src/lib/links';
import type { Locale } from '../../src/lib/locale';
import {
	checkAll,
	containsApiKey,
	isPlaceholder,
	normalizeHost,
	PLACEHOLDER_NAMES,
	SHELL_VARIABLE,
} from '../../src/lib/names';
import { fillTemplate, PLACEHOLDER_VALUES } from '../../src/lib/snippets';
import { LOCALES } from '../../src/lib/locale';

const DICTS = { en, fr } as Record<Locale, Record<string, string>>;
const BASE = 'https://g.example/guide/';
const STUB = join(import.meta.dirname, '../fixtures/python-stub-api');
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
/** A key the shape rules do not catch: only the script's own memory of the key keeps it out. */
const PLAIN_KEY = 'localkey-' + 'abcdefghij'.repeat(4);

function script(
	values: { entity: string; project: string; host?: string },
	locale: Locale = 'en'
): string {
	return generateCheckScript(values, { dict: DICTS[locale], locale, base: BASE });
}

/** The real interpreter behind `python3` (a pyenv shim needs $HOME, which the scenarios replace). */
function interpreter(command: string): string | undefined {
	const result = spawnSync(command, ['-c', 'import sys; print(sys.executable)'], {
		encoding: 'utf8',
	});
	return result.status === 0 ? result.stdout.trim() : undefined;
}
const PYTHON = interpreter('python3')!;
// W403_PYTHONS=python3,/path/to/python3.8 runs the scenarios on more interpreters.
const PYTHONS = (process.env.W403_PYTHONS ?? 'python3')
	.split(',')
	.map((cmd) => interpreter(cmd.trim()) ?? cmd.trim());

function python(code: string, input: string, exe = PYTHON) {
	const result = spawnSync(exe, ['-c', code], {
		input,
		encoding: 'utf8',
		env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
		maxBuffer: 64 << 20,
	});
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stdout;
}

function tempFiles(sources: string[]): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'w403-chk-'));
	return sources.map((source, i) => {
		const file = join(dir, `c${i}.py`);
		writeFileSync(file, source, 'utf8');
		return file;
	});
}

// Values as the checker accepts them for this format: anything without errors, or empty ("not passed").
const tricky = fc.constantFrom(
	'"',
	"'",
	'\\',
	'$',
	'`',
	'%',
	'{',
	'}',
	'!',
	' ',
	'é',
	'ß',
	'日',
	'🙂',
	'‘',
	'’',
	'#',
	';',
	'&',
	'|',
	'*',
	'~',
	'\u00a0',
	'\u2028',
	'a',
	'b',
	'-',
	'_',
	'0',
	'<',
	'>',
	'\n'
);
const anyValue = fc.oneof(
	fc.string({ unit: tricky, minLength: 0, maxLength: 30 }),
	fc.string({ unit: 'grapheme', minLength: 0, maxLength: 20 })
);
const hostValue = fc.constantFrom(
	'',
	'https://api.wandb.ai',
	'https://acme.wandb.io/',
	'http://127.0.0.1:8080',
	'https://ml.example.com:8443'
);
const accepted = fc.record({ entity: anyValue, project: anyValue, host: hostValue }).filter((v) => {
	const result = checkAll(v);
	return (['entity', 'project', 'host'] as const).every((field) =>
		result[field].problems.every(
			(p) => p.severity !== 'error' || (p.code === 'empty' && v[field] === '')
		)
	);
});

describe('the generated script', () => {
	it('compiles with python3 -m py_compile and carries exactly the given values (property)', () => {
		const samples = fc.sample(accepted, { numRuns: 120, seed: 7403 });
		samples.push(
			{ entity: `it's "me" \\ {x} $y`, project: 'a{c}$d`e`f🙂 é\u2028', host: '' },
			{ entity: '', project: '', host: '' }
		);
		const files = tempFiles(samples.map((v, i) => script(v, i % 2 ? 'fr' : 'en')));
		const compiled = spawnSync(PYTHON, ['-m', 'py_compile', ...files], { encoding: 'utf8' });
		expect(compiled.stderr).toBe('');
		expect(compiled.status).toBe(0);
		const read = python(
			'import json, runpy, sys\nprint(json.dumps([[ns["ENTITY"], ns["PROJECT"], ns["HOST"]] for ns in (runpy.run_path(p, run_name="w403") for p in json.load(sys.stdin))]))',
			JSON.stringify(files)
		);
		expect(JSON.parse(read)).toEqual(
			samples.map((v) => [v.entity, v.project, normalizeHost(v.host) ?? ''])
		);
	});

	it('keeps its Python in a real .py file that compiles as Python on its own', () => {
		const file = join(import.meta.dirname, '../../src/lib/check-script.py');
		const compiled = spawnSync(
			PYTHON,
			[
				'-c',
				'import sys; compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec")',
				file,
			],
			{ encoding: 'utf8' }
		);
		expect(compiled.status, compiled.stderr).toBe(0);
		expect(
			generateCheckScript(
				{ entity: 'a', project: 'b' },
				{ dict: en, locale: 'en', base: 'https://example.org/' }
			)
		).toContain(readFileSync(file, 'utf8').trimEnd());
	});

	it('uses no syntax newer than Python 3.8', () => {
		const code = script({ entity: 'acme', project: 'vision' });
		expect(
			python(
				'import ast, sys\nast.parse(sys.stdin.read(), feature_version=(3, 8))\nprint("ok")',
				code
			).trim()
		).toBe('ok');
	});

	it('never writes a value that looks like an API key (the CLI refuses it like the other formats)', () => {
		expect(() => script({ entity: KEY, project: 'p' })).toThrow(/api-key/);
		expect(() => script({ entity: 'acme', project: `x ${KEY}` })).toThrow(/api-key/);
		const cli = spawnSync(
			process.execPath,
			['src/cli.ts', 'snippet', '--format', 'check-script', '--entity', KEY, '--project', 'p'],
			{ encoding: 'utf8' }
		);
		expect(cli.status).toBe(1);
		expect(cli.stdout + cli.stderr).not.toContain(KEY);
	});

	it('is printed by the CLI, in the chosen language, with entity and project optional', () => {
		const out = spawnSync(
			process.execPath,
			[
				'src/cli.ts',
				'snippet',
				'--format',
				'check-script',
				'--entity',
				'acme',
				'--project',
				'vision',
				'--lang',
				'fr',
				'--base',
				BASE,
			],
			{ encoding: 'utf8' }
		);
		expect(out.status).toBe(0);
		expect(out.stdout).toBe(script({ entity: 'acme', project: 'vision' }, 'fr') + '\n');
		const bare = spawnSync(
			process.execPath,
			['src/cli.ts', 'snippet', '--format', 'check-script'],
			{ encoding: 'utf8' }
		);
		expect(bare.stdout).toMatch(/^ENTITY = ""$/m);
		const refused = spawnSync(
			process.execPath,
			['src/cli.ts', 'snippet', '--format', 'check-script', '--project', 'a/b?'],
			{ encoding: 'utf8' }
		);
		expect(refused.status).toBe(1);
		expect(refused.stdout).toBe('');
	});

	it('fills the page’s pre-rendered template to exactly the generated script (property)', () => {
		// The page renders the script once, without a server (a typed one goes into the HOST line).
		const template = script({
			entity: PLACEHOLDER_VALUES.entity,
			project: PLACEHOLDER_VALUES.project,
		});
		fc.assert(
			fc.property(accepted, (values) => {
				expect(fillTemplate(CHECK_SCRIPT_FORMAT, template, values)).toBe(script(values));
			}),
			{ numRuns: 200, seed: 17 }
		);
		// Any text as server, accepted or not ($&, quotes, a line that reads HOST = ""), fills to the same script.
		const hosts = fc.oneof(
			anyValue,
			fc.constantFrom('https://a$&b$1.example', 'HOST = ""', 'https://x.io/"\nHOST = ""', '$`x')
		);
		fc.assert(
			fc.property(anyValue, anyValue, hosts, (entity, project, host) => {
				fc.pre(![entity, project, host].some((v) => containsApiKey(v)));
				expect(fillTemplate(CHECK_SCRIPT_FORMAT, template, { entity, project, host })).toBe(
					script({ entity, project, host })
				);
			}),
			{ numRuns: 300, seed: 19 }
		);
	});

	it('has every string it prints, in both languages, and no unused check.* string', () => {
		const dynamic = [
			...['given', 'env', 'workspace', 'global', 'server', 'default', 'netrc', 'unset'].map(
				(s) => `check.source.${s}`
			),
			...['ok', 'proxy', 'fail', 'bad-url'].map((s) => `check.reach.${s}`),
			...['ok', 'rejected', 'network', 'error', 'skipped'].map((s) => `check.login.${s}`),
			...['user', 'team', 'none', 'unknown'].map((s) => `check.member.${s}`),
			...['yes', 'no', 'unknown'].map((s) => `check.visible.${s}`),
			...['entity', 'project'].flatMap((f) => [
				`check.unset.${f}`,
				`check.field.${f}`,
				`check.ev.from.${f}`,
				`check.ev.differs.${f}`,
			]),
		];
		const used = new Set([
			...scriptStringKeys(),
			...dynamic,
			'check.title',
			'check.header.run',
			'check.header.readonly',
			'check.header.paste',
			'check.header.values',
			'check.header.host',
		]);
		for (const dict of [en, fr] as Record<string, string>[]) {
			for (const key of used) expect(dict[key], key).toBeTruthy();
			expect(Object.keys(dict).filter((key) => key.startsWith('check.') && !used.has(key))).toEqual(
				[]
			);
		}
	});
});

describe('the script agrees with the site’s own rules', () => {
	const names = fc.oneof(
		fc.constantFrom(
			...PLACEHOLDER_NAMES,
			'<entity>',
			'{team}',
			'[project]',
			'YOUR_TEAM',
			' my-team ',
			'Your Project Name',
			'$username',
			'${WANDB_ENTITY}',
			'%USER%',
			'$env:USER',
			'acme',
			'my-awesome-team-name\u00a0',
			'\ufeffentity',
			'entity\u001c'
		),
		fc.string({
			unit: fc.constantFrom(
				'a',
				'y',
				'o',
				'u',
				'r',
				'-',
				'_',
				' ',
				'<',
				'>',
				'{',
				'}',
				'[',
				']',
				'$',
				'%',
				'E',
				'1',
				'\u00a0',
				'\u2003'
			),
			maxLength: 16,
		})
	);
	const keyish = fc.oneof(
		fc.stringMatching(/^[A-Za-z0-9_-]{30,60}$/),
		fc.constantFrom(
			KEY,
			`local-${KEY}`,
			'resnet50-imagenet-finetune-lr-sweep-v2-2024',
			'p'.repeat(127),
			`WANDB_API_KEY_${KEY}`,
			`x=${KEY};`
		),
		fc.string({ maxLength: 50 })
	);

	it('spots placeholders and API keys exactly as src/lib/names.ts does (property)', () => {
		const placeholderSamples = fc.sample(names, { numRuns: 400, seed: 11 });
		const keySamples = fc.sample(keyish, { numRuns: 400, seed: 12 });
		const ns = 'import json, runpy, sys\nns = runpy.run_path(sys.argv[1], run_name="w403")\n';
		const [file] = tempFiles([script({ entity: 'a', project: 'b' })]);
		const result = spawnSync(
			PYTHON,
			[
				'-c',
				ns +
					'data = json.load(sys.stdin)\nprint(json.dumps([[ns["is_placeholder"](v) or ns["has_shell_variable"](v) for v in data[0]], [ns["contains_key"](v) for v in data[1]]]))',
				file,
			],
			{
				input: JSON.stringify([placeholderSamples, keySamples]),
				encoding: 'utf8',
			}
		);
		expect(result.stderr).toBe('');
		const [placeholders, keys] = JSON.parse(result.stdout) as [boolean[], boolean[]];
		expect(placeholders).toEqual(
			placeholderSamples.map((v) => isPlaceholder(v) || SHELL_VARIABLE.test(v))
		);
		expect(keys).toEqual(keySamples.map((v) => containsApiKey(v)));
	});

	it('builds the same long and short links as buildLink and shortLink, values filled in (property)', () => {
		const linkValue = fc.oneof(
			anyValue,
			fc.constantFrom(
				'a b&c=d#e+f%g~h/i?j',
				`x ${KEY}`,
				' https://api.wandb.ai/ ',
				'https://acme.wandb.io//'
			)
		);
		const samples = fc.sample(
			fc.record({ entity: linkValue, project: linkValue, host: fc.oneof(linkValue, hostValue) }),
			{ numRuns: 150, seed: 13 }
		);
		for (const locale of [...LOCALES] as const) {
			const [file] = tempFiles([script({ entity: 'a', project: 'b' }, locale)]);
			const code =
				'import json, runpy, sys\nns = runpy.run_path(sys.argv[1], run_name="w403")\nout = []\nfor v in json.load(sys.stdin):\n' +
				'    values = ns["link_values"](v["entity"], v["project"], v["host"])\n' +
				'    out.append({"host": ns["normalize_host"](v["host"]), "long": {c: ns["long_link"](c, values) for c in ns["PAGES"]}, "short": {c: ns["short_link"](c, values) for c in ns["PAGES"]}})\n' +
				'print(json.dumps(out))';
			const result = spawnSync(PYTHON, ['-c', code, file], {
				input: JSON.stringify(samples),
				encoding: 'utf8',
				env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
			});
			expect(result.stderr).toBe('');
			const ran = JSON.parse(result.stdout) as {
				host: string;
				long: Record<string, string>;
				short: Record<string, string>;
			}[];
			samples.forEach((v, i) => {
				const host = normalizeHost(v.host) ?? '';
				expect(ran[i].host).toBe(host);
				const values = { entity: v.entity, project: v.project, host };
				for (const cause of CAUSES) {
					let long = buildLink({
						base: BASE,
						locale,
						page: cause.page,
						section: causeAnchor(cause),
						values,
					});
					// Like the doctor's report: a key-shaped value is left out, the link is kept.
					if (!long.ok)
						long = buildLink({ base: BASE, locale, page: cause.page, section: causeAnchor(cause) });
					expect(ran[i].long[cause.id]).toBe(long.ok && long.url);
					let short = shortLink(BASE, cause.id, values);
					if (!short.ok) short = shortLink(BASE, cause.id);
					expect(ran[i].short[cause.id]).toBe(short.ok && short.url);
				}
			});
		}
	});
});

// --- scenarios: a real python3, the stand-in wandb, a local port standing for the server ---------

interface Scenario {
	/** The values the reader typed (entity/project empty = not passed by wandb.init()). */
	values?: { entity: string; project: string; host?: string };
	/** What the stand-in server knows (see test/fixtures/python-stub-api/wandb/__init__.py). */
	server?: Record<string, unknown>;
	env?: Record<string, string>;
	/** Files relative to the scenario's directory: `home/…`, `work/…` (the current directory). */
	files?: Record<string, string>;
	/** Run with HOST empty, so the server comes from env/settings or the SDK default. */
	defaultHost?: boolean;
}

interface Ran {
	out: string;
	err: string;
	code: number | null;
	calls: Record<string, unknown>[];
	causes: string[];
	wrote: boolean;
}

let listening: Server;
let open = '';
let closed = '';

beforeAll(async () => {
	const listen = () =>
		new Promise<Server>((resolve) => {
			const server = createServer((socket) => socket.destroy());
			server.listen(0, '127.0.0.1', () => resolve(server));
		});
	listening = await listen();
	open = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
	const gone = await listen();
	closed = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
	await new Promise((resolve) => gone.close(resolve));
});

afterAll(() => new Promise((resolve) => listening.close(resolve)));

const SERVER = {
	version: '0.28.2',
	keys: { [KEY]: 'alice', [PLAIN_KEY]: 'alice' },
	users: { alice: { entity: 'alice', teams: ['acme-ml', 'vision-lab'] } },
	projects: { 'acme-ml': ['vision', 'Speech'], alice: ['sandbox'] },
};

function run(scenario: Scenario, exe = PYTHON, locale: Locale = 'en'): Ran {
	const dir = mkdtempSync(join(tmpdir(), 'w403-scn-'));
	for (const sub of ['home', 'work']) mkdirSync(join(dir, sub));
	for (const [path, content] of Object.entries(scenario.files ?? {})) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content.replaceAll('$OPEN', open).replaceAll('$KEY', KEY));
	}
	const values = scenario.values ?? { entity: 'acme-ml', project: 'vision' };
	const file = join(dir, 'w403_check.py');
	writeFileSync(
		file,
		script({ ...values, host: values.host ?? (scenario.defaultHost ? '' : open) }, locale)
	);
	const env: Record<string, string> = {
		PATH: process.env.PATH ?? '',
		HOME: join(dir, 'home'),
		PYTHONPATH: STUB,
		PYTHONIOENCODING: 'utf-8',
		// The stand-in wandb lives in the repository: leave no __pycache__ next to it.
		PYTHONDONTWRITEBYTECODE: '1',
		W403_STUB: JSON.stringify({ ...SERVER, ...scenario.server }),
		W403_STUB_LOG: join(dir, 'calls.jsonl'),
		W403_STUB_WRITES: join(dir, 'writes'),
		WANDB_API_KEY: KEY,
	};
	// An empty value removes the variable (WANDB_API_KEY: '' = no key in the environment).
	for (const [name, value] of Object.entries(scenario.env ?? {})) {
		if (value === '') delete env[name];
		else
			env[name] = value
				.replaceAll('$OPEN', open)
				.replaceAll('$CLOSED', closed)
				.replaceAll('$DIR', dir);
	}
	const result = spawnSync(exe, [file], {
		cwd: join(dir, 'work'),
		env,
		encoding: 'utf8',
		timeout: 60_000,
	});
	const log = join(dir, 'calls.jsonl');
	const calls = existsSync(log)
		? readFileSync(log, 'utf8')
				.trim()
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as Record<string, unknown>)
		: [];
	const causes = [...result.stdout.matchAll(/^w403-check: cause="([^"]+)"/gm)].map((m) => m[1]);
	return {
		out: result.stdout,
		err: result.stderr,
		code: result.status,
		calls,
		causes,
		wrote: existsSync(join(dir, 'writes')),
	};
}

/** What must hold for every run: no traceback, no key, nothing forbidden, the doctor agrees. */
function sane(ran: Ran): Ran {
	expect(ran.code, ran.err).toBe(0);
	expect(ran.out + ran.err).not.toMatch(/Traceback/);
	for (const key of [KEY, PLAIN_KEY]) expect(ran.out + ran.err).not.toContain(key);
	expect(ran.calls.filter((c) => c.call === 'forbidden')).toEqual([]);
	for (const call of ran.calls.filter((c) => c.call === 'Api'))
		expect(call).toMatchObject({ api_key_passed: true, timeout: 15 });
	expect(ran.wrote).toBe(false);
	expect(ran.out).toMatch(/^w403-check: end="1"$/m);
	// Pasted into the doctor, the output gives the same verdict.
	const diagnosis = diagnose(ran.out);
	expect(diagnosis.category).toBe('access-check');
	expect(diagnosis.causes.map((c) => c.id)).toEqual(ran.causes);
	for (const cause of diagnosis.causes) expect(cause.evidence.length).toBe(1);
	return ran;
}

// Simulated: a stand-in `wandb` module (test/fixtures/python-stub-api) plays SDK versions, machine
// states and failures that the real wandb 0.30.0 cannot show (older SDKs' settings files and netrc
// names, a key echoed in an error, no wandb at all, a lookup that breaks). The scenarios the real
// SDK can show run against it in test/sdk/real-sdk.test.ts.
describe.each(PYTHONS)(
	'the access check run by %s against a simulated wandb (what 0.30.0 cannot show)',
	(exe) => {
		it('a project that differs only in case from a visible one: wrong project first', () => {
			const ran = sane(run({ values: { entity: 'acme-ml', project: 'speech' } }, exe));
			expect(ran.causes[0]).toBe('wrong-project');
			expect(ran.out).toContain('“Speech” is');
		});

		it('an env var that disagrees with the value the code passes is reported, after the main finding', () => {
			const ran = sane(run({ env: { WANDB_ENTITY: 'old-team', WANDB_PROJECT: 'other' } }, exe));
			expect(ran.causes).toEqual(['view-only-role', 'restricted-project', 'entity-set-elsewhere']);
			expect(ran.out).toMatch(
				/^w403-check: also-set="entity" source="env:WANDB_ENTITY" value="old-team"$/m
			);
			expect(ran.out).toMatch(
				/^w403-check: also-set="project" source="env:WANDB_PROJECT" value="other"$/m
			);
		});

		it('a workspace settings file wins over the global one, and over nothing in the code', () => {
			const ran = sane(
				run(
					{
						values: { entity: '', project: '' },
						files: {
							'home/.config/wandb/settings': '[default]\nentity = vision-lab\nproject = vision\n',
							'work/wandb/settings': '[default]\nentity = old-team\n',
						},
					},
					exe
				)
			);
			expect(ran.causes[0]).toBe('entity-set-elsewhere');
			expect(ran.causes).toContain('not-a-member');
			expect(ran.out).toMatch(
				/^w403-check: entity="old-team" source="settings:workspace" membership="none"$/m
			);
			expect(ran.out).toMatch(
				/^w403-check: project="vision" source="settings:global" visible="no"$/m
			);
			expect(ran.out).toMatch(
				/^w403-check: also-set="entity" source="settings:global" value="vision-lab"$/m
			);
		});

		it('reads WANDB_CONFIG_DIR and .wandb/ as the SDK does', () => {
			const ran = sane(
				run(
					{
						values: { entity: '', project: 'vision' },
						env: { WANDB_CONFIG_DIR: '$DIR/cfg' },
						files: {
							'cfg/settings': '[default]\nentity = acme-ml\n',
							'work/.wandb/settings': '[default]\nproject = sandbox\n',
						},
					},
					exe
				)
			);
			expect(ran.out).toMatch(
				/^w403-check: entity="acme-ml" source="settings:global" membership="team"$/m
			);
			expect(ran.out).toMatch(/^w403-check: project="vision" source="given" visible="yes"$/m);
			expect(ran.out).toMatch(
				/^w403-check: also-set="project" source="settings:workspace" value="sandbox"$/m
			);
		});

		it('an entity that differs from a team only in case: wrong entity first', () => {
			const ran = sane(run({ values: { entity: 'Acme_ML', project: 'vision' } }, exe));
			expect(ran.causes.slice(0, 2)).toEqual(['wrong-entity', 'not-a-member']);
			expect(ran.out).toContain('but “acme-ml” is');
		});

		it('a rejected key points to the credentials, and the key never shows, even when the SDK echoes it', () => {
			for (const key of [`${KEY.slice(0, 39)}f`, 'wrong']) {
				const ran = sane(run({ env: { WANDB_API_KEY: key }, server: { echo_key: true } }, exe));
				expect(ran.causes.slice(0, 2)).toEqual(['stale-credentials', 'wrong-host']);
				expect(ran.causes).toContain('auth-401');
				expect(ran.out).toMatch(/^w403-check: key-source="env:WANDB_API_KEY" login="rejected"$/m);
				if (key !== 'wrong') expect(ran.out + ran.err).not.toContain(key);
			}
		});

		it('not logged in: no key anywhere, and the server is not asked', () => {
			const ran = sane(run({ env: { WANDB_API_KEY: '' } }, exe));
			expect(ran.causes[0]).toBe('stale-credentials');
			expect(ran.calls).toEqual([]);
			expect(ran.out).toMatch(/^w403-check: key-source=null login="skipped"$/m);
		});

		it('finds the key in netrc, keyed by the server’s host:port, and never prints it', () => {
			const ran = sane(
				run(
					{
						env: { WANDB_API_KEY: '' },
						files: {
							'home/.netrc': 'machine $OPEN_NETLOC\n  login user\n  password $PLAINKEY\n'
								.replace('$OPEN_NETLOC', new URL(open).host)
								.replace('$PLAINKEY', PLAIN_KEY),
						},
					},
					exe
				)
			);
			expect(ran.causes[0]).toBe('view-only-role');
			expect(ran.out).toMatch(/^w403-check: key-source="netrc" login="ok"$/m);
		});

		it.each([
			['0.28.2', 'host:port'],
			['0.23.0', 'host name'],
		])(
			'SDK %s: looks netrc up by %s first, and finds an entry written the other way',
			(version) => {
				const { hostname, host } = new URL(open);
				const netrc = (machine: string) => ({
					'home/.netrc': `machine ${machine}\n  login user\n  password ${PLAIN_KEY}\n`,
				});
				const newSdk = version === '0.28.2';
				// The entry the installed SDK reads: found, nothing to report.
				const right = sane(
					run(
						{
							env: { WANDB_API_KEY: '' },
							server: { version },
							files: netrc(newSdk ? host : hostname),
						},
						exe
					)
				);
				expect(right.causes[0]).toBe('view-only-role');
				expect(right.out).toContain(`netrc entry: ${newSdk ? host : hostname}`);
				// The other entry: the script still checks the key, and says wandb.init() will not find it.
				const wrong = sane(
					run(
						{
							env: { WANDB_API_KEY: '' },
							server: { version },
							files: netrc(newSdk ? hostname : host),
						},
						exe
					)
				);
				expect(wrong.out).toMatch(/^w403-check: key-source="netrc" login="ok"$/m);
				expect(wrong.causes[0]).toBe('stale-credentials');
				expect(wrong.out).toContain(`but wandb ${version} looks up “${newSdk ? host : hostname}”`);
				expect(wrong.causes).toContain('view-only-role');
			}
		);

		it('no key anywhere: both netrc names are looked up and named', () => {
			const ran = sane(run({ env: { WANDB_API_KEY: '' } }, exe));
			const { hostname, host } = new URL(open);
			expect(ran.out).toContain(`netrc entry for ${host}, ${hostname})`);
		});

		it.each([
			['0.24.1', true],
			['0.30.0', true],
			['0.24.0', false],
		])(
			'SDK %s: a refused value in a settings file (dropping both files: %s)',
			(version, dropped) => {
				const files = {
					'home/.config/wandb/settings': '[default]\nentity = old-team\n',
					'work/wandb/settings': '[default]\nproject = a/b\n',
				};
				const ran = sane(
					run({ values: { entity: '', project: 'vision' }, server: { version }, files }, exe)
				);
				expect(ran.out).toContain('sets project = a/b, which the SDK refuses');
				if (dropped) {
					// 0.24.1+: no value of either file applies, so the entity falls back to the default entity.
					expect(ran.out).toMatch(
						/^w403-check: entity="alice" source="server-default" membership="user"$/m
					);
					expect(ran.causes[0]).toBe('entity-set-elsewhere');
					expect(ran.out).toContain(`wandb ${version} ignores every value of both settings files`);
				} else {
					expect(ran.out).toMatch(
						/^w403-check: entity="old-team" source="settings:global" membership="none"$/m
					);
				}
			}
		);

		it('a key for another server only: not logged in there, and possibly the wrong host (through a proxy)', () => {
			const ran = sane(
				run(
					{
						defaultHost: true,
						env: { WANDB_API_KEY: '', HTTPS_PROXY: '$OPEN', NETRC: '$DIR/home/netrc' },
						files: { 'home/netrc': 'machine acme.wandb.io login user password $KEY\n' },
					},
					exe
				)
			);
			expect(ran.causes).toEqual(['stale-credentials', 'wrong-host']);
			expect(ran.out).toContain('netrc holds keys for acme.wandb.io, not for api.wandb.ai');
			expect(ran.out).toMatch(
				/^w403-check: host="https:\/\/api.wandb.ai" source="sdk-default" reach="proxy"$/m
			);
		});

		it('an unreachable server: the wrong host first, then a connection failure, within the timeout', () => {
			const started = Date.now();
			const ran = sane(
				run({ defaultHost: true, env: { WANDB_API_KEY: KEY, WANDB_BASE_URL: '$CLOSED' } }, exe)
			);
			expect(Date.now() - started).toBeLessThan(20_000);
			expect(ran.causes.slice(0, 2)).toEqual(['wrong-host', 'timeout']);
			expect(ran.calls).toEqual([]);
			expect(ran.out).toMatch(
				/^w403-check: host="http:\/\/127.0.0.1:\d+" source="env:WANDB_BASE_URL" reach="fail"$/m
			);
		});

		it('a sweep agent’s environment: entity and project come from the sweep', () => {
			const ran = sane(run({ env: { WANDB_API_KEY: KEY, WANDB_SWEEP_ID: 'abc123' } }, exe));
			expect(ran.causes[0]).toBe('entity-set-elsewhere');
			expect(ran.out).toContain('WANDB_SWEEP_ID is set');
		});

		it.each([
			['0.15.12', 'listing the entity’s projects'],
			['0.19.9', 'listing the entity’s projects'],
			['0.20.1', '“Unable to fetch project ID” from a null project'],
			['0.21.0', '“Project … not found”'],
		])('SDK %s: sees a hidden project as not visible (%s)', (version) => {
			const visible = sane(run({ env: { WANDB_API_KEY: KEY }, server: { version } }, exe));
			expect(visible.causes[0]).toBe('view-only-role');
			const hidden = sane(
				run(
					{
						values: { entity: 'acme-ml', project: 'secret' },
						env: { WANDB_API_KEY: KEY },
						server: { version },
					},
					exe
				)
			);
			expect(hidden.causes[0]).toBe('restricted-project');
			expect(hidden.out).toMatch(/visible="no"/);
		});

		it.each(['0.15.12', '0.21.2', '0.25.0', '0.28.2'])(
			'SDK %s: a rejected key is evidence, not a traceback',
			(version) => {
				const ran = sane(
					run({ env: { WANDB_API_KEY: 'f'.repeat(40) }, server: { version, echo_key: true } }, exe)
				);
				expect(ran.causes[0]).toBe('stale-credentials');
				expect(ran.out).not.toContain('f'.repeat(40));
			}
		);

		it('SDK 0.21.1 to 0.22.1: the settings-file rewrite of wandb.Api() is skipped', () => {
			const ran = sane(run({ env: { WANDB_API_KEY: KEY }, server: { version: '0.21.4' } }, exe));
			expect(ran.causes[0]).toBe('view-only-role');
		});

		it('a failing project lookup is reported as unknown, and the membership still speaks', () => {
			const ran = sane(run({ env: { WANDB_API_KEY: KEY }, server: { project_error: true } }, exe));
			expect(ran.out).toMatch(/visible="unknown"/);
			expect(ran.causes[0]).toBe('view-only-role');
			expect(ran.out).toContain('the project could not be checked');
		});

		it('speaks French when generated in French, with the same machine lines', () => {
			const ran = sane(
				run(
					{ env: { WANDB_API_KEY: KEY }, values: { entity: 'acme', project: 'vision' } },
					exe,
					'fr'
				)
			);
			expect(ran.causes[0]).toBe('not-a-member');
			expect(ran.out).toContain('«\u00a0acme\u00a0» n’est ni votre nom d’utilisateur (alice)');
			expect(ran.out).toContain(`${BASE}fr/causes/not-a-member/?entity=acme&project=vision&host=`);
			expect(ran.out).toMatch(/^w403-check: check="1" lang="fr" /m);
		});

		it('survives an SDK that breaks in unexpected places: evidence, never a traceback', () => {
			// viewer.teams and Project.id raise errors no SDK version documents.
			const ran = sane(run({ server: { broken: ['teams', 'project'] } }, exe));
			expect(ran.out).toMatch(/^w403-check: username="alice" default-entity="alice" teams=null$/m);
			expect(ran.out).toMatch(
				/^w403-check: entity="acme-ml" source="given" membership="unknown"$/m
			);
			expect(ran.out).toMatch(/^w403-check: project="vision" source="given" visible="unknown"$/m);
			expect(ran.out).toContain(
				'Teams: could not be read (RuntimeError: unexpected shape of viewer.teams)'
			);
			// Nothing is claimed from facts it could not read.
			expect(ran.causes).toEqual([]);
			expect(ran.out).toContain(en['check.incomplete']);
		});

		it('works without wandb installed: local facts only, no traceback', () => {
			const ran = run(
				{
					env: { PYTHONPATH: '', WANDB_ENTITY: '$username' },
					values: { entity: '', project: 'vision' },
				},
				exe
			);
			sane(ran);
			expect(ran.out).toMatch(/sdk=null/);
			expect(ran.causes.slice(0, 2)).toEqual(['entity-set-elsewhere', 'wrong-entity']);
			// It says its verdict skipped the server, and where to run it instead.
			expect(ran.out).toContain(en['check.note.noSdk']);
		});
	}
);
