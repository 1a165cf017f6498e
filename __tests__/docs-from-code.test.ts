import { readFileSync } from 'node:fs'
import type { Code, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parse } from 'yaml'
import { runCli, workspace } from './support/cli-process.js'

// docs/endpoints.md shows a workflow and what `suggest --from-code` prints
// for it: the bundled CLI, run on that very workflow, must print exactly that.

const PAGE = 'docs/endpoints.md'
const WORKFLOW = '.github/workflows/release.yml'
const COMMAND = "$ token-templates suggest --from-code --name 'Release bot'"

function codeBlocks(): Code[] {
  const blocks: Code[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'code') blocks.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromMarkdown(readFileSync(PAGE, 'utf8')))
  return blocks
}

describe(`${PAGE}: suggest --from-code`, () => {
  const blocks = codeBlocks()
  const workflow = blocks.find((block) =>
    block.value.startsWith(`# ${WORKFLOW}\n`),
  )
  const transcript = blocks.find((block) =>
    block.value.startsWith(`${COMMAND}\n`),
  )

  it('shows the workflow and the transcript', () => {
    expect(workflow).toBeDefined()
    expect(transcript).toBeDefined()
  })

  it('prints exactly what the page shows, exit 0', () => {
    const root = workspace({ [WORKFLOW]: `${workflow!.value}\n` })
    const result = runCli(
      ['suggest', '--from-code', '--name', 'Release bot'],
      root,
    )
    expect(result.stdout).toBe(
      `${transcript!.value.slice(COMMAND.length + 1)}\n`,
    )
    expect(result.status).toBe(0)
    // What it prints is a template file as it is.
    expect(parse(result.stdout)).toMatchObject({
      name: 'Release bot',
      permissions: { contents: 'write', pull_requests: 'write' },
    })
  })
})
