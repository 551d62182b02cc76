// What the wandb SDK prints around a refused wandb.init(), by version: the one list the pages'
// quotes, the doctor and the real-SDK transcripts are checked against (test/content/sdk-quotes,
// test/unit/sdk-output). A page may only quote, in a ```text block, a line that is here; a line
// still printed by the newest SDK checked must be found in a transcript of that SDK.
import type { Category } from './doctor.ts';

/** The newest SDK whose output was run and recorded (test/fixtures/logs/sdk-<version>-*.log). */
export const NEWEST_SDK_CHECKED = '0.30.0';

export interface SdkLine {
	/**
	 * The text as printed, after the terminal's `wandb: ` prefix and its level (`ERROR `, `WARNING `).
	 * `<name>` marks a value that changes (host, username, entity…), matched by any text.
	 */
	readonly text: string;
	/** First SDK version that prints it. */
	readonly first: string;
	/** Last SDK version that prints it; undefined: still printed by NEWEST_SDK_CHECKED. */
	readonly last?: string;
	/**
	 * Where it was seen: a transcript of the real SDK under test/fixtures (`logs/….log`, `sdk/….txt`),
	 * required when `last` is undefined; otherwise the source it was read from (wandb-facts.md section,
	 * file at a release tag).
	 */
	readonly seen: string;
	/** For the doctor: what a log made of this line alone shows. `status: null` = no status printed. */
	readonly doctor?: { readonly category: Category; readonly status: number | null };
}

const BODY_403_RAW =
	'{"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":null}}';
// genqlient ≥ 0.8 (SDK 0.19.8 – 0.26.0) re-marshals the body: `data` comes first (wandb-facts §0.4).
const BODY_403 =
	'{"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';
const BODY_401 =
	'{"data":{"upsertBucket":null},"errors":[{"message":"user is not logged in","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';
const BODY_401_RAW =
	'{"errors":[{"message":"user is not logged in","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":null}}';
const IT_APPEARS =
	'It appears that you do not have permission to access the requested resource. Please reach out to the project owner to grant you access. If you have the correct permissions, verify that there are no issues with your networking setup.';
const RELOGIN = 'Use `wandb login --relogin` to force relogin';
const API_KEY_401 =
	"The API key you provided is either invalid or missing.  If the `WANDB_API_KEY` environment variable is set, make sure it is correct. Otherwise, to resolve this issue, you may try running the 'wandb login --relogin' command. If you are using a local server, make sure that you're using the correct hostname. If you're not sure, you can try logging in again using the 'wandb login --relogin --host [hostname]' command.(Error 401: Unauthorized)";
const T = 'logs/sdk-0.30.0-';

export const SDK_LINES: readonly SdkLine[] = [
	// --- the refusal (HTTP 403 on upsertBucket) ------------------------------------------------
	{
		text: 'permission denied',
		first: '0.26.1',
		seen: `${T}foreign-entity-default-team.log`,
		doctor: { category: 'permission', status: null },
	},
	{
		text: 'wandb.errors.errors.CommError: permission denied',
		first: '0.26.1',
		seen: `${T}foreign-entity-default-team.log`,
		doctor: { category: 'permission', status: null },
	},
	{
		text: `Error uploading run: returned error 403: ${BODY_403}`,
		first: '0.20.0',
		last: '0.26.0',
		seen: 'wandb-facts §0.4, §3.2 (core/internal/runupserter)',
		doctor: { category: 'permission', status: 403 },
	},
	{
		text: `failed to upsert bucket: returned error 403: ${BODY_403}`,
		first: '0.19.8',
		last: '0.19.11',
		seen: 'wandb-facts §0.5 (v0.19.11:core/internal/stream/sender.go, genqlient 0.8)',
		doctor: { category: 'permission', status: 403 },
	},
	{
		text: `failed to upsert bucket: returned error 403 Forbidden: ${BODY_403_RAW}`,
		first: '0.17.0',
		last: '0.19.7',
		seen: 'wandb-facts §3.2 (genqlient 0.7 prints the status text and the raw body)',
		doctor: { category: 'permission', status: 403 },
	},
	{
		text: 'wandb.errors.errors.CommError: failed to upsert bucket: returned error 403 Forbidden: <body>',
		first: '0.17.0',
		last: '0.19.7',
		seen: 'wandb-facts §3.2',
	},
	{
		text: BODY_403_RAW,
		first: '0.8.0',
		last: '0.19.7',
		seen: 'the server’s body as printed up to 0.19.7 (debug log, wandb-core raw body), wandb-facts §3.2; re-marshalled from 0.19.8, not printed from 0.26.1',
		doctor: { category: 'permission', status: null },
	},
	{
		text: 'Error while calling W&B API: permission denied (<Response [403]>)',
		first: '0.8.0',
		last: '0.17.9',
		seen: 'wandb-facts §3.2 (internal_api.py execute)',
		doctor: { category: 'permission', status: 403 },
	},
	{
		text: `wandb.errors.CommError: ${IT_APPEARS}(Error 403: Forbidden)`,
		first: '0.13.11',
		last: '0.17.9',
		seen: 'wandb-facts §3.2 (v0.16.6:wandb/util.py no_retry_auth)',
		doctor: { category: 'permission', status: 403 },
	},
	{
		text: `wandb.errors.CommError: ${IT_APPEARS}(Error 404: Not Found)`,
		first: '0.13.11',
		last: '0.17.9',
		seen: 'wandb-facts §3.2',
		doctor: { category: 'not-found', status: 404 },
	},
	{
		text: '403 response executing GraphQL.',
		first: '0.13.11',
		last: '0.17.9',
		seen: 'wandb-facts §3.2 (debug log)',
	},
	{
		text: 'Permission denied to access <entity>/<project>/<run>',
		first: '0.10.0',
		last: '0.13.10',
		seen: 'wandb-facts §0.10 (v0.12.21:wandb/util.py no_retry_auth, when a wandb.run is active)',
		doctor: { category: 'permission', status: null },
	},
	{
		text: 'Permission denied, ask the project owner to grant you access',
		first: '0.10.0',
		last: '0.13.10',
		seen: 'wandb-facts §3.2 (v0.12.21:wandb/util.py)',
		doctor: { category: 'permission', status: null },
	},
	{
		text: 'Launch exception: Permission denied to access <entity>/<project>/<run>',
		first: '0.8.0',
		last: '0.9.7',
		seen: 'wandb-facts §3.2 (issues #673, #1003)',
		doctor: { category: 'permission', status: null },
	},

	// --- who and where: the credentials line and the login line -------------------------------
	{
		text: '[wandb.login()] Loaded credentials for <host> from <source>.',
		first: '0.24.0',
		seen: `${T}foreign-entity-default-team.log`,
	},
	{
		text: '[wandb.Api()] Loaded credentials for <host> from <source>.',
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-api-viewer.txt',
	},
	{
		text: `Currently logged in as: <username> (use \`wandb login --relogin\` to force relogin)`,
		first: '0.8.0',
		last: '0.12.15',
		seen: 'wandb-facts §3.1',
	},
	{
		text: `Currently logged in as: <username> (<team>). ${RELOGIN}`,
		first: '0.12.16',
		last: '0.19.4',
		seen: 'wandb-facts §3.1',
	},
	{
		text: `Currently logged in as: <username>. ${RELOGIN}`,
		first: '0.12.16',
		last: '0.19.4',
		seen: 'wandb-facts §3.1',
	},
	{
		text: `Currently logged in as: <username> (<team>) to <host>. ${RELOGIN}`,
		first: '0.19.5',
		seen: `${T}foreign-entity-default-team.log`,
	},
	{
		text: `Currently logged in as: <username> to <host>. ${RELOGIN}`,
		first: '0.19.5',
		seen: `${T}member-no-default-team.log`,
	},
	{ text: `W&B API key is configured. ${RELOGIN}`, first: '0.10.3', seen: `${T}revoked-key.log` },

	// --- a rejected key (HTTP 401), whatever the words say ------------------------------------
	{
		text: 'user is not logged in',
		first: '0.26.1',
		seen: `${T}revoked-key.log`,
		doctor: { category: 'authentication', status: null },
	},
	{
		text: 'wandb.errors.errors.CommError: user is not logged in',
		first: '0.26.1',
		seen: `${T}revoked-key.log`,
		doctor: { category: 'authentication', status: null },
	},
	{
		text: `Error uploading run: returned error 401: ${BODY_401}`,
		first: '0.20.0',
		last: '0.26.0',
		seen: 'wandb-facts §0.3 (public logs)',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: `failed to upsert bucket: returned error 401 Unauthorized: ${BODY_401_RAW}`,
		first: '0.17.0',
		last: '0.19.7',
		seen: 'wandb/wandb#9620 (public log)',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: `wandb.errors.errors.CommError: failed to upsert bucket: returned error 401 Unauthorized: ${BODY_401_RAW}`,
		first: '0.17.0',
		last: '0.19.7',
		seen: 'wandb/wandb#9620 (public log)',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: 'Error while calling W&B API: user is not logged in (<Response [401]>)',
		first: '0.10.0',
		last: '0.17.9',
		seen: 'wandb/wandb#7118 (public log)',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: 'Error while calling W&B API: permission denied (<Response [401]>)',
		first: '0.8.0',
		last: '0.17.9',
		seen: 'wandb-facts §3.2 (issues #2966, #2657, #673)',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: API_KEY_401,
		first: '0.13.11',
		last: '0.17.9',
		seen: 'v0.16.6:wandb/util.py no_retry_auth',
		doctor: { category: 'authentication', status: 401 },
	},
	{
		text: 'Failed to verify credentials with <host>: <reason>',
		first: '0.28.2',
		seen: `${T}api-revoked-key.log`,
		doctor: { category: 'authentication', status: null },
	},
	{
		text: 'wandb.errors.errors.AuthenticationError: Failed to verify credentials with <host>: <reason>',
		first: '0.28.2',
		seen: `${T}api-revoked-key.log`,
		doctor: { category: 'authentication', status: null },
	},
	{
		text: 'API key verification failed for host <host>. Make sure your API key is valid.',
		first: '0.21.1',
		last: '0.28.1',
		seen: 'wandb-facts §0.9',
		doctor: { category: 'authentication', status: null },
	},
	{
		text: 'Invalid or missing api_key. Run `wandb login`',
		first: '0.10.0',
		last: '0.13.10',
		seen: 'wandb-facts §0.9 (v0.12.21:wandb/util.py)',
		doctor: { category: 'authentication', status: null },
	},
	{
		text: 'API key must be 40 characters long, yours was <n>',
		first: '0.19.0',
		last: '0.22.2',
		seen: 'wandb-facts §1.5 (v0.22.0:wandb/sdk/lib/apikey.py; a local ValueError at login)',
		doctor: { category: 'authentication', status: null },
	},
	{ text: 'API key is empty.', first: '0.24.0', seen: 'sdk/sdk-0.30.0-validators.txt' },
	{
		text: 'API key may only contain the letters A-Z, digits and underscores.',
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: 'API key must have 40+ characters, has <n>.',
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: 'API key cannot start or end with whitespace',
		first: '0.19.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},

	// --- not a team permission: 404, 400, timeouts ---------------------------------------------
	{
		text: 'entity <entity> not found during upsertBucket',
		first: '0.10.0',
		seen: `${T}entity-not-found.log`,
		doctor: { category: 'not-found', status: null },
	},
	{
		text: 'Error while calling W&B API: entity <entity> not found during upsertBucket (<Response [404]>)',
		first: '0.10.0',
		last: '0.17.9',
		seen: 'public logs: JonasSchult/Mask3D#66, wpeebles/G.pt#5, wandb/wandb#2484',
		doctor: { category: 'not-found', status: 404 },
	},
	{
		text: 'wandb.errors.errors.CommError: entity <entity> not found during upsertBucket',
		first: '0.26.1',
		seen: `${T}entity-not-found.log`,
		doctor: { category: 'not-found', status: null },
	},
	{
		text: 'you may not log runs directly to your organization, please try using your team entity',
		first: '0.10.0',
		seen: `${T}organization-400.log`,
		doctor: { category: 'organization-entity', status: null },
	},
	{
		text: 'wandb.errors.errors.CommError: you may not log runs directly to your organization, please try using your team entity',
		first: '0.26.1',
		seen: `${T}organization-400.log`,
		doctor: { category: 'organization-entity', status: null },
	},
	{
		text: 'Run initialization has timed out after <seconds> sec. Please try increasing the timeout with the `init_timeout` setting: `wandb.init(settings=wandb.Settings(init_timeout=120))`.',
		first: '0.19.0',
		last: '0.28.1',
		seen: 'v0.19.0 and v0.28.1:wandb/sdk/wandb_init.py',
		doctor: { category: 'network', status: null },
	},
	{
		text: 'Run initialization has timed out after <seconds> sec.',
		first: '0.15.0',
		last: '0.18.7',
		seen: 'v0.15.0 and v0.16.6:wandb/sdk/wandb_init.py (a second line follows)',
		doctor: { category: 'network', status: null },
	},
	{
		text: 'Please refer to the documentation for additional information: <url>',
		first: '0.15.0',
		last: '0.18.7',
		seen: 'v0.15.0 and v0.16.6:wandb/sdk/wandb_init.py',
	},
	{
		text: 'Timed out while retrying: <cause>',
		first: '0.28.2',
		last: '0.28.2',
		seen: 'HEAD:core/internal/runupserter/runupdateerror.go (a request retried until the timeout)',
		doctor: { category: 'network', status: null },
	},
	{
		text: 'Timed out initializing run: <cause>',
		first: '0.28.2',
		seen: `${T}timeout.log`,
		doctor: { category: 'network', status: null },
	},
	{
		text: 'Consider increasing the init_timeout setting:',
		first: '0.28.2',
		seen: `${T}timeout.log`,
	},
	{
		text: 'wandb.init(settings=wandb.Settings(init_timeout=...))',
		first: '0.28.2',
		seen: `${T}timeout.log`,
	},

	// --- entity and project set somewhere else -------------------------------------------------
	{
		text: "Ignoring entity '<x>' when running a sweep.",
		first: '0.19.0',
		seen: `${T}sweep-ignoring-entity.log`,
	},
	{
		text: "Ignoring project '<x>' when running a sweep.",
		first: '0.19.0',
		seen: `${T}sweep-ignoring-entity.log`,
	},
	{
		text: "Ignoring run_id '<x>' when running a sweep.",
		first: '0.19.0',
		last: '0.28.2',
		seen: 'HEAD:wandb/sdk/wandb_init.py clear_run_path_if_sweep_or_launch',
	},
	{
		text: "Ignoring entity '<x>' when running from a wandb launch context.",
		first: '0.19.0',
		last: '0.28.2',
		seen: 'HEAD:wandb/sdk/wandb_init.py clear_run_path_if_sweep_or_launch',
	},
	{
		text: "Ignoring project '<x>' when running from a wandb launch context.",
		first: '0.19.0',
		last: '0.28.2',
		seen: 'HEAD:wandb/sdk/wandb_init.py clear_run_path_if_sweep_or_launch',
	},
	{
		text: 'Ignored wandb.init() arg <key> when running a sweep.',
		first: '0.10.0',
		last: '0.18.7',
		seen: 'wandb-facts §0.8 (v0.18.7:wandb/sdk/wandb_settings.py)',
	},
	{
		text: 'Project is ignored when running from wandb launch context. Ignored wandb.init() arg project when running running from launch.',
		first: '0.10.0',
		last: '0.18.7',
		seen: 'v0.18.7:wandb/sdk/wandb_settings.py',
	},
	{
		text: 'Project, entity and id are ignored when running from wandb launch context. Ignored wandb.init() arg <key> when running running from launch.',
		first: '0.10.0',
		last: '0.18.7',
		seen: 'v0.18.7:wandb/sdk/wandb_settings.py',
	},
	{
		text: 'Changes to your `wandb` environment variables will be ignored because your `wandb` session has already started. <rest>',
		first: '0.15.0',
		last: '0.28.2',
		seen: 'HEAD:wandb/sdk/wandb_init.py warn_env_vars_change_after_setup',
	},

	// --- settings files, netrc, server address --------------------------------------------------
	// From 0.24.1 an invalid value makes the SDK ignore every settings file (v0.24.1 CHANGELOG, PR #11207).
	{ text: 'Loading settings from', first: '0.24.1', seen: `${T}settings-file-invalid.log` },
	{ text: '<home>/.config/wandb/settings', first: '0.24.1', seen: `${T}settings-file-invalid.log` },
	{ text: '<dir>/wandb/settings', first: '0.24.1', seen: `${T}settings-file-invalid.log` },
	{
		text: 'Failed to load settings from <files>',
		first: '0.19.0',
		last: '0.28.2',
		seen: 'wandb-facts §0.6 (quiet or silent mode only)',
	},
	{
		text: "Ignoring setting '<key>' which is not allowed in a settings file.",
		first: '0.19.0',
		last: '0.28.2',
		seen: 'wandb-facts §8.4 (wandb_settings.py)',
	},
	{
		text: "Found entry for machine '<host>' with no API key at <path>",
		first: '0.24.0',
		last: '0.28.2',
		seen: 'wandb-facts §8.4 (wbauth/wbnetrc.py)',
	},
	{
		text: 'Both WANDB_API_KEY and WANDB_IDENTITY_TOKEN_FILE are set, which is not allowed.',
		first: '0.24.0',
		last: '0.28.2',
		seen: 'wandb-facts §8.1 (wbauth/authenticate.py)',
	},
	{
		text: 'Cannot run wandb verify against api.wandb.ai',
		first: '0.12.0',
		last: '0.28.2',
		seen: 'wandb-facts §8.1 (wandb/sdk/verify/verify.py check_host)',
	},
	{
		text: 'Could not get viewer with default API key. Please relogin using `WANDB_BASE_URL=<host> wandb login --relogin` and try again',
		first: '0.12.0',
		last: '0.28.2',
		seen: 'wandb-facts §8.1 (verify.py check_logged_in)',
	},
	{
		text: '<url> is not a valid server address, did you mean https://api.wandb.ai?',
		first: '0.15.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: 'http is not secure, please use https://api.wandb.ai',
		first: '0.15.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},

	// --- Python's own lines around them (a traceback, the call that failed) ---------------------
	{
		text: 'Traceback (most recent call last):',
		first: '0.8.0',
		seen: `${T}foreign-entity-default-team.log`,
	},
	{
		text: 'File "<path>", line <n>, in <function>',
		first: '0.8.0',
		seen: `${T}foreign-entity-default-team.log`,
	},
	{
		text: 'run = wandb.init(<arguments>)',
		first: '0.8.0',
		seen: `${T}foreign-entity-default-team.log`,
	},
	// A proxy's own page, printed as the error from 0.26.1 (the page itself is the proxy's, here the stand-in's).
	{
		text: '<!DOCTYPE html><html><head><title>Access denied</title></head><body>Blocked by policy</body></html>',
		first: '0.26.1',
		seen: `${T}proxy-html-403.log`,
		doctor: { category: 'network', status: null },
	},

	// --- names ----------------------------------------------------------------------------------
	{
		text: "wandb.errors.errors.UsageError: Invalid project name '<name>': cannot contain characters '/,\\\\,#,?,%,:', found '<chars>'",
		first: '0.15.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: "Invalid project name '<name>': cannot contain characters '/,\\\\,#,?,%,:', found '<chars>'",
		first: '0.15.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: "Invalid project name '<name>': exceeded 128 characters",
		first: '0.15.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{ text: 'Project name cannot be empty', first: '0.24.0', seen: 'sdk/sdk-0.30.0-validators.txt' },
	{ text: 'Registry name cannot be empty', first: '0.24.0', seen: 'sdk/sdk-0.30.0-validators.txt' },
	{
		text: "Invalid registry name '<name>', must be 113 characters or less",
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: "Invalid project name '<name>', must be 128 characters or less",
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: "Invalid project/registry name '<name>', cannot contain characters: <chars>",
		first: '0.24.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{ text: 'Run ID cannot be empty', first: '0.19.0', seen: 'sdk/sdk-0.30.0-validators.txt' },
	{
		text: 'Run ID cannot start or end with whitespace',
		first: '0.19.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: "Run ID cannot contain the characters: :;,#?/'",
		first: '0.19.0',
		seen: 'sdk/sdk-0.30.0-validators.txt',
	},
	{
		text: 'Run ID cannot contain only whitespace',
		first: '0.19.0',
		last: '0.28.2',
		seen: 'wandb-facts §1.4 (wandb_settings.py validate_run_id)',
	},
];

// `<name>` in lower case: `<Response [403]>` and HTML tags are text the SDK prints, not placeholders.
const PLACEHOLDER =
	/<(?!(?:html|head|title|body)>)[a-z][\w .-]*>|\{json\}|ENTITY\/PROJECT\/RUN_ID/g;
const ELLIPSIS = /\s*(?:\.\.\.|…)$/;

// A placeholder stands for one value (no white space: a name, a host, a path) unless it names
// text that runs on (a reason, a body, the rest of a sentence); a closing `...` stands for any text.
const WORD = '\u0001';
const ANY = '\u0000';
const RUNS_ON = /^(?:<(?:reason|cause|rest|body|files|message|arguments)>|\{json\})$/;

/** The text with each placeholder (and a closing `...` when `prefix`) as one WORD or ANY character. */
function glob(text: string, prefix = false): string {
	const shortened = prefix && ELLIPSIS.test(text);
	const body = (shortened ? text.replace(ELLIPSIS, '') : text).replace(PLACEHOLDER, (p) =>
		RUNS_ON.test(p) ? ANY : WORD
	);
	return body + (shortened ? ANY : '');
}

const isWild = (ch: string | undefined) => ch === WORD || ch === ANY;
/** Whether a wild character may stand for the character `ch` of the other text. */
const absorbs = (wild: string, ch: string | undefined) =>
	ch !== undefined && !isWild(ch) && (wild === ANY || !/\s/.test(ch));

/**
 * Whether the two globs can stand for the same line, each wild character standing either for
 * literal text of the other or for exactly one wild character of the other: a quote's `<host>`
 * may stand for the entry's `<host>` or for `https://api.wandb.ai`, never for a whole sentence.
 */
function overlap(a: string, b: string): boolean {
	const memo = new Map<number, boolean>();
	const step = (i: number, j: number): boolean => {
		if (i === a.length && j === b.length) return true;
		const key = i * (b.length + 1) + j;
		const known = memo.get(key);
		if (known !== undefined) return known;
		const wildA = isWild(a[i]);
		const wildB = isWild(b[j]);
		let result: boolean;
		if (wildA && wildB) result = step(i + 1, j + 1) || step(i + 1, j) || step(i, j + 1);
		else if (wildA) result = step(i + 1, j) || (absorbs(a[i], b[j]) && step(i, j + 1));
		else if (wildB) result = step(i, j + 1) || (absorbs(b[j], a[i]) && step(i + 1, j));
		else result = i < a.length && j < b.length && a[i] === b[j] && step(i + 1, j + 1);
		memo.set(key, result);
		return result;
	};
	return step(0, 0);
}

const COMPILED = SDK_LINES.map((line) => ({ line, glob: glob(line.text) }));

/** A printed line without the terminal's `wandb: ` prefix and level, and without surrounding spaces. */
export function messageOf(printed: string): string {
	return printed
		.replace(/^\s*wandb:\s*/, '')
		.replace(/^(?:ERROR|WARNING|INFO)\s+/, '')
		.trim();
}

/**
 * The catalogue entries a quoted line stands for. The quote may use placeholders of its own
 * (`<host>`, `ENTITY/PROJECT/RUN_ID`, `{json}`) and end with `...` to say it is shortened;
 * it must otherwise be the SDK's text character for character. Returns [] for a line the
 * SDK does not print.
 */
export function sdkLinesFor(quoted: string): SdkLine[] {
	const message = messageOf(quoted);
	if (message === '') return [];
	const own = glob(message, true);
	return COMPILED.filter((entry) => overlap(own, entry.glob)).map(({ line }) => line);
}

/**
 * Whether a line of real SDK output (a transcript) holds this entry, placeholders standing for its
 * values. The entry may be part of the line: an exception's class, or pydantic's wrapping, around it.
 */
export function printedAs(entry: SdkLine, printed: string): boolean {
	return overlap(messageOf(printed), ANY + glob(entry.text) + ANY);
}

/**
 * The catalogue entries that contain a fragment quoted inline in prose (`returned error 403:`,
 * `[wandb.login()] Loaded credentials`); placeholders as in sdkLinesFor. [] when no line the SDK
 * prints contains it.
 */
export function sdkLinesContaining(fragment: string): SdkLine[] {
	const own = ANY + glob(messageOf(fragment), true) + ANY;
	return COMPILED.filter((entry) => overlap(own, entry.glob)).map(({ line }) => line);
}
