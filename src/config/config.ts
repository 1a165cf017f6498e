import type { ErrorObject } from 'ajv'
import { UserError } from '../errors.js'
import { PERMISSIONS } from '../catalog/index.js'
import { parsePolicy, PolicyProblem } from './policy.js'
import type { Policy, RawPolicy } from './policy.js'
import type {
  AccessLevel,
  OwnerScope,
  Permission,
  PermissionCatalog,
} from '../catalog/index.js'
import {
  catalogFor,
  DEFAULT_PLATFORM,
  ENTERPRISE_ONLY_PERMISSIONS,
  platformsWith,
} from '../endpoints/index.js'
import type { Platform } from '../endpoints/index.js'
import type { RuleLevel } from '../lint/finding.js'
import { listing, quote } from '../common/quote.js'
import { LINK_FIELDS } from '../links/token-template.js'
import { didYouMean } from '../common/did-you-mean.js'
import { parseYamlFile } from '../common/yaml-file.js'
import type { PathSegment, YamlDocument } from '../common/yaml-file.js'
import { RULE_IDS } from '../rules/index.js'
import { decodePointer } from '../common/json-pointer.js'
import { buildConfigSchema } from '../schema/index.js'
import { validateConfig } from '../schema/precompiled-validators.js'
import {
  refusedPatternMessage,
  unsafePatternReason,
} from '../workspace-pattern.js'

export const DEFAULT_CONFIG_PATH = '.github/token-templates.config.yml'

export interface Config {
  /** Where it was read from, or undefined for the defaults. */
  file?: string
  templates: string[]
  serverUrl?: string
  /** The GitHub the tokens are for, for platform-availability. */
  platform: Platform
  readme?: string
  ruleLevels: Record<string, RuleLevel>
  extraPermissions: Permission[]
  /** The `policy` section; policy rules run only when it is present. */
  policy?: Policy
}

export const DEFAULT_CONFIG: Config = {
  templates: [],
  platform: DEFAULT_PLATFORM,
  ruleLevels: {},
  extraPermissions: [],
}

/** A config that cannot be used: the CLI exits 2 with this one line. */
export class ConfigError extends UserError {
  override name = 'ConfigError'
}

interface RawConfig {
  templates?: string | string[]
  server_url?: string
  platform?: Platform
  readme?: string
  rules?: Record<string, RuleLevel>
  policy?: RawPolicy
  extra_permissions?: Record<
    string,
    { scope: OwnerScope; levels: AccessLevel[]; display_name?: string }
  >
}

/** Built on first use: only an invalid config needs it, for did-you-mean. */
let configSchema: object | undefined

/** The keys the config schema allows at `path` (for did-you-mean). */
function keysAt(path: readonly string[]): string[] {
  configSchema ??= buildConfigSchema()
  let node = configSchema as {
    properties?: Record<string, unknown>
    additionalProperties?: unknown
  }
  for (const segment of path) {
    const next = node.properties?.[segment] ?? node.additionalProperties
    if (typeof next !== 'object' || next === null) return []
    node = next as typeof node
  }
  return Object.keys(node.properties ?? {})
}

function configErrorMessage(error: ErrorObject): string {
  const path = decodePointer(error.instancePath)
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty)
    const candidates = path[0] === 'rules' ? [...RULE_IDS] : keysAt(path)
    const what = path[0] === 'rules' ? 'rule' : 'setting'
    return `unknown ${what} ${quote(key)}${didYouMean(key, candidates) || `: known ones are ${candidates.join(', ')}`}`
  }
  const where = path.length ? path.join('.') : 'the config'
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).join(', ')
    return `${where} must be one of ${allowed}`
  }
  if (error.propertyName !== undefined && error.keyword === 'not') {
    return `${quote(error.propertyName)} cannot name a permission: the token link already carries ${error.propertyName} (as it does ${listing([...LINK_FIELDS])}), so it would hold it twice`
  }
  if (error.propertyName !== undefined) {
    return `${quote(error.propertyName)} is not a permission name: use lowercase letters, digits and underscores`
  }
  if (
    path[0] === 'policy' &&
    /^(forbidden|sensitive)_permissions$/.test(path[1] ?? '') &&
    path.length > 2
  ) {
    return `each entry of policy.${path[1]} is a permission name, or name: level (read, write or admin)`
  }
  if (path[0] === 'templates') {
    return 'templates must be a glob or a non-empty list of globs'
  }
  if (path[0] === 'extra_permissions' && error.keyword === 'maxProperties') {
    return `extra_permissions may declare at most ${String(error.params.limit)} permissions: only the ones GitHub added after this release belong there`
  }
  return `${where} ${error.message ?? 'is invalid'}`
}

function errorPath(error: ErrorObject): string[] {
  const path = decodePointer(error.instancePath)
  if (error.keyword === 'additionalProperties') {
    return [...path, String(error.params.additionalProperty)]
  }
  if (error.propertyName !== undefined) {
    return [...path, error.propertyName]
  }
  return path
}

function fail(
  file: string,
  document: YamlDocument | undefined,
  path: readonly PathSegment[],
  message: string,
  part: 'key' | 'value' = 'value',
): never {
  const at = document ? document.locate(path, part) : { line: 1, column: 1 }
  throw new ConfigError(`${file}:${at.line}:${at.column}: ${message}`)
}

/** Parses and validates a config file's text; throws ConfigError with a position. */
export function parseConfig(text: string, file: string): Config {
  const parsed = parseYamlFile(text)
  const problem = parsed.problems[0]
  if (problem)
    throw new ConfigError(
      `${file}:${problem.at.line}:${problem.at.column}: ${problem.message}`,
    )
  if (parsed.documents.length > 1)
    fail(file, parsed.documents[1], [], 'a config file holds one YAML document')
  const document = parsed.documents[0]
  if (!document) return { ...DEFAULT_CONFIG, file }
  if (!validateConfig(document.value)) {
    // ajv reports a bad key name first as its pattern error; the one that
    // carries `propertyName` says which key.
    const errors = validateConfig.errors ?? []
    const error = errors.find((e) => e.propertyName !== undefined) ?? errors[0]!
    const part =
      error.keyword === 'additionalProperties' ||
      error.propertyName !== undefined
        ? 'key'
        : 'value'
    fail(file, document, errorPath(error), configErrorMessage(error), part)
  }
  const raw = document.value as RawConfig
  refuseEscapingPaths(raw, file, document)
  const platform = raw.platform ?? DEFAULT_PLATFORM
  const extraPermissions = Object.entries(raw.extra_permissions ?? {}).map(
    ([name, extra]): Permission => {
      if (PERMISSIONS.some((permission) => permission.name === name)) {
        fail(
          file,
          document,
          ['extra_permissions', name],
          `${quote(name)} is already in the catalog: remove it from extra_permissions`,
          'key',
        )
      }
      const enterprise = ENTERPRISE_ONLY_PERMISSIONS.find(
        (p) => p.name === name,
      )
      if (enterprise) {
        fail(
          file,
          document,
          ['extra_permissions', name],
          `${quote(name)} is already known, with GitHub's levels, where GitHub has it (${listing(platformsWith(name))}): remove it from extra_permissions${platformsWith(name).includes(platform) ? '' : ' and set platform: in the config'}`,
          'key',
        )
      }
      return {
        name,
        displayName: extra.display_name ?? name,
        scope: extra.scope,
        levels: [...extra.levels].sort((a, b) => RANK[a] - RANK[b]),
      }
    },
  )
  const policy =
    raw.policy &&
    checkedPolicy(
      raw.policy,
      file,
      document,
      catalogFor(platform, extraPermissions),
    )
  const ruleLevels: Record<string, RuleLevel> = { ...raw.rules }
  if (policy?.requireDescription) ruleLevels['missing-description'] = 'error'
  return {
    file,
    policy,
    templates: raw.templates === undefined ? [] : [raw.templates].flat(),
    serverUrl: raw.server_url?.replace(/\/+$/, ''),
    platform,
    readme: raw.readme,
    ruleLevels,
    extraPermissions,
  }
}

/**
 * The config may come from a pull request: its paths stay inside the
 * working directory, refused where they stand otherwise.
 */
function refuseEscapingPaths(
  raw: RawConfig,
  file: string,
  document: YamlDocument,
): void {
  const paths: Array<[PathSegment[], string, string]> = []
  if (typeof raw.templates === 'string')
    paths.push([['templates'], raw.templates, 'templates pattern'])
  else
    raw.templates?.forEach((pattern, index) =>
      paths.push([['templates', index], pattern, 'templates pattern']),
    )
  if (raw.readme !== undefined) paths.push([['readme'], raw.readme, 'readme'])
  for (const [path, value, what] of paths) {
    const reason = unsafePatternReason(value)
    if (reason)
      fail(file, document, path, refusedPatternMessage(value, reason, what))
  }
}

function checkedPolicy(
  raw: RawPolicy,
  file: string,
  document: YamlDocument,
  catalog: PermissionCatalog,
): Policy {
  try {
    return parsePolicy(
      raw,
      file,
      catalog,
      (path) => document.locate(path, 'key').line,
    )
  } catch (error) {
    if (!(error instanceof PolicyProblem)) throw error
    return fail(
      file,
      document,
      error.path.map(String),
      error.message,
      error.part,
    )
  }
}

const RANK: Record<AccessLevel, number> = { read: 0, write: 1, admin: 2 }
