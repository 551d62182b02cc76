// The page's tools from a terminal: `npm run --silent cli -- <verb> …`. Parses the options and
// hands over to one module per verb (src/cli/commands/); output language from --lang (en by default).
import { parseArgs } from 'node:util';
import { SNIPPET_FORMATS } from '../lib/snippets.ts';
import {
	DEFAULT_LOCALE,
	isLocale,
	LOCALE_ALTERNATION,
	LOCALES,
	type Locale,
} from '../lib/locale.ts';
import { CHECK_SCRIPT_FORMAT } from '../lib/check-script.ts';
import { DEFAULT_BASE, DICTIONARIES, text, UsageError, type Context } from './context.ts';
import { check } from './commands/check.ts';
import { snippet } from './commands/snippet.ts';
import { link } from './commands/link.ts';
import { links } from './commands/links.ts';
import { doctor } from './commands/doctor.ts';

const HELP: Record<string, string> = {
	main: `Usage: npm run --silent cli -- <verb> [options]

Verbs:
  check     check an entity and a project (exit 1 when a value has errors)
  snippet   print wandb.init() code or shell settings for the values
  link      print a support link that opens the guide with the values filled in
  doctor    read wandb output (a file, or stdin) and say which cause it shows
  links     print the registry of published links (links/published.json)

Run any verb with --help for its options.`,
	check: `Usage: npm run --silent cli -- check --entity E --project P [--host URL] [--json] [--lang ${LOCALE_ALTERNATION}]

Checks the names as the SDK and the server see them. Exit 0 without errors, 1 with errors.
--json prints {"entity": {"ok", "problems": [{"code", "severity", "message", "suggestion"?}]}, "project": {…}}.`,
	snippet: `Usage: npm run --silent cli -- snippet --entity E --project P [--host URL]
       [--format ${[...SNIPPET_FORMATS, CHECK_SCRIPT_FORMAT].join('|')}] [--lang ${LOCALE_ALTERNATION}] [--base URL]

Prints the snippet (default format: python). Values with errors are refused (exit 1).
The API key is never part of a snippet.
--format ${CHECK_SCRIPT_FORMAT} prints the access check: a read-only Python script the reader runs where
wandb.init() fails; it ends with a verdict and links to the guide at --base (its language: --lang).
For it, --entity and --project may be left out (or empty) when the reader's wandb.init() does not
pass them: the script then finds the values the SDK would use.`,
	doctor: `Usage: npm run --silent cli -- doctor [--json] [--lang ${LOCALE_ALTERNATION}] [--base URL] [FILE]

Reads the log from FILE, or from stdin when no file is given. Secrets are redacted.
--json prints {"category", "status", "username", "loginEntity", "host", "entity", "project",
"operation", "code", "sdkVersion", "causes": [{"id", "evidence", "pointed"}], "shown": [line]}
("shown": the line that shows a failure no cause explains, such as a 5xx or a local file error).`,
	link: `Usage: npm run --silent cli -- link --entity E --project P [--host URL]
       [--page SLUG] [--section ID] [--lang ${LOCALE_ALTERNATION}] [--base URL] [--short [--id ID]]

Prints the support link (default page: causes/wrong-entity, section: fix).
--short prints the language-neutral /go/<id>/ link instead (default id: wrong-entity; a cause
id such as view-only-role, or one listed at /go/). Values that look like an API key are refused (exit 1).`,
	links: `Usage: npm run --silent cli -- links [--json]

Prints every published link (pages, sections, /go/ short links) and the moves, one per line;
--json prints the registry file as it is.`,
};

const COMMON = {
	entity: { type: 'string' },
	project: { type: 'string' },
	host: { type: 'string' },
	lang: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

const OPTIONS = {
	check: { ...COMMON, json: { type: 'boolean' } },
	snippet: { ...COMMON, format: { type: 'string' }, base: { type: 'string' } },
	link: {
		...COMMON,
		page: { type: 'string' },
		section: { type: 'string' },
		base: { type: 'string' },
		short: { type: 'boolean' },
		id: { type: 'string' },
	},
	links: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
	doctor: {
		json: { type: 'boolean' },
		lang: { type: 'string' },
		base: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
} as const;

type Verb = keyof typeof OPTIONS;
const COMMANDS: Record<Verb, (context: Context) => number> = {
	check,
	snippet,
	link,
	links,
	doctor,
};

function parse(verb: Verb, args: string[]): Context['values'] {
	try {
		const parsed = parseArgs({
			args,
			options: OPTIONS[verb],
			strict: true,
			allowPositionals: verb === 'doctor',
		});
		if (parsed.positionals.length > 1)
			throw new Error(`one file at most, got ${parsed.positionals.length}`);
		return { ...(parsed.values as Context['values']), file: parsed.positionals[0] };
	} catch (error) {
		throw new UsageError(`${(error as Error).message.split('\n')[0]} (see: ${verb} --help)`);
	}
}

function locale(value: unknown): Locale {
	if (value === undefined) return DEFAULT_LOCALE;
	if (!isLocale(value))
		throw new UsageError(
			`--lang must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(value)}`
		);
	return value;
}

function run(argv: string[]): number {
	const [verb, ...rest] = argv;
	if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
		console.log(HELP.main);
		return verb === undefined ? 2 : 0;
	}
	if (!(verb in OPTIONS))
		throw new UsageError(
			`unknown verb ${JSON.stringify(verb)}: use ${Object.keys(OPTIONS).join(', ')} (see --help)`
		);
	const values = parse(verb as Verb, rest);
	if (values.help) {
		console.log(HELP[verb]);
		return 0;
	}
	const lang = locale(values.lang);
	return COMMANDS[verb as Verb]({
		values,
		lang,
		dict: DICTIONARIES[lang],
		base: text(values, 'base') ?? DEFAULT_BASE,
	});
}

try {
	process.exitCode = run(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		console.error(`error: ${error.message}`);
		process.exitCode = 2;
	} else throw error;
}
