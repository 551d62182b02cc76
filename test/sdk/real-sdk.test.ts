// The real wandb SDK (test/support/wandb-sdk.ts) against the W&B stand-in: what it prints is the
// committed transcript, what it sends is what the code asked for, and the access check, run by
// the same SDK, names the scenario's cause first without printing a key or sending a mutation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json';
import { generateCheckScript } from '../../src/lib/check-script';
import { diagnose } from '../../src/lib/doctor';
import { CORPUS_DIR } from '../support/log-corpus';
import { FAKE_KEY, runAll, runInSandbox, runScenario, type ScenarioRun } from '../support/sdk-run';
import { fixtureJson, SCENARIOS } from '../support/sdk-scenarios';
import { ensureSdk, SDK_VERSION, type Sdk } from '../support/wandb-sdk';
import type { Account, Answer } from '../support/wandb-stand-in';

let sdk: Sdk;
const runs = new Map<string, ScenarioRun>();

beforeAll(async () => {
	sdk = ensureSdk();
	const results = await runAll(SCENARIOS, 2, (scenario) => runScenario(sdk, scenario));
	SCENARIOS.forEach((scenario, i) => runs.set(scenario.name, results[i]));
}, 300_000);

describe(`wandb ${SDK_VERSION} against the W&B stand-in`, () => {
	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'prints exactly the committed transcript: %s (npm run transcripts rewrites it)',
		(name, scenario) => {
			const base = join(CORPUS_DIR, `sdk-${SDK_VERSION}-${name}`);
			expect(runs.get(name)!.transcript).toBe(readFileSync(`${base}.log`, 'utf8'));
			expect(readFileSync(`${base}.json`, 'utf8')).toBe(fixtureJson(scenario, SDK_VERSION));
		}
	);

	it.each(
		SCENARIOS.filter(
			(s) => s.script.kind === 'init' && /entity="/.test(s.script.args) && !s.env?.WANDB_SWEEP_ID
		).map((s) => [s.name, s] as const)
	)('sends upsertBucket with the entity and project the code passed: %s', (name, scenario) => {
		const upserts = runs.get(name)!.requests.filter((r) => r.operation === 'UpsertBucket');
		expect(upserts.length).toBeGreaterThan(0);
		const args = scenario.script.kind === 'init' ? scenario.script.args : '';
		expect(upserts[0].variables).toMatchObject({
			entity: /entity="([^"]*)"/.exec(args)![1],
			project: /project="([^"]*)"/.exec(args)![1],
		});
	});
});

interface CheckCase {
	name: string;
	account: Account;
	answer?: Answer;
	/** What the reader typed into the page; empty = "my wandb.init() does not pass it". */
	values: { entity: string; project: string };
	env?: Record<string, string>;
	files?: { global?: string; workspace?: string };
	baseUrl?: string;
	/** The verdict, in order. (wrong-host closes most lists: the server comes from WANDB_BASE_URL, not from the code.) */
	causes: string[];
	/** Lines the output must hold (the machine lines say where each value came from). */
	says?: (string | RegExp)[];
}

const ALICE: Account = {
	username: 'alice',
	defaultEntity: 'alice-uni',
	teams: ['alice-uni', 'acme'],
	projects: { acme: ['vision'] },
};
const CHECKS: CheckCase[] = [
	{
		name: 'a team the account is not in',
		account: ALICE,
		values: { entity: 'acme-research', project: 'vision' },
		causes: ['not-a-member', 'wrong-entity', 'organization-entity', 'wrong-host'],
		says: [
			'“acme-research” is neither your username (alice) nor one of your teams (alice-uni, acme).',
			/^w403-check: username="alice" default-entity="alice-uni" teams=\["alice-uni","acme"\]$/m,
		],
	},
	{
		name: 'a View-Only member (team joined, project visible)',
		account: ALICE,
		values: { entity: 'acme', project: 'vision' },
		causes: ['view-only-role', 'restricted-project', 'wrong-host'],
		says: [
			/^w403-check: cause="view-only-role" inferred=true /m,
			'Inferred: the SDK cannot read roles.',
			/^w403-check: project="vision" source="given" visible="yes"$/m,
		],
	},
	{
		name: 'a Restricted project (team joined, project not visible)',
		account: { ...ALICE, projects: { acme: ['other'] } },
		values: { entity: 'acme', project: 'vision' },
		causes: ['restricted-project', 'view-only-role', 'wrong-host'],
		// W&B creates a missing project for an account that may write to the entity (facts §0.7).
		says: [
			'W&B creates a missing project',
			/^w403-check: project="vision" source="given" visible="no"$/m,
		],
	},
	{
		name: 'a personal entity (no entity anywhere: the username)',
		account: { ...ALICE, defaultEntity: 'alice', teams: ['alice', 'acme'] },
		values: { entity: '', project: 'vision' },
		causes: ['personal-entity', 'wrong-host'],
		says: [/^w403-check: entity="alice" source="server-default" membership="user"$/m],
	},
	{
		name: 'a placeholder entity',
		account: ALICE,
		values: { entity: 'my-awesome-team-name', project: 'vision' },
		causes: ['wrong-entity', 'not-a-member', 'organization-entity', 'wrong-host'],
		says: ['looks like a placeholder'],
	},
	{
		name: 'WANDB_ENTITY naming another team',
		account: ALICE,
		values: { entity: '', project: 'vision' },
		env: { WANDB_ENTITY: 'other-team' },
		causes: [
			'entity-set-elsewhere',
			'not-a-member',
			'wrong-entity',
			'organization-entity',
			'wrong-host',
		],
		says: [
			'The entity “other-team” comes from the environment variable WANDB_ENTITY, not from your code.',
			/^w403-check: entity="other-team" source="env:WANDB_ENTITY" membership="none"$/m,
		],
	},
	{
		name: 'a settings file naming another team',
		account: ALICE,
		values: { entity: '', project: 'vision' },
		files: { workspace: '[default]\nentity = other-team\n' },
		causes: [
			'entity-set-elsewhere',
			'not-a-member',
			'wrong-entity',
			'organization-entity',
			'wrong-host',
		],
		says: [/^w403-check: entity="other-team" source="settings:workspace" membership="none"$/m],
	},
	{
		name: 'a revoked key',
		account: ALICE,
		answer: { kind: 'revoked' },
		values: { entity: 'acme', project: 'vision' },
		causes: ['stale-credentials', 'wrong-host', 'auth-401'],
		says: [/^w403-check: key-source="env:WANDB_API_KEY" login="rejected"$/m],
	},
	{
		name: 'a wrong host (nothing listens there)',
		account: ALICE,
		values: { entity: 'acme', project: 'vision' },
		baseUrl: 'http://127.0.0.1:9',
		causes: ['wrong-host', 'timeout'],
		says: [/^w403-check: host="http:\/\/127.0.0.1:9" source="env:WANDB_BASE_URL" reach="fail"$/m],
	},
];

describe(`the access check run by wandb ${SDK_VERSION}`, () => {
	const results = new Map<string, ScenarioRun>();
	beforeAll(async () => {
		sdk ??= ensureSdk();
		const done = await runAll(CHECKS, 2, (c) =>
			runInSandbox(sdk, {
				account: c.account,
				answer: c.answer ?? { kind: 'forbidden' },
				file: {
					name: 'w403_check.py',
					text: generateCheckScript(
						{ ...c.values, host: '' },
						{ dict: en, locale: 'en', base: 'https://example.org/' }
					),
				},
				env: c.env,
				files: c.files,
				baseUrl: c.baseUrl,
			})
		);
		CHECKS.forEach((c, i) => results.set(c.name, done[i]));
	}, 300_000);

	it.each(CHECKS.map((c) => [c.name, c] as const))(
		'names the scenario’s cause first, prints no key or traceback and sends no mutation: %s',
		(name, c) => {
			const run = results.get(name)!;
			const causes = [...run.transcript.matchAll(/^w403-check: cause="([\w-]+)"/gm)].map(
				(m) => m[1]
			);
			expect(causes, run.transcript).toEqual(c.causes);
			for (const said of c.says ?? []) expect(run.transcript).toMatch(said);
			// Pasted into the doctor, the output gives the same verdict.
			expect(diagnose(run.transcript).causes.map((cause) => cause.id)).toEqual(causes);
			expect(run.transcript).toMatch(/^w403-check: end="1"$/m);
			expect(run.transcript).not.toContain(FAKE_KEY);
			expect(run.transcript).not.toMatch(/Traceback \(most recent call last\)/);
			expect(run.requests.filter((r) => r.mutation)).toEqual([]);
		}
	);
});
