// What every CLI command shares: the parsed options, the reader's language and its strings, where
// links point, and the error that means "wrong usage" (exit 2).
import type { CheckResult } from '../lib/names.ts';
import { problemMessage, type Dictionary } from '../lib/messages.ts';
import type { Locale } from '../lib/locale.ts';
import { siteLocation, siteRoot } from '../lib/site.ts';

export { DICTIONARIES } from '../lib/i18n.ts';
/** Links point where the site is published: SITE and BASE, as for the build. */
export const DEFAULT_BASE = siteRoot(siteLocation(process.env));

export class UsageError extends Error {}

export interface Context {
	/** Options as parsed (`--json` → `json: true`), and `file`, the doctor's one positional argument. */
	values: Record<string, string | boolean | undefined>;
	lang: Locale;
	dict: Dictionary;
	/** The site's root URL for the links a command prints. */
	base: string;
}

export function required(values: Context['values'], name: string): string {
	const value = values[name];
	if (typeof value !== 'string') throw new UsageError(`--${name} is required`);
	return value;
}

export function text(values: Context['values'], name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

/**
 * Prints each error of the checked fields as `Field: message` on stderr, leaving out the codes in
 * `allowed` when that field is empty; returns whether any was printed.
 */
export function printErrors(
	dict: Dictionary,
	result: CheckResult,
	input: Record<'entity' | 'project' | 'host', string>,
	allowedEmpty = false
): boolean {
	let printed = false;
	for (const field of ['entity', 'project', 'host'] as const) {
		for (const problem of result[field].problems.filter((p) => p.severity === 'error')) {
			if (allowedEmpty && problem.code === 'empty' && input[field] === '') continue;
			console.error(`${dict[`field.${field}`]}: ${problemMessage(dict, problem)}`);
			printed = true;
		}
	}
	return printed;
}
