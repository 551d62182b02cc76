// The log doctor: reads wandb output of any SDK version (and the wrappers around it) and
// says what happened, with the lines that show it. It never invents: a field the log
// does not show is null. Every line it returns is redacted. Linear in the input: each
// pattern runs once per line, and none of them can backtrack on its own output.
import { CAUSES } from './causes.ts';
import { CHECK_PREFIX, checkLineFields } from './check-output.ts';
import { checkEntity } from './names.ts';
import { redact } from './redact.ts';

export type Category =
	| 'permission'
	| 'authentication'
	| 'anonymous'
	| 'not-found'
	| 'organization-entity'
	| 'bad-request'
	| 'network'
	| 'storage'
	| 'server'
	| 'local-file'
	| 'access-check'
	| 'unknown';

export interface CauseFinding {
	id: string;
	/** Lines of the log that point to this cause (redacted, cut to MAX_EVIDENCE characters). */
	evidence: string[];
	/**
	 * True when something in the log points to this cause rather than to a 403 in general;
	 * false for the usual suspects that fit any 403 and that the log does not tell apart
	 * (then `evidence` is empty and the page says what would confirm them).
	 */
	pointed: boolean;
}

export interface Diagnosis {
	category: Category;
	status: number | null;
	username: string | null;
	loginEntity: string | null;
	host: string | null;
	entity: string | null;
	project: string | null;
	operation: string | null;
	code: string | null;
	sdkVersion: string | null;
	causes: CauseFinding[];
	/**
	 * The error line that shows the kind of failure (with the body printed on the next line, if
	 * any): the summary for a support ticket always quotes it, and the page shows it when no cause
	 * quotes a line (a local file refused, a 5xx, a 400). Redacted, like all evidence.
	 */
	shown: string[];
}

/** A diagnosis names a few causes, not the whole guide. */
const MAX_CAUSES = 5;
/** Longest line kept for evidence; longer ones are cut (a minified JSON body can be huge). */
const MAX_EVIDENCE = 400;

// --- cleaning ----------------------------------------------------------------------------
// eslint-disable-next-line no-control-regex -- ESC is what a colour code starts with
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
const TIMESTAMP =
	/^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*|\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s+)/;
const WANDB_PREFIX = /^\s*wandb:\s*/;

/** One log line as a reader would read it: no colours, no timestamp, no `wandb:` prefix. */
export function cleanLine(raw: string): string {
	return raw.replace(ANSI, '').replace(TIMESTAMP, '').replace(WANDB_PREFIX, '').trimEnd();
}

// --- signals -----------------------------------------------------------------------------
// The SDK's advice ("Use `wandb login --relogin`…") follows on the same line; a paste cut
// before it still counts.
const LOGIN =
	/Currently logged in as:?\s+(\S+?)(?:\s+\(([^()\s]+)\))?(?:\s+to\s+(https?:\/\/[^\s.]+(?:\.[^\s.]+)*))?\.?(?:\s+(?:Use|\(use)|$)/;
const CREDENTIALS = /Loaded credentials for (https?:\/\/\S+?) from /;
const VERSION = /(?:wandb version|Current SDK version is) (\d+\.\d+\.\d+[\w.+-]*)/;
// Project names may hold spaces: when the line ends with entity/project[/run], read up to the run id.
const ACCESS_WHOLE = /Permission denied to access ([^\s/]+)\/([^/]+?)(?:\/[^\s/]+)?\s*$/;
const ACCESS = /Permission denied to access ([^\s/]+)\/([^\s/]+)(?:\/\S*)?/;
/** A REST call's URL names entity and project: `…/files/<entity>/<project>/<run>/file_stream`. */
const REST_PATH = /https?:\/\/[^\s/]+\/files\/([^\s/?#]+)\/([^\s/?#]+)\//;
/** The SDK's run and project links, on any host (a local server, a dedicated one). */
const RUN_LINK =
	/(?:View run\b.*?\bat|View project at|Syncing run\b.*?\bto|^Syncing):?\s+https?:\/\/[^\s/]+\/([^\s/?#"']+)\/([^\s/?#"'.]+)/;
/** An object-storage refusal names the file's key, which starts with entity/project/. */
const STORAGE_KEY = /<Key>([^\s/<]+)\/([^\s/<]+)\/[^<]*<\/Key>/;
/** The URL a requests HTTPError names (`… for url: <url>`). */
const ERROR_URL = /\bfor url:\s*(https?:\/\/\S+)/;
/** Ports that proxies listen on, and W&B servers do not (8080 is a local W&B server's too). */
const PROXY_PORTS = new Set(['3128', '3129', '8118', '8888', '1080']);
const RUN_URL =
	/https?:\/\/(?:[\w-]+\.)*wandb\.(?:ai|io)\/([^\s/?#"']+)\/([^\s/?#"']+)\/(?:runs|sweeps|overview|workspace|table)\b/;
const PROJECT_URL = /View project at:?\s+https?:\/\/[^\s/]+\/([^\s/?#"']+)\/([^\s/?#"'.]+)/;
const NOT_FOUND_ENTITY = /entity (\S+) not found(?: during (\w+))?/;
const ENTITY_ARG = /\bentity\s*=\s*(["'])([^"'\n]*)\1/;
const PROJECT_ARG = /\bproject\s*=\s*(["'])([^"'\n]*)\1/;
/** A wandb.init(...) call printed whole on one line (a traceback shows the failing call). */
const INIT_CALL = /\bwandb\.init\(([^()]*)\)/;
const GQL_CODE = /"code"\s*:\s*"([A-Z][A-Z_]{2,40})"/;
const GQL_PATH = /"path"\s*:\s*\[\s*"(\w+)"/;
const UPSERT_WORDS = /failed to upsert bucket|during upsertBucket/i;
const IGNORING = /Ignor(?:ing|ed) (?:entity|project|wandb\.init\(\) arg (?:entity|project))\b/;

const STATUS_PATTERNS: RegExp[] = [
	/<Response \[(\d{3})\]>/,
	/\(Error (\d{3}):/,
	/returned error (\d{3})\b/,
	/\b(\d{3}) (?:Client|Server) Error\b/,
	/\b(\d{3}) response executing GraphQL\b/,
	// The legacy SDK's retry notice: `wandb: 500 encountered ({"errors":…}), retrying request`.
	/^(\d{3}) encountered\b/,
	/\b(\d{3}) (?:Forbidden|Unauthorized|Not Found|Bad Request|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/,
	/\bHTTP(?:\/\d(?:\.\d)?)? (\d{3})\b/,
	/status(?: code)?[ :=]+(\d{3})\b/i,
];

const ORGANIZATION = /you may not log runs directly to your organization/i;
const HTML_BODY = /<(?:!doctype html|html\b|title>\s*40[13]|body\b)/i;
const STORAGE =
	/<Code>(?:AccessDenied|SignatureDoesNotMatch|RequestTimeTooSkewed)<\/Code>|storage\.googleapis\.com|\.amazonaws\.com|X-Amz-|x-goog-|blob\.core\.windows\.net|AccessDenied/;
// `user is not logged in` is the server's message for a rejected key (HTTP 401, even when the
// body's code is PERMISSION_ERROR); from SDK 0.26.1 it is printed alone, without the status.
const AUTH =
	/AuthenticationError|API key you provided is either invalid or missing|API key must be 40 characters|Failed to verify credentials|API key verification failed|Unable to fetch user data from W&B|invalid api key|Invalid or missing api_key|user is not logged in/i;
/** The login line without a username: the server did not accept the key when asked who it belongs to. */
const KEY_CONFIGURED = /W&B API key is configured\b/;
/** A settings file that failed to load: from SDK 0.24.1 no value of any settings file (entity, base_url…) applies. */
const SETTINGS_FAILED =
	/Failed to load settings from|UsageError: .*(?:settings|Invalid project name)/;
const SETTINGS_LOADING = /^Loading settings from\b/;
const NETWORK =
	/timed out|Timed out|Network error \((?:ReadTimeout|ConnectTimeout|ConnectionError|ProxyError|SSLError)\)|Error communicating with wandb process|Max retries exceeded|Connection refused|ConnectionError|ConnectTimeout|Name or service not known|getaddrinfo|Temporary failure in name resolution|Network is unreachable|SSLError|CERTIFICATE_VERIFY_FAILED/;
/** A proxy the request went through failed (requests' ProxyError, as the SDK's retry notice names it). */
/** Environment variables set after wandb started are not read (wandb#7118): a new WANDB_API_KEY was not used. */
const ENV_IGNORED =
	/environment variables will be ignored because your `?wandb`? session has already started/;
const PROXY_ERROR = /\bProxyError\b|Unable to connect to proxy/;
/** The SDK's own 401 sentence names a wrong host as the other possibility. */
const HOST_INCORRECT = /or the host is incorrect/;
const PERMISSION_WORDS = /permission denied|PERMISSION_ERROR|do not have permission/i;
/** "Permission denied" counts only where wandb says it, not in an OS error ([Errno 13]). */
const WANDB_CONTEXT = /ERROR|CommError|W&B|wandb|upsert|PERMISSION_ERROR|It appears/;
const OS_ERROR = /\[Errno \d+\]|PermissionError:/;
/** The SDK's own words when neither the run folder nor the system temp folder can be written (0.30, wandb_init.py). */
const LOCAL_DIR = /System temp directory \(.*\) is not writable/;
/**
 * The server speaking to an anonymous account, the throw-away accounts (entity `anony-mouse-<n>`) of
 * the anonymous mode that SDK 0.23.1 removed (wandb PR #10909). Real wordings: `anonymous user cannot
 * check version info (<Response [403]>)` (wandb#3166), `… owned by <entity> as anonymous` (wandb#42),
 * `Permission denied to access anony-mouse-327149/uncategorized/<run>` with a 404. Not the 0.23.1+
 * warning `The anonymous setting has no effect`, which changes nothing.
 */
const ANONYMOUS = /\banonymous users?\b|\bas anonymous\b|\banony-mouse-\d+/i;
const BARE_PERMISSION = /^permission denied\.?$/i;
const NOT_FOUND_WORDS = /not found during upsertBucket|\(Error 404: Not Found\)/;

interface Line {
	text: string;
	index: number;
}

/** What the scan remembers: the first line that showed each signal. */
interface Seen {
	login?: Line;
	/**
	 * Whether the name in parentheses is the entity the code passed. True only for lines of SDK
	 * 0.12.16 – 0.19.4: from 0.19.5 (lines ending `to <host>`) it ignores `wandb.init(entity=...)`
	 * and shows WANDB_ENTITY, a settings-file entity or the default team; before 0.12.16 it never
	 * showed a team. Source: wandb-facts §0.1, commit 6264eeff1c.
	 */
	loginShowsCodeEntity?: boolean;
	keyConfigured?: Line;
	settingsLoading?: boolean;
	settingsFailed?: Line;
	credentials?: Line;
	status?: Line;
	statusValue?: number;
	organization?: Line;
	html?: Line;
	storage?: Line;
	auth?: Line;
	network?: Line;
	/** Every cleaned line, by index (to quote a body printed on the line after its error). */
	lines?: string[];
	/** The line that says time ran out (`Run initialization has timed out`, `Timed out while retrying`). */
	timedOut?: Line;
	permission?: Line;
	notFound?: Line;
	anonymous?: Line;
	/** The operating system refused a file (`PermissionError: [Errno 13]`): W&B never saw a request. */
	localFile?: Line;
	ignoring?: Line;
	entityLine?: Line;
	projectLine?: Line;
	/** A failed request whose URL is a proxy's (a proxy port), not the W&B server. */
	proxy?: Line;
	proxyError?: Line;
	failedHost?: string;
	linkHost?: string;
	envIgnored?: Line;
	hostIncorrect?: Line;
	/** The entity was read from an `entity=` argument in the log (code that passes it). */
	entityFromArg?: boolean;
	/** A wandb.init() call the log shows whole, that passes no entity: the target came from elsewhere. */
	initWithoutEntity?: Line;
	code?: string;
	operation?: string;
	version?: string;
	entity?: string;
	project?: string;
	username?: string;
	loginEntity?: string;
	host?: string;
}

function evidence(line: Line | undefined): string[] {
	if (!line) return [];
	const text = redact(line.text);
	return [text.length > MAX_EVIDENCE ? text.slice(0, MAX_EVIDENCE) + '…' : text];
}

function scan(input: string): Seen {
	const seen: Seen = {};
	// JSON bodies are often printed over several lines: codes and paths are read from the
	// whole text, with patterns that only skip white space between fixed tokens.
	const whole = input.replace(ANSI, '');
	seen.code = GQL_CODE.exec(whole)?.[1];
	seen.operation = GQL_PATH.exec(whole)?.[1];
	let index = 0;
	seen.lines = [];
	for (const raw of input.split(/\r\n|\r|\n/)) {
		const text = cleanLine(raw);
		seen.lines.push(text);
		const line = { text, index: index++ };
		if (text === '') continue;
		const login = !seen.login && LOGIN.exec(text);
		if (login) {
			seen.login = line;
			seen.loginShowsCodeEntity = !/\(use\b/.test(text) && login[3] === undefined;
			seen.username = login[1];
			seen.loginEntity = login[2];
			seen.host = login[3] ?? seen.host;
		}
		const credentials = !seen.credentials && CREDENTIALS.exec(text);
		if (credentials) {
			seen.credentials = line;
			seen.host ??= credentials[1];
		}
		seen.version ??= VERSION.exec(text)?.[1];
		if (seen.statusValue === undefined) {
			for (const pattern of STATUS_PATTERNS) {
				const match = pattern.exec(text);
				// A debug log prints successful calls too; only a failure is the status of this failure.
				if (match && Number(match[1]) >= 400) {
					seen.statusValue = Number(match[1]);
					seen.status = line;
					break;
				}
			}
		}
		const failedUrl = ERROR_URL.exec(text)?.[1];
		// The server a failing request went to, when no login line names it (`… for url: http://host:port/graphql`).
		// Only W&B API paths: a refused object-storage URL names the bucket's host, not the server.
		if (failedUrl && !seen.failedHost)
			seen.failedHost = /^(https?:\/\/[^\s/?#]+)\/(?:graphql|files\/)/.exec(failedUrl)?.[1];
		if (!seen.proxy) {
			const url = failedUrl;
			const port = url ? /^https?:\/\/[^\s/]*?:(\d+)/.exec(url)?.[1] : undefined;
			if (port && PROXY_PORTS.has(port)) seen.proxy = line;
		}
		if (!seen.entity) {
			const access =
				ACCESS_WHOLE.exec(text) ??
				ACCESS.exec(text) ??
				RUN_URL.exec(text) ??
				PROJECT_URL.exec(text) ??
				RUN_LINK.exec(text) ??
				REST_PATH.exec(text) ??
				STORAGE_KEY.exec(text);
			if (access) {
				seen.entity = access[1];
				seen.project = access[2];
				seen.entityLine = line;
				// A local or dedicated server shows its runs on its own address; W&B's cloud on wandb.ai, not its API's.
				const linkHost = /\b(https?:\/\/[^\s/]+)\/[^\s/]+\/[^\s/]+\/runs\//.exec(text)?.[1];
				if (linkHost && !/^https?:\/\/(?:www\.|app\.)?wandb\.ai$/i.test(linkHost))
					seen.linkHost = linkHost;
			}
		}
		const notFound = NOT_FOUND_ENTITY.exec(text);
		if (notFound && !/\bproject\b/.test(text.slice(0, notFound.index))) {
			seen.entity ??= notFound[1];
			seen.entityLine ??= line;
			if (notFound[2]) seen.operation ??= notFound[2];
		}
		if (!seen.entity) {
			const entityArg = ENTITY_ARG.exec(text);
			if (entityArg) {
				seen.entity = entityArg[2];
				seen.entityLine = line;
				seen.entityFromArg = true;
			}
		}
		// A `wandb sync … -e E -p P` command line, as pasted with its output (wandb#6045).
		const sync = /\bwandb sync\b/.test(text) ? text : undefined;
		if (sync) {
			const e = /\s(?:-e|--entity)(?:\s+|=)(\S+)/.exec(sync)?.[1];
			const p = /\s(?:-p|--project)(?:\s+|=)(\S+)/.exec(sync)?.[1];
			if (p && !seen.project) {
				seen.project = p;
				seen.projectLine = line;
			}
			if (e && !seen.entity) {
				seen.entity = e;
				seen.entityLine = line;
				seen.entityFromArg = true;
			}
		}
		if (!seen.project) {
			const projectArg = PROJECT_ARG.exec(text);
			if (projectArg) {
				seen.project = projectArg[2];
				seen.projectLine = line;
			}
		}
		const init = !seen.initWithoutEntity && INIT_CALL.exec(text);
		if (init && !/\bentity\s*=/.test(init[1]) && !/\*\*/.test(init[1]))
			seen.initWithoutEntity = line;
		if (!seen.operation && UPSERT_WORDS.test(text)) seen.operation = 'upsertBucket';
		if (!seen.organization && ORGANIZATION.test(text)) seen.organization = line;
		// An HTML page may arrive escaped inside JSON (\u003c!DOCTYPE html\u003e…).
		if (!seen.html && HTML_BODY.test(text.replace(/\\u003c/gi, '<').replace(/\\u003e/gi, '>')))
			seen.html = line;
		if (!seen.storage && STORAGE.test(text)) seen.storage = line;
		if (!seen.auth && AUTH.test(text)) seen.auth = line;
		if (!seen.network && NETWORK.test(text)) seen.network = line;
		if (!seen.timedOut && /timed out|Timed out/.test(text)) seen.timedOut = line;
		if (!seen.notFound && NOT_FOUND_WORDS.test(text)) seen.notFound = line;
		// SDK 0.26.1 and later print the bare message: a line that is only "permission denied" is W&B's.
		if (
			!seen.permission &&
			PERMISSION_WORDS.test(text) &&
			(WANDB_CONTEXT.test(text) || BARE_PERMISSION.test(text)) &&
			!OS_ERROR.test(text)
		)
			seen.permission = line;
		if (
			!seen.localFile &&
			((OS_ERROR.test(text) && /Permission denied|Errno 13\b/.test(text)) || LOCAL_DIR.test(text))
		)
			seen.localFile = line;
		if (!seen.proxyError && PROXY_ERROR.test(text)) seen.proxyError = line;
		if (!seen.envIgnored && ENV_IGNORED.test(text)) seen.envIgnored = line;
		if (!seen.hostIncorrect && HOST_INCORRECT.test(text)) seen.hostIncorrect = line;
		if (!seen.anonymous && ANONYMOUS.test(text)) seen.anonymous = line;
		if (!seen.ignoring && IGNORING.test(text)) seen.ignoring = line;
		if (!seen.keyConfigured && KEY_CONFIGURED.test(text)) seen.keyConfigured = line;
		if (SETTINGS_LOADING.test(text)) seen.settingsLoading = true;
		if (
			!seen.settingsFailed &&
			(/Failed to load settings from/.test(text) ||
				(seen.settingsLoading && SETTINGS_FAILED.test(text)))
		)
			seen.settingsFailed = line;
	}
	return seen;
}

function categorize(seen: Seen): Category {
	const status = seen.statusValue;
	if (seen.organization) return 'organization-entity';
	// A request that went to a proxy, whatever it answered.
	if (seen.proxy && status !== undefined && [400, 403, 407].includes(status)) return 'network';
	// An anonymous account is refused whatever the status says: the key is the thing to change.
	if (seen.anonymous && (status === undefined || (status >= 400 && status < 500)))
		return 'anonymous';
	if (status === 400) return 'bad-request';
	if (status === 401 || (status === undefined && seen.auth)) return 'authentication';
	if (status === 404 || seen.notFound) return 'not-found';
	if (seen.html && (status === 403 || status === undefined)) return 'network';
	if (seen.storage && (status === 403 || status === undefined)) return 'storage';
	if (status !== undefined && status >= 500) return 'server';
	if (status === 403 || seen.permission || seen.code === 'PERMISSION_ERROR') return 'permission';
	if (seen.network) return 'network';
	if (seen.auth) return 'authentication';
	if (seen.localFile) return 'local-file';
	return 'unknown';
}

/**
 * The permission causes: first those a line of the log points to, with that line, most
 * likely first; then the usual suspects of any 403, in the order the guide's triage checks
 * them, with no evidence (the 403 itself is the category's, not theirs).
 */
/**
 * An entity value that is wrong on its face: a placeholder copied from an example (`your_entity`),
 * an unexpanded shell variable, a value the name rules refuse, or a command-line flag swallowed as
 * the value of an empty `-e` (`entity --id=… not found`, wandb#6045).
 */
function entityLooksWrong(entity: string | undefined): boolean {
	if (entity === undefined) return false;
	const { ok, problems } = checkEntity(entity);
	return (
		!ok ||
		problems.some((p) => p.code === 'placeholder' || p.code === 'shell-variable') ||
		entity.startsWith('-')
	);
}

function permissionCauses(seen: Seen): CauseFinding[] {
	const target = evidence(seen.entityLine);
	const login = evidence(seen.login);
	const findings: CauseFinding[] = [];
	const add = (id: string, pointed: boolean, ...lines: string[][]) => {
		if (!findings.some((f) => f.id === id))
			findings.push({ id, pointed, evidence: pointed ? [...new Set(lines.flat())] : [] });
	};
	const entity = seen.entity;
	if (entityLooksWrong(entity)) add('wrong-entity', true, target);
	// No username on the login line: the key was not accepted when the SDK asked who it belongs to.
	if (seen.keyConfigured) add('stale-credentials', true, evidence(seen.keyConfigured));
	if (seen.envIgnored) add('stale-credentials', true, evidence(seen.envIgnored));
	if (seen.ignoring) add('entity-set-elsewhere', true, evidence(seen.ignoring));
	// The code passes no entity: WANDB_ENTITY, a settings file or the default entity chose it.
	// (The entity the error names then came from WANDB_ENTITY, a settings file or the default entity.)
	if (seen.initWithoutEntity && !seen.entityFromArg)
		add('entity-set-elsewhere', true, evidence(seen.initWithoutEntity), target);
	if (seen.settingsFailed) add('entity-set-elsewhere', true, evidence(seen.settingsFailed));
	if (entity && seen.username && entity === seen.username)
		add('personal-entity', true, login, target);
	// The parentheses only ever show one of the account's teams, so a match means the account is
	// in the target team, on every SDK version.
	if (entity && seen.loginEntity && entity === seen.loginEntity) {
		add('view-only-role', true, login, target);
		add('restricted-project', true, login, target);
	}
	// No team in parentheses says the account is not in the code's entity only up to SDK 0.19.4.
	if (
		entity &&
		seen.login &&
		seen.loginShowsCodeEntity &&
		!seen.loginEntity &&
		entity !== seen.username
	) {
		add('not-a-member', true, login, target);
		add('wrong-entity', true, target);
	}
	// Nothing more specific: the usual suspects of any 403. A server other than the public
	// cloud may be the right one or not: the log cannot say, so it is only a suspect.
	const otherHost = seen.host !== undefined && !/\/\/api\.wandb\.ai\/?$/.test(seen.host);
	// Code that passes entity= is not overridden by WANDB_ENTITY or a settings file (facts §5), and a
	// sweep or Launch would have printed "Ignoring entity": then the entity was not set elsewhere.
	const setElsewhere = seen.entityFromArg ? [] : ['entity-set-elsewhere'];
	for (const id of [
		'wrong-entity',
		'not-a-member',
		'view-only-role',
		'restricted-project',
		...setElsewhere,
		...(otherHost ? ['wrong-host'] : []),
		'stale-credentials',
	])
		add(id, false);
	return findings.slice(0, Math.max(MAX_CAUSES, findings.filter((f) => f.pointed).length));
}

function causesFor(category: Category, seen: Seen): CauseFinding[] {
	const status = evidence(seen.status);
	const found = (id: string, lines: string[]): CauseFinding => ({
		id,
		pointed: lines.length > 0,
		evidence: [...new Set(lines)],
	});
	switch (category) {
		case 'permission':
			return permissionCauses(seen);
		case 'authentication': {
			const rejected = found('auth-401', [
				...status,
				...evidence(seen.auth),
				...evidence(seen.keyConfigured),
			]);
			const stale = found('stale-credentials', [
				...evidence(seen.envIgnored),
				...evidence(seen.keyConfigured),
				...evidence(seen.credentials),
			]);
			return [
				// A key set after the session started was never used (wandb#7118): the old one was rejected.
				...(seen.envIgnored ? [stale, rejected] : [rejected, stale]),
				// A key is valid on one server only: the SDK says so itself in its 401 sentence.
				...(seen.hostIncorrect ? [found('wrong-host', evidence(seen.hostIncorrect))] : []),
			];
		}
		case 'not-found': {
			// The 404 on upsertBucket names the entity: W&B creates a missing project itself (wandb-facts §0.7).
			const notFound = found('not-found-404', [...evidence(seen.notFound), ...status]);
			const wrongEntity = found('wrong-entity', [
				...evidence(seen.entityLine),
				...evidence(seen.notFound),
			]);
			// An entity copied from an example (`your_entity`) is the fix to make, before anything else.
			return [
				...(entityLooksWrong(seen.entity) ? [wrongEntity, notFound] : [notFound, wrongEntity]),
				// The log shows which server answered, not whether it is the right one.
				{ id: 'wrong-host', pointed: false, evidence: [] },
			];
		}
		case 'anonymous':
			// The key in use is an anonymous account's, not the reader's: the credentials section covers it.
			return [found('stale-credentials', [...new Set([...evidence(seen.anonymous), ...status])])];
		case 'organization-entity':
			return [found('organization-entity', evidence(seen.organization))];
		case 'network':
			// A request sent to a proxy's port as if it were the server (wandb#4235): the server address
			// (WANDB_BASE_URL, `wandb login --host`) is the proxy's. (The proxy section is about a proxy's 403 page.)
			if (seen.proxy) return [found('wrong-host', evidence(seen.proxy))];
			if (seen.html) return [found('proxy-403', [...status, ...evidence(seen.html)])];
			// The line where time ran out first, then the first network failure (a ProxyError, a DNS error).
			return [
				found('timeout', [...new Set([...evidence(seen.timedOut), ...evidence(seen.network)])]),
			];
		case 'storage':
			return [found('storage-403', [...evidence(seen.storage), ...status])];
		case 'server':
			// Recent SDKs retry a 5xx until init_timeout ends ("Timed out while retrying: HTTP 502"): then the
			// timeout section applies. A full server (507) is not a matter of time, and its summary says so.
			return seen.network && seen.statusValue !== 507
				? [
						found('timeout', [
							...new Set([...status, ...evidence(seen.timedOut), ...evidence(seen.network)]),
						]),
					]
				: [];
		default:
			return [];
	}
}

// --- the access check's output (src/lib/check-script.ts) --------------------------------------
// Lines `w403-check: name=<JSON> name=<JSON> …` (format: check-output.ts), written on the reader's
// machine. When a paste holds them, they are the diagnosis: the script saw what no log shows
// (teams, env vars, settings files), so the doctor repeats its verdict instead of guessing from log lines.
const CAUSE_IDS = new Set(CAUSES.map((cause) => cause.id));

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** The diagnosis the access check printed, or undefined when the text holds none. The last run in a paste wins. */
function readCheckOutput(input: string): Diagnosis | undefined {
	if (!input.includes(CHECK_PREFIX)) return undefined;
	let result: Diagnosis | undefined;
	for (const raw of input.split(/\r\n|\r|\n/)) {
		const fields = raw.includes(CHECK_PREFIX) ? checkLineFields(cleanLine(raw)) : undefined;
		if (!fields) continue;
		if ('check' in fields) {
			result = {
				category: 'access-check',
				status: null,
				username: null,
				loginEntity: null,
				host: null,
				entity: null,
				project: null,
				operation: null,
				code: null,
				sdkVersion: text(fields.sdk),
				causes: [],
				shown: [],
			};
			continue;
		}
		if (!result) continue;
		if ('host' in fields) result.host = text(fields.host);
		if ('username' in fields) result.username = text(fields.username);
		if ('entity' in fields) result.entity = text(fields.entity);
		if ('project' in fields) result.project = text(fields.project);
		const id = text(fields.cause);
		if (
			id &&
			CAUSE_IDS.has(id) &&
			!result.causes.some((c) => c.id === id) &&
			result.causes.length < MAX_CAUSES
		) {
			const said = text(fields.evidence);
			// The script's verdict, inferred causes included: it checked what no log shows.
			result.causes.push({
				id,
				pointed: true,
				evidence: said ? evidence({ text: said, index: 0 }) : [],
			});
		}
	}
	return result;
}

export function diagnose(input: string): Diagnosis {
	const checked = readCheckOutput(input);
	if (checked) return checked;
	const seen = scan(input);
	const category = categorize(seen);
	const causes = causesFor(category, seen);
	return {
		category,
		status: seen.statusValue ?? null,
		username: seen.username ?? null,
		loginEntity: seen.loginEntity ?? null,
		host: seen.host ?? seen.failedHost ?? seen.linkHost ?? null,
		entity: seen.entity ?? null,
		project: seen.project ?? null,
		operation: seen.operation ?? null,
		code: seen.code ?? null,
		sdkVersion: seen.version ?? null,
		causes,
		shown: shownLines(category, seen),
	};
}

/** The error line that decided the category, and the JSON body printed on the line after it. */
function shownLines(category: Category, seen: Seen): string[] {
	const line =
		category === 'local-file'
			? seen.localFile
			: category === 'unknown' || category === 'access-check'
				? undefined
				: (seen.status ??
					seen.permission ??
					seen.auth ??
					seen.notFound ??
					seen.organization ??
					seen.html ??
					seen.storage ??
					seen.timedOut ??
					seen.network ??
					seen.anonymous);
	if (!line) return [];
	const next = seen.lines?.[line.index + 1];
	return [
		...evidence(line),
		...(next && /^\s*[{[]/.test(next) ? evidence({ text: next, index: line.index + 1 }) : []),
	];
}
