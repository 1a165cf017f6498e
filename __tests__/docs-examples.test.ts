import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Code, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { parse } from 'yaml'
import { runCli, workspace } from './support/cli-process.js'

/**
 * The README's and docs/'s examples are true: shell transcripts (`$ cmd`
 * and its output) run against the bundled CLI and print exactly what they
 * show; other shell lines run or name real npm scripts; templates lint
 * clean; configs load; JSON parses. Workflows are actionlint's (see
 * workflows.test.ts); docs/rules.md is generated and tested on its own.
 */

const PAGES = [
  'README.md',
  ...(existsSync('docs')
    ? readdirSync('docs')
        .filter((file) => file.endsWith('.md') && file !== 'rules.md')
        .map((file) => join('docs', file))
    : []),
]

function codeBlocks(file: string): Code[] {
  const tree = fromMarkdown(readFileSync(file, 'utf8'), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
  const blocks: Code[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'code') blocks.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return blocks
}

/** The path a block names in its first line, `# .github/...yml`. */
const namedPath = (block: Code) =>
  /^# (\.github\/[^\s]+\.ya?ml)$/m.exec(block.value.split('\n')[0] ?? '')?.[1]

const isTemplatePath = (path: string | undefined) =>
  path?.startsWith('.github/token-templates/') ?? false

/** The path a Markdown block names in its first line, `<!-- docs/x.md -->`. */
const namedPage = (block: Code) =>
  /^<!-- ([\w./-]+\.md) -->$/.exec(block.value.split('\n')[0] ?? '')?.[1]

/**
 * Template files and workflows the page shows, and Markdown pages it names
 * (for `links`), by path: the workspace its commands see.
 */
function pageFiles(blocks: Code[]): Record<string, string> {
  const files: Record<string, string> = {}
  for (const block of blocks) {
    const path = namedPath(block)
    // Templates, and the workflows a template's used_by names.
    if (block.lang === 'yaml' && path !== undefined)
      files[path] = `${block.value}\n`
    const page = namedPage(block)
    if (block.lang === 'markdown' && page !== undefined)
      files[page] = `${block.value}\n`
  }
  return files
}

/** `$ command` lines with the output that follows each. */
function transcript(block: Code): Array<{ command: string; output: string }> {
  const steps: Array<{ command: string; output: string[] }> = []
  for (const line of block.value.split('\n')) {
    if (line.startsWith('$ '))
      steps.push({ command: line.slice(2), output: [] })
    else steps.at(-1)?.output.push(line)
  }
  return steps.map(({ command, output }) => ({
    command,
    output: output.length ? `${output.join('\n')}\n` : '',
  }))
}

/** Shell words, with single-quoted arguments kept whole. */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!)
}

/** The CLI arguments of a `token-templates ...` or `npx token-templates ...` command. */
function cliArgs(command: string): string[] | undefined {
  const all = words(command)
  const start = all[0] === 'npx' ? 1 : 0
  return all[start] === 'token-templates' ? all.slice(start + 1) : undefined
}

const SCRIPTS = (
  JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts

describe.each(PAGES)('%s', (page) => {
  const blocks = codeBlocks(page)
  const files = pageFiles(blocks)
  const shell = blocks.filter((b) => b.lang === 'sh' || b.lang === 'bash')

  const transcripts = shell.filter((b) => b.value.startsWith('$ '))
  if (transcripts.length > 0)
    it.each(transcripts.flatMap(transcript).map((s) => [s.command, s]))(
      'running `%s` prints what the page shows',
      (_command, { command, output }) => {
        const args = cliArgs(command)
        expect(args).toBeDefined()
        const result = runCli(args!, workspace(files))
        expect(result.stderr).toBe('')
        expect(result.stdout).toBe(output)
        expect(result.status).toBe(0)
      },
    )

  const commands = shell
    .filter((b) => !b.value.startsWith('$ '))
    .flatMap((b) => b.value.split('\n'))
    .flatMap((line) => line.split(' && '))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  if (commands.length > 0)
    it.each(commands)('`%s` runs, or names a real npm step', (command) => {
      const [first, second, third] = words(command)
      if (first === 'npm') {
        if (second === 'run') expect(SCRIPTS[third!]).toBeDefined()
        else if (second === 'test') expect(SCRIPTS.test).toBeDefined()
        else expect(['ci', 'install', 'i']).toContain(second)
        return
      }
      if (first === 'node' && second === 'dist/cli/index.js') {
        const result = runCli(words(command).slice(2), process.cwd())
        expect(result.stderr).toBe('')
        expect(result.status).toBe(0)
        return
      }
      const args = cliArgs(command)
      if (args === undefined) {
        // Commands of other tools (pre-commit, @github/local-action...).
        expect(first).toMatch(/^(npx|pre-commit|git)$/)
        return
      }
      const result = runCli(args, workspace(files))
      expect(result.status).toBe(0)
    })

  const templates = blocks.filter(
    (b) =>
      b.lang === 'yaml' &&
      !/^jobs:/m.test(b.value) &&
      (isTemplatePath(namedPath(b)) ||
        (/^name: /m.test(b.value) && /^permissions:/m.test(b.value))),
  )
  if (templates.length > 0)
    it.each(templates.map((b) => [b.value.split('\n')[0], b]))(
      'the template starting `%s` lints clean',
      (_first, block) => {
        // With the page's other files: the code a used_by names.
        const code = Object.entries(files).filter(
          ([path]) => !isTemplatePath(path),
        )
        const root = workspace({
          ...Object.fromEntries(code),
          '.github/token-templates/example.yml': `${block.value}\n`,
        })
        const result = runCli(['lint', '--max-warnings', '0'], root)
        expect(result.stdout).toContain('no problems')
        expect(result.status).toBe(0)
      },
    )

  const configs = blocks.filter(
    (b) =>
      b.lang === 'yaml' &&
      (b.value.includes('# .github/token-templates.config.yml') ||
        b.value.includes('schemas/config.schema.json')),
  )
  if (configs.length > 0)
    it.each(configs.map((b, i) => [i + 1, b]))(
      'config example %d loads',
      (_index, block) => {
        const root = workspace({
          '.github/token-templates.config.yml': `${block.value}\n`,
          '.github/token-templates/a.yml':
            'name: Reader\ndescription: Reads code\ntarget_name: octodemo\nexpires_in: 30\npermissions:\n  contents: read\n',
        })
        const result = runCli(['lint'], root)
        expect(result.stderr).toBe('')
        expect(result.status).not.toBe(2)
      },
    )

  const json = blocks.filter((b) => b.lang === 'json')
  if (json.length > 0)
    it.each(json.map((b, i) => [i + 1, b]))(
      'JSON example %d parses',
      (_i, b) => {
        expect(() => JSON.parse(b.value) as unknown).not.toThrow()
      },
    )

  it('has examples in known languages only', () => {
    for (const block of blocks)
      expect([
        'sh',
        'bash',
        'yaml',
        'json',
        'markdown',
        null,
        undefined,
      ]).toContain(block.lang)
    for (const block of blocks.filter((b) => b.lang === 'yaml'))
      expect(() => parse(block.value) as unknown).not.toThrow()
  })
})
