/**
 * A GitHub API call found in code: where it is, what the code says, and
 * the REST route it resolves to, or why it does not resolve.
 */
export type CallKind = 'rest' | 'graphql' | 'unresolved'

export interface ApiCall {
  /** The file, relative to the working directory (as lint reports files). */
  file: string
  /** 1-based line and column of the call's start in `file`. */
  line: number
  column: number
  kind: CallKind
  /** `rest` only: `VERB /path` as GitHub's docs write it (a template). */
  route?: string
  /** What the code says, cut short: `github.rest.issues.createComment`, `gh api repos/{owner}/{repo}/pulls`. */
  source: string
  /** Why a call is graphql or unresolved; for rest, a note (a renamed method). */
  reason?: string
}

/** Where an embedded piece of code starts in its file (a workflow's `script:` or `run:`). */
export interface EmbeddedAt {
  /** The file's 1-based line of the piece's first line. */
  line: number
  /** The column (1-based) of each line's first character in the file, by the piece's 0-based line: a YAML block scalar's indent. */
  column(pieceLine: number): number
}

/** The piece starts a file: line 1, column 1. */
export const WHOLE_FILE: EmbeddedAt = { line: 1, column: () => 1 }
