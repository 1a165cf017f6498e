import { readFileSync } from 'node:fs'
import type { Heading, Link, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Log } from 'sarif'
import {
  EXAMPLE_FILE,
  fence,
  LINKS_EXAMPLE_FILE,
  renderRulesDoc,
  RULES_DOC_PATH,
  runRuleExample,
} from '../scripts/generate-rules-doc.js'
import type { ExampleRun } from '../scripts/generate-rules-doc.js'
import { RULE_EXAMPLES } from '../scripts/rules-doc-examples.js'
import { findHiddenCharacters } from '../src/common/hidden-characters.js'
import { formatSarif } from '../src/format/sarif.js'
import { RULE_IDS, RULES } from '../src/rules/index.js'
import { ruleHelpUri, RULES_DOC_URL } from '../src/rules/help-uri.js'

// docs/rules.md is generated (`npm run schema`): per rule its example, and
// the output of linting it now. These tests fail when a rule has no
// example, when an example stops showing its rule, and when the committed
// page is stale.

const page = (): string => readFileSync(RULES_DOC_PATH, 'utf8')

function parse(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
}

function nodesOf<T extends Nodes>(node: Nodes, type: T['type']): T[] {
  const found: T[] = []
  const visit = (n: Nodes) => {
    if (n.type === type) found.push(n as T)
    if ('children' in n) for (const child of n.children) visit(child as Nodes)
  }
  visit(node)
  return found
}

/** A heading's text as GitHub slugs it: code spans without their backticks. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node)
    return node.children.map((child) => textOf(child as Nodes)).join('')
  return ''
}

/**
 * GitHub's heading anchors, as github-slugger makes them: the heading's
 * text lowercased, without punctuation and symbols (`-` and `_` stay),
 * spaces as `-`; a repeated slug gets `-1`, `-2`, ...
 */
function githubSlugs(headings: readonly string[]): string[] {
  const occurrences = new Map<string, number>()
  return headings.map((text) => {
    const original = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    let slug = original
    while (occurrences.has(slug)) {
      const count = occurrences.get(original)! + 1
      occurrences.set(original, count)
      slug = `${original}-${count}`
    }
    occurrences.set(slug, 0)
    return slug
  })
}

describe('githubSlugs', () => {
  it('slugs as GitHub does', () => {
    expect(
      githubSlugs([
        '`missing-name`',
        'Rules',
        'Policy: the `max_lifetime_days` setting!',
        'Rules',
      ]),
    ).toEqual([
      'missing-name',
      'rules',
      'policy-the-max_lifetime_days-setting',
      'rules-1',
    ])
  })
})

describe('fence', () => {
  it('is longer than any run of backticks in its content', () => {
    expect(fence('a\n', 'yaml')).toBe('```yaml\na\n```')
    expect(fence('x: "````"')).toBe('`````\nx: "````"\n`````')
  })
})

// Each example linted once (in a temporary working directory), for all below.
const runs = new Map<string, ExampleRun>()

beforeAll(async () => {
  for (const id of RULE_IDS) {
    const example = RULE_EXAMPLES[id]
    if (example) runs.set(id, await runRuleExample(example))
  }
}, 120_000)

describe('rule examples', () => {
  it('exist for every rule of the registry, and for no other', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...RULE_IDS].sort())
  })

  it.each(RULE_IDS)(
    '%s: its example finds problems of that rule, and only of it',
    (id) => {
      const run = runs.get(id)
      expect(run).toBeDefined()
      const rules = run!.findings.map((finding) => finding.rule)
      expect(rules).toContain(id)
      expect(new Set(rules)).toEqual(new Set([id]))
      const file = RULE_EXAMPLES[id]!.links ? LINKS_EXAMPLE_FILE : EXAMPLE_FILE
      // used_by findings are in the code the example's files hold, too.
      const files = [file, ...Object.keys(RULE_EXAMPLES[id]!.files ?? {})]
      for (const finding of run!.findings) expect(files).toContain(finding.file)
      // What the page shows names the rule, without terminal colors.
      const shown = run!.annotations ?? run!.lint.output
      expect(shown).toContain(id)
      expect(shown).not.toContain('\u001b')
    },
  )

  it('run the CLI, except the Action-only target-owner-type', () => {
    for (const [id, run] of runs) {
      if (id === 'target-owner-type') {
        expect(run.lint.output).toMatch(/no problems/)
        expect(run.annotations).toMatch(/^::error title=target-owner-type,/)
      } else {
        expect(run.annotations).toBeUndefined()
        expect(run.lint.output).toContain(`[${id}]`)
      }
    }
  })
})

describe(RULES_DOC_PATH, () => {
  it('is what `npm run schema` generates today', () => {
    // What generateRulesDoc renders, from the runs above. Stale: run
    // `npm run schema` and commit docs/rules.md.
    const entries = RULES.map((rule) => ({
      rule,
      example: RULE_EXAMPLES[rule.id]!,
      run: runs.get(rule.id)!,
    }))
    expect(entries.every((entry) => entry.example && entry.run)).toBe(true)
    expect(page()).toBe(renderRulesDoc(entries))
  })

  it('has a section per rule whose GitHub anchor is the rule id', () => {
    const tree = parse(page())
    const headings = nodesOf<Heading>(tree, 'heading')
    const slugs = githubSlugs(headings.map((heading) => textOf(heading)))
    const sections = headings
      .map((heading, i) => ({ heading, slug: slugs[i]! }))
      .filter(({ heading }) => heading.depth === 2)
    expect(sections.map(({ slug }) => slug)).toEqual([...RULE_IDS])
    for (const { heading } of sections) {
      expect(heading.children).toHaveLength(1)
      expect(heading.children[0]!.type).toBe('inlineCode')
    }
    // The index at the top links each section.
    const links = nodesOf<Link>(tree, 'link')
      .map((link) => link.url)
      .filter((url) => url.startsWith('#'))
    expect(links).toEqual(RULE_IDS.map((id) => `#${id}`))
    for (const url of links) expect(slugs).toContain(url.slice(1))
  })

  it('holds no hidden characters (the examples show them escaped)', () => {
    expect(findHiddenCharacters(page(), '\n')).toEqual([])
  })
})

describe('SARIF helpUri', () => {
  it('links every rule to its section of docs/rules.md', () => {
    const log = JSON.parse(
      formatSarif(
        {
          findings: [],
          summary: {
            files: 0,
            templates: 0,
            errors: 0,
            warnings: 0,
            notices: 0,
          },
        },
        RULES,
        { version: '0.0.0', informationUri: 'https://example.com' },
      ),
    ) as Log
    const descriptors = log.runs[0]!.tool.driver.rules!
    expect(descriptors.map((rule) => rule.id)).toEqual([...RULE_IDS])
    const slugs = githubSlugs(
      nodesOf<Heading>(parse(page()), 'heading').map((h) => textOf(h)),
    )
    for (const descriptor of descriptors) {
      expect(descriptor.helpUri).toBe(ruleHelpUri(descriptor.id))
      const url = new URL(descriptor.helpUri!)
      expect(`${url.origin}${url.pathname}`).toBe(RULES_DOC_URL)
      expect(url.pathname.endsWith(`/${RULES_DOC_PATH}`)).toBe(true)
      expect(slugs).toContain(url.hash.slice(1))
      expect(url.hash).toBe(`#${descriptor.id}`)
    }
  })
})
