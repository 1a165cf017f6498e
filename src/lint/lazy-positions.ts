import { isDeepStrictEqual } from 'node:util'
import { readBlockPositions } from './block-positions.js'
import type { BlockPositions } from './block-positions.js'
import { fastParse } from './fast-parse.js'
import type { Position } from './finding.js'
import { FILE_START } from './text-position.js'
import { parseTemplateFile } from './template-document.js'
import type {
  ParsedFile,
  Part,
  PathSegment,
  TemplateDocument,
} from './template-document.js'

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
 * Positions for a file the fast path parsed without them, worked out on
 * the first request only, which most files never make (they have no
 * findings): read off the lines (block-positions.ts) when the file is
 * plain block YAML, else from a `yaml` parse of the file.
 */
export class LazyPositions {
  /** null: not read yet; undefined: the line reader does not know the file. */
  private blocks: BlockPositions | undefined | null = null
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
      locate: (path, part) =>
        this.readBlocks()?.locate(index, path, part) ??
        now().locate(path, part),
      start: () => this.readBlocks()?.start(index) ?? now().start(),
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
    if (this.hasBlockPositions() || this.parsed) {
      const position = this.document(index, false).locate(path, part)
      return () => position
    }
    const text = this.text
    let position: Position | undefined
    return () => (position ??= locateInText(text, index, path, part))
  }

  /** Whether the line reader has read the file (positions without yaml). */
  private hasBlockPositions(): boolean {
    return this.blocks !== null && this.blocks !== undefined
  }

  private readBlocks(): BlockPositions | undefined {
    if (this.blocks === null) {
      this.blocks = readBlockPositions(this.text, this.values)
    }
    return this.blocks
  }

  private find(index: number, strict = true): PlacedDocument {
    if (!this.parsed) {
      this.parsed = parseTemplateFile(this.text)
      this.agrees = readsTheSame(this.parsed, this.values)
    }
    const document = this.parsed.documents.find((d) => d.index === index)
    if (strict && (!this.agrees || !document)) {
      throw new NeedsFullParse('yaml reads this file differently')
    }
    // After the lint (settled), nothing can fall back: a document yaml
    // does not have is placed at the start of the file.
    return document ?? UNPLACED
  }
}

type PlacedDocument = Pick<TemplateDocument, 'locate' | 'start' | 'lines'>

const UNPLACED: PlacedDocument = {
  locate: () => FILE_START,
  start: () => FILE_START,
  lines: () => ({ line: FILE_START.line, endLine: FILE_START.endLine }),
}

/** A position in a file no longer at hand: it is read again. */
function locateInText(
  text: string,
  index: number,
  path: readonly PathSegment[],
  part?: Part,
): Position {
  const values = fastParse(text)
  const blocks = values && readBlockPositions(text, values)
  const position = blocks?.locate(index, path, part)
  if (position) return position
  const document = parseTemplateFile(text).documents.find(
    (d) => d.index === index,
  )
  return document ? document.locate(path, part) : FILE_START
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
