// Checks an entity, a project and a host the way the SDK and the server would see them.
// Project rules are the SDK's own validators (wandb_settings.validate_project and the
// artifacts validate_project_name); the SDK has no entity rule (the server decides), so for
// entities only what is certainly wrong is an error and the rest are warnings.
// Returns codes and parameters, never sentences: the page and the CLI pick the language.

export type Field = 'entity' | 'project' | 'host';
export type Severity = 'error' | 'warning';
export type ProblemCode =
	| 'empty'
	| 'too-long'
	| 'forbidden-char'
	| 'control-char'
	| 'invisible-char'
	| 'unusual-char'
	| 'whitespace'
	| 'placeholder'
	| 'url'
	| 'path'
	| 'shell-variable'
	| 'uppercase'
	| 'api-key'
	| 'app-host'
	| 'insecure-host'
	| 'not-a-url'
	| 'pasted-text'
	| 'option-like';

export interface Suggestion {
	entity: string;
	/** Empty when the reader left the project empty: the suggestion then fixes the entity only. */
	project: string;
	/** Origin of a dedicated or self-managed server, when the pasted URL showed one. */
	host?: string;
}

export interface Problem {
	code: ProblemCode;
	severity: Severity;
	field: Field;
	/** The offending characters, shown to the reader (control characters as U+XXXX). */
	chars?: string[];
	/** 0-based positions (in code points) of the offending characters. */
	positions?: number[];
	/** Extra values for the message, e.g. the length or the limit. */
	params?: Record<string, string | number>;
	suggestion?: Suggestion;
}

export interface FieldResult {
	ok: boolean;
	problems: Problem[];
}

/** The SDK's limit and forbidden characters for project names. */
export const PROJECT_MAX_LENGTH = 128;
export const PROJECT_FORBIDDEN = ['/', '\\', '#', '?', '%', ':'] as const;
export const PUBLIC_API_HOST = 'https://api.wandb.ai';

/** Placeholders copied from W&B's own examples, the original guide and common tutorials. */
export const PLACEHOLDER_NAMES: readonly string[] = [
	'my-awesome-team-name',
	'my-awesome-project',
	'entity',
	'project',
	'your-entity',
	'your_entity',
	'yourentity',
	'your-team',
	'your_team',
	'your-team-name',
	'your_team_name',
	'your-project',
	'your_project',
	'your-project-name',
	'your_project_name',
	'your_actual_team_name',
	'your_actual_project_name',
	'your-username',
	'your_username',
	'example-team',
	'example-project',
	'my-team',
	'my-entity',
	'team-name',
	'team_name',
	'project-name',
	'project_name',
	'username',
	'user',
	'changeme',
	'todo',
	'xxx',
];
const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES);

export const SHELL_VARIABLE =
	/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%|\$env:[A-Za-z_][A-Za-z0-9_]*/;

function codePoints(value: string): string[] {
	return Array.from(value);
}

function isControl(ch: string): boolean {
	const code = ch.codePointAt(0)!;
	// C0, DEL, C1, the invisible bidi overrides/isolates that make text lie about itself,
	// and lone surrogates (not text at all: no file or terminal can carry them).
	return (
		code < 0x20 ||
		(code >= 0x7f && code < 0xa0) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		(code >= 0xd800 && code <= 0xdfff)
	);
}

/**
 * Characters that show as nothing or as an ordinary space but are not one: format characters
 * (Unicode category Cf: zero-width space and joiners, word joiner, byte-order mark, soft
 * hyphen…) and the other spaces (no-break, thin, ideographic…). Pasted from chat, documents
 * or web pages, they make a name that looks right and is another name to W&B. The bidi
 * controls, also Cf, are reported with the control characters.
 */
function isInvisible(ch: string): boolean {
	return !isControl(ch) && (/\p{Cf}/u.test(ch) || (/\s/.test(ch) && ch !== ' '));
}

/**
 * Characters outside what W&B documents for team names (lowercase letters, digits, hyphens;
 * facts §0.11) that are likely to be a slip: any non-ASCII character (full-width letters,
 * emoji, other scripts) and ASCII punctuation or spaces other than `-`, `_` and `.`, which
 * usernames may hold. Upper case has its own warning.
 */
function isUnusualInEntity(ch: string): boolean {
	return !/[A-Za-z0-9_.-]/.test(ch) && !isControl(ch) && !isInvisible(ch) && ch !== '/';
}

/** How a character is shown in a message: control characters as U+XXXX. */
export function showChar(ch: string): string {
	return isControl(ch) || isInvisible(ch) || /\s/.test(ch)
		? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
		: ch;
}

function collect(
	value: string,
	test: (ch: string) => boolean
): { chars: string[]; positions: number[] } {
	const chars: string[] = [];
	const positions: number[] = [];
	codePoints(value).forEach((ch, index) => {
		if (test(ch)) {
			positions.push(index);
			if (!chars.includes(showChar(ch))) chars.push(showChar(ch));
		}
	});
	return { chars, positions };
}

/** Characters of a key-shaped token, at least this many of `[A-Za-z0-9_-]` (the SDK's check_api_key). */
export const KEY_MIN_LENGTH = 40;
/** A generated key's run without a separator, mixing letters and digits, has at least this many characters. */
export const KEY_SECRET_RUN = 20;
const KEY_TOKEN = new RegExp(`^[A-Za-z0-9_-]{${KEY_MIN_LENGTH},}$`);
const GLUED_KEY = new RegExp(`[A-Za-z0-9]{${KEY_MIN_LENGTH},}`, 'g');

/**
 * True when a token looks like a W&B API key: an optional `prefix-` and 40 or more
 * characters of [A-Za-z0-9_-] (the SDK's check_api_key). A long project name made of
 * short words (`resnet50-imagenet-finetune-lr-sweep-v2`) or one repeated letter (the
 * SDK's own `"p" * 127` test) is not a key: a generated key always has a run of 20 or
 * more characters without a separator, mixing letters and digits.
 */
export function looksLikeApiKey(token: string): boolean {
	if (!KEY_TOKEN.test(token)) return false;
	return token.split(/[-_]/).some(isSecretRun);
}

function isSecretRun(run: string): boolean {
	return run.length >= KEY_SECRET_RUN && /\d/.test(run) && /[A-Za-z]/.test(run);
}

/** Finds key-shaped tokens anywhere in a value (a pasted `WANDB_API_KEY=…` line included). */
export function containsApiKey(value: string): boolean {
	for (const token of value.split(/[^A-Za-z0-9_-]+/)) {
		if (looksLikeApiKey(token)) return true;
		// A 40-character key glued to a name (`WANDB_API_KEY_…`) still has its long secret run.
		if ((token.match(GLUED_KEY) ?? []).some(isSecretRun)) return true;
	}
	return false;
}

/**
 * Whole values that are placeholders by their shape (lower-cased, trimmed): a name in angle
 * brackets, braces or square brackets, or "your/my [actual] entity/team/project…". The access
 * check's Python receives their sources, so both use the same patterns.
 */
export const PLACEHOLDER_SHAPES: readonly RegExp[] = [
	/^<[^<>]*>$/,
	/^\{[^{}]*\}$/,
	// `\[` inside the class: the same source must read as one class in Python's re too.
	// eslint-disable-next-line no-useless-escape
	/^\[[^\[\]]*\]$/,
	/^(your|my)[-_ ]?(actual[-_ ]?)?(entity|team|team[-_ ]?name|project|project[-_ ]?name|user[-_ ]?name|org|organization)$/,
];

/** True for a value copied from an example (`<entity>`, `my-awesome-team-name`, `your_team`…). */
export function isPlaceholder(value: string): boolean {
	const bare = value.trim().toLowerCase();
	return PLACEHOLDER_SHAPES.some((shape) => shape.test(bare)) || PLACEHOLDERS.has(bare);
}

/**
 * Reads a W&B page URL (`https://wandb.ai/acme/vision/runs/abc?workspace=…`) or an
 * `entity/project[/…]` path into entity and project. Returns undefined when the text is
 * neither. `extraHosts` adds a self-managed server's host name to the ones recognised.
 */
export function parseWandbReference(
	text: string,
	extraHosts: readonly string[] = []
): Suggestion | undefined {
	const trimmed = text.trim();
	// An address copied without its scheme (`wandb.ai/acme/vision/runs/abc`) is read as https.
	const value = schemelessHost(trimmed) ? `https://${trimmed}` : trimmed;
	if (/^https?:\/\//i.test(value)) {
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			return undefined;
		}
		const host = url.hostname.toLowerCase();
		const isWandb = isWandbHost(host) || extraHosts.includes(host);
		if (!isWandb || host === 'api.wandb.ai') return undefined;
		const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
		if (segments.length < 2 || NOT_AN_ENTITY.has(segments[0].toLowerCase())) return undefined;
		const [entity, project] = segments;
		const publicCloud = host === 'wandb.ai' || host.endsWith('.wandb.ai');
		return publicCloud ? { entity, project } : { entity, project, host: url.origin };
	}
	const path = /^([^/\s]+)\/([^/\s]+)(?:\/.*)?$/.exec(value);
	if (path && !path[1].includes(':')) return { entity: path[1], project: path[2] };
	return undefined;
}

/**
 * The host name a value starts with when it is an address typed without `https://`:
 * `wandb.ai/acme/vision`, `www.wandb.ai/…`, `acme.wandb.io/…`, `github.com/x/y`. A first
 * segment with a dot and a final label of letters is a host name, never an entity.
 */
export function schemelessHost(value: string): string | undefined {
	const first = /^([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(:\d+)?(\/|$)/.exec(
		value.trim()
	);
	if (!first) return undefined;
	const host = first[1].toLowerCase();
	// Without a path or a port, `jane.doe` may be a username: only W&B's own hosts count alone.
	return first[2] || first[3] || isWandbHost(host) ? host : undefined;
}

function isWandbHost(host: string): boolean {
	return host === 'wandb.ai' || host.endsWith('.wandb.ai') || host.endsWith('.wandb.io');
}

/** First path segments of wandb.ai that are app pages, not entities. */
const NOT_AN_ENTITY = new Set([
	'site',
	'authorize',
	'settings',
	'login',
	'signup',
	'home',
	'api',
	'subscriptions',
	'fully-connected',
	'registry',
	'artifacts',
	'reports',
	'launch',
	'sweeps',
]);

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

function result(problems: Problem[]): FieldResult {
	return { ok: !problems.some((p) => p.severity === 'error'), problems };
}

function edgeWhitespace(value: string): number[] {
	const chars = codePoints(value);
	const positions: number[] = [];
	let start = 0;
	while (start < chars.length && /\s/.test(chars[start])) positions.push(start++);
	let end = chars.length - 1;
	while (end >= start && /\s/.test(chars[end])) positions.push(end--);
	return positions.sort((a, b) => a - b);
}

/** Checks both name fields share; the severity of a few depends on the field. */
function commonChecks(
	field: 'entity' | 'project',
	value: string,
	extraHosts: readonly string[]
): Problem[] {
	const problems: Problem[] = [];
	if (containsApiKey(value)) problems.push({ code: 'api-key', severity: 'error', field });
	const reference = parseWandbReference(value, extraHosts);
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || schemelessHost(value)) {
		problems.push({
			code: 'url',
			severity: 'error',
			field,
			...(reference ? { suggestion: reference } : {}),
		});
	} else if (reference) {
		problems.push({ code: 'path', severity: 'error', field, suggestion: reference });
	}
	const controls = collect(value, isControl);
	if (controls.positions.length) {
		// The SDK refuses CR/LF in project names; other control characters are only surely wrong in entities.
		const refused = field === 'entity' || /[\r\n]/.test(value);
		problems.push({
			code: 'control-char',
			severity: refused ? 'error' : 'warning',
			field,
			...controls,
		});
	}
	const invisible = collect(value, isInvisible);
	if (invisible.positions.length)
		problems.push({ code: 'invisible-char', severity: 'error', field, ...invisible });
	const edges = edgeWhitespace(value);
	if (edges.length)
		problems.push({
			code: 'whitespace',
			severity: field === 'entity' ? 'error' : 'warning',
			field,
			positions: edges,
		});
	const variable = SHELL_VARIABLE.exec(value);
	if (variable)
		problems.push({
			code: 'shell-variable',
			severity: 'warning',
			field,
			params: { variable: variable[0] },
		});
	// `wandb sync -e --id=x` sends `--id=x` as the entity (wandb#6045): a name that starts like an
	// option was probably one. A long option (`--x`) or one with a value (`-x=1`) is surely one, an
	// error, so it never goes into corrected code; a single leading hyphen only a warning (W&B
	// documents no rule against it).
	const option = value.trim();
	if (/^-/.test(option) && !reference)
		problems.push({
			code: 'option-like',
			severity: /^--|^-[^=\s]*=/.test(option) ? 'error' : 'warning',
			field,
		});
	// A placeholder is never a name to put in code: an error, so snippets keep theirs.
	if (!reference && isPlaceholder(value))
		problems.push({ code: 'placeholder', severity: 'error', field });
	return problems;
}

/**
 * Past this many characters a field holds a paste, not a name: the reader gets one clear
 * problem (and the API-key warning, which matters most in a big paste) instead of a
 * per-character report on a whole log. Not a W&B limit: W&B documents none for entities.
 */
export const PASTE_LENGTH = 1024;

/** Code points without building an array of them (a paste may be megabytes). */
function countCodePoints(value: string): number {
	let count = value.length;
	for (let i = 0; i < value.length - 1; i++) {
		const code = value.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = value.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				count--;
				i++;
			}
		}
	}
	return count;
}

function pastedText(field: Field, value: string): FieldResult | null {
	if (value.length <= PASTE_LENGTH) return null;
	const problems: Problem[] = [
		{ code: 'pasted-text', severity: 'error', field, params: { length: countCodePoints(value) } },
	];
	if (containsApiKey(value)) problems.push({ code: 'api-key', severity: 'error', field });
	return result(problems);
}

export function checkEntity(
	value: string,
	options: { extraHosts?: readonly string[] } = {}
): FieldResult {
	if (value.trim() === '') return result([{ code: 'empty', severity: 'error', field: 'entity' }]);
	const pasted = pastedText('entity', value);
	if (pasted) return pasted;
	const problems = commonChecks('entity', value, options.extraHosts ?? []);
	const handled = problems.some((p) => p.code === 'url' || p.code === 'path');
	if (!handled && value.includes('/'))
		problems.push({
			code: 'forbidden-char',
			severity: 'error',
			field: 'entity',
			...collect(value, (ch) => ch === '/'),
		});
	if (
		!handled &&
		value !== value.toLowerCase() &&
		!problems.some((p) => p.code === 'placeholder' || p.code === 'api-key')
	) {
		problems.push({ code: 'uppercase', severity: 'warning', field: 'entity' });
	}
	// Inner spaces, full-width letters, emoji, other scripts: not in a team name (edge spaces have their own error).
	const edges = new Set(edgeWhitespace(value));
	const unusual = collect(value, (ch) => isUnusualInEntity(ch));
	const inner = unusual.positions.filter((position) => !edges.has(position));
	if (
		!handled &&
		inner.length &&
		!problems.some((p) => p.code === 'placeholder' || p.code === 'api-key')
	) {
		const chars = [...new Set(inner.map((position) => showChar(codePoints(value)[position])))];
		problems.push({
			code: 'unusual-char',
			severity: 'warning',
			field: 'entity',
			chars,
			positions: inner,
		});
	}
	return result(problems);
}

export function checkProject(
	value: string,
	options: { extraHosts?: readonly string[] } = {}
): FieldResult {
	if (value === '') return result([{ code: 'empty', severity: 'error', field: 'project' }]);
	if (value.trim() === '')
		return result([
			{ code: 'empty', severity: 'error', field: 'project', positions: edgeWhitespace(value) },
		]);
	const pasted = pastedText('project', value);
	if (pasted) return pasted;
	const problems = commonChecks('project', value, options.extraHosts ?? []);
	const length = codePoints(value).length;
	if (length > PROJECT_MAX_LENGTH)
		problems.push({
			code: 'too-long',
			severity: 'error',
			field: 'project',
			params: { length, max: PROJECT_MAX_LENGTH },
		});
	const handled = problems.some((p) => p.code === 'url' || p.code === 'path');
	if (!handled) {
		const forbidden = collect(value, (ch) => (PROJECT_FORBIDDEN as readonly string[]).includes(ch));
		if (forbidden.positions.length)
			problems.push({ code: 'forbidden-char', severity: 'error', field: 'project', ...forbidden });
	}
	return result(problems);
}

/** Normalises a server address the way the SDK does (no trailing slash); undefined = public cloud. */
export function normalizeHost(value: string): string | undefined {
	const trimmed = value.trim().replace(/\/+$/, '');
	if (trimmed === '' || trimmed.toLowerCase() === PUBLIC_API_HOST) return undefined;
	return trimmed;
}

export function checkHost(value: string): FieldResult {
	if (value.trim() === '') return result([]);
	const pasted = pastedText('host', value);
	if (pasted) return pasted;
	const problems: Problem[] = [];
	if (containsApiKey(value)) problems.push({ code: 'api-key', severity: 'error', field: 'host' });
	const controls = collect(value, isControl);
	if (controls.positions.length)
		problems.push({ code: 'control-char', severity: 'error', field: 'host', ...controls });
	const invisible = collect(value, isInvisible);
	if (invisible.positions.length)
		problems.push({ code: 'invisible-char', severity: 'error', field: 'host', ...invisible });
	if (value.trim() !== value)
		problems.push({ code: 'whitespace', severity: 'error', field: 'host' });
	let url: URL | undefined;
	try {
		url = /^https?:\/\//i.test(value.trim()) ? new URL(value.trim()) : undefined;
	} catch {
		url = undefined;
	}
	if (!url) {
		problems.push({ code: 'not-a-url', severity: 'error', field: 'host' });
		return result(problems);
	}
	const host = url.hostname.toLowerCase();
	if (host === 'wandb.ai' || host === 'app.wandb.ai') {
		problems.push({
			code: 'app-host',
			severity: 'error',
			field: 'host',
			params: { host: PUBLIC_API_HOST },
		});
	} else if (host.endsWith('wandb.ai') && url.protocol === 'http:') {
		problems.push({
			code: 'insecure-host',
			severity: 'error',
			field: 'host',
			params: { host: PUBLIC_API_HOST },
		});
	}
	if (url.pathname.replace(/\/+$/, '') !== '') {
		const reference = parseWandbReference(value.trim(), [host]);
		problems.push({
			code: 'path',
			severity: 'error',
			field: 'host',
			params: { host: url.origin },
			...(reference ? { suggestion: { ...reference, host: url.origin } } : {}),
		});
	}
	return result(problems);
}

export interface CheckInput {
	entity: string;
	project: string;
	host?: string;
}

export interface CheckResult {
	entity: FieldResult;
	project: FieldResult;
	host: FieldResult;
	/** True when every field is free of errors (warnings allowed). */
	ok: boolean;
	/** True when some field holds something shaped like an API key: never put it in a link or snippet. */
	hasSecret: boolean;
}

/**
 * The name without what a copy and paste adds and the reader cannot see: format characters
 * removed, full-width and other compatibility forms folded (NFKC: `ａｃｍｅ` → `acme`).
 */
export function cleanedName(value: string): string {
	return value.normalize('NFKC').replace(/\p{Cf}/gu, '');
}

/**
 * Offers the cleaned entity as a one-click suggestion when invisible or full-width characters
 * are all that is wrong with it (and a project is there to go with it).
 */
function suggestCleanEntity(
	entity: FieldResult,
	value: string,
	project: string,
	extraHosts: readonly string[]
): void {
	const problem = entity.problems.find(
		(p) => p.code === 'invisible-char' || p.code === 'unusual-char'
	);
	// An empty project stays empty: the suggestion then only fixes the entity.
	if (!problem || problem.suggestion) return;
	const cleaned = cleanedName(value);
	if (cleaned === value || checkEntity(cleaned, { extraHosts }).problems.length > 0) return;
	problem.suggestion = { entity: cleaned, project };
}

/**
 * Offers `https://` in front of a bare server name (`acme.wandb.io`), when that makes a valid
 * address and the entity and project are there to go with it in the one-click suggestion.
 */
function suggestHttps(host: FieldResult, input: CheckInput): void {
	const problem = host.problems.find((p) => p.code === 'not-a-url');
	const value = (input.host ?? '').trim();
	if (
		!problem ||
		!schemelessHost(value) ||
		input.entity.trim() === '' ||
		input.project.trim() === ''
	)
		return;
	const address = `https://${value.replace(/\/+$/, '')}`;
	if (!checkHost(address).ok) return;
	problem.suggestion = { entity: input.entity, project: input.project, host: address };
}

export function checkAll(input: CheckInput): CheckResult {
	const hostName = safeHostname(input.host ?? '');
	const extraHosts = hostName ? [hostName] : [];
	const entity = checkEntity(input.entity, { extraHosts });
	suggestCleanEntity(entity, input.entity, input.project, extraHosts);
	const project = checkProject(input.project, { extraHosts });
	// An empty project next to a pasted address that names one: say where the name is, once.
	const named = entity.problems.find((p) => p.suggestion?.project)?.suggestion?.project;
	const empty = project.problems.find((p) => p.code === 'empty');
	if (named && empty) empty.params = { ...empty.params, fromEntity: named };
	const host = checkHost(input.host ?? '');
	suggestHttps(host, input);
	const all = [...entity.problems, ...project.problems, ...host.problems];
	return {
		entity,
		project,
		host,
		ok: entity.ok && project.ok && host.ok,
		hasSecret: all.some((p) => p.code === 'api-key'),
	};
}

function safeHostname(value: string): string | undefined {
	try {
		return new URL(value.trim()).hostname.toLowerCase();
	} catch {
		return undefined;
	}
}
