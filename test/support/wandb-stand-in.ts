// A W&B stand-in for the real SDK: an HTTP server on 127.0.0.1 that answers the GraphQL
// operations wandb.init(), wandb.Api() and the access check send, the way W&B answers them in one
// scenario (a team the account is not in, a revoked key, a proxy's HTML page…). It records every
// request, so a test can say what the SDK sent. One server per test file, each on its own port.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Account {
	username: string;
	/** The account's default entity (`viewer.entity`). */
	defaultEntity: string;
	teams: string[];
	/** Projects the account can see, by entity (`project(name, entityName)` and `models(entityName)` look-ups). */
	projects?: Record<string, string[]>;
}

/** How the server answers upsertBucket (and, for `revoked`, every call). */
export type Answer =
	| { kind: 'forbidden' }
	| { kind: 'revoked' }
	| { kind: 'not-found' }
	| { kind: 'organization' }
	| { kind: 'proxy-html' }
	| { kind: 'slow'; seconds: number }
	| { kind: 'status'; status: number }
	| { kind: 'ok' };

export interface Recorded {
	method: string;
	path: string;
	/** GraphQL operation name (or the first field of the query when it has none). */
	operation?: string;
	variables?: Record<string, unknown>;
	/** True when the query is a GraphQL mutation. */
	mutation: boolean;
}

export interface StandIn {
	url: string;
	requests: Recorded[];
	setAnswer(answer: Answer): void;
	close(): Promise<void>;
}

const PERMISSION_BODY = {
	errors: [
		{
			message: 'permission denied',
			path: ['upsertBucket'],
			extensions: { code: 'PERMISSION_ERROR' },
		},
	],
	data: { upsertBucket: null },
};
const REVOKED_BODY = (path: string) => ({
	errors: [
		{ message: 'user is not logged in', path: [path], extensions: { code: 'PERMISSION_ERROR' } },
	],
	data: { [path]: null },
});
const HTML_403 =
	'<!DOCTYPE html><html><head><title>Access denied</title></head><body>Blocked by policy</body></html>';

function read(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
	});
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json') {
	const data = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(data) });
	res.end(data);
}

/** The viewer as W&B returns it to the SDK's viewer queries (the fields both 0.30 queries ask for). */
function viewer(account: Account) {
	return {
		id: 'VXNlcjox',
		username: account.username,
		entity: account.defaultEntity,
		email: `${account.username}@example.com`,
		name: account.username,
		admin: false,
		flags: '{}',
		deletedAt: null,
		apiKeys: { edges: [] },
		teams: { edges: account.teams.map((name) => ({ node: { name } })) },
		userInfo: null,
	};
}

export async function startStandIn(
	account: Account,
	answer: Answer = { kind: 'forbidden' }
): Promise<StandIn> {
	const requests: Recorded[] = [];
	let current = answer;
	const timers = new Set<NodeJS.Timeout>();
	// A GraphQL variable as text: names are strings; anything else counts as absent.
	const textOf = (...values: unknown[]) =>
		String(values.find((value) => typeof value === 'string') ?? '');
	const server = createServer((req, res) => void answerRequest(req, res));
	async function answerRequest(req: IncomingMessage, res: ServerResponse) {
		const raw = await read(req);
		const path = req.url ?? '/';
		if (req.method !== 'POST' || !path.startsWith('/graphql')) {
			requests.push({ method: req.method ?? 'GET', path, mutation: false });
			return send(res, 200, {});
		}
		let query = '';
		let operationName: string | undefined;
		let variables: Record<string, unknown> | undefined;
		try {
			const body = JSON.parse(raw) as {
				query?: string;
				operationName?: string;
				variables?: Record<string, unknown>;
			};
			query = body.query ?? '';
			operationName = body.operationName;
			variables = body.variables;
		} catch {
			// Not JSON: answer like any GraphQL server would to an empty query.
		}
		const firstField = /\{\s*(\w+)/.exec(query)?.[1];
		const mutation = /^\s*mutation\b/.test(query);
		requests.push({
			method: 'POST',
			path,
			operation: operationName ?? firstField,
			variables,
			mutation,
		});
		const asksViewer = /\bviewer\b/.test(query);
		const upsert = /\bupsertBucket\b/.test(query);
		if (current.kind === 'revoked')
			return send(
				res,
				401,
				REVOKED_BODY(asksViewer ? 'viewer' : upsert ? 'upsertBucket' : (firstField ?? 'viewer'))
			);
		if (asksViewer) return send(res, 200, { data: { viewer: viewer(account) } });
		// Look-ups answer with what the account may see: a project it cannot see is null, as on W&B.
		const lookupEntity = textOf(variables?.entity, variables?.entityName);
		const visible = account.projects?.[lookupEntity] ?? [];
		const project = (name: string) => ({
			__typename: 'Project',
			id: Buffer.from(`Project:${lookupEntity}/${name}`).toString('base64'),
			name,
			entityName: lookupEntity,
			createdAt: '2026-01-01T00:00:00',
			isBenchmark: false,
			user: null,
		});
		if (/\bproject\s*\(/.test(query)) {
			const name = textOf(variables?.name, variables?.project);
			return send(res, 200, { data: { project: visible.includes(name) ? project(name) : null } });
		}
		if (/\bmodels\s*\(/.test(query))
			return send(res, 200, {
				data: {
					models: {
						pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
						edges: visible.map((name) => ({ node: project(name) })),
					},
				},
			});
		if (!upsert) return send(res, 200, { data: {} });
		const entity = textOf(variables?.entity, variables?.entityName);
		switch (current.kind) {
			case 'forbidden':
				return send(res, 403, PERMISSION_BODY);
			case 'not-found':
				return send(res, 404, {
					errors: [
						{ message: `entity ${entity} not found during upsertBucket`, path: ['upsertBucket'] },
					],
					data: { upsertBucket: null },
				});
			case 'organization':
				return send(res, 400, {
					errors: [
						{
							message:
								'you may not log runs directly to your organization, please try using your team entity',
							path: ['upsertBucket'],
						},
					],
					data: { upsertBucket: null },
				});
			case 'proxy-html':
				return send(res, 403, HTML_403, 'text/html');
			case 'slow': {
				const timer = setTimeout(() => {
					timers.delete(timer);
					send(res, 200, { data: {} });
				}, current.seconds * 1000);
				timers.add(timer);
				return;
			}
			case 'status': {
				// A gateway's 502/503/504 is its own HTML page; a server's 5xx is GraphQL JSON.
				const gateway = [502, 503, 504].includes(current.status);
				return gateway
					? send(
							res,
							current.status,
							`<html><body><h1>${current.status}</h1></body></html>`,
							'text/html'
						)
					: send(res, current.status, {
							errors: [{ message: 'server error', path: ['upsertBucket'] }],
							data: { upsertBucket: null },
						});
			}
			case 'ok': {
				const project = textOf(variables?.modelName, variables?.project) || 'uncategorized';
				const name = textOf(variables?.name) || 'run1';
				return send(res, 200, {
					data: {
						upsertBucket: {
							bucket: {
								id: 'UnVuOjE=',
								name,
								displayName: name,
								project: {
									id: 'UHJvamVjdDox',
									name: project,
									entity: { id: 'RW50aXR5OjE=', name: entity || account.defaultEntity },
								},
								config: '{}',
								summaryMetrics: '{}',
								sweepName: null,
								historyLineCount: 0,
								eventsLineCount: 0,
								logLineCount: 0,
							},
							inserted: true,
						},
					},
				});
			}
		}
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		setAnswer: (next) => {
			current = next;
		},
		close: () =>
			new Promise((resolve) => {
				for (const timer of timers) clearTimeout(timer);
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
