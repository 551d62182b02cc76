import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/lib/causes';
import { cleanLine, diagnose } from '../../src/lib/doctor';
import { readCheckFields } from '../../src/lib/check-output';
import { redact, REDACTED } from '../../src/lib/redact';
import { CORPUS_FIELDS, readCorpus } from '../support/log-corpus';

const corpus = readCorpus();
const FIELDS = CORPUS_FIELDS;
const KEY = /(?<![A-Za-z0-9])[a-f0-9]{40}(?![A-Za-z0-9])/;

describe('the doctor on the log corpus', () => {
	it('has a corpus that covers every format, trap and wrapper, with real logs from public threads', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(20);
		expect(corpus.filter((c) => c.origin === 'real').length).toBeGreaterThanOrEqual(20);
		for (const c of corpus.filter((c) => c.origin === 'real'))
			expect(c.expected.source, c.name).toMatch(
				/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull|discussions)\/\d+/
			);
	});

	it.each(corpus.map((c) => [c.name, c] as const))(
		'%s: reads the fields and ranks the expected cause first',
		(_name, { log, expected }) => {
			const diagnosis = diagnose(log);
			for (const field of FIELDS) expect(diagnosis[field], field).toEqual(expected[field]);
			expect(diagnosis.causes[0]?.id ?? null).toBe(expected.topCause);
			const ids = diagnosis.causes.map((c) => c.id);
			for (const id of expected.alsoCauses) expect(ids, `also ${id}`).toContain(id);
			for (const cause of diagnosis.causes) expect(CAUSES.map((c) => c.id)).toContain(cause.id);
			// Evidence is made of lines of the log, never invented.
			for (const cause of diagnosis.causes)
				for (const line of cause.evidence) expect(line.replace(/…$/, '').length).toBeGreaterThan(0);
			expect(JSON.stringify(diagnosis)).not.toMatch(KEY);
		}
	);
});

describe('reading any log', () => {
	it('strips colours, timestamps and the wandb: prefix', () => {
		expect(
			cleanLine('\u001b[34m\u001b[1mwandb\u001b[0m: \u001b[31mERROR\u001b[0m permission denied')
		).toBe('ERROR permission denied');
		expect(cleanLine('2024-05-01T10:00:00.123Z wandb: ERROR x')).toBe('ERROR x');
		expect(cleanLine('[12:00:01] wandb: ERROR x')).toBe('ERROR x');
	});

	it('classifies by status before words', () => {
		expect(
			diagnose('wandb: ERROR Error while calling W&B API: permission denied (<Response [401]>)')
		).toMatchObject({ category: 'authentication', status: 401 });
		expect(
			diagnose(
				'wandb.errors.CommError: It appears that you do not have permission to access the requested resource. (Error 404: Not Found)'
			)
		).toMatchObject({ category: 'not-found', status: 404 });
		expect(diagnose('wandb: ERROR permission denied')).toMatchObject({
			category: 'permission',
			status: null,
		});
	});

	it('reads a 401 or "user is not logged in" as a rejected key, whatever the body calls it', () => {
		const body =
			'{"data":{"upsertBucket":null},"errors":[{"message":"user is not logged in","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';
		expect(diagnose(`wandb: ERROR Error uploading run: returned error 401: ${body}`)).toMatchObject(
			{ category: 'authentication', status: 401, code: 'PERMISSION_ERROR' }
		);
		expect(
			diagnose(
				'wandb: W&B API key is configured. Use `wandb login --relogin` to force relogin\nwandb: ERROR user is not logged in'
			)
		).toMatchObject({ category: 'authentication', status: null });
		expect(diagnose('wandb: ERROR user is not logged in').causes[0].id).toBe('auth-401');
	});

	it('reads missing parentheses on the login line as "not a member" only on SDK 0.19.4 and older', () => {
		const code = '    wandb.init(entity="acme", project="vision")';
		const error = 'wandb: ERROR permission denied';
		const old = diagnose(
			[
				'wandb: Currently logged in as: alice. Use `wandb login --relogin` to force relogin',
				code,
				error,
			].join('\n')
		);
		expect(old.causes[0].id).toBe('not-a-member');
		// From 0.19.5 (the line names the host) the parentheses ignore wandb.init(entity=...).
		const recent = diagnose(
			[
				'wandb: Currently logged in as: alice to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
				code,
				error,
			].join('\n')
		);
		expect(recent.causes[0].id).not.toBe('not-a-member');
		const defaultTeam = diagnose(
			[
				'wandb: Currently logged in as: alice (alice-uni) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
				code,
				error,
			].join('\n')
		);
		expect(defaultTeam.causes.slice(0, 2).map((c) => c.id)).not.toContain('entity-set-elsewhere');
	});

	it('points to an entity set elsewhere when the failing call shows no entity', () => {
		const log = [
			'wandb: Currently logged in as: alice to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
			'wandb: ERROR permission denied',
			'    run = wandb.init(project="vision")',
			'wandb.errors.errors.CommError: permission denied',
		].join('\n');
		const first = diagnose(log).causes[0];
		expect(first.id).toBe('entity-set-elsewhere');
		expect(first.evidence[0]).toContain('wandb.init(project="vision")');
		// A call that passes its arguments some other way says nothing.
		expect(diagnose(log.replace('project="vision"', '**kwargs')).causes[0].id).not.toBe(
			'entity-set-elsewhere'
		);
	});

	it('points to the key when the login line has no username', () => {
		const d = diagnose(
			'wandb: W&B API key is configured. Use `wandb login --relogin` to force relogin\nwandb: ERROR permission denied'
		);
		expect(d.causes[0].id).toBe('stale-credentials');
		expect(d.causes[0].evidence[0]).toContain('W&B API key is configured');
	});

	it('takes the failing status, not a successful call printed before it', () => {
		expect(
			diagnose(
				'DEBUG status: 200\nHTTP/1.1 200 OK\nwandb: ERROR Error while calling W&B API: permission denied (<Response [403]>)'
			)
		).toMatchObject({ status: 403, category: 'permission' });
	});

	it('never invents a field the log does not show', () => {
		const d = diagnose('wandb: ERROR permission denied');
		expect([
			d.username,
			d.loginEntity,
			d.host,
			d.entity,
			d.project,
			d.operation,
			d.code,
			d.sdkVersion,
		]).toEqual([null, null, null, null, null, null, null, null]);
	});

	it('finds nothing in text that is not wandb output', () => {
		expect(diagnose('hello\nworld')).toMatchObject({ category: 'unknown', causes: [] });
		expect(diagnose('')).toMatchObject({ category: 'unknown', causes: [] });
	});

	it('reads the JSON body even when broken over lines', () => {
		const d = diagnose(
			'wandb: ERROR failed to upsert bucket: returned error 403 Forbidden: {"errors":[{"message":"permission denied",\r\n"path":["upsertBucket"],\r\n"extensions":{"code":\r\n"PERMISSION_ERROR"}}]}'
		);
		expect(d).toMatchObject({
			status: 403,
			operation: 'upsertBucket',
			code: 'PERMISSION_ERROR',
			category: 'permission',
		});
	});
});

describe('secrets never come back out', () => {
	const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
	it.each([
		[`WANDB_API_KEY=${key}`, `WANDB_API_KEY=${REDACTED}`],
		[`export WANDB_API_KEY="${key}"`, `export WANDB_API_KEY="${REDACTED}"`],
		['  password s3cr3t-netrc-value', `  password ${REDACTED}`],
		[
			'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig',
			`Authorization: Bearer ${REDACTED}`,
		],
		[`wandb.login(key="${key}")`, `wandb.login(key="${REDACTED}")`],
		[`the key ${key} leaked`, `the key ${REDACTED} leaked`],
		[`local-87eLxjoRhY6u2ofg63NAJo7rVYHZo4NGACOvpSsF`, REDACTED],
	])('redacts %s', (text, expected) => {
		expect(redact(text)).toBe(expected);
	});

	it('leaves ordinary lines alone', () => {
		const line =
			'wandb: ERROR Error uploading run: returned error 403: {"errors":[{"message":"permission denied"}]}';
		expect(redact(line)).toBe(line);
	});

	it('keeps keys out of the evidence', () => {
		const d = diagnose(
			`wandb: ERROR permission denied\nWANDB_API_KEY=${key} python train.py\nAuthorization: Bearer ${key}`
		);
		expect(JSON.stringify(d)).not.toContain(key);
	});
});

describe('adversarial input stays linear', () => {
	it.each([
		['{"errors":[{', 1 << 20],
		['wandb: ', 1 << 20],
		['"unclosed ', 1 << 20],
		['Currently logged in as: a', 1 << 18],
		['https://a.', 1 << 19],
	])('handles 1 MB of %j', (unit, size) => {
		const text = unit.repeat(Math.ceil(size / unit.length));
		const d = diagnose(text);
		expect(d.category).toBeDefined();
	});
});

describe('the access check’s output (w403-check: lines)', () => {
	const run = (causes: string) =>
		[
			'w403-check: check="1" lang="en" sdk="0.28.2" python="3.11.7"',
			'w403-check: host="https://acme.wandb.io" source="env:WANDB_BASE_URL" reach="ok"',
			'w403-check: username="alice" default-entity="alice" teams=["a]b","c\\"d"]',
			'w403-check: entity="acme" source="given" membership="none"',
			'w403-check: project=null source="unset" visible=null',
			causes,
			'w403-check: end="1"',
		].join('\n');

	it('reads name=JSON pairs, strings with escapes and arrays of strings included', () => {
		expect(
			readCheckFields(
				'cause="not-a-member" inferred=false evidence="a \\"q\\" b" teams=["x]","y"] n=null'
			)
		).toEqual({
			cause: 'not-a-member',
			inferred: false,
			evidence: 'a "q" b',
			teams: ['x]', 'y'],
			n: null,
		});
		expect(readCheckFields('broken="unterminated')).toEqual({});
	});

	it('takes the verdict as the script gave it, in its order, over whatever the log around it shows', () => {
		const d = diagnose(
			`wandb: ERROR Error while calling W&B API: permission denied (<Response [401]>)\n${run('w403-check: cause="not-a-member" inferred=false evidence="x"\nw403-check: cause="wrong-entity" inferred=false evidence="y"')}`
		);
		expect(d).toMatchObject({
			category: 'access-check',
			status: null,
			username: 'alice',
			host: 'https://acme.wandb.io',
			entity: 'acme',
			project: null,
			sdkVersion: '0.28.2',
		});
		expect(d.causes).toEqual([
			{ id: 'not-a-member', pointed: true, evidence: ['x'] },
			{ id: 'wrong-entity', pointed: true, evidence: ['y'] },
		]);
	});

	it('reads lines quoted in a ticket or an email, and keeps the last run of a paste', () => {
		const quoted = run('w403-check: cause="view-only-role" inferred=true evidence="z"')
			.split('\n')
			.map((line) => `> ${line}`)
			.join('\n');
		expect(diagnose(quoted).causes.map((c) => c.id)).toEqual(['view-only-role']);
		const twice =
			run('w403-check: cause="view-only-role" inferred=true evidence="z"') +
			'\n' +
			run('w403-check: cause="stale-credentials" inferred=false evidence="k"');
		expect(diagnose(twice).causes.map((c) => c.id)).toEqual(['stale-credentials']);
	});

	it('ignores ids outside the catalogue, mentions that are not lines, and redacts keys in the evidence', () => {
		const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
		const d = diagnose(
			run(
				`w403-check: cause="made-up" evidence="x"\nw403-check: cause="stale-credentials" evidence="WANDB_API_KEY=${key}"`
			)
		);
		expect(d.causes).toEqual([
			{ id: 'stale-credentials', pointed: true, evidence: [`WANDB_API_KEY=${REDACTED}`] },
		]);
		expect(diagnose('Paste it down to “w403-check: end”.').category).toBe('unknown');
	});
});

describe('causes ranked by what the log shows (review F12)', () => {
	const LOGIN =
		'wandb: Currently logged in as: jdoe (jdoe-lab) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin';
	const ERROR =
		'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';

	it('points to no cause when the log shows only the 403 and who is logged in, and cites no line for the suspects', () => {
		const d = diagnose(`${LOGIN}\n${ERROR}`);
		expect(d.category).toBe('permission');
		expect(d.causes.length).toBeGreaterThan(2);
		for (const cause of d.causes)
			expect(cause, cause.id).toMatchObject({ pointed: false, evidence: [] });
	});

	it('points to the wrong entity, with the line that shows the placeholder, and leaves the rest as suspects', () => {
		const d = diagnose(
			`${LOGIN}\n    run = wandb.init(entity="my-awesome-team-name", project="resnet-sweep")\n${ERROR}`
		);
		expect(d.causes[0]).toMatchObject({ id: 'wrong-entity', pointed: true });
		expect(d.causes[0].evidence.join('\n')).toContain('my-awesome-team-name');
		expect(d.causes.slice(1).every((cause) => !cause.pointed)).toBe(true);
	});

	it('gives different logs different leads', () => {
		const placeholder = diagnose(
			`${LOGIN}\n    run = wandb.init(entity="my-awesome-team-name", project="x")\n${ERROR}`
		);
		const ownTeam = diagnose(
			`${LOGIN}\n    run = wandb.init(entity="jdoe-lab", project="x")\n${ERROR}`
		);
		const sweep = diagnose(`wandb: WARNING Ignoring entity 'acme' when running a sweep.\n${ERROR}`);
		const leads = [placeholder, ownTeam, sweep].map((d) =>
			d.causes
				.filter((c) => c.pointed)
				.map((c) => c.id)
				.join(',')
		);
		expect(new Set(leads).size).toBe(3);
		expect(ownTeam.causes.filter((c) => c.pointed).map((c) => c.id)).toEqual([
			'view-only-role',
			'restricted-project',
		]);
		expect(sweep.causes[0]).toMatchObject({ id: 'entity-set-elsewhere', pointed: true });
	});
});

describe('what the fresh-eyes read found', () => {
	it('reads the bare “permission denied” of SDK 0.26.1 and later as W&B’s refusal, with no status', () => {
		expect(diagnose('permission denied')).toMatchObject({ category: 'permission', status: null });
		expect(
			diagnose("PermissionError: [Errno 13] Permission denied: '/data/wandb'").category
		).not.toBe('permission');
	});

	it('does not suspect an entity set elsewhere when the code passes entity=', () => {
		const d = diagnose(
			'    run = wandb.init(entity="acme-research", project="vision")\nwandb: ERROR permission denied'
		);
		expect(d.causes.map((c) => c.id)).not.toContain('entity-set-elsewhere');
		expect(diagnose('wandb: ERROR permission denied').causes.map((c) => c.id)).toContain(
			'entity-set-elsewhere'
		);
	});
});
