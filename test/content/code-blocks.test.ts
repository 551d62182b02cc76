import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fences, mdxPages } from '../support/mdx';

const blocks = mdxPages().flatMap((page) =>
	fences(page.body).map((fence) => ({ where: `${page.file}:${fence.line}`, ...fence }))
);

describe('code a reader copies from the guide runs', () => {
	const python = blocks.filter((b) => b.lang === 'python' || b.lang === 'py');
	const shell = blocks.filter((b) => ['bash', 'sh', 'shell'].includes(b.lang));

	it('has Python and shell examples to check', () => {
		expect(python.length).toBeGreaterThan(5);
		expect(shell.length).toBeGreaterThan(5);
	});

	it('parses every ```python block with python3 (ast)', () => {
		const script = [
			'import ast, json, sys',
			'bad = []',
			'for block in json.load(sys.stdin):',
			'    try:',
			'        ast.parse(block["code"])',
			'    except SyntaxError as e:',
			'        bad.append(f"{block[\'where\']}: {e.msg} (line {e.lineno})")',
			'print(json.dumps(bad))',
		].join('\n');
		const result = spawnSync('python3', ['-c', script], {
			input: JSON.stringify(python),
			encoding: 'utf8',
		});
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual([]);
	});

	it('passes `bash -n` on every ```bash and ```sh block', () => {
		const bad = shell
			.map((block) => ({
				block,
				result: spawnSync('bash', ['-n'], { input: block.code, encoding: 'utf8' }),
			}))
			.filter(({ result }) => result.status !== 0)
			.map(({ block, result }) => `${block.where}: ${result.stderr.trim()}`);
		expect(bad).toEqual([]);
	});

	it('writes every ```json block as valid JSON', () => {
		const bad = blocks
			.filter((b) => b.lang === 'json')
			.filter((b) => {
				try {
					JSON.parse(b.code);
					return false;
				} catch {
					return true;
				}
			})
			.map((b) => b.where);
		expect(bad).toEqual([]);
	});

	it('never shows anything shaped like a real API key in a code block', () => {
		const keyLike = /(?<![\w-])(?:[a-z]+-)?[A-Za-z0-9_]{40,}(?![\w-])/;
		expect(blocks.filter((b) => keyLike.test(b.code)).map((b) => b.where)).toEqual([]);
	});
});
