// The access check: one Python script, generated with the reader's entity/project/host, that
// they run where wandb.init() failed. Their machine knows what the page cannot: who they are
// logged in as, their teams, which env vars and settings files win, what the server lets them
// see. The script ends with a verdict (cause ids of src/lib/causes.ts) and machine-readable
// `w403-check:` lines that the log doctor reads (src/lib/doctor.ts).
//
// Only three user values go into the script, written with pythonString. Everything else the
// script prints comes from the i18n strings (`check.*`, `cause.*`), chosen by the caller.
import { CAUSES, causeAnchor } from './causes.ts';
import { CHECK_FORMAT_VERSION, CHECK_PREFIX } from './check-output.ts';
import { pageOf } from './golinks.ts';
import { isLocale, type Locale } from './locale.ts';
import type { Dictionary } from './messages.ts';
import {
	containsApiKey,
	KEY_MIN_LENGTH,
	KEY_SECRET_RUN,
	normalizeHost,
	PLACEHOLDER_NAMES,
	PLACEHOLDER_SHAPES,
	PUBLIC_API_HOST,
	SHELL_VARIABLE,
} from './names.ts';
import { pythonString, type SnippetValues } from './snippets.ts';
import { pageUrl, shortLinkUrl, withTrailingSlash } from './urls.ts';
// The Python (check-script.py) runs on Python 3.8+ with the standard library and whatever wandb SDK the reader
// has (read against the SDK source for 0.15 to 0.28, run with 0.30.0 by test/sdk/). The SDK calls it
// relies on: wandb.Api(overrides=, timeout=, api_key=), api.viewer (username, entity, teams), api.default_entity, api.project(name, entity).id and
// api.projects(entity). Every SDK call is wrapped: a failure is evidence, never a traceback. It never
// reads the login line: from SDK 0.19.5 its parentheses ignore wandb.init(entity=...), so the entity is
// compared with api.viewer.teams instead. It is a real file so that editors, linters and the tests read
// it as Python; the CLI reads `?raw` imports through src/cli/raw-imports.ts, as Vite does for the site.
import PYTHON_BODY from './check-script.py?raw';

export const CHECK_SCRIPT_FORMAT = 'check-script';
/** File name the pages and the CLI suggest for the script. */
export const CHECK_SCRIPT_FILE = 'w403_check.py';

export interface CheckScriptOptions {
	/** One language's UI strings (src/content/i18n/<lang>.json). */
	dict: Dictionary;
	locale: Locale;
	/** The guide's origin and base path, e.g. `https://example.org/` or `https://example.org/wandb-403/`. */
	base: string;
}

/**
 * The strings the script prints. Only keys the Python code uses travel into the script; the
 * list is checked against the Python body by a unit test, so a missing string fails there.
 */
function scriptStrings(dict: Dictionary): [string, string][] {
	return Object.entries(dict).filter(
		([key]) => key.startsWith('check.') || key.startsWith('cause.') || key === 'punct.colon'
	);
}

/** A regular expression's source as a Python raw string (these sources hold no `"` and no newline). */
function pythonPattern(pattern: RegExp): string {
	if (/["\r\n]|\\$/.test(pattern.source))
		throw new Error(`pattern ${pattern.source} cannot be a raw string`);
	return `r"${pattern.source}"`;
}

/** A comment line: the text on one line, whatever the dictionary holds. */
function comment(text: string): string {
	return `# ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

/**
 * The script for one reader. Empty entity or project means "my wandb.init() does not pass it":
 * the script then finds the value the SDK would use. Throws when a value looks like an API key
 * (callers check values first, as for the other snippets).
 */
export function generateCheckScript(values: SnippetValues, options: CheckScriptOptions): string {
	const host = normalizeHost(values.host ?? '') ?? '';
	if ([values.entity, values.project, host].some((value) => containsApiKey(value)))
		throw new Error('api-key: a value looks like an API key');
	if (!isLocale(options.locale)) throw new Error(`unknown locale ${String(options.locale)}`);
	const { dict } = options;
	const base = withTrailingSlash(options.base);
	const { locale } = options;
	// An address of the guide as SITE + the rest: the rest as a Python string.
	const onSite = (url: string) => {
		if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`);
		return pythonString(url.slice(base.length));
	};
	const pages = CAUSES.map(
		(cause) =>
			`    ${pythonString(cause.id)}: (${pythonString(cause.page)}, ${pythonString(causeAnchor(cause))}),`
	);
	const strings = scriptStrings(dict).map(
		([key, text]) => `    ${pythonString(key)}: ${pythonString(text)},`
	);
	const placeholders = PLACEHOLDER_NAMES.map((name) => pythonString(name)).join(', ');
	return [
		'# -*- coding: utf-8 -*-',
		comment(`${dict['check.title']} (${CHECK_SCRIPT_FILE}, w403-check ${CHECK_FORMAT_VERSION})`),
		comment(dict['check.header.run']),
		comment(dict['check.header.readonly']),
		comment(dict['check.header.paste']),
		'',
		comment(dict['check.header.values']),
		`ENTITY = ${pythonString(values.entity)}`,
		`PROJECT = ${pythonString(values.project)}`,
		comment(dict['check.header.host']),
		`HOST = ${pythonString(host)}`,
		'',
		'# The guide these links point to, and how they are built ({…} are filled in by the script).',
		`SITE = ${pythonString(base)}`,
		`LANG = ${pythonString(locale)}`,
		`DOCTOR_PAGE = SITE + ${onSite(pageUrl(base, { locale, page: pageOf('doctor') }))}`,
		`LONG_LINK = SITE + ${onSite(pageUrl(base, { locale, page: '{page}', search: '{query}', section: '{section}' }))}`,
		`SHORT_LINK = SITE + ${onSite(shortLinkUrl(base, '{id}', '{query}'))}`,
		'# cause id -> (page, section) of the guide',
		'PAGES = {',
		...pages,
		'}',
		'# The lines this script prints for the log doctor start with PREFIX (format FORMAT_VERSION).',
		`PREFIX = ${pythonString(CHECK_PREFIX + ' ')}`,
		`FORMAT_VERSION = ${pythonString(CHECK_FORMAT_VERSION)}`,
		"# The guide's rules: the public server, what an API key looks like (never printed), and names",
		'# copied from examples (placeholders) or left as shell variables.',
		`PUBLIC_HOST = ${pythonString(PUBLIC_API_HOST)}`,
		`KEY_MIN_LENGTH = ${KEY_MIN_LENGTH}`,
		`KEY_SECRET_RUN = ${KEY_SECRET_RUN}`,
		`SHELL_VARIABLE = ${pythonPattern(SHELL_VARIABLE)}`,
		`PLACEHOLDER_SHAPES = [${PLACEHOLDER_SHAPES.map(pythonPattern).join(', ')}]`,
		'PLACEHOLDER_NAMES = frozenset([' + placeholders + '])',
		'T = {',
		...strings,
		'}',
		// No final newline, like the other snippets: the page shows and copies the text as generated.
		'',
		PYTHON_BODY.replace(/\n+$/, ''),
	].join('\n');
}

/**
 * Every whole `"check.…"` key written in the Python body, for the test that keeps the strings
 * complete. Keys built at run time (`"check.source." + code`) are listed by that test.
 */
export function scriptStringKeys(): string[] {
	return [
		...new Set([...PYTHON_BODY.matchAll(/"(check\.[\w.-]*[\w-])"/g)].map((m) => m[1])),
	].sort();
}
