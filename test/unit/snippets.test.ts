import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { checkAll } from '../../src/lib/names';
import {
	dotenvString,
	fillTemplate,
	generateAll,
	generateSnippet,
	powershellString,
	pythonString,
	shellString,
	SNIPPET_FORMATS,
	PLACEHOLDER_VALUES,
	snippetComments,
} from '../../src/lib/snippets';

const EN = snippetComments(en);
const STUB = join(import.meta.dirname, '../fixtures/python-stub');

// Characters that break naive quoting in one language or another.
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
	'a',
	'b',
	'-',
	'_',
	'0'
);
const value = fc.oneof(
	fc.string({ unit: tricky, minLength: 1, maxLength: 30 }),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
);
const accepted = fc.record({ entity: value, project: value }).filter((v) => checkAll(v).ok);

/** Runs python snippets with the stand-in wandb module; returns what each passed to wandb.init. */
function runPython(sources: string[]): { entity: string; project: string; host: string | null }[] {
	const dir = mkdtempSync(join(tmpdir(), 'w403-py-'));
	const files = sources.map((source, i) => {
		const file = join(dir, `s${i}.py`);
		writeFileSync(file, source, 'utf8');
		return file;
	});
	const driver = `
import json, sys, runpy, wandb
out = []
for path in json.load(sys.stdin):
    wandb._calls.clear()
    runpy.run_path(path)
    init = next(c for c in wandb._calls if c["call"] == "init")
    login = next((c for c in wandb._calls if c["call"] == "login"), {"host": None})
    out.append({"entity": init["entity"], "project": init["project"], "host": login["host"]})
print(json.dumps(out))
`;
	const result = spawnSync('python3', ['-c', driver], {
		input: JSON.stringify(files),
		encoding: 'utf8',
		env: { ...process.env, PYTHONPATH: STUB, PYTHONIOENCODING: 'utf-8' },
	});
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout) as { entity: string; project: string; host: string | null }[];
}

/** Sources bash snippets in subshells; returns the exported WANDB_* values of each. */
function runBash(sources: string[]): { entity: string; project: string; host: string }[] {
	const dir = mkdtempSync(join(tmpdir(), 'w403-sh-'));
	const script = sources
		.map((source, i) => {
			const file = join(dir, `s${i}.sh`);
			writeFileSync(file, source, 'utf8');
			return `( unset WANDB_BASE_URL WANDB_ENTITY WANDB_PROJECT; . ${shellString(file)}; printf '%s\\0%s\\0%s\\0' "$WANDB_ENTITY" "$WANDB_PROJECT" "\${WANDB_BASE_URL-}" )`;
		})
		.join('\n');
	const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(result.stderr);
	const parts = result.stdout.split('\0');
	return sources.map((_, i) => ({
		entity: parts[i * 3],
		project: parts[i * 3 + 1],
		host: parts[i * 3 + 2],
	}));
}

describe('literals are escaped for their language', () => {
	it('writes Python strings with escapes for quotes, backslashes and control characters', () => {
		expect(pythonString(`a"b\\c`)).toBe(String.raw`"a\"b\\c"`);
		expect(pythonString('tab\there')).toBe(String.raw`"tab\there"`);
		expect(pythonString('été 🙂 {x}')).toBe('"été 🙂 {x}"');
	});

	it('writes shell words in single quotes, closing and reopening around a quote', () => {
		expect(shellString(`it's $HOME`)).toBe(`'it'\\''s $HOME'`);
	});

	it('doubles every quote PowerShell reads as a single quote, curly ones included', () => {
		expect(powershellString(`it's ‘x’`)).toBe(`'it''s ‘‘x’’'`);
		expect(powershellString('$env:USER `n')).toBe("'$env:USER `n'");
	});

	it('writes .env values in single quotes so ${VAR} stays literal', () => {
		expect(dotenvString(`a'b\\c \${HOME}`)).toBe(`'a\\'b\\\\c \${HOME}'`);
	});
});

describe('snippets', () => {
	it('makes a complete minimal Python script that never carries a key', () => {
		const code = generateSnippet('python', { entity: 'acme', project: 'vision' }, EN);
		expect(code).toContain('import wandb');
		expect(code).toContain('entity="acme"');
		expect(code).toContain('project="vision"');
		expect(code).toContain('config=');
		expect(code).toContain('run.log(');
		expect(code).toContain('run.finish()');
		expect(code).not.toMatch(/api_key|key=/);
	});

	it('adds the server only when it is not the public cloud', () => {
		expect(generateSnippet('cli', { entity: 'a', project: 'b' }, EN)).toMatch(
			/wandb login --relogin$/
		);
		expect(
			generateSnippet('cli', { entity: 'a', project: 'b', host: 'https://api.wandb.ai/' }, EN)
		).toMatch(/wandb login --relogin$/);
		expect(
			generateSnippet('cli', { entity: 'a', project: 'b', host: 'https://acme.wandb.io/' }, EN)
		).toMatch(/wandb login --relogin --host 'https:\/\/acme.wandb.io'$/);
		expect(
			generateSnippet('bash', { entity: 'a', project: 'b', host: 'https://acme.wandb.io' }, EN)
		).toContain("export WANDB_BASE_URL='https://acme.wandb.io'");
		expect(generateSnippet('powershell', { entity: 'a', project: 'b' }, EN)).toContain(
			"$env:WANDB_ENTITY = 'a'"
		);
		expect(generateSnippet('dotenv', { entity: 'a', project: 'b' }, EN)).toContain(
			"WANDB_PROJECT='b'"
		);
		expect(generateSnippet('notebook', { entity: 'a', project: 'b' }, EN)).toContain(
			'wandb.login()'
		);
	});

	it('writes its comments in the reader’s language', () => {
		expect(generateSnippet('python', { entity: 'a', project: 'b' }, snippetComments(fr))).toContain(
			fr['snippet.entity']
		);
	});

	it('gives every format for the placeholders shown without JavaScript', () => {
		const all = generateAll(PLACEHOLDER_VALUES, EN);
		expect(Object.keys(all)).toEqual([...SNIPPET_FORMATS]);
		expect(all.python).toContain('"<your-team>"');
	});

	it('runs under python3 and passes exactly the given values to wandb.init (property)', () => {
		const samples = fc.sample(accepted, { numRuns: 150, seed: 403 });
		samples.push({ entity: `it's "me" \\ {x} $y`, project: 'a{c}$d`e`f🙂 é' });
		const ran = runPython(
			samples.flatMap((v) => [
				generateSnippet('python', v, EN),
				generateSnippet('notebook', { ...v, host: 'https://acme.wandb.io' }, snippetComments(fr)),
			])
		);
		samples.forEach((v, i) => {
			expect(ran[i * 2]).toEqual({ entity: v.entity, project: v.project, host: null });
			expect(ran[i * 2 + 1]).toEqual({
				entity: v.entity,
				project: v.project,
				host: 'https://acme.wandb.io',
			});
		});
	});

	it('exports exactly the given values when bash runs the snippet (property)', () => {
		const samples = fc.sample(accepted, { numRuns: 150, seed: 1403 });
		const ran = runBash(
			samples.map((v) => generateSnippet('bash', { ...v, host: 'https://ml.example.com/' }, EN))
		);
		samples.forEach((v, i) =>
			expect(ran[i]).toEqual({
				entity: v.entity,
				project: v.project,
				host: 'https://ml.example.com',
			})
		);
	});

	it('keeps the cli snippet valid for bash', () => {
		const code = generateSnippet(
			'cli',
			{ entity: 'a', project: 'b', host: "https://x.io/'$(id)" },
			EN
		);
		expect(spawnSync('bash', ['-n'], { input: code }).status).toBe(0);
		expect(code).toContain(`'https://x.io/'\\''$(id)'`);
	});
});

describe('the page fills a pre-rendered template to the same code', () => {
	it('gives exactly generateSnippet for any accepted values, in every format (property)', () => {
		fc.assert(
			fc.property(accepted, fc.boolean(), (values, withHost) => {
				const host = withHost ? 'https://acme.wandb.io' : '';
				for (const format of SNIPPET_FORMATS) {
					const template = generateSnippet(
						format,
						withHost
							? PLACEHOLDER_VALUES
							: { entity: PLACEHOLDER_VALUES.entity, project: PLACEHOLDER_VALUES.project },
						EN
					);
					expect(fillTemplate(format, template, { ...values, host })).toBe(
						generateSnippet(format, { ...values, host }, EN)
					);
				}
			}),
			{ numRuns: 300, seed: 7 }
		);
	});

	it('does not re-expand a placeholder typed as a value', () => {
		const template = generateSnippet(
			'bash',
			{ entity: PLACEHOLDER_VALUES.entity, project: PLACEHOLDER_VALUES.project },
			EN
		);
		expect(fillTemplate('bash', template, { entity: '<your-project>', project: 'x' })).toContain(
			"WANDB_ENTITY='<your-project>'"
		);
	});
});
