import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/** Markdown as GitHub reads it (CommonMark + GFM, autolinks included). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
}

export function nodesOfType<T extends Nodes['type']>(
  node: Nodes,
  type: T,
): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = []
  const visit = (current: Nodes) => {
    if (current.type === type) found.push(current)
    if ('children' in current)
      for (const child of current.children) visit(child as Nodes)
  }
  visit(node)
  return found as Extract<Nodes, { type: T }>[]
}

/** Every link target in the markdown, autolinks included. */
export function linkUrls(markdown: string): string[] {
  return nodesOfType(parseMarkdown(markdown), 'link').map((link) => link.url)
}
