import { CST, Lexer } from 'yaml'

/**
 * What `yaml` may be given to parse. Its syntax tree costs from a few
 * hundred bytes to a kilobyte per token, so a 1 MiB file of `[` or of
 * `:` lines needs 0.5 to 1 GB. A template file needs a few dozen tokens
 * and two levels of flow nesting; these limits are far above that and keep
 * any file to a few hundred MB. Counted with yaml's own lexer, which is
 * cheap (about 60 MB and 0.4 s for a million tokens) and is run only on
 * files that could go over: the same limits hold whatever a file's size.
 */
export const YAML_BUDGET = {
  /** `[` and `{` inside each other. */
  maxFlowDepth: 64,
  /** Tokens that become nodes or entries (not spaces, newlines, comments). */
  maxNodeTokens: 200_000,
}

/**
 * Whether `text` could go over a limit: it needs more brackets than the
 * depth allows, or more characters than the token limit (each token is at
 * least one character).
 */
function mayGoOver(text: string): boolean {
  if (text.length > YAML_BUDGET.maxNodeTokens) return true
  let brackets = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (
      (char === 0x5b || char === 0x7b) &&
      ++brackets > YAML_BUDGET.maxFlowDepth
    )
      return true
  }
  return false
}

/** Lexer markers that stand for no source text. */
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar'])
const FREE = new Set(['space', 'newline', 'comment', 'byte-order-mark'])

export interface OverBudget {
  message: string
  /** Offset of the token that went over. */
  offset: number
}

/** Why `text` is too costly to parse, or undefined when it is not. */
export function yamlOverBudget(text: string): OverBudget | undefined {
  if (!mayGoOver(text)) return undefined
  let offset = 0
  let depth = 0
  let nodeTokens = 0
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source)
    if (type !== null && MARKERS.has(type) && source.length === 1) continue
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      depth += 1
      if (depth > YAML_BUDGET.maxFlowDepth)
        return {
          offset,
          message: `the file nests [ and { too deeply (more than ${YAML_BUDGET.maxFlowDepth} levels), far more than templates and the config need (two or three levels): it is not read`,
        }
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      depth = Math.max(0, depth - 1)
    }
    if (type === null || !FREE.has(type)) nodeTokens += 1
    if (nodeTokens > YAML_BUDGET.maxNodeTokens)
      return {
        offset,
        message: `the file holds more than ${YAML_BUDGET.maxNodeTokens.toLocaleString('en-US')} YAML values and separators, far more than templates and the config need: split it into smaller files; it is not read`,
      }
    offset += source.length
  }
  return undefined
}
