// `cli -- snippet`: the code or settings for checked values, or the access check's script.
import { checkAll } from '../../lib/names.ts';
import {
	generateSnippet,
	isSnippetFormat,
	SNIPPET_FORMATS,
	snippetComments,
} from '../../lib/snippets.ts';
import { CHECK_SCRIPT_FORMAT, generateCheckScript } from '../../lib/check-script.ts';
import { printErrors, required, text, UsageError, type Context } from '../context.ts';

/** Exit code 1, with the errors on stderr, when a value has errors: a snippet only ever carries accepted values. */
export function snippet(context: Context): number {
	const { values, dict } = context;
	const format = text(values, 'format') ?? 'python';
	if (format === CHECK_SCRIPT_FORMAT) return checkScript(context);
	if (!isSnippetFormat(format))
		throw new UsageError(
			`--format must be one of ${[...SNIPPET_FORMATS, CHECK_SCRIPT_FORMAT].join(', ')}`
		);
	const input = {
		entity: required(values, 'entity'),
		project: required(values, 'project'),
		host: text(values, 'host') ?? '',
	};
	if (printErrors(dict, checkAll(input), input)) return 1;
	console.log(generateSnippet(format, input, snippetComments(dict)));
	return 0;
}

/** The access check. An empty entity or project means "not passed by wandb.init()"; anything else is checked like the other snippets. */
function checkScript({ values, dict, lang, base }: Context): number {
	const input = {
		entity: text(values, 'entity') ?? '',
		project: text(values, 'project') ?? '',
		host: text(values, 'host') ?? '',
	};
	if (printErrors(dict, checkAll(input), input, true)) return 1;
	console.log(generateCheckScript(input, { dict, locale: lang, base }));
	return 0;
}
