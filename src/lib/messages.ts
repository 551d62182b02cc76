// Turns codes and parameters from the lib into sentences, given one language's strings
// (src/content/i18n/<lang>.json). Used by the page, the CLI and the tests alike.
import type { Problem, Suggestion } from './names.ts';

export type Dictionary = Readonly<Record<string, string>>;

/** Replaces `{{name}}` with params.name; unknown names stay visible so a gap is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function lookup(dict: Dictionary, ...keys: string[]): string {
	for (const key of keys) if (key in dict) return dict[key];
	throw new Error(`missing UI string: ${keys.join(' | ')}`);
}

const MAX_POSITIONS = 10;

/** The sentence for one problem: `problem.<code>.<field>` wins over `problem.<code>`. */
export function problemMessage(dict: Dictionary, problem: Problem): string {
	// Variants, most specific first: the project an address in the entity field names; one character.
	const keys = [`problem.${problem.code}.${problem.field}`, `problem.${problem.code}`];
	if (problem.params?.fromEntity !== undefined)
		keys.unshift(`problem.${problem.code}.${problem.field}.fromEntity`);
	if ((problem.positions?.length ?? problem.chars?.length) === 1)
		keys.splice(-1, 0, `problem.${problem.code}.one`);
	const template = lookup(dict, ...keys);
	// Counts read as numbers do in the reader's language (2,097,396 / 2 097 396).
	const numbers = new Intl.NumberFormat(dict['problem.numberLocale'] ?? 'en');
	const params = Object.fromEntries(
		Object.entries(problem.params ?? {}).map(([name, value]) => [
			name,
			typeof value === 'number' ? numbers.format(value) : value,
		])
	);
	return format(template, {
		...params,
		// A plain space reads better named than as U+0020.
		chars: (problem.chars ?? [])
			.map((char) =>
				char === 'U+0020'
					? lookup(dict, 'problem.space')
					: format(lookup(dict, 'problem.char'), { char })
			)
			.join(' '),
		positions: positionsText(dict, problem.positions ?? []),
	});
}

/**
 * `position 3` / `positions 2, 4, 6` in the dictionary's words (`problem.positions.one|other`).
 * Shown 1-based: readers count from one. A few are enough to find them; more end in `…`.
 */
function positionsText(dict: Dictionary, positions: readonly number[]): string {
	const shown = positions.slice(0, MAX_POSITIONS).map((p) => String(p + 1));
	const list = positions.length > MAX_POSITIONS ? [...shown, '…'].join(', ') : shown.join(', ');
	return format(
		lookup(dict, positions.length === 1 ? 'problem.positions.one' : 'problem.positions.other'),
		{ list }
	);
}

/** The one-click suggestion's label (the page's button, the CLI's `→` line); a suggestion may leave the project as typed (empty). */
export function suggestionText(dict: Dictionary, suggestion: Suggestion): string {
	const key = suggestion.host
		? 'tool.applyHost'
		: suggestion.project === ''
			? 'tool.applyEntity'
			: 'tool.apply';
	return format(lookup(dict, key), {
		entity: suggestion.entity,
		project: suggestion.project,
		host: suggestion.host ?? '',
	});
}
