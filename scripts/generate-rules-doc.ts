// docs/rules.md: every rule of the registry with a failing example and the
// real output of the linter on it. `npm run schema` writes it (see
// generate-schemas.ts); __tests__/rules-doc.test.ts fails when it is stale.
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { annotate } from '../src/action/annotate.js'
import type { GitHubClient } from '../src/action/api/github-client.js'
import { ownerStep } from '../src/action/owner-step.js'
import { runCli } from '../src/cli/main.js'
import { DEFAULT_CONFIG_PATH } from '../src/config/config.js'
import { loadConfig } from '../src/config/load-config.js'
import type { Finding } from '../src/lint/finding.js'
import { lintTemplates } from '../src/lint/lint-templates.js'
import { RULES } from '../src/rules/index.js'
import type { RuleMeta } from '../src/rules/index.js'
import { RULE_EXAMPLES } from './rules-doc-examples.js'
import type { RuleExample } from './rules-doc-examples.js'

export const RULES_DOC_PATH = 'docs/rules.md'
/** Where each example's template is linted (a stable name for the output). */
export const EXAMPLE_FILE = '.github/token-templates/example.yml'
/** Where the examples of `links` rules are written. */
export const LINKS_EXAMPLE_FILE = 'docs/example.md'

/** What running a command printed. */
export interface CommandRun {
  /** The command line, as shown after `$ `. */
  command: string
  output: string
  exitCode?: number
}

/** What linting one example gave. */
export interface ExampleRun {
  /** `token-templates lint`, text format, no color. */
  lint: CommandRun
  /** For `ownerTypes` examples: the annotations the Action writes. */
  annotations?: string
  /** Every finding of both, for the tests. */
  findings: Finding[]
}

interface Captured {
  stdout: string
  stderr: string
  exitCode: number
}

/** Runs the CLI in-process in `cwd`, as a terminal without color would. */
async function cli(args: string[], cwd: string): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const exitCode = await runCli(args, {
    cwd,
    env: {},
    color: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  })
  return { stdout, stderr, exitCode }
}

/** A CLI run that must not fail to run (exit 2) or complain on stderr. */
async function lintIn(
  args: string[],
  cwd: string,
  command = 'lint',
): Promise<Captured> {
  const run = await cli([command, ...args], cwd)
  if (run.exitCode > 1 || run.stderr !== '')
    throw new Error(
      `token-templates ${command} ${args.join(' ')} failed (exit ${run.exitCode}): ${run.stderr}`,
    )
  return run
}

/**
 * A working directory with the example's files: the template at
 * EXAMPLE_FILE (or a link there), the config at its default path.
 */
function writeWorkspace(example: RuleExample): { base: string; root: string } {
  const base = mkdtempSync(join(tmpdir(), 'token-templates-rules-doc-'))
  const root = join(base, 'work')
  const file = join(root, example.links ? LINKS_EXAMPLE_FILE : EXAMPLE_FILE)
  mkdirSync(dirname(file), { recursive: true })
  if (example.config !== undefined)
    writeFileSync(join(root, DEFAULT_CONFIG_PATH), example.config)
  if (example.approved !== undefined) {
    mkdirSync(dirname(join(root, EXAMPLE_FILE)), { recursive: true })
    writeFileSync(join(root, EXAMPLE_FILE), example.approved)
  }
  for (const [path, text] of Object.entries(example.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  if (example.linkTo === undefined) {
    writeFileSync(file, example.template)
  } else {
    const target = join(dirname(file), example.linkTo)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, example.template)
    symlinkSync(example.linkTo, file)
  }
  return { base, root }
}

/**
 * The Action's owner step on the example's templates, its API answering
 * `GET /users/{username}` with the example's owner types; returns the
 * annotations it writes (workflow commands, debug lines left out).
 */
async function ownerAnnotations(
  root: string,
  ownerTypes: NonNullable<RuleExample['ownerTypes']>,
): Promise<{ output: string; findings: Finding[] }> {
  const config = loadConfig(root)
  const lint = lintTemplates({
    root,
    patterns: [],
    config,
    collectTemplates: true,
  })
  const client = {
    request: async (_route: string, params: { username: string }) => {
      const type = ownerTypes[params.username]
      if (type === undefined)
        throw new Error(`the example has no owner type for ${params.username}`)
      return { data: { login: params.username, type } }
    },
  } as unknown as GitHubClient
  let output = ''
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += String(chunk)
    return true
  }) as typeof process.stdout.write
  let findings: Finding[]
  try {
    const owners = await ownerStep({
      api: async () => client,
      templates: lint.templates,
      config,
    })
    findings = owners.findings
    annotate(findings)
  } finally {
    process.stdout.write = write
  }
  const lines = output
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('::debug::'))
  return { output: lines.map((line) => `${line}\n`).join(''), findings }
}

/** Lints one example in a temporary working directory. */
export async function runRuleExample(
  example: RuleExample,
): Promise<ExampleRun> {
  const { base, root } = writeWorkspace(example)
  try {
    const command = example.links ? 'links' : 'lint'
    const text = await lintIn([], root, command)
    const json = await lintIn(['--format', 'json'], root, command)
    const findings = (JSON.parse(json.stdout) as { diagnostics: Finding[] })
      .diagnostics
    const lint: CommandRun = {
      command: `token-templates ${command}`,
      output: text.stdout,
      exitCode: text.exitCode,
    }
    if (example.ownerTypes === undefined) return { lint, findings }
    const owners = await ownerAnnotations(root, example.ownerTypes)
    return {
      lint,
      annotations: owners.output,
      findings: [...findings, ...owners.findings],
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

/** A fenced code block that the content cannot close early. */
export function fence(content: string, info = ''): string {
  const longest = Math.max(
    0,
    ...[...content.matchAll(/`+/g)].map((match) => match[0].length),
  )
  const marks = '`'.repeat(Math.max(3, longest + 1))
  const body = content.endsWith('\n') ? content : `${content}\n`
  return `${marks}${info}\n${body}${marks}`
}

function consoleBlock(...lines: string[]): string {
  return fence(lines.join(''), 'console')
}

const exitNote = (run: CommandRun) =>
  run.exitCode === undefined ? '' : ` (exit code ${run.exitCode})`

/** A code block's language, by the file's extension. */
function languageOf(path: string): string {
  if (/\.(m|c)?js$/.test(path)) return 'js'
  if (/\.(m|c)?ts$/.test(path)) return 'ts'
  if (/\.ya?ml$/.test(path)) return 'yaml'
  if (/\.(sh|bash)$/.test(path)) return 'sh'
  return ''
}

/** The example, its output and the rule's docs: one section. */
function renderExample(example: RuleExample, run: ExampleRun): string[] {
  const blocks: string[] = []
  if (example.approved !== undefined) {
    blocks.push(
      `The repository's template, \`${EXAMPLE_FILE}\`:`,
      fence(example.approved, 'yaml'),
    )
  }
  if (example.links) {
    blocks.push(
      `Example \`${LINKS_EXAMPLE_FILE}\`, a page with a token link (see [links.md](links.md)):`,
      fence(example.template, 'markdown'),
    )
  } else if (example.linkTo === undefined) {
    blocks.push(`Example \`${EXAMPLE_FILE}\`:`, fence(example.template, 'yaml'))
  }
  for (const [path, text] of Object.entries(example.files ?? {})) {
    blocks.push(`With \`${path}\`:`, fence(text, languageOf(path)))
  }
  if (example.config !== undefined) {
    blocks.push(
      `With \`${DEFAULT_CONFIG_PATH}\`:`,
      fence(example.config, 'yaml'),
    )
  }
  if (example.linkTo !== undefined) {
    blocks.push(
      `Example: \`${EXAMPLE_FILE}\` is a symbolic link that leads outside the working directory (what it links to is never read). Output${exitNote(run.lint)}:`,
      consoleBlock(
        `$ ln -s ${example.linkTo} ${EXAMPLE_FILE}\n`,
        `$ ${run.lint.command}\n`,
        run.lint.output,
      ),
    )
    return blocks
  }
  if (run.annotations === undefined) {
    blocks.push(
      `Output${exitNote(run.lint)}:`,
      consoleBlock(`$ ${run.lint.command}\n`, run.lint.output),
    )
    return blocks
  }
  const answers = Object.entries(example.ownerTypes ?? {})
    .map(([name, type]) => `\`"type": "${type}"\` for \`${name}\``)
    .join(', ')
  blocks.push(
    `The CLI makes no API calls, so \`token-templates lint\` passes this template${exitNote(run.lint)}:`,
    consoleBlock(`$ ${run.lint.command}\n`, run.lint.output),
    `The Action, given a token, looks each \`target_name\` up with \`GET /users/{username}\`, and GitHub answers ${answers}. With that answer (from a stand-in for the API when this page is generated), the Action's owner step writes this annotation, shown on the \`target_name\` line of the pull request:`,
    fence(run.annotations, 'text'),
  )
  return blocks
}

export interface RulesDocEntry {
  rule: RuleMeta
  example: RuleExample
  run: ExampleRun
}

/** The page, from each rule's metadata, example and run. */
export function renderRulesDoc(entries: readonly RulesDocEntry[]): string {
  const index = [
    '| Rule | Default | Checks that |',
    '| --- | --- | --- |',
    ...entries.map(
      ({ rule }) =>
        `| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${rule.description.replace(/\|/g, '\\|')} |`,
    ),
  ].join('\n')
  const sections = entries.map(({ rule, example, run }) =>
    [
      `## \`${rule.id}\``,
      `Default severity: **${rule.defaultSeverity}**. ${rule.description}`,
      ...renderExample(example, run),
      rule.docs.trim(),
    ].join('\n\n'),
  )
  return (
    [
      '# Rules',
      '<!-- Generated by `npm run schema` (scripts/generate-rules-doc.ts) from the rule registry (src/rules/) and scripts/rules-doc-examples.ts: do not edit. -->',
      '<!-- prettier-ignore-start -->',
      [
        `Every rule of \`token-templates lint\`: what it catches and why, a template it fails on, and the output of the linter on that template. The examples are linted when this page is generated, as \`${EXAMPLE_FILE}\` with the config shown (without one: the defaults), so each output is what this version prints. \`token-templates links\` lints the token links written in docs, HTML and scripts with the same rules, and adds its own (\`classic-token-link\`, \`link-placeholder\`, \`repeated-link-parameter\`), whose examples are a page, \`${LINKS_EXAMPLE_FILE}\` (see [links.md](links.md)).`,
        `Each finding names its rule in brackets. A rule's severity can be changed, or the rule turned off, under \`rules:\` in \`${DEFAULT_CONFIG_PATH}\` (\`off\`, \`notice\`, \`warning\` or \`error\`); errors make \`lint\` exit 1. \`token-templates lint --explain RULE\` prints a rule's description and docs, and SARIF output links each rule to its section here.`,
      ].join('\n\n'),
      index,
      ...sections,
      '<!-- prettier-ignore-end -->',
    ].join('\n\n') + '\n'
  )
}

/** Every rule of the registry with its example, linted now. */
export async function rulesDocEntries(): Promise<RulesDocEntry[]> {
  const entries: RulesDocEntry[] = []
  for (const rule of RULES) {
    const example = RULE_EXAMPLES[rule.id]
    if (example === undefined)
      throw new Error(
        `rule ${rule.id} has no example in scripts/rules-doc-examples.ts`,
      )
    entries.push({ rule, example, run: await runRuleExample(example) })
  }
  return entries
}

/** docs/rules.md as the registry and the examples make it today. */
export async function generateRulesDoc(): Promise<string> {
  return renderRulesDoc(await rulesDocEntries())
}
