import { parseArgs } from 'node:util'
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
import { lintCommand } from './lint-command.js'
import { suggestCommand } from './suggest-command.js'
import { urlCommand } from './url-command.js'
import { UserError } from '../errors.js'

export const USAGE = `usage: token-templates <command> [options]

commands:
  lint [paths or globs...]   lint templates (default: .github/token-templates/**/*.{yml,yaml})
      --format text|json|github|sarif   output format (default: text)
      --config FILE                     config file (default: .github/token-templates.config.yml)
      --max-warnings N                  exit 1 when there are more than N warnings
      --server-url URL                  GitHub server for token links
      --explain RULE                    print a rule's documentation
  docs --readme FILE [paths or globs...]
                             write the token links table between the markers
      --check                           change nothing; exit 1 with a diff when the table is stale
      --init                            append the markers and table to a file that has none
      --config FILE, --server-url URL   as for lint
  url FILE...                print the token link of each template
  import URL                 print the template YAML a token link stands for
  suggest ENDPOINT...        print the least-privilege template for REST endpoints
                             (quote each: 'GET /repos/{owner}/{repo}/contents/{path}')
      --name N                          token name (default: API token)
      --description D                   description (default: the endpoints' API categories)
      --target T                        target_name: the user or organization
      --config FILE                     as for lint (its rules and policy apply to the check)
                             exit 1 for an endpoint it cannot use
  explain PERMISSION         list the REST endpoints a permission opens, by API category
  schema [--config]          print the JSON Schema of templates (or of the config file)

exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or I/O failure
`

type Command = (args: string[], io: CliIo) => number | Promise<number>

const commands: Record<string, Command> = {
  lint(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        'server-url': { type: 'string' },
        explain: { type: 'string' },
      },
    })
    return lintCommand(
      {
        patterns: positionals,
        format: values.format,
        config: values.config,
        maxWarnings: values['max-warnings'],
        explain: values.explain,
      },
      io,
    )
  },
  docs(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        readme: { type: 'string' },
        check: { type: 'boolean' },
        init: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'server-url': { type: 'string' },
      },
    })
    return docsCommand(
      {
        patterns: positionals,
        readme: values.readme,
        config: values.config,
        serverUrl: values['server-url'],
        check: values.check ?? false,
        init: values.init ?? false,
      },
      io,
    )
  },
  url(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        'server-url': { type: 'string' },
      },
    })
    return urlCommand(
      {
        files: positionals,
        config: values.config,
        serverUrl: values['server-url'],
      },
      io,
    )
  },
  import(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { config: { type: 'string', short: 'c' } },
    })
    return importCommand(positionals, values.config, io)
  },
  suggest(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        description: { type: 'string' },
        target: { type: 'string' },
        config: { type: 'string', short: 'c' },
      },
    })
    return suggestCommand(
      {
        endpoints: positionals,
        name: values.name,
        description: values.description,
        target: values.target,
        config: values.config,
      },
      io,
    )
  },
  explain(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true })
    return explainCommand(positionals, io)
  },
  schema(args, io) {
    const { values } = parseArgs({
      args,
      options: { config: { type: 'boolean' } },
    })
    io.stdout(
      serializeSchema(
        values.config ? buildConfigSchema() : buildTemplateSchema(),
      ),
    )
    return 0
  },
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
    if (
      name === undefined ||
      name === '--help' ||
      name === '-h' ||
      name === 'help'
    ) {
      io.stdout(USAGE)
      return name === undefined ? 2 : 0
    }
    // Own keys only: `constructor` or `toString` is no command.
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined
    if (!command) {
      writeLine(
        io.stderr,
        `token-templates: unknown command ${JSON.stringify(name)}`,
      )
      io.stderr(`\n${USAGE}`)
      return 2
    }
    return await command(args, io)
  } catch (error) {
    return reportFailure(error, io)
  }
}

/**
 * One clear line, no stack trace: usage and config problems are the user's
 * to fix. Messages quote paths, config values and arguments, so the line
 * goes through logLine; so does each line of a debug stack trace.
 */
function reportFailure(error: unknown, io: CliIo): number {
  const known = error instanceof UserError || isParseArgsError(error)
  const message = error instanceof Error ? error.message : String(error)
  writeLine(
    io.stderr,
    `token-templates: ${known ? '' : 'internal error: '}${message}`,
  )
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
