import { FILE_START } from './text-position.js'
import { isDeepStrictEqual } from 'node:util'
import type { Position } from './finding.js'
import { parseTemplateFile } from './template-document.js'
import type { ParsedFile, Part, PathSegment } from './template-document.js'

/** Where the parts of one document are: what the rules ask of a document. */
export interface DocumentPositions {
  locate(path: readonly PathSegment[], part?: Part): Position
  start(): Position
  lines(): { line: number; endLine: number }
  /** A position to look up later (or now, when it is already known). */
  positionLater(path: readonly PathSegment[], part?: Part): () => Position
  /** The same, for use after the lint: never asks to fall back. */
  settled(): DocumentPositions
}

/**
 * The fast path found that `yaml` reads the file differently (an error or
 * warning js-yaml did not see): the file must take the full path.
 */
export class NeedsFullParse extends Error {}

/**
 * Positions for a file the fast path parsed without them: the file is
 * parsed with `yaml` on the first request only, which most files never
 * make (they have no findings).
 */
export class LazyPositions {
  private parsed: ParsedFile | undefined
  private agrees = false

  constructor(
    private readonly text: string,
    /** The fast path's values, by document index. */
    private readonly values: readonly unknown[],
  ) {}

  document(index: number, strict = true): DocumentPositions {
    const now = () => this.find(index, strict)
    return {
      locate: (path, part) => now().locate(path, part),
      start: () => now().start(),
      lines: () => now().lines(),
      positionLater: (path, part) => this.positionLater(index, path, part),
      settled: () => this.document(index, false),
    }
  }

  /**
   * Asked later, perhaps while another file is linted (nothing to fall
   * back to then: use what `yaml` gives). Keeps only the text, not the
   * parsed file: runs hold one of these per template.
   */
  private positionLater(
    index: number,
    path: readonly PathSegment[],
    part?: Part,
  ): () => Position {
    if (this.parsed) {
      const position = this.find(index, false).locate(path, part)
      return () => position
    }
    const text = this.text
    let position: Position | undefined
    return () => {
      if (!position) {
        const document = parseTemplateFile(text).documents.find(
          (d) => d.index === index,
        )
        position = document ? document.locate(path, part) : FILE_START
      }
      return position
    }
  }

  private find(index: number, strict = true) {
    if (!this.parsed) {
      this.parsed = parseTemplateFile(this.text)
      this.agrees = readsTheSame(this.parsed, this.values)
    }
    const document = this.parsed.documents.find((d) => d.index === index)
    if ((strict && !this.agrees) || !document) {
      throw new NeedsFullParse('yaml reads this file differently')
    }
    return document
  }
}

/**
 * Whether `yaml` reads the file as the fast path did: no problems, the
 * same documents, the same values (messages quote them).
 */
function readsTheSame(parsed: ParsedFile, values: readonly unknown[]): boolean {
  return (
    parsed.problems.length === 0 &&
    parsed.brokenDocuments === 0 &&
    parsed.documentCount === values.length &&
    parsed.documents.every((document) =>
      isDeepStrictEqual(document.value, values[document.index]),
    )
  )
}
