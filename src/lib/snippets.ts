// Generates the code a reader copies: the same entity/project/host written as a literal of
// each language, escaped so that the program receives exactly the typed value.
// The API key is never part of a snippet: code reads WANDB_API_KEY or uses `wandb login`.

import { normalizeHost } from './names.ts';

export const SNIPPET_FORMATS = [
	'python',
	'notebook',
	'bash',
	'powershell',
	'dotenv',
	'cli',
] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];

/** The code-block language each format is highlighted as. */
export const SNIPPET_LANGUAGE: Record<SnippetFormat, string> = {
	python: 'python',
	notebook: 'python',
	bash: 'bash',
	powershell: 'powershell',
	dotenv: 'ini',
	cli: 'bash',
};

/** Comment lines, in the reader's language (from src/content/i18n). */
export interface SnippetComments {
	key: string;
	entity: string;
	project: string;
	host: string;
	relogin: string;
	dotenv: string;
	/** Said instead of a .env line python-dotenv would change (`{{name}}` is the variable). */
	dotenvExpands: string;
	/** Environment variables lose to wandb.init()'s arguments (facts §5): said where they are set. */
	envOnly: string;
}

/** The comment lines out of one language's UI strings (`snippet.*`). */
export function snippetComments(dict: Readonly<Record<string, string>>): SnippetComments {
	return {
		key: dict['snippet.key'],
		entity: dict['snippet.entity'],
		project: dict['snippet.project'],
		host: dict['snippet.host'],
		relogin: dict['snippet.relogin'],
		dotenv: dict['snippet.dotenv'],
		dotenvExpands: dict['snippet.dotenvExpands'],
		envOnly: dict['snippet.envOnly'],
	};
}

export interface SnippetValues {
	entity: string;
	project: string;
	/** Server address; empty or the public API means W&B's public cloud. */
	host?: string;
}

/** Placeholder values shown when nothing was typed (and to readers without JavaScript). */
export const PLACEHOLDER_VALUES: Required<SnippetValues> = {
	entity: '<your-team>',
	project: '<your-project>',
	host: 'https://your-server.example.com',
};

// --- literals ------------------------------------------------------------------------

function hex(code: number, width: number): string {
	return code.toString(16).padStart(width, '0');
}

/** A Python str literal: double quotes, backslash escapes for quotes, backslashes and controls. */
export function pythonString(value: string): string {
	let out = '"';
	for (const ch of value) {
		const code = ch.codePointAt(0)!;
		if (ch === '\\') out += '\\\\';
		else if (ch === '"') out += '\\"';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
		else out += ch;
	}
	return out + '"';
}

/** A POSIX shell word: single quotes, where nothing is special but the quote itself. */
export function shellString(value: string): string {
	return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A PowerShell verbatim string: single quotes; PowerShell also treats ‘ ’ ‚ ‛ as quotes. */
export function powershellString(value: string): string {
	return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/**
 * A .env value as python-dotenv reads it: single quotes, with `\\` and `\'` as the only escapes.
 * Quotes do not stop it from expanding `${VAR}` (python-dotenv 1.2.4, run in test/sdk/snippets):
 * see DOTENV_EXPANDED.
 */
export function dotenvString(value: string): string {
	return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * What python-dotenv expands in a value, in any quotes and with no escape: `${NAME}` and
 * `${NAME:-default}` (its interpolation is on by default). Such a value cannot go in a .env file.
 */
export const DOTENV_EXPANDED = /\$\{[^}:]*(?::-[^}]*)?\}/;

function dotenvLine(name: string, value: string, comments: SnippetComments): string {
	return DOTENV_EXPANDED.test(value)
		? `# ${comments.dotenvExpands.replaceAll('{{name}}', name)}`
		: `${name}=${dotenvString(value)}`;
}

// --- snippets ------------------------------------------------------------------------

function lines(...parts: (string | false | undefined)[]): string {
	return parts.filter((part): part is string => typeof part === 'string').join('\n');
}

export function generateSnippet(
	format: SnippetFormat,
	values: SnippetValues,
	comments: SnippetComments
): string {
	const host = normalizeHost(values.host ?? '');
	const { entity, project } = values;
	switch (format) {
		case 'python':
		case 'notebook':
			return lines(
				'import wandb',
				'',
				`# ${comments.key}`,
				// A script reads the key from the environment; a notebook may prompt for it.
				host ? `wandb.login(host=${pythonString(host)})` : format === 'notebook' && 'wandb.login()',
				'run = wandb.init(',
				`    entity=${pythonString(entity)},  # ${comments.entity}`,
				`    project=${pythonString(project)},  # ${comments.project}`,
				'    config={"learning_rate": 0.01, "epochs": 10},',
				')',
				'run.log({"loss": 0.5})',
				'run.finish()'
			);
		case 'bash':
			return lines(
				`# ${comments.key}`,
				`# ${comments.envOnly}`,
				host && `export WANDB_BASE_URL=${shellString(host)}`,
				`export WANDB_ENTITY=${shellString(entity)}`,
				`export WANDB_PROJECT=${shellString(project)}`
			);
		case 'powershell':
			return lines(
				`# ${comments.key}`,
				`# ${comments.envOnly}`,
				host && `$env:WANDB_BASE_URL = ${powershellString(host)}`,
				`$env:WANDB_ENTITY = ${powershellString(entity)}`,
				`$env:WANDB_PROJECT = ${powershellString(project)}`
			);
		case 'dotenv':
			return lines(
				`# ${comments.dotenv}`,
				`# ${comments.envOnly}`,
				host && dotenvLine('WANDB_BASE_URL', host, comments),
				dotenvLine('WANDB_ENTITY', entity, comments),
				dotenvLine('WANDB_PROJECT', project, comments)
			);
		case 'cli':
			return lines(
				`# ${comments.relogin}`,
				host ? `wandb login --relogin --host ${shellString(host)}` : 'wandb login --relogin'
			);
	}
}

/** Every format at once, as the page shows them in tabs. */
export function generateAll(
	values: SnippetValues,
	comments: SnippetComments
): Record<SnippetFormat, string> {
	return Object.fromEntries(
		SNIPPET_FORMATS.map((format) => [format, generateSnippet(format, values, comments)])
	) as Record<SnippetFormat, string>;
}

export function isSnippetFormat(value: unknown): value is SnippetFormat {
	return typeof value === 'string' && (SNIPPET_FORMATS as readonly string[]).includes(value);
}

// --- filling a pre-rendered snippet ----------------------------------------------------
// The page highlights each snippet once, at build time, with PLACEHOLDER_VALUES. In the
// browser only the text inside the quotes changes: `fillTemplate` swaps each placeholder
// for the escaped value, which gives exactly what `generateSnippet` gives for those values
// (a unit test holds the two together).

/** Formats the page pre-renders and fills: the snippets, and the access check (src/lib/check-script.ts). */
export type TemplateFormat = SnippetFormat | 'check-script';

const QUOTED: Record<TemplateFormat, (value: string) => string> = {
	'check-script': pythonString,
	python: pythonString,
	notebook: pythonString,
	bash: shellString,
	powershell: powershellString,
	dotenv: dotenvString,
	cli: shellString,
};

/** The escaped text that goes between the quotes of a literal, for one format. */
export function literalBody(format: TemplateFormat, value: string): string {
	return QUOTED[format](value).slice(1, -1);
}

const PLACEHOLDER_PATTERN = new RegExp(
	Object.values(PLACEHOLDER_VALUES)
		.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|'),
	'g'
);

/** The server line of the access check (src/lib/check-script.ts) when no server is given. */
const CHECK_SCRIPT_NO_HOST = /^HOST = ""$/m;

/**
 * Replaces the placeholders in one piece of a template in one pass (a value may contain another placeholder).
 * The access check is long, so the page renders it once, without a server: a typed server goes into its
 * `HOST = ""` line (no other line can read so: values are written on one line, after their own name).
 */
export function fillTemplate(
	format: TemplateFormat,
	template: string,
	values: SnippetValues
): string {
	const host = normalizeHost(values.host ?? '') ?? '';
	const replacement: Record<string, string> = {
		[PLACEHOLDER_VALUES.entity]: literalBody(format, values.entity),
		[PLACEHOLDER_VALUES.project]: literalBody(format, values.project),
		[PLACEHOLDER_VALUES.host]: literalBody(format, host),
	};
	const filled = template.replace(PLACEHOLDER_PATTERN, (placeholder) => replacement[placeholder]);
	return format === 'check-script' && host
		? filled.replace(CHECK_SCRIPT_NO_HOST, () => `HOST = ${pythonString(host)}`)
		: filled;
}
