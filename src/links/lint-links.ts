import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { escapePath, isDynamicPattern } from 'tinyglobby'
import { replaceClassicScopes } from '../catalog/index.js'
import type { Config } from '../config/config.js'
import { listing, quote } from '../common/quote.js'
import type { Position } from '../common/text-position.js'
import type { PathSegment } from '../common/yaml-file.js'
import { discoverTemplateFiles } from '../lint/discover.js'
import type { Discovery } from '../lint/discover.js'
import { Linter } from '../lint/engine.js'
import type { LintedTemplate, PlacedTemplate } from '../lint/engine.js'
import { linterOptions } from '../lint/lint-config.js'
import type { LintResult } from '../lint/finding.js'
import { readTemplateFile } from '../lint/read-template-file.js'
import {
  MAX_LINK_LENGTH,
  findTokenLinks,
  importableUrl,
  textKindOf,
} from './find-links.js'
import type { FoundLink, FoundParameter } from './find-links.js'
import { findPlaceholder, importTokenUrl } from './import-url.js'
import { approveLink } from './approved-links.js'
import type { ApprovedTemplate } from './approved-links.js'
import { toTokenTemplates } from './from-fields.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { partitionByErrors } from '../lint/approved-templates.js'
import { NEW_TOKEN_PATH } from './token-template.js'

/** The text files `links` searches by default. */
export const DEFAULT_LINK_GLOB = '**/*.{md,mdx,markdown,html,htm,txt,rst,adoc}'

/** A value a page leaves out: `…` or `...`. */
const ELLIPSIS = /^(?:…|\.\.\.)$/

/** Pages and scripts are larger than templates: read up to this size. */
export const MAX_LINK_FILE_BYTES = 16 * 1024 * 1024

/** Build output is searched only when named. */
const BUILD_OUTPUT = /(^|\/)dist\//

export interface LintLinksOptions {
  root: string
  /** Paths or globs; empty: DEFAULT_LINK_GLOB. */
  patterns: readonly string[]
  config: Config
  /** Called with each linted link, as a template (for approved-link checks). */
  onTemplate?: (template: LintedTemplate) => void
}

/** A stale link and the template's current link, for `--fix`. */
export interface StaleLink {
  link: FoundLink
  replacement: string
  /** Whether a value of the link is a placeholder (left alone by --fix). */
  placeholders: boolean
}

export interface LinkFile {
  file: string
  text: string
  links: FoundLink[]
  stale: StaleLink[]
}

export interface LinkRun extends LintResult {
  discovery: Discovery
  /** The templates without lint errors links are matched against (none: no matching). */
  approved: ApprovedTemplate[]
  /** Every file read, its text and its links. */
  files: LinkFile[]
}

/** Offsets to positions, by bisection over the line starts. */
export function positionsOf(
  text: string,
): (start: number, end: number) => Position {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
    starts.push(i + 1)
  const at = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1 }
  }
  return (start, end) => {
    const from = at(start)
    const to = at(Math.max(end, start + 1))
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    }
  }
}

/** A directory argument means every text file below it. */
function expandLinkPattern(pattern: string, root: string): string {
  if (isDynamicPattern(pattern)) return pattern
  try {
    if (statSync(resolve(root, pattern)).isDirectory())
      return `${escapePath(pattern.replace(/\\/g, '/')).replace(/\/+$/, '')}/${DEFAULT_LINK_GLOB}`
  } catch {
    // Not there: discovery reports it unmatched.
  }
  return pattern
}

/** The fine-grained form on the classic link's server. */
function fineGrainedForm(link: FoundLink): string {
  const at = link.url.search(/\/settings\/tokens\/new/)
  const server = link.url.slice(0, at)
  // Text from the link: quoted unless plain (hidden characters shown).
  return /^(?:https?:\/\/[\w.:[\]-]+(?:\/[\w.~-]+)*|\$\{?[A-Za-z_]\w*\}?)?$/.test(
    server,
  )
    ? `${server}${NEW_TOKEN_PATH}`
    : `${quote(server, 60)}${NEW_TOKEN_PATH}`
}

function classicMessage(link: FoundLink): string {
  const scopes = link.parameters
    .filter((parameter) => parameter.name === 'scopes')
    .map((parameter) => parameter.value)
  const {
    permissions,
    withoutEquivalent,
    unknown,
    scopes: known,
  } = replaceClassicScopes(scopes)
  const parts = [
    known.length > 0
      ? `this link opens the classic token form (scopes ${listing(known)})`
      : 'this link opens the classic token form',
  ]
  if (permissions.length > 0)
    parts.push(
      `a fine-grained token has the permissions ${listing(permissions)} instead (at the levels it needs)`,
    )
  if (withoutEquivalent.length > 0)
    parts.push(
      `fine-grained tokens have nothing for ${listing(withoutEquivalent)}`,
    )
  if (unknown.length > 0)
    parts.push(
      `${listing(unknown.map((word) => quote(word, 40)))} ${unknown.length > 1 ? 'are' : 'is'} no classic scope`,
    )
  return `${parts.join('; ')}: link to ${fineGrainedForm(link)} with them instead`
}

/**
 * A placeholder in a value as written: `<OWNER>`, `${OWNER}`, `{owner}`,
 * `$OWNER`, `$org`, `$1`, `{}`, `#{org}`, `%s`.
 */
function rawPlaceholder(raw: string): string | undefined {
  return findPlaceholder(raw) ?? MORE_PLACEHOLDERS.exec(raw)?.[0]
}

/** Placeholders of other languages: `$1`, `$org`, `{}`, Ruby's `#{org}`. */
const MORE_PLACEHOLDERS = /\$\d+|\$[A-Za-z_]\w*|\{\}|#\{[^{}\s]*\}/

/** One found link as a template the engine can lint, with its places. */
export function placeLink(
  link: FoundLink,
  place: (start: number, end: number) => Position,
  approved: readonly ApprovedTemplate[] = [],
  onStale?: (stale: StaleLink) => void,
): PlacedTemplate {
  const whole = place(link.start, link.end)
  const start = () => whole
  if (link.kind === 'classic')
    return {
      locate: start,
      start,
      problems: [
        {
          rule: 'classic-token-link',
          at: whole,
          message: classicMessage(link),
        },
      ],
    }
  const imported = importTokenUrl(importableUrl(link))
  // The first parameter of each name, found once (not per finding).
  const byName = new Map<string, FoundParameter>()
  for (const parameter of link.parameters)
    if (!byName.has(parameter.name)) byName.set(parameter.name, parameter)
  const parameterAt = (name: string): Position | undefined => {
    const parameter = byName.get(name)
    return parameter && place(parameter.start, parameter.end)
  }
  const locate = (path: readonly PathSegment[]): Position => {
    const name =
      path[0] === 'permissions' && path.length > 1 ? path[1] : path[0]
    if (
      typeof name !== 'string' ||
      (path[0] === 'permissions' && path.length === 1)
    )
      return whole
    return parameterAt(name) ?? whole
  }
  const problems: NonNullable<PlacedTemplate['problems']>[number][] = []
  if (link.cut)
    problems.push({
      rule: 'unreadable-file',
      at: whole,
      message: `this link is longer than ${MAX_LINK_LENGTH / 1024} KiB: only its first ${MAX_LINK_LENGTH / 1024} KiB are read`,
    })
  const unchecked: Position[] = []
  // Placeholders as written (`%7Bservice%7D` is no placeholder: the form
  // shows `{service}`); docs elide values too: `target_name=…`.
  const placeholders = [
    ...new Set(
      link.parameters
        .filter(
          (p) => rawPlaceholder(p.raw) !== undefined || ELLIPSIS.test(p.value),
        )
        .map((p) => p.name),
    ),
  ]
  for (const name of placeholders) {
    const parameter = byName.get(name)
    if (!parameter) continue
    const at = place(parameter.start, parameter.end)
    unchecked.push(at)
    const placeholder = rawPlaceholder(parameter.raw)
    problems.push({
      rule: 'link-placeholder',
      at,
      message:
        placeholder === undefined
          ? `the value of ${name} is left out (${quote(parameter.value)}): it is not checked here`
          : `the value of ${name}, ${quote(parameter.value, 60)}, has the placeholder ${quote(placeholder, 40)}: it is filled in at run time, so it is not checked here`,
    })
  }
  const seen = new Map<string, string>()
  for (const parameter of link.parameters) {
    const first = seen.get(parameter.name)
    if (first === undefined) {
      seen.set(parameter.name, parameter.value)
      continue
    }
    if (first !== parameter.value)
      problems.push({
        rule: 'repeated-link-parameter',
        at: place(parameter.start, parameter.end),
        message: `${quote(parameter.name)} is given again, as ${quote(parameter.value, 60)} after ${quote(first, 60)}: keep one (the form's reading of two is not defined)`,
      })
  }
  if (approved.length > 0) {
    const approval = approveLink(
      link.url,
      imported.fields,
      placeholders,
      approved,
    )
    if (approval.kind === 'stale') {
      problems.push({
        rule: 'stale-link',
        at: whole,
        message: approval.message,
      })
      onStale?.({
        link,
        replacement: approval.link,
        placeholders: placeholders.length > 0,
      })
    } else if (approval.kind === 'unapproved')
      problems.push({
        rule: 'unapproved-link',
        at: whole,
        message: approval.message,
      })
  }
  return { fields: imported.fields, locate, start, unchecked, problems }
}

/**
 * Finds the files, the token links in them, and lints each link as a
 * template, at the places its parameters are written.
 */
export function lintLinks(options: LintLinksOptions): LinkRun {
  const { root, config } = options
  const named = options.patterns.length > 0
  const patterns = named
    ? options.patterns.map((pattern) => expandLinkPattern(pattern, root))
    : [DEFAULT_LINK_GLOB]
  const discovery = discoverTemplateFiles(patterns, root)
  discovery.unmatched = named
    ? discovery.unmatched.map(
        (pattern) => options.patterns[patterns.indexOf(pattern)] ?? pattern,
      )
    : []
  // Build output repeats the sources: searched only when a path names it.
  if (!options.patterns.some((pattern) => BUILD_OUTPUT.test(`${pattern}/`)))
    discovery.files = discovery.files.filter((file) => !BUILD_OUTPUT.test(file))
  const approved = approvedTemplates(root, config)
  const base = linterOptions(config)
  const linter = new Linter({
    ...base,
    onTemplate: options.onTemplate,
    // A link carries no justification, and the same link may be written
    // in many places: these rules are for template files.
    ruleLevels: {
      ...base.ruleLevels,
      'duplicate-name': 'off',
      'sensitive-permission-needs-justification': 'off',
    },
  })
  for (const { file, reason } of discovery.refused)
    linter.reportUnreadable(file, `${file} is not read: ${reason}`)
  const files: LinkFile[] = []
  for (const file of discovery.files) {
    const read = readTemplateFile(resolve(root, file), MAX_LINK_FILE_BYTES)
    if (typeof read === 'string') {
      linter.reportUnreadable(file, `${file} is not read: ${read}`)
      continue
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(read)
    // A link without parameters opens the form: it is no template.
    const links = findTokenLinks(text, textKindOf(file)).filter(
      (link) => link.kind === 'classic' || link.parameters.length > 0,
    )
    const stale: StaleLink[] = []
    files.push({ file, text, links, stale })
    if (links.length === 0) continue
    const place = positionsOf(text)
    linter.lintPlacedTemplates(
      file,
      links.map((link) =>
        placeLink(link, place, approved, (found) => stale.push(found)),
      ),
    )
  }
  const result = linter.finish()
  // Every file searched counts, with links or without.
  const searched = discovery.files.length + discovery.refused.length
  return {
    ...result,
    summary: { ...result.summary, files: searched },
    discovery,
    approved,
    files,
  }
}

/**
 * The repository's templates without lint errors (the config's template
 * globs, else the default): what links are matched against. None when it
 * has no template files.
 */
function approvedTemplates(root: string, config: Config): ApprovedTemplate[] {
  const run = lintTemplates({
    root,
    patterns: [],
    config,
    collectTemplates: true,
  })
  const { approved } = partitionByErrors(run.templates, run.findings)
  const tokens = toTokenTemplates(approved, run.templates)
  return approved.map((template, i) => ({
    template: tokens[i]!,
    where: `${template.file}:${template.line}`,
  }))
}
