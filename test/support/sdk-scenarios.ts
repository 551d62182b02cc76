// One scenario per cause of the catalogue and per look-alike that the real SDK can show: the
// account, how the W&B stand-in answers, and what the reader's code and machine set. `npm run
// transcripts` runs wandb.init() (or wandb.Api()) for each and writes what it printed to
// test/fixtures/logs/sdk-<version>-<name>.log, with the diagnosis a person expects in the .json.
import type { Account, Answer } from './wandb-stand-in.ts';
import type { Expected } from './log-corpus.ts';
import { STAND_IN_HOST } from './sdk-run.ts';

export interface Scenario {
	name: string;
	/** One sentence for the fixture's JSON: what the scenario is and why the expected diagnosis holds. */
	description: string;
	account: Account;
	answer: Answer;
	/** The Python the reader runs; `init` wraps `wandb.init(<args>)`. */
	script: { kind: 'init'; args: string } | { kind: 'api' };
	env?: Record<string, string>;
	/** Settings files: `global` is ~/.config/wandb/settings, `workspace` is ./wandb/settings. */
	files?: { global?: string; workspace?: string };
	/** The diagnosis expected from the transcript; `host` is filled in with the stand-in's normalised address. */
	expected: Omit<Expected, 'host' | 'scenario' | 'source'>;
}

const ALICE: Account = {
	username: 'alice',
	defaultEntity: 'alice-uni',
	teams: ['alice-uni', 'acme'],
};
const ALICE_NO_DEFAULT_TEAM: Account = {
	username: 'alice',
	defaultEntity: 'alice',
	teams: ['alice', 'acme'],
};
/** init_timeout for the scenarios that wait it out: short, so the run stays fast (the default is 90 s). */
export const SHORT_TIMEOUT = 4;
const SUSPECTS = ['wrong-entity', 'not-a-member', 'view-only-role', 'restricted-project'];
const base = {
	username: 'alice',
	loginEntity: 'alice-uni',
	operation: null,
	code: null,
	sdkVersion: null,
	status: null,
} as const;

export const SCENARIOS: Scenario[] = [
	{
		name: 'not-member-real-team',
		description:
			'the code passes entity="acme-research", a real team the account is not in (403). The login line shows the default team alice-uni, which on 0.19.5+ says nothing about acme-research: the log alone cannot tell not-a-member from the others, the access check can.',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="acme-research", project="vision"' },
		expected: {
			...base,
			category: 'permission',
			entity: 'acme-research',
			project: 'vision',
			topCause: 'wrong-entity',
			alsoCauses: SUSPECTS,
		},
	},
	{
		name: 'view-only-member',
		description:
			'the account is in acme (a View-Only member, or the project is Restricted): W&B answers the same 403, so the log shows a permission refusal with the code’s entity and the default team; the access check tells the causes apart.',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="acme", project="vision"' },
		expected: {
			...base,
			category: 'permission',
			entity: 'acme',
			project: 'vision',
			topCause: 'wrong-entity',
			alsoCauses: ['view-only-role', 'restricted-project', 'not-a-member'],
		},
	},
	{
		name: 'member-no-default-team',
		description:
			'a member of acme whose default entity is the username is refused (403, e.g. a View-Only role). The login line shows no team, which on 0.19.5+ says nothing about membership: the doctor must not put not-a-member first.',
		account: ALICE_NO_DEFAULT_TEAM,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="acme", project="vision"' },
		expected: {
			...base,
			loginEntity: null,
			category: 'permission',
			entity: 'acme',
			project: 'vision',
			topCause: 'wrong-entity',
			alsoCauses: SUSPECTS,
		},
	},
	{
		name: 'personal-entity',
		description:
			'the code passes the username as entity, and W&B refuses runs in personal entities for this account (403).',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="alice", project="vision"' },
		expected: {
			...base,
			category: 'permission',
			entity: 'alice',
			project: 'vision',
			topCause: 'personal-entity',
			alsoCauses: [],
		},
	},
	{
		name: 'foreign-entity-default-team',
		description:
			'the code passes the placeholder entity my-awesome-team-name; the account default team alice-uni is what the login line shows (0.19.5+ ignores the entity passed to wandb.init).',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="my-awesome-team-name", project="vision"' },
		expected: {
			...base,
			category: 'permission',
			entity: 'my-awesome-team-name',
			project: 'vision',
			topCause: 'wrong-entity',
			alsoCauses: ['not-a-member', 'view-only-role', 'restricted-project'],
		},
	},
	{
		name: 'env-entity-not-member',
		description:
			'no entity in the code (the traceback shows wandb.init(project="vision")), WANDB_ENTITY=other-team, a team the account is not in (403). The call without entity= says the target came from elsewhere.',
		account: ALICE_NO_DEFAULT_TEAM,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'project="vision"' },
		env: { WANDB_ENTITY: 'other-team' },
		expected: {
			...base,
			loginEntity: null,
			category: 'permission',
			entity: null,
			project: 'vision',
			topCause: 'entity-set-elsewhere',
			alsoCauses: SUSPECTS,
		},
	},
	{
		name: 'settings-file-invalid',
		description:
			'the workspace settings file holds project = acme/vision; from 0.25 every value of both settings files is dropped (the global entity = acme too), so the run goes to the default entity.',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: '' },
		files: {
			global: '[default]\nentity = acme\n',
			workspace: '[default]\nproject = acme/vision\n',
		},
		expected: {
			...base,
			category: 'permission',
			entity: null,
			project: null,
			topCause: 'entity-set-elsewhere',
			alsoCauses: SUSPECTS,
		},
	},
	{
		name: 'sweep-ignoring-entity',
		description: 'a stray WANDB_SWEEP_ID: wandb.init() ignores entity and project.',
		account: ALICE,
		answer: { kind: 'forbidden' },
		script: { kind: 'init', args: 'entity="acme", project="vision"' },
		env: { WANDB_SWEEP_ID: 'abc123' },
		expected: {
			...base,
			category: 'permission',
			entity: 'acme',
			project: 'vision',
			topCause: 'entity-set-elsewhere',
			alsoCauses: SUSPECTS,
		},
	},
	{
		name: 'organization-400',
		description: 'the entity is an organization name (HTTP 400).',
		account: ALICE,
		answer: { kind: 'organization' },
		script: { kind: 'init', args: 'entity="acme-corp", project="vision"' },
		expected: {
			...base,
			category: 'organization-entity',
			entity: 'acme-corp',
			project: 'vision',
			topCause: 'organization-entity',
			alsoCauses: [],
		},
	},
	{
		name: 'entity-not-found',
		description:
			'the entity acme-ml does not exist on this server (HTTP 404). 0.30 prints the server message only.',
		account: ALICE,
		answer: { kind: 'not-found' },
		script: { kind: 'init', args: 'entity="acme-ml", project="vision"' },
		expected: {
			...base,
			category: 'not-found',
			entity: 'acme-ml',
			project: 'vision',
			operation: 'upsertBucket',
			topCause: 'not-found-404',
			alsoCauses: ['wrong-entity', 'wrong-host'],
		},
	},
	{
		name: 'revoked-key',
		description:
			'the server answers 401 user is not logged in (PERMISSION_ERROR) for a revoked key; the login line has no username.',
		account: ALICE,
		answer: { kind: 'revoked' },
		script: { kind: 'init', args: 'entity="acme", project="vision"' },
		expected: {
			...base,
			username: null,
			loginEntity: null,
			category: 'authentication',
			entity: 'acme',
			project: 'vision',
			topCause: 'auth-401',
			alsoCauses: ['stale-credentials'],
		},
	},
	{
		name: 'api-revoked-key',
		description:
			'wandb.Api() with a key the server rejects (401 user is not logged in); from 0.21.1 the key is checked when the Api object is built.',
		account: ALICE,
		answer: { kind: 'revoked' },
		script: { kind: 'api' },
		expected: {
			...base,
			username: null,
			loginEntity: null,
			category: 'authentication',
			entity: null,
			project: null,
			topCause: 'auth-401',
			alsoCauses: ['stale-credentials'],
		},
	},
	{
		name: 'proxy-html-403',
		description:
			'an HTML 403 page instead of GraphQL JSON; 0.30 prints the HTML as the error message.',
		account: ALICE,
		answer: { kind: 'proxy-html' },
		script: { kind: 'init', args: 'entity="acme", project="vision"' },
		expected: {
			...base,
			category: 'network',
			entity: 'acme',
			project: 'vision',
			topCause: 'proxy-403',
			alsoCauses: [],
		},
	},
	{
		name: 'timeout',
		description: `the server does not answer upsertBucket within init_timeout (${SHORT_TIMEOUT} s here; 90 s by default).`,
		account: ALICE,
		answer: { kind: 'slow', seconds: 30 },
		script: {
			kind: 'init',
			args: `entity="acme", project="vision", settings=wandb.Settings(init_timeout=${SHORT_TIMEOUT})`,
		},
		expected: {
			...base,
			category: 'network',
			entity: 'acme',
			project: 'vision',
			topCause: 'timeout',
			alsoCauses: [],
		},
	},
	{
		name: 'gateway-502',
		description: `a gateway answers upsertBucket with HTTP 502 and an HTML page; the SDK retries until init_timeout (${SHORT_TIMEOUT} s here).`,
		account: ALICE,
		answer: { kind: 'status', status: 502 },
		script: {
			kind: 'init',
			args: `entity="acme", project="vision", settings=wandb.Settings(init_timeout=${SHORT_TIMEOUT})`,
		},
		expected: {
			...base,
			category: 'server',
			status: 502,
			entity: 'acme',
			project: 'vision',
			topCause: 'timeout',
			alsoCauses: [],
		},
	},
	{
		name: 'storage-full-507',
		description: `the server answers upsertBucket with HTTP 507 (storage full); the SDK retries until init_timeout (${SHORT_TIMEOUT} s here), which waiting does not fix.`,
		account: ALICE,
		answer: { kind: 'status', status: 507 },
		script: {
			kind: 'init',
			args: `entity="acme", project="vision", settings=wandb.Settings(init_timeout=${SHORT_TIMEOUT})`,
		},
		expected: {
			...base,
			category: 'server',
			status: 507,
			entity: 'acme',
			project: 'vision',
			topCause: null,
			alsoCauses: [],
		},
	},
];

/** The fixture JSON `npm run transcripts` writes beside a transcript (and the test compares). */
export function fixtureJson(scenario: Scenario, sdkVersion: string): string {
	const { topCause, alsoCauses, ...fields } = scenario.expected;
	const expected = {
		scenario: `Real wandb ${sdkVersion} against the W&B stand-in (npm run transcripts): ${scenario.description}`,
		...fields,
		host: STAND_IN_HOST,
		topCause,
		alsoCauses,
	};
	return JSON.stringify(expected, null, 2) + '\n';
}
