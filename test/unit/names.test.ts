import { describe, expect, it } from 'vitest';
import {
	checkAll,
	checkEntity,
	checkHost,
	checkProject,
	containsApiKey,
	looksLikeApiKey,
	normalizeHost,
	parseWandbReference,
	type FieldResult,
} from '../../src/lib/names';

const codes = (result: FieldResult) => result.problems.map((p) => `${p.severity}:${p.code}`);

describe('project names follow the SDK’s own validator', () => {
	// The SDK's test data (tests/unit_tests/test_artifacts/test_validators.py, test_wandb_run.py).
	it.each(['my-project', 'm', 'wandb-registry-a', 'p'.repeat(127), 'p'.repeat(128)])(
		'accepts %s by the SDK’s rules',
		(name) => {
			expect(checkProject(name).problems.filter((p) => p.code !== 'placeholder')).toEqual([]);
		}
	);

	it('still refuses my-project for code: it is the examples’ placeholder, not the reader’s project', () => {
		expect(codes(checkProject('my-project'))).toEqual(['error:placeholder']);
	});

	it.each([
		['my-project-?', ['?']],
		['my-?:/-project', null],
		['test:?', [':', '?']],
		['50%', ['%']],
		['a\\b', ['\\']],
		['run#1', ['#']],
	])('refuses %s for its forbidden characters', (name, chars) => {
		const result = checkProject(name);
		expect(result.ok).toBe(false);
		if (chars)
			expect(result.problems.find((p) => p.code === 'forbidden-char')?.chars).toEqual(chars);
	});

	it('says where the forbidden characters are', () => {
		expect(checkProject('ab?c?').problems[0].positions).toEqual([2, 4]);
	});

	it('refuses more than 128 characters, counting characters not UTF-16 units', () => {
		expect(codes(checkProject('test'.repeat(33)))).toEqual(['error:too-long']);
		expect(checkProject('p'.repeat(129)).problems[0].params).toEqual({ length: 129, max: 128 });
		expect(checkProject('🙂'.repeat(128)).ok).toBe(true);
		expect(checkProject('🙂'.repeat(129)).ok).toBe(false);
	});

	it('refuses an empty name and line breaks', () => {
		expect(codes(checkProject(''))).toEqual(['error:empty']);
		expect(checkProject('my-project-\n').ok).toBe(false);
		expect(checkProject('a\rb').problems[0].code).toBe('control-char');
	});

	it('warns, without refusing, about spaces at the ends and tabs', () => {
		expect(codes(checkProject(' vision'))).toEqual(['warning:whitespace']);
		expect(checkProject('a\tb').problems[0]).toMatchObject({
			code: 'control-char',
			severity: 'warning',
		});
	});

	it('accepts quotes, braces, backticks, dollars, non-ASCII and emoji the SDK accepts', () => {
		for (const name of [
			`it's "quoted"`,
			'a{braces}b',
			'back`tick',
			'prix-€',
			'projet-été',
			'実験',
			'🚀-launch',
		])
			expect(checkProject(name).ok, name).toBe(true);
	});
});

describe('entity names: only what is certainly wrong is an error', () => {
	it('accepts ordinary team and user names', () => {
		for (const name of ['acme', 'kimsp0317-dongguk-university', 'lzwjava-teksystems', 'team_42'])
			expect(codes(checkEntity(name)), name).toEqual([]);
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		[' acme', 'whitespace'],
		['acme ', 'whitespace'],
		['ac\u0000me', 'control-char'],
		['acme\u202e', 'control-char'],
		['ac/me', 'path'],
		['https://wandb.ai/acme', 'url'],
	])('refuses %j (%s)', (name, code) => {
		const result = checkEntity(name);
		expect(result.ok).toBe(false);
		expect(result.problems.map((p) => p.code)).toContain(code);
	});

	it('flags whitespace at both ends with its positions', () => {
		expect(checkEntity(' acme\t').problems.find((p) => p.code === 'whitespace')?.positions).toEqual(
			[0, 5]
		);
	});

	it.each([
		'my-awesome-team-name',
		'<entity>',
		'<your-team>',
		'your_entity',
		'example-team',
		'YOUR_ENTITY',
		'entity',
		'my-team',
		'your_actual_team_name',
		'{entity}',
	])('refuses %s, a placeholder from an example (never a name for code)', (name) => {
		const result = checkEntity(name);
		expect(result.ok).toBe(false);
		expect(codes(result)).toEqual(['error:placeholder']);
	});

	it.each([
		'ac\u200Bme',
		'ac\u200Cme',
		'ac\u200Dme',
		'ac\u2060me',
		'\uFEFFacme',
		'ac\u00A0me',
		'ac\u00ADme',
		'ac\u3000me',
	])('refuses %j: an invisible character pasted into a name', (name) => {
		const result = checkEntity(name);
		expect(result.ok).toBe(false);
		expect(result.problems.find((p) => p.code === 'invisible-char')).toMatchObject({
			severity: 'error',
			positions: [Array.from(name).findIndex((ch) => !/[a-z]/.test(ch))],
		});
		expect(checkProject(name).ok).toBe(false);
		expect(checkHost(`https://${name}.wandb.io`).ok).toBe(false);
	});

	it.each([
		['ａｃｍｅ', ['ａ', 'ｃ', 'ｍ', 'ｅ']],
		['acme🚀', ['🚀']],
		['acme team', ['U+0020']],
		['فريق-البحث', ['ف', 'ر', 'ي', 'ق', 'ا', 'ل', 'ب', 'ح', 'ث']],
	])('warns that %s holds characters W&B team names do not use', (name, chars) => {
		const result = checkEntity(name);
		expect(result.ok).toBe(true);
		expect(result.problems.find((p) => p.code === 'unusual-char')?.chars).toEqual(chars);
	});

	it('says nothing of dots and underscores, which usernames may hold', () => {
		for (const name of ['jane.doe', 'j_doe']) expect(codes(checkEntity(name)), name).toEqual([]);
	});

	it('warns about unexpanded shell variables', () => {
		for (const name of ['$username', '${WANDB_ENTITY}', '%USERNAME%', '$env:USER']) {
			expect(
				checkEntity(name).problems.find((p) => p.code === 'shell-variable')?.params?.variable,
				name
			).toBeTruthy();
		}
	});

	it('warns about upper case, which W&B names rarely have', () => {
		expect(codes(checkEntity('Acme'))).toEqual(['warning:uppercase']);
	});
});

describe('a W&B address typed without https://', () => {
	it.each([
		['wandb.ai/acme/vision/runs/abc', { entity: 'acme', project: 'vision' }],
		['www.wandb.ai/acme/vision', { entity: 'acme', project: 'vision' }],
		['app.wandb.ai/acme/vision/workspace', { entity: 'acme', project: 'vision' }],
		[
			'acme.wandb.io/ml/ocr-v2/runs/x',
			{ entity: 'ml', project: 'ocr-v2', host: 'https://acme.wandb.io' },
		],
	])('reads %s as an address and suggests its entity and project', (value, suggestion) => {
		const problem = checkEntity(value).problems[0];
		expect(problem).toMatchObject({ code: 'url', severity: 'error' });
		expect(problem.suggestion).toEqual(suggestion);
	});

	it.each(['wandb.ai', 'github.com/acme/vision', 'example.org/acme'])(
		'never offers the host of %s as an entity',
		(value) => {
			const problems = checkEntity(value).problems;
			expect(problems[0]).toMatchObject({ code: 'url', severity: 'error' });
			expect(problems.some((p) => p.suggestion)).toBe(false);
		}
	);
});

describe('a URL or a path pasted into a field', () => {
	it.each([
		['https://wandb.ai/acme/vision/runs/abc123', { entity: 'acme', project: 'vision' }],
		[
			'https://wandb.ai/acme/vision/overview?workspace=user-x',
			{ entity: 'acme', project: 'vision' },
		],
		['https://wandb.ai/acme/vision/workspace', { entity: 'acme', project: 'vision' }],
		['https://wandb.ai/acme/vision', { entity: 'acme', project: 'vision' }],
		[
			'https://acme.wandb.io/acme-ml/detector/runs/x?nw=1',
			{ entity: 'acme-ml', project: 'detector', host: 'https://acme.wandb.io' },
		],
		['acme/vision', { entity: 'acme', project: 'vision' }],
		['acme/vision/runs/abc', { entity: 'acme', project: 'vision' }],
		['https://wandb.ai/acme/projet%20%C3%A9t%C3%A9', { entity: 'acme', project: 'projet été' }],
	])('reads %s as entity and project', (text, expected) => {
		expect(parseWandbReference(text)).toEqual(expected);
		const entity = checkEntity(text);
		expect(entity.ok).toBe(false);
		expect(entity.problems.find((p) => p.suggestion)?.suggestion).toEqual(expected);
	});

	it('does not take other sites or app pages for projects', () => {
		expect(parseWandbReference('https://github.com/acme/vision')).toBeUndefined();
		expect(parseWandbReference('https://wandb.ai/authorize')).toBeUndefined();
		expect(parseWandbReference('https://wandb.ai/settings/profile')).toBeUndefined();
		expect(parseWandbReference('https://api.wandb.ai/graphql')).toBeUndefined();
		expect(parseWandbReference('acme')).toBeUndefined();
	});

	it('recognises a self-managed server once its host is given', () => {
		expect(parseWandbReference('https://ml.example.com/acme/vision')).toBeUndefined();
		expect(
			checkAll({
				entity: 'https://ml.example.com/acme/vision',
				project: 'x',
				host: 'https://ml.example.com',
			}).entity.problems[0].suggestion
		).toMatchObject({ entity: 'acme', project: 'vision' });
	});

	it('suggests the same in the project field', () => {
		expect(checkProject('https://wandb.ai/acme/vision/runs/1').problems[0]).toMatchObject({
			code: 'url',
			suggestion: { entity: 'acme', project: 'vision' },
		});
	});
});

describe('API keys pasted by mistake', () => {
	const legacy = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
	it('recognises 40-character, prefixed and long keys', () => {
		expect(looksLikeApiKey(legacy)).toBe(true);
		expect(looksLikeApiKey('local-87eLxjoRhY6u2ofg63NAJo7rVYHZo4NGACOvpSsF')).toBe(true);
		expect(looksLikeApiKey('Zx9'.repeat(29))).toBe(true);
		expect(containsApiKey(`WANDB_API_KEY=${legacy}`)).toBe(true);
		expect(containsApiKey(`export WANDB_API_KEY_${legacy}`)).toBe(true);
	});

	it('does not take long hyphenated project names for keys', () => {
		expect(looksLikeApiKey('resnet50-imagenet-finetune-lr-sweep-2024-v2')).toBe(false);
		expect(looksLikeApiKey('short')).toBe(false);
		expect(looksLikeApiKey('p'.repeat(127))).toBe(false);
		expect(checkProject('resnet50-imagenet-finetune-lr-sweep-2024-v2').ok).toBe(true);
	});

	it('refuses a key in any field and marks the result as holding a secret', () => {
		const result = checkAll({ entity: legacy, project: 'p', host: '' });
		expect(result.entity.problems.map((p) => p.code)).toContain('api-key');
		expect(result.hasSecret).toBe(true);
		expect(
			checkAll({ entity: 'acme', project: 'p', host: `https://x.io/?k=${legacy}` }).hasSecret
		).toBe(true);
	});
});

describe('server addresses', () => {
	it('accepts an empty field (public cloud) and dedicated servers', () => {
		expect(checkHost('').ok).toBe(true);
		expect(checkHost('https://acme.wandb.io').ok).toBe(true);
		expect(checkHost('https://192.168.31.1:8080').ok).toBe(true);
	});

	it('refuses the app address like the SDK does', () => {
		for (const value of ['https://wandb.ai', 'https://app.wandb.ai'])
			expect(codes(checkHost(value))).toEqual(['error:app-host']);
		expect(codes(checkHost('http://api.wandb.ai'))).toEqual(['error:insecure-host']);
	});

	it('refuses what is not an address', () => {
		for (const value of ['gibberish', 'ftp://wandb.ai', 'LOL'.repeat(100)])
			expect(
				checkHost(value).problems.map((p) => p.code),
				value
			).toContain('not-a-url');
		expect(checkHost('http://host\n.ai').ok).toBe(false);
	});

	it('turns a page URL pasted as server into the server plus a suggestion', () => {
		const problem = checkHost('https://acme.wandb.io/acme-ml/detector/runs/1').problems[0];
		expect(problem).toMatchObject({
			code: 'path',
			suggestion: { entity: 'acme-ml', project: 'detector', host: 'https://acme.wandb.io' },
		});
	});

	it('normalises like the SDK: trailing slashes go, the public API means no host', () => {
		expect(normalizeHost('https://host.com///')).toBe('https://host.com');
		expect(normalizeHost('https://api.wandb.ai/')).toBeUndefined();
		expect(normalizeHost('')).toBeUndefined();
	});
});

describe('hostile and huge input', () => {
	it('reports a 1 MB value in any field as a paste, once, not character by character', () => {
		const huge = 'a\n'.repeat(500_000);
		const result = checkAll({ entity: huge, project: huge, host: huge });
		expect(result.ok).toBe(false);
		for (const field of [result.entity, result.project, result.host]) {
			expect(field.problems).toEqual([
				expect.objectContaining({
					code: 'pasted-text',
					severity: 'error',
					params: { length: 1_000_000 },
				}),
			]);
		}
	});

	it('still warns about an API key hidden in a big paste', () => {
		const paste =
			'log line\n'.repeat(200) + 'WANDB_API_KEY=a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\n';
		expect(checkEntity(paste).problems.map((p) => p.code)).toEqual(['pasted-text', 'api-key']);
	});

	it('keeps checking names up to the paste threshold (1,024 characters)', () => {
		expect(checkEntity('a'.repeat(1024)).problems.map((p) => p.code)).not.toContain('pasted-text');
		expect(checkEntity('a'.repeat(1025)).problems.map((p) => p.code)).toEqual(['pasted-text']);
	});

	it('treats markup as text', () => {
		const result = checkEntity('<img src=x onerror=alert(1)>');
		expect(result.problems.every((p) => p.code !== 'url')).toBe(true);
	});
});

describe('a name that only needs cleaning', () => {
	it.each([
		['ac\u200Bme', 'acme'],
		['\uFEFFacme', 'acme'],
		['ａｃｍｅ', 'acme'],
	])('offers %j cleaned as %s, with the project', (entity, cleaned) => {
		const result = checkAll({ entity, project: 'vision' });
		expect(result.entity.problems.find((p) => p.suggestion)?.suggestion).toEqual({
			entity: cleaned,
			project: 'vision',
		});
	});

	it.each(['acme team', 'acme🚀', 'فريق-البحث'])(
		'offers nothing for %j: no clean form is certain',
		(entity) => {
			expect(
				checkAll({ entity, project: 'vision' }).entity.problems.some((p) => p.suggestion)
			).toBe(false);
		}
	);
});

describe('a server typed without https://', () => {
	it('is offered with https:// in one click', () => {
		const result = checkAll({ entity: 'ml', project: 'ocr', host: 'acme.wandb.io' });
		expect(result.host.problems[0]).toMatchObject({
			code: 'not-a-url',
			suggestion: { entity: 'ml', project: 'ocr', host: 'https://acme.wandb.io' },
		});
	});

	it.each(['wandb.ai', 'not a host'])(
		'offers nothing for %j (the app address, or not a host)',
		(host) => {
			expect(
				checkAll({ entity: 'ml', project: 'ocr', host }).host.problems.some((p) => p.suggestion)
			).toBe(false);
		}
	);
});
