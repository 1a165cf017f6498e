import { showHiddenCharacters } from './hidden-characters.js'

/**
 * Quotes text taken from a template for use in a message: JSON-style, so
 * control characters (newlines, escapes) become visible `\n`, `\u001b`, and
 * a hostile value cannot start a new log line or a workflow command. Long
 * values are cut: a message should say what is wrong, not echo a file.
 */
export function quote(value: unknown, maxLength = 80): string {
  const text = typeof value === 'string' ? value : String(value)
  const cut =
    [...text].length > maxLength
      ? `${[...text].slice(0, maxLength).join('')}…`
      : text
  const json = JSON.stringify(cut).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  // Bidi controls, zero-width and tag characters would hide or reorder
  // what a reader of the message (an annotation, a terminal) sees.
  return showHiddenCharacters(json, (code) => `\\u{${code.toString(16)}}`)
}

/** "a", "a and b", "a, b and c" */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
