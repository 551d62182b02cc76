// Issue 16: the doctor reads every form in which people paste a failure (examples of a kind;
// each test names the kind it stands for).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/lib/doctor';
import { summaryText } from '../../src/lib/report';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';

describe('status and body in every printed form', () => {
	it('reads a requests HTTPError for a REST path, with entity and project from the path', () => {
		const d = diagnose(
			'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.wandb.ai/files/acme-lab/speech-asr/2x9k1p0q/file_stream'
		);
		expect(d).toMatchObject({
			status: 403,
			category: 'permission',
			entity: 'acme-lab',
			project: 'speech-asr',
		});
	});

	it('reads the login line when the paste stops before the SDK’s “Use wandb login --relogin”', () => {
		const d = diagnose(
			'wandb: Currently logged in as: alice (acme-team) to https://api.wandb.ai.\nwandb: ERROR Error uploading run: returned error 403: {"errors":[{"message":"permission denied"}]}'
		);
		expect(d).toMatchObject({
			username: 'alice',
			loginEntity: 'acme-team',
			host: 'https://api.wandb.ai',
		});
	});

	it('takes a later 404 over an earlier generic permission sentence', () => {
		const d = diagnose(
			'wandb: ERROR Permission denied, ask the project owner to grant you access\n...\nrequests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.wandb.ai/graphql'
		);
		expect(d).toMatchObject({ status: 404, category: 'not-found' });
	});

	it('reads a 400 from a proxy address as network', () => {
		const d = diagnose(
			'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: http://10.20.30.40:3128/graphql'
		);
		expect(d).toMatchObject({ status: 400, category: 'network' });
	});

	it('does not take a local W&B server on port 8080 for a proxy', () => {
		expect(
			diagnose(
				'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: http://localhost:8080/graphql'
			).category
		).toBe('bad-request');
	});

	it('reads a debug.log 401 as credentials whatever the body code', () => {
		const d = diagnose(
			'2026-03-02 10:11:12,345 ERROR   MainThread:1234 [internal_api.py:execute():250] 401 response executing GraphQL.\n2026-03-02 10:11:12,346 ERROR   MainThread:1234 [internal_api.py:execute():251] {"errors":[{"message":"permission denied","extensions":{"code":"PERMISSION_ERROR"}}]}'
		);
		expect(d).toMatchObject({ status: 401, category: 'authentication' });
	});

	it('reads HTML escaped inside JSON as a proxy or block page', () => {
		const d = diagnose(
			'wandb: ERROR failed to upsert bucket: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"\\u003c!DOCTYPE html\\u003e\\u003chtml\\u003e\\u003chead\\u003e\\u003ctitle\\u003eAccess denied\\u003c/title\\u003e"}]}'
		);
		expect(d).toMatchObject({ status: 403, category: 'network' });
		expect(d.causes[0].id).toBe('proxy-403');
	});

	it.each([
		'wandb: ERROR user is not logged in',
		'wandb: W&B API key is configured. Use `wandb login --relogin` to force relogin\nwandb: ERROR user is not logged in',
	])('reads %j as credentials', (log) => {
		expect(diagnose(log).category).toBe('authentication');
	});

	it.each([
		[
			'wandb: ERROR Error uploading run: returned error 507: {"data":{"upsertBucket":null},"errors":[{"message":"insufficient storage"}]}',
			507,
		],
		['wandb: ERROR Error uploading run: returned error 502: Bad Gateway', 502],
		['wandb: ERROR Error uploading run: returned error 503: Service Unavailable', 503],
		['wandb: ERROR Error uploading run: returned error 504: Gateway Timeout', 504],
	])('reads a 5xx (%s) as the server side, with its status', (log, status) => {
		expect(diagnose(log)).toMatchObject({ status, category: 'server' });
	});

	it('gives a full server (507), a gateway (502, 503, 504) and another 5xx each their own advice, in both languages', () => {
		const summary = (status: number, dict: Record<string, string>) =>
			summaryText(diagnose(`wandb: ERROR Error uploading run: returned error ${status}: x`), dict);
		for (const dict of [en, fr] as Record<string, string>[]) {
			expect(summary(507, dict)).toContain('507');
			expect(summary(507, dict)).toMatch(/Insufficient Storage/);
			for (const status of [502, 503, 504])
				expect(summary(status, dict)).toContain(`HTTP ${status}`);
			expect(new Set([summary(507, dict), summary(502, dict), summary(500, dict)]).size).toBe(3);
			expect(summary(500, dict)).toContain('HTTP 500');
		}
		// A full server is not fixed by waiting: the timeout section is not offered for it.
		expect(
			diagnose('wandb: ERROR Timed out while retrying: HTTP 507: server error').causes.map(
				(c) => c.id
			)
		).not.toContain('timeout');
	});

	// What wandb 0.30.0 really printed against a stand-in answering 502 / 507 to upsertBucket
	// (scripts/sdk-0.30.0/stand-in-server.py SCEN=status502|status507, init_timeout=8).
	it.each([
		['sdk-0.30.0-gateway-502', 502, ['timeout']],
		['sdk-0.30.0-storage-full-507', 507, []],
	])(
		'reads the real 0.30.0 output %s as a server failure with its status',
		(name, status, causes) => {
			const d = diagnose(
				readFileSync(join(import.meta.dirname, `../fixtures/logs/${name}.log`), 'utf8')
			);
			expect(d).toMatchObject({ category: 'server', status });
			expect(d.causes.map((c) => c.id)).toEqual(causes);
		}
	);

	it('reads a plain 400 that is not the organization message as HTTP 400, not as no error', () => {
		const d = diagnose(
			'wandb: ERROR Error uploading run: returned error 400: {"data":{"upsertBucket":null},"errors":[{"message":"invalid project name"}]}'
		);
		expect(d.status).toBe(400);
		expect(d.category).not.toBe('unknown');
	});

	it('reads a local file permission as a local file problem, never a W&B permission', () => {
		const d = diagnose("PermissionError: [Errno 13] Permission denied: '/data/wandb'");
		expect(d).toMatchObject({ category: 'local-file', status: null, causes: [] });
		for (const dict of [en, fr] as Record<string, string>[])
			expect(summaryText(d, dict)).toMatch(/Errno 13/);
		// The SDK's own words when it can write neither the run folder nor the temp folder (0.30 wandb_init.py).
		expect(
			diagnose(
				'ValueError: System temp directory (/tmp) is not writable/readable, please set the `dir` argument in `wandb.init()` to a writable/readable directory.'
			).category
		).toBe('local-file');
		// A W&B refusal in the same paste still wins.
		expect(
			diagnose(
				"PermissionError: [Errno 13] Permission denied: '/data/wandb'\nwandb: ERROR permission denied"
			).category
		).toBe('permission');
	});

	// Real wordings (wandb#3166, wandb#42, saharmor/dalle-playground#89); the account is an anonymous-mode one.
	it.each([
		[
			'wandb: ERROR Error while calling W&B API: anonymous user cannot check version info (<Response [403]>)',
			403,
		],
		[
			'CommError: You do not have permission to access Project: l2k owned by acme  as anonymous',
			null,
		],
		[
			'wandb.errors.CommError: Permission denied to access anony-mouse-327149/uncategorized/1gdhrgr6\nrequests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.wandb.ai/graphql',
			404,
		],
	])(
		'reads a refusal that speaks of an anonymous account as its own case, not team roles: %s',
		(log, status) => {
			const d = diagnose(log);
			expect(d).toMatchObject({ category: 'anonymous', status });
			expect(d.causes.map((c) => c.id)).toEqual(['stale-credentials']);
			for (const dict of [en, fr] as Record<string, string>[])
				expect(summaryText(d, dict)).toMatch(/anony-mouse/);
		}
	);

	it('does not read the SDK’s warning about the dropped anonymous setting as the cause', () => {
		const log =
			'wandb: WARNING The anonymous setting has no effect and will be removed in a future version.\nwandb: ERROR permission denied';
		expect(diagnose(log).category).toBe('permission');
	});

	it('keeps the error line (and a body printed under it) for the page and the support summary', () => {
		expect(
			diagnose('x\nwandb: ERROR Error uploading run: returned error 507: full\ny').shown
		).toEqual(['ERROR Error uploading run: returned error 507: full']);
		expect(diagnose("PermissionError: [Errno 13] Permission denied: '/data/wandb'").shown).toEqual([
			"PermissionError: [Errno 13] Permission denied: '/data/wandb'",
		]);
		expect(
			diagnose(
				'wandb: Currently logged in as: alice. Use `wandb login --relogin` to force relogin\nwandb: ERROR permission denied'
			).shown
		).toEqual(['ERROR permission denied']);
		expect(
			diagnose('500 response executing GraphQL.\n{"error":"internal database error"}').shown
		).toEqual(['500 response executing GraphQL.', '{"error":"internal database error"}']);
		expect(diagnose('hello world').shown).toEqual([]);
	});

	it('reads the server from the failing request’s URL when no login line names it, never from a storage URL', () => {
		expect(
			diagnose(
				'requests.exceptions.HTTPError: 404 Client Error: Not Found for url: http://10.0.0.5:8080/graphql'
			).host
		).toBe('http://10.0.0.5:8080');
		expect(
			diagnose(
				'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://storage.googleapis.com/bucket/x?X-Goog-Signature=1'
			).host
		).toBeNull();
	});

	it('names the server address when the API calls went to a proxy’s port (wandb#4235), not the proxy’s 403 page', () => {
		const d = diagnose(
			'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: http://10.20.30.40:3128/graphql'
		);
		expect(d.causes.map((c) => c.id)).toEqual(['wrong-host']);
		expect(d.host).toBe('http://10.20.30.40:3128');
	});

	it('reads entity and project from a pasted wandb sync command line, and the server from a local run link', () => {
		const d = diagnose(
			'wandb sync offline-run-1 -p gnn -e --id=v9h3k1sd\nwandb: ERROR Error while calling W&B API: entity --id=v9h3k1sd not found during upsertBucket (<Response [404]>)'
		);
		expect(d).toMatchObject({ entity: '--id=v9h3k1sd', project: 'gnn' });
		expect(d.causes[0].id).toBe('wrong-entity');
		expect(
			diagnose(
				'Syncing: http://localhost:8080/alex/proj/runs/k3j9x2qa ... wandb: ERROR CommError, <Response [507]>'
			).host
		).toBe('http://localhost:8080');
		// W&B's cloud shows runs on wandb.ai, which is not its API's address.
		expect(
			diagnose(
				'wandb: 🚀 View run x at: https://wandb.ai/acme/vision/runs/ab12cd34\nwandb: ERROR permission denied'
			).host
		).toBeNull();
	});

	it('quotes the line where time ran out, then the first network failure, for a timeout', () => {
		const d = diagnose(
			'wandb: Network error (ProxyError), entering retry loop.\nwandb: ERROR Run initialization has timed out after 60.0 sec.'
		);
		expect(d.causes[0]).toMatchObject({
			id: 'timeout',
			evidence: [
				'ERROR Run initialization has timed out after 60.0 sec.',
				'Network error (ProxyError), entering retry loop.',
			],
		});
	});

	it('never states a status the text does not show', () => {
		expect(diagnose('wandb: ERROR permission denied').status).toBeNull();
	});
});

describe('names and URLs wherever they appear', () => {
	it.each([
		[
			'wandb: 🚀 View run bright-sun-1 at: http://localhost:8080/mlteam/ocr-v2/runs/ab12cd34',
			'mlteam',
			'ocr-v2',
		],
		[
			'wandb: Syncing run bright-sun-1 to https://acme.wandb.io/research/vision/runs/x1',
			'research',
			'vision',
		],
		[
			'<Error><Code>AccessDenied</Code><Key>team-x/proj-y/run123/output.log</Key></Error>',
			'team-x',
			'proj-y',
		],
		[
			'wandb: ERROR Permission denied to access research-lab/Speech Recognition Baseline/3k2j1h0g',
			'research-lab',
			'Speech Recognition Baseline',
		],
	])('reads entity and project from %s', (log, entity, project) => {
		expect(diagnose(log)).toMatchObject({ entity, project });
	});
});
