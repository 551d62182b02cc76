// The page's tools from a terminal: `npm run --silent cli -- <verb> …`.
// Same lib as the page; output language from --lang (en by default).
import { parseArgs } from 'node:util';
import en from '../content/i18n/en.json' with { type: 'json' };
import fr from '../content/i18n/fr.json' with { type: 'json' };
import { checkAll, type FieldResult } from '../lib/names.ts';
import { format, problemMessage, suggestionText, type Dictionary } from '../lib/messages.ts';
import { generateSnippet, isSnippetFormat, SNIPPET_FORMATS, snippetComments } from '../lib/snippets.ts';
import { buildLink } from '../lib/links.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_ALTERNATION, LOCALES, type Locale } from '../lib/locale.ts';
import { readFileSync } from 'node:fs';
import { diagnose } from '../lib/doctor.ts';
import { formatReport } from '../lib/report.ts';
import { getGoLink, shortLink } from '../lib/golinks.ts';
import { CAUSES } from '../lib/causes.ts';
import { siteLocation, siteRoot } from '../lib/site.ts';
import { CHECK_SCRIPT_FORMAT, generateCheckScript } from '../lib/check-script.ts';

const DICTIONARIES: Record<Locale, Dictionary> = { en, fr };
// Links point where the site is published: SITE and BASE, as for the build.
const DEFAULT_BASE = siteRoot(siteLocation(process.env));

class UsageError extends Error {}

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
  link: { ...COMMON, page: { type: 'string' }, section: { type: 'string' }, base: { type: 'string' }, short: { type: 'boolean' }, id: { type: 'string' } },
  links: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  doctor: { json: { type: 'boolean' }, lang: { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
} as const;

type Verb = keyof typeof OPTIONS;

function parse(verb: Verb, args: string[]): Record<string, string | boolean | undefined> {
  try {
    const parsed = parseArgs({ args, options: OPTIONS[verb], strict: true, allowPositionals: verb === 'doctor' });
    if (parsed.positionals.length > 1) throw new Error(`one file at most, got ${parsed.positionals.length}`);
    return { ...(parsed.values as Record<string, string | boolean | undefined>), file: parsed.positionals[0] };
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see: ${verb} --help)`);
  }
}

function locale(value: unknown): Locale {
  if (value === undefined) return DEFAULT_LOCALE;
  if (!isLocale(value)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(value)}`);
  return value;
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new UsageError(`--${name} is required`);
  return value;
}

function describeField(dict: Dictionary, result: FieldResult) {
  return {
    ok: result.ok,
    problems: result.problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      message: problemMessage(dict, problem),
      ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
    })),
  };
}

function run(argv: string[]): number {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(HELP.main);
    return verb === undefined ? 2 : 0;
  }
  if (!(verb in OPTIONS)) throw new UsageError(`unknown verb ${JSON.stringify(verb)}: use check, snippet, link, links or doctor (see --help)`);
  const values = parse(verb as Verb, rest);
  if (values.help) {
    console.log(HELP[verb]);
    return 0;
  }
  const lang = locale(values.lang);
  const dict = DICTIONARIES[lang];
  if (verb === 'links') {
    const text = readFileSync(new URL('../../links/published.json', import.meta.url), 'utf8');
    if (values.json) process.stdout.write(text);
    else {
      const registry = JSON.parse(text) as { links: string[]; moved: Record<string, string> };
      for (const link of registry.links) console.log(link);
      for (const [from, to] of Object.entries(registry.moved)) console.log(`${from} -> ${to}`);
    }
    return 0;
  }
  if (verb === 'doctor') {
    const file = values.file as string | undefined;
    let text: string;
    try {
      text = readFileSync(file ?? 0, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file ?? 'stdin'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const diagnosis = diagnose(text);
    if (values.json) console.log(JSON.stringify(diagnosis, null, 2));
    else console.log(formatReport(diagnosis, dict, (values.base as string | undefined) ?? DEFAULT_BASE, lang));
    return 0;
  }
  if (verb === 'snippet' && (values as Record<string, unknown>).format === CHECK_SCRIPT_FORMAT) return checkScript(values, dict, lang);
  const input = { entity: required(values, 'entity'), project: required(values, 'project'), host: (values.host as string | undefined) ?? '' };
  const result = checkAll(input);

  if (verb === 'check') {
    const report = { entity: describeField(dict, result.entity), project: describeField(dict, result.project), ...(input.host ? { host: describeField(dict, result.host) } : {}) };
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const [field, fieldReport] of Object.entries(report)) {
        const label = dict[`field.${field}`];
        const colon = dict['punct.colon'];
        if (fieldReport.problems.length === 0) console.log(`${label}${colon}ok`);
        for (const problem of fieldReport.problems) {
          console.log(`${label}${colon}${dict[`severity.${problem.severity}`]}${colon}${problem.message}`);
          // The same one-click suggestion as the page's button, as text.
          const { suggestion } = problem as { suggestion?: { entity: string; project: string; host?: string } };
          if (suggestion) console.log(`  → ${suggestionText(dict, suggestion)}`);
        }
      }
    }
    return result.ok ? 0 : 1;
  }

  if (verb === 'snippet') {
    const format = (values.format as string | undefined) ?? 'python';
    if (!isSnippetFormat(format)) throw new UsageError(`--format must be one of ${[...SNIPPET_FORMATS, CHECK_SCRIPT_FORMAT].join(', ')}`);
    if (!result.ok) {
      for (const field of ['entity', 'project', 'host'] as const) {
        for (const problem of result[field].problems.filter((p) => p.severity === 'error')) console.error(`${dict[`field.${field}`]}: ${problemMessage(dict, problem)}`);
      }
      return 1;
    }
    console.log(generateSnippet(format, input, snippetComments(dict)));
    return 0;
  }

  if (values.short) {
    const id = (values.id as string | undefined) ?? 'wrong-entity';
    if (!getGoLink(id)) throw new UsageError(`unknown --id ${JSON.stringify(id)}; cause ids: ${CAUSES.map((c) => c.id).join(', ')}`);
    const short = shortLink((values.base as string | undefined) ?? DEFAULT_BASE, id, input);
    if (!short.ok) {
      console.error(dict['tool.linkRefused']);
      return 1;
    }
    console.log(short.url);
    return 0;
  }
  const link = buildLink({
    base: (values.base as string | undefined) ?? DEFAULT_BASE,
    locale: lang,
    page: (values.page as string | undefined) ?? 'causes/wrong-entity',
    section: (values.section as string | undefined) ?? 'fix',
    values: input,
  });
  if (!link.ok) {
    console.error(link.reason === 'api-key' ? dict['tool.linkRefused'] : `invalid --section`);
    return 1;
  }
  console.log(link.url);
  return 0;
}

/** The access check. An empty entity or project means "not passed by wandb.init()"; anything else is checked like the other snippets. */
function checkScript(values: Record<string, unknown>, dict: Dictionary, lang: Locale): number {
  const input = { entity: (values.entity as string | undefined) ?? '', project: (values.project as string | undefined) ?? '', host: (values.host as string | undefined) ?? '' };
  const result = checkAll(input);
  let refused = false;
  for (const field of ['entity', 'project', 'host'] as const) {
    for (const problem of result[field].problems.filter((p) => p.severity === 'error')) {
      if (problem.code === 'empty' && input[field] === '') continue;
      console.error(`${dict[`field.${field}`]}: ${problemMessage(dict, problem)}`);
      refused = true;
    }
  }
  if (refused) return 1;
  console.log(generateCheckScript(input, { dict, locale: lang, base: (values.base as string | undefined) ?? DEFAULT_BASE }));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
