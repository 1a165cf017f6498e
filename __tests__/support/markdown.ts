import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

// Markdown read the way GitHub renders job summaries and READMEs: like
// cmark-gfm, micromark's GFM tokenizer autolinks bare URLs but not text
// whose `:` or `.` is backslash-escaped (see docs-table.test.ts).

/** The HTML GitHub would show for `markdown`. */
export function renderHtml(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  })
}

const decodeEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Every link target, autolinks included, in document order. */
export function linkUrls(markdown: string): string[] {
  return [...renderHtml(markdown).matchAll(/<a href="([^"]*)"/g)].map((match) =>
    decodeEntities(match[1]!),
  )
}

/** The text of every code span, as shown. */
export function codeSpans(markdown: string): string[] {
  return [...renderHtml(markdown).matchAll(/<code>([^<]*)<\/code>/g)].map(
    (match) => decodeEntities(match[1]!),
  )
}
