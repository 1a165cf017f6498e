import { parseArgs } from 'node:util'
import { closestMatch } from '../common/did-you-mean.js'
import {
  buildConfigSchema,
  buildTemplateSchema,
  serializeSchema,
} from '../schema/index.js'
import { VERSION } from '../version.js'
import { writeLine, type CliIo } from './io.js'
import { docsCommand } from './docs-command.js'
import { explainCommand } from './explain-command.js'
import { importCommand } from './import-command.js'
import { lintCommand, splitExplainRule } from './lint-command.js'
import { linksCommand } from './links-command.js'
import { suggestCommand } from './suggest-command.js'
import { suggestFromCode } from './suggest-from-code.js'
import { auditCommand, reviewCommand } from './governance-commands.js'
import { DEFAULT_STALE_DAYS } from '../governance/options.js'
import { urlCommand } from './url-command.js'
import { UserError } from '../errors.js'

/** One option of a command, as parseArgs takes it and --help shows it. */
interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** The value's name in the help: FILE, N, URL. */
  value?: string
  /** Empty: accepted, but not shown in --help. */
  help: string
  /** Another form of the option, shown on the line after it. */
  alsoAs?: readonly [string, string]
}

type Values = Record<string, string | boolean | undefined>

interface CommandSpec {
  /** What follows `token-templates NAME` in the usage line. */
  usage: string
  /** One line for the list of commands. */
  summary: string
  /** More about the command, under its usage line. */
  about?: readonly string[]
  options: Record<string, OptionSpec>
  examples: readonly string[]
  /** What its exit codes mean. */
  exitCodes: string
  /** Whether it takes arguments besides its options. */
  positionals: boolean
  run(
    values: Values,
    positionals: string[],
    io: CliIo,
  ): number | Promise<number>
}

const CONFIG: OptionSpec = {
  type: 'string',
  short: 'c',
  value: 'FILE',
  help: 'config file (default: .github/token-templates.config.yml)',
}

const SERVER_URL: OptionSpec = {
  type: 'string',
  value: 'URL',
  help: 'GitHub server of the token links (default: server_url in the config, else GITHUB_SERVER_URL, else https://github.com)',
}

/** review's and audit's --format. */
const TEXT_OR_JSON: OptionSpec = {
  type: 'string',
  short: 'f',
  value: 'FORMAT',
  help: 'text or json (default: text)',
}

const HELP: OptionSpec = {
  type: 'boolean',
  short: 'h',
  help: 'print this help',
}

const EXIT_CODES =
  'exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or I/O failure'

/** ` (did you mean x?)` or nothing. */
function suggestion(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates)
  return match === undefined ? '' : ` (did you mean ${match}?)`
}

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined

const COMMANDS: Record<string, CommandSpec> = {
  lint: {
    usage: 'lint [options] [paths or globs...]',
    summary:
      'lint templates (default: .github/token-templates/**/*.{yml,yaml})',
    about: [
      'Lints the templates the paths or globs match; without any, those that templates in the config matches, else .github/token-templates/**/*.{yml,yaml}. A directory stands for every *.yml and *.yaml file below it.',
    ],
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        help: 'text, json, github or sarif (default: text)',
      },
      config: CONFIG,
      'max-warnings': {
        type: 'string',
        value: 'N',
        help: 'exit 1 when there are more than N warnings',
      },
      explain: {
        type: 'boolean',
        help: 'after the findings, list each rule that has findings with the link to its documentation',
        alsoAs: ['    --explain RULE', "print one rule's documentation"],
      },
      // Accepted as docs accepts it, so one set of options serves both;
      // lint makes no links.
      'server-url': { ...SERVER_URL, help: '' },
      help: HELP,
    },
    examples: [
      'token-templates lint --explain',
      'token-templates lint --format sarif .github/token-templates > token-templates.sarif',
    ],
    exitCodes:
      '0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, config or I/O failure',
    positionals: true,
    run(values, positionals, io) {
      return lintCommand(
        {
          patterns: positionals,
          format: text(values.format),
          config: text(values.config),
          maxWarnings: text(values['max-warnings']),
          explain: text(values['explain-rule']),
          explainFindings: values.explain === true,
        },
        io,
      )
    },
  },
  docs: {
    usage: 'docs [options] [paths or globs...]',
    summary: 'write the token links table into the README, between its markers',
    about: [
      'Writes the table of token links, one per template without lint errors, between <!-- token-templates:start --> and <!-- token-templates:end --> in the README.',
    ],
    options: {
      readme: {
        type: 'string',
        value: 'FILE',
        help: 'the file to write (default: readme in the config, else README.md)',
      },
      check: {
        type: 'boolean',
        help: 'change nothing; exit 1 with a diff when the table is stale',
      },
      init: {
        type: 'boolean',
        help: 'append the markers and the table to a file that has none',
      },
      config: CONFIG,
      'server-url': SERVER_URL,
      help: HELP,
    },
    examples: ['token-templates docs --readme README.md --check'],
    exitCodes:
      '0 the table is written (or current, under --check), 1 the table is stale (under --check), 2 usage, config or I/O failure',
    positionals: true,
    run(values, positionals, io) {
      return docsCommand(
        {
          patterns: positionals,
          readme: text(values.readme),
          config: text(values.config),
          serverUrl: text(values['server-url']),
          check: values.check === true,
          init: values.init === true,
        },
        io,
      )
    },
  },
  links: {
    usage: 'links [options] [paths or globs...]',
    summary:
      'lint the token links written in Markdown, HTML, text files and scripts',
    about: [
      'Finds every token pre-fill link in the files the paths or globs match (without any: **/*.{md,mdx,markdown,html,htm,txt,rst,adoc}, never node_modules, .git or dist; a directory stands for those files below it) and lints each as a template, at the line and column of each parameter. See docs/links.md.',
    ],
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        help: 'text, json, github or sarif (default: text)',
      },
      config: CONFIG,
      'max-warnings': {
        type: 'string',
        value: 'N',
        help: 'exit 1 when there are more than N warnings',
      },
      fix: {
        type: 'boolean',
        help: "rewrite stale links (an approved template's permissions, other fields) in Markdown and HTML files to the template's link",
      },
      help: HELP,
    },
    examples: [
      'token-templates links',
      'token-templates links README.md scripts/new-token.sh',
    ],
    exitCodes:
      '0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, config or I/O failure',
    positionals: true,
    run(values, positionals, io) {
      return linksCommand(
        {
          patterns: positionals,
          format: text(values.format),
          config: text(values.config),
          maxWarnings: text(values['max-warnings']),
          fix: values.fix === true,
        },
        io,
      )
    },
  },
  url: {
    usage: 'url [options] FILE...',
    summary: 'print the token link of each template',
    about: [
      'Prints one link per template, in file order; a template with lint errors gets none (exit 1), its errors on stderr.',
    ],
    options: { config: CONFIG, 'server-url': SERVER_URL, help: HELP },
    examples: ['token-templates url .github/token-templates/deploy.yml'],
    exitCodes:
      '0 every template got its link, 1 some have lint errors, 2 usage, config or I/O failure',
    positionals: true,
    run(values, positionals, io) {
      return urlCommand(
        {
          files: positionals,
          config: text(values.config),
          serverUrl: text(values['server-url']),
        },
        io,
      )
    },
  },
  import: {
    usage: 'import [options] URL',
    summary: 'print the template YAML a token link stands for',
    about: [
      'Prints the template YAML and lints it: problems go to stderr (exit 1 on a lint error, a repeated parameter or anything the template cannot say; warnings do not fail). Quote the link: the shell reads & itself.',
    ],
    options: { config: CONFIG, help: HELP },
    examples: [
      "token-templates import 'https://github.com/settings/personal-access-tokens/new?name=Deploy&contents=read' > .github/token-templates/deploy.yml",
    ],
    exitCodes:
      '0 imported, 1 the link has problems (errors or warnings on stderr), 2 usage or config failure',
    positionals: true,
    run(values, positionals, io) {
      return importCommand(positionals, text(values.config), io)
    },
  },
  suggest: {
    usage:
      'suggest [options] ENDPOINT... | suggest --from-code [paths or globs...]',
    summary:
      'print the least-privilege template for REST endpoints, or for the GitHub API calls in code',
    about: [
      "Prints the template with the fewest permissions that can call every endpoint, then lints it (stderr). Quote each endpoint: 'GET /repos/{owner}/{repo}/contents/{path}'.",
      'With --from-code, reads JavaScript and TypeScript (Octokit methods, request(), fetch), workflows (actions/github-script scripts, run: steps), composite actions and shell scripts (gh api, gh commands, curl), lists each GitHub API call with its file, line and column, and prints the template for the REST calls, each permission with the routes that need it. Without paths: .github/workflows, action.yml files and the code files of the repository (never node_modules, .git or build output). See docs/endpoints.md.',
    ],
    options: {
      'from-code': {
        type: 'boolean',
        help: 'read the API calls from code: the arguments are paths or globs',
      },
      format: {
        ...TEXT_OR_JSON,
        help: 'with --from-code: text or json (default: text)',
      },
      name: {
        type: 'string',
        value: 'NAME',
        help: 'token name (default: API token)',
      },
      description: {
        type: 'string',
        value: 'TEXT',
        help: "description (default: the endpoints' API categories)",
      },
      target: {
        type: 'string',
        value: 'OWNER',
        help: 'target_name: the user or organization that owns the resources',
      },
      config: {
        ...CONFIG,
        help: `${CONFIG.help}; its rules and policy apply to the check`,
      },
      help: HELP,
    },
    examples: [
      "token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}' 'POST /repos/{owner}/{repo}/issues' --name 'Issue bot'",
      'token-templates suggest --from-code',
    ],
    exitCodes:
      '0 a template, 1 an endpoint it cannot use (or a lint error in the template), 2 usage or config failure',
    positionals: true,
    run(values, positionals, io) {
      if (values['from-code'] === true)
        return suggestFromCode(
          {
            patterns: positionals,
            format: text(values.format),
            name: text(values.name),
            description: text(values.description),
            target: text(values.target),
            config: text(values.config),
          },
          io,
        )
      if (values.format !== undefined)
        throw new UserError('--format goes with --from-code')
      return suggestCommand(
        {
          endpoints: positionals,
          name: text(values.name),
          description: text(values.description),
          target: text(values.target),
          config: text(values.config),
        },
        io,
      )
    },
  },
  review: {
    usage: 'review --org ORG [options]',
    summary:
      "judge the organization's pending token requests against the approved templates and the policy",
    about: [
      'Lists every pending fine-grained token request of the organization and gives each a verdict: deny when it breaks the policy (forbidden_permissions, max_lifetime_days, allowed_targets), approve when a lint-clean template covers it (target_name the organization, permissions at the same or a lower level, expiry within expires_in days, repositories:), else manual review. A dry run unless --apply. GITHUB_TOKEN must be a GitHub App token whose App has organization_personal_access_token_requests (read; write for --apply); GITHUB_API_URL picks the API (default https://api.github.com). See docs/governance.md.',
    ],
    options: {
      org: {
        type: 'string',
        value: 'ORG',
        help: 'the organization whose requests to review (required)',
      },
      apply: {
        type: 'boolean',
        help: 'send the approvals and denials (in bulk, 100 at a time); manual ones stay pending',
      },
      'deny-unmatched': {
        type: 'boolean',
        help: 'deny the requests no template covers instead of leaving them for a person',
      },
      format: TEXT_OR_JSON,
      config: CONFIG,
      help: HELP,
    },
    examples: [
      'GITHUB_TOKEN=$APP_TOKEN token-templates review --org octo-org',
      'GITHUB_TOKEN=$APP_TOKEN token-templates review --org octo-org --apply --format json',
    ],
    exitCodes:
      '0 every request got a verdict, 2 usage, config, template file or API failure',
    positionals: false,
    run(values, _positionals, io) {
      return reviewCommand(
        {
          org: text(values.org),
          apply: values.apply === true,
          denyUnmatched: values['deny-unmatched'] === true,
          format: text(values.format),
          config: text(values.config),
        },
        io,
      )
    },
  },
  audit: {
    usage: 'audit --org ORG [options]',
    summary:
      "report the organization's active tokens that break the policy, match no approved template or go unused",
    about: [
      'Lists every unexpired fine-grained token with access to the organization and reports token-exceeds-policy (error), token-without-template (warning) and token-stale (notice). --revoke revokes the tokens with an error, and only those. GITHUB_TOKEN must be a GitHub App token whose App has organization_personal_access_tokens (read; write for --revoke). See docs/governance.md.',
    ],
    options: {
      org: {
        type: 'string',
        value: 'ORG',
        help: 'the organization whose tokens to audit (required)',
      },
      'stale-days': {
        type: 'string',
        value: 'N',
        help: `report tokens unused for N days (default: ${DEFAULT_STALE_DAYS})`,
      },
      revoke: {
        type: 'boolean',
        help: 'revoke the tokens with an error (token-exceeds-policy)',
      },
      format: TEXT_OR_JSON,
      config: CONFIG,
      help: HELP,
    },
    examples: [
      'GITHUB_TOKEN=$APP_TOKEN token-templates audit --org octo-org',
      'GITHUB_TOKEN=$APP_TOKEN token-templates audit --org octo-org --stale-days 30 --format json',
    ],
    exitCodes:
      '0 no token has a warning or error, 1 some do, 2 usage, config, template file or API failure',
    positionals: false,
    run(values, _positionals, io) {
      return auditCommand(
        {
          org: text(values.org),
          revoke: values.revoke === true,
          staleDays: text(values['stale-days']),
          format: text(values.format),
          config: text(values.config),
        },
        io,
      )
    },
  },
  explain: {
    usage: 'explain PERMISSION',
    summary: 'list the REST endpoints a permission opens, by API category',
    options: { help: HELP },
    examples: ['token-templates explain contents'],
    exitCodes: '0 explained, 2 no such permission, or usage failure',
    positionals: true,
    run(_values, positionals, io) {
      return explainCommand(positionals, io)
    },
  },
  schema: {
    usage: 'schema [--config]',
    summary: 'print the JSON Schema of templates (or of the config file)',
    options: {
      config: {
        type: 'boolean',
        help: 'the schema of the config file instead',
      },
      help: HELP,
    },
    examples: ['token-templates schema > token-template.schema.json'],
    exitCodes: '0 printed, 2 usage failure',
    positionals: false,
    run(values, _positionals, io) {
      io.stdout(
        serializeSchema(
          values.config === true ? buildConfigSchema() : buildTemplateSchema(),
        ),
      )
      return 0
    },
  },
}

const COMMAND_NAMES = Object.keys(COMMANDS)

/** Names padded to one column, then the text. */
function columns(
  rows: readonly (readonly [string, string])[],
  indent = '  ',
): string[] {
  const width = Math.max(...rows.map(([name]) => name.length))
  return rows.map(([name, about]) =>
    `${indent}${name.padEnd(width)}   ${about}`.trimEnd(),
  )
}

/** `token-templates --help`: the commands, one line each. */
export const USAGE = [
  'usage: token-templates <command> [options]',
  '',
  'commands:',
  ...columns(
    COMMAND_NAMES.map((name) => [
      COMMANDS[name]!.usage.replace(' [options]', ''),
      COMMANDS[name]!.summary,
    ]),
  ),
  '',
  'Run token-templates <command> --help for its options and an example.',
  '  -h, --help      print this help',
  '  -v, --version   print the version',
  '',
  EXIT_CODES,
  '',
].join('\n')

function optionLine(
  name: string,
  option: OptionSpec,
): readonly [string, string] {
  const short = option.short ? `-${option.short}, ` : '    '
  const value = option.value ? ` ${option.value}` : ''
  return [`${short}--${name}${value}`, option.help]
}

/** `token-templates NAME --help`: usage, options and an example. */
export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!
  const options = Object.entries(spec.options).filter(
    ([, option]) => option.help !== '',
  )
  const rows = options.flatMap(([key, option]) =>
    option.alsoAs
      ? [optionLine(key, option), option.alsoAs]
      : [optionLine(key, option)],
  )
  const lines = [
    `usage: token-templates ${spec.usage}`,
    '',
    ...(spec.about ?? [
      `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    ]),
    '',
    'options:',
    ...columns(rows),
    '',
    spec.examples.length === 1 ? 'example:' : 'examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
    `exit codes: ${spec.exitCodes}`,
    '',
  ]
  return lines.join('\n')
}

/**
 * A usage mistake: one line naming the command, what is wrong and where
 * its --help is, exit 2.
 */
class UsageError extends UserError {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(message)
  }
}

const show = (word: string) =>
  /^-{1,2}[A-Za-z0-9][\w-]*$/.test(word) ? word : JSON.stringify(word)

/** Whether `args` ask for help (before any `--`). */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false
    if (arg === '--help' || arg === '-h') return true
  }
  return false
}

/**
 * The command's options and positionals, parsed leniently and then checked
 * here, so that a mistake is named in one line of our own (parseArgs'
 * strict errors are long, and name no --help).
 */
function parseCommandArgs(
  name: string,
  spec: CommandSpec,
  args: string[],
): { values: Values; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([key, option]) => [
      key,
      option.short === undefined
        ? { type: option.type }
        : { type: option.type, short: option.short },
    ]),
  )
  const { values, positionals, tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const help = `see token-templates ${name} --help`
  const known = Object.keys(spec.options).map((key) => `--${key}`)
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = spec.options[token.name]
    if (option === undefined) {
      const hint = suggestion(token.rawName, known)
      throw new UsageError(
        name,
        `unknown option ${show(token.rawName)}${hint}; ${help}`,
      )
    }
    const flag = `--${token.name}`
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError(name, `${flag} takes no value; ${help}`)
    if (
      option.type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && /^-./.test(token.value)))
    )
      throw new UsageError(
        name,
        `${flag} needs a value (${flag} ${option.value ?? 'VALUE'}); ${help}`,
      )
  }
  if (!spec.positionals && positionals.length > 0)
    throw new UsageError(
      name,
      `unexpected argument ${JSON.stringify(positionals[0])}: ${name} takes only options; ${help}`,
    )
  return { values, positionals }
}

async function runCommand(
  name: string,
  args: string[],
  io: CliIo,
): Promise<number> {
  const spec = COMMANDS[name]!
  if (asksForHelp(args)) {
    io.stdout(commandHelp(name))
    return 0
  }
  let extra: Values = {}
  if (name === 'lint') {
    const split = splitExplainRule(args, io.cwd)
    args = split.args
    if (split.rule !== undefined) extra = { 'explain-rule': split.rule }
  }
  const { values, positionals } = parseCommandArgs(name, spec, args)
  return spec.run({ ...values, ...extra }, positionals, io)
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv
  try {
    if (name === '--version' || name === '-v') {
      io.stdout(`${VERSION}\n`)
      return 0
    }
    if (name === undefined) {
      // No command is a usage error: the list goes where errors go.
      io.stderr(USAGE)
      return 2
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? args[0] : undefined
      if (topic === undefined) {
        io.stdout(USAGE)
        return 0
      }
      commandSpec(topic)
      io.stdout(commandHelp(topic))
      return 0
    }
    commandSpec(name)
    return await runCommand(name, args, io)
  } catch (error) {
    return reportFailure(error, io)
  }
}

/** Throws the unknown-command error unless `name` is a command. */
function commandSpec(name: string): CommandSpec {
  // Own keys only: `constructor` or `toString` is no command.
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (spec) return spec
  const hint = suggestion(name, COMMAND_NAMES)
  throw new UserError(
    `unknown command ${JSON.stringify(name)}${hint}; the commands are ${COMMAND_NAMES.join(', ')} (see token-templates --help)`,
  )
}

/**
 * One clear line, no stack trace: usage and config problems are the user's
 * to fix. Messages quote paths, config values and arguments, so the line
 * goes through logLine; so does each line of a debug stack trace.
 */
function reportFailure(error: unknown, io: CliIo): number {
  const known = error instanceof UserError || isParseArgsError(error)
  const message = error instanceof Error ? error.message : String(error)
  const who =
    error instanceof UsageError
      ? `token-templates ${error.command}`
      : 'token-templates'
  writeLine(io.stderr, `${who}: ${known ? '' : 'internal error: '}${message}`)
  if (!known && io.env.TOKEN_TEMPLATES_DEBUG && error instanceof Error) {
    for (const line of (error.stack ?? '').split('\n'))
      writeLine(io.stderr, line)
  }
  return 2
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}
