import { readFileSync } from 'node:fs'
import { distance } from 'fastest-levenshtein'
import { PermissionCatalog } from '../src/catalog/index.js'
import { levelWordMeaning } from '../src/catalog/level-words.js'
import {
  CURATED_NAMES,
  normalizeName,
} from '../src/catalog/names-people-use.js'
import { parsePermissionTables } from '../src/catalog/page-tables.js'
import type { PagePermission } from '../src/catalog/page-tables.js'
import {
  convincingMatch,
  convincingMatches,
} from '../src/common/did-you-mean.js'
import { quote } from '../src/common/quote.js'
import {
  DATA_PERMISSIONS,
  ENTERPRISE_ONLY_PERMISSIONS,
  findDataPermission,
  isInApiData,
  pathWordUses,
} from '../src/endpoints/index.js'
import { unknownPermissionMessage } from '../src/rules/unknown-permission.js'
import { findRule } from '../src/rules/index.js'
import { parseYamlFile } from '../src/common/yaml-file.js'
import { runCli, workspace } from './support/cli-process.js'
import { HEAD, lint } from './support/rule-tester.js'

/**
 * Issue 15, item 2: names people use for fine-grained permissions (labels
 * of GitHub's token form, workflow `permissions:` keys, GitHub App
 * permission names, classic scopes, REST path words, typos) say which
 * permission grants the same thing; a did-you-mean only when convincing,
 * never one that grants something else; level words in any case.
 */

const catalog = new PermissionCatalog()

/** The generic message for a name nothing explains. */
const FALLBACK = "not in GitHub's list of fine-grained permissions"

/** Both copies of GitHub's page, as kept in the fixtures. */
const PAGES = {
  seed: '__tests__/fixtures/catalog-pages/seed.md',
  later: '__tests__/fixtures/catalog-pages/later-prefill-section.md',
} as const
const rowsOf = (page: keyof typeof PAGES): PagePermission[] =>
  parsePermissionTables(readFileSync(PAGES[page], 'utf8'))
const SEED_ROWS = rowsOf('seed')
const LATER_ROWS = rowsOf('later')

const message = (written: string, value?: unknown) =>
  unknownPermissionMessage(written, catalog, value)

/** The message names a permission: `"x"` as quote() writes it, or `` `x` ``. */
const names = (text: string, permission: string) =>
  text.includes(quote(permission)) || text.includes(`\`${permission}\``)

/** The message holds the name as a whole word, quoted or bare. */
const mentions = (text: string, permission: string) =>
  new RegExp(`(?<![A-Za-z0-9_])${permission}(?![A-Za-z0-9_])`).test(text)

/** The permission a did-you-mean suggests, if the message has one. */
const suggested = (text: string) => /did you mean "([^"]+)"/.exec(text)?.[1]

/** A template whose permissions are `lines`. */
const withPermissions = (...lines: string[]) =>
  `${HEAD}permissions:\n${lines.map((line) => `  ${line}\n`).join('')}`

/** The unknown-permission message the engine gives for `key: read`. */
function engineMessage(key: string): string | undefined {
  const { findings } = lint(withPermissions(`${JSON.stringify(key)}: read`))
  return findings.find((finding) => finding.rule === 'unknown-permission')
    ?.message
}

// ---------------------------------------------------------------------
// 1. Real-shaped spellings

interface Spelling {
  written: string
  /** Permissions the message names (quoted). */
  names?: string[]
  /** Permissions the message lists bare (classic scopes: `use a, b instead`). */
  mentions?: string[]
  /** Permissions that grant something else: the message must not hold them. */
  not?: string[]
  /** Fragments the message holds. */
  says?: string[]
  /** Nothing fine-grained grants it: the message names no permission. */
  none?: true
}

const SPELLINGS: Spelling[] = [
  // Labels of GitHub's token form, with their case.
  { written: 'Commit statuses', names: ['statuses'] },
  { written: 'Email addresses', names: ['emails'] },
  { written: 'Pull requests', names: ['pull_requests'] },
  {
    written: 'Webhooks',
    names: ['repository_hooks', 'organization_hooks'],
    says: ['(repository)', '(organization)'],
  },
  { written: 'webhooks', names: ['repository_hooks', 'organization_hooks'] },
  {
    written: 'variables',
    names: ['actions_variables', 'organization_actions_variables'],
  },
  {
    written: 'Dependabot alerts',
    names: ['vulnerability_alerts'],
    not: ['dependabot_secrets'],
  },
  {
    written: 'Code scanning alerts',
    names: ['security_events'],
    not: ['secret_scanning_alerts'],
  },
  {
    written: 'Self-hosted runners',
    names: ['organization_self_hosted_runners'],
  },
  {
    written: 'self_hosted_runners',
    names: ['organization_self_hosted_runners'],
  },
  { written: 'ssh_signing_keys', names: ['git_signing_ssh_public_keys'] },
  { written: 'Git SSH keys', names: ['keys'] },
  { written: 'Block another user', names: ['blocking'] },
  { written: 'Blocking users', names: ['organization_user_blocking'] },
  {
    written: 'GitHub Copilot Business',
    names: ['organization_copilot_seat_management'],
  },
  {
    written: 'Custom properties',
    names: ['repository_custom_properties', 'organization_custom_properties'],
  },
  { written: 'Events', names: ['user_events', 'organization_events'] },
  {
    written: 'Repository security advisories',
    names: ['repository_advisories'],
  },
  // Labels the seed copy used and the later one renamed.
  {
    written: 'Code scanning dismissal requests',
    names: ['organization_code_scanning_dismissal_requests'],
  },
  {
    written: 'Private registries',
    names: ['organization_private_registries'],
  },
  // Owner-prefixed labels: the message quotes the label and writes the
  // permission bare (`labels "Webhooks": write organization_hooks`).
  {
    written: 'organization_members',
    mentions: ['members'],
    not: ['organization_models'],
    says: ['"Members"'],
  },
  {
    written: 'org_secrets',
    mentions: ['organization_secrets'],
    not: ['secrets'],
  },
  {
    written: 'repo_webhooks',
    mentions: ['repository_hooks'],
    not: ['organization_hooks'],
  },
  {
    written: 'org_webhooks',
    mentions: ['organization_hooks'],
    not: ['repository_hooks'],
  },
  {
    written: 'repo_variables',
    mentions: ['actions_variables'],
    not: ['organization_actions_variables'],
  },
  { written: 'org_projects', mentions: ['organization_projects'] },
  // Keys of a workflow's permissions: block.
  {
    written: 'id-token',
    none: true,
    says: ['OpenID Connect', 'no equivalent'],
  },
  { written: 'models', names: ['user_models', 'organization_models'] },
  { written: 'pull-requests', names: ['pull_requests'] },
  { written: 'security-events', names: ['security_events'] },
  { written: 'artifact-metadata', names: ['artifact_metadata'] },
  {
    written: 'repository-projects',
    not: ['repository_hooks'],
    says: ['Projects (classic)', 'organization_projects'],
  },
  {
    written: 'repository_projects',
    not: ['repository_hooks'],
    says: ['Projects (classic)', 'organization_projects'],
  },
  // GitHub App permission names.
  { written: 'email_addresses', names: ['emails'] },
  { written: 'git_ssh_keys', names: ['keys'] },
  { written: 'single_file', none: true, says: ['contents'] },
  {
    written: 'organization_personal_access_tokens',
    none: true,
    says: ['no equivalent'],
  },
  {
    written: 'organization_personal_access_token_requests',
    none: true,
    says: ['no equivalent'],
  },
  {
    written: 'dependabot_alerts',
    names: ['vulnerability_alerts'],
    not: ['dependabot_secrets'],
  },
  {
    written: 'code_scanning_alerts',
    names: ['security_events'],
    not: ['secret_scanning_alerts'],
  },
  // Classic scopes: their message lists the permissions bare.
  {
    written: 'repo',
    mentions: ['contents', 'issues', 'pull_requests', 'metadata'],
  },
  {
    written: 'admin:org',
    mentions: ['organization_administration', 'members'],
  },
  { written: 'admin:repo_hook', mentions: ['repository_hooks'] },
  { written: 'user:email', mentions: ['emails'] },
  // REST path words.
  {
    written: 'hooks',
    names: ['repository_hooks', 'organization_hooks'],
    says: ['/repos/{owner}/{repo}/hooks', '/orgs/{org}/hooks'],
  },
  { written: 'starred', names: ['starring'], says: ['/user/starred'] },
  {
    written: 'pulls',
    names: ['pull_requests'],
    says: ['depending on the endpoint'],
  },
  { written: 'releases', names: ['contents'] },
  // Typos.
  {
    written: 'pull_request',
    names: ['pull_requests'],
    says: ['did you mean "pull_requests"?'],
  },
  { written: 'contens', names: ['contents'], says: ['did you mean'] },
  { written: 'pullrequests', names: ['pull_requests'] },
  {
    written: 'Dependabot alert',
    names: ['vulnerability_alerts'],
    not: ['dependabot_secrets'],
    says: ['"Dependabot alerts"'],
  },
  { written: 'commit_status', names: ['statuses'] },
  { written: 'Secret scaning alerts', names: ['secret_scanning_alerts'] },
  // Levels glued to the name.
  {
    written: 'members_read',
    names: ['members'],
    says: ['a level goes after the colon'],
  },
  {
    written: 'write_contents',
    names: ['contents'],
    says: ['a level goes after the colon'],
  },
  {
    written: 'organization_projects_admin',
    names: ['organization_projects'],
    says: ['a level goes after the colon'],
  },
]

/**
 * Labels that name a repository or account permission and an organization
 * one, where the first is also a permission name: the message names only
 * that one. See the report: "Administration" for an organization's token
 * is organization_administration, not administration.
 */
const SHARED_LABELS_NAMING_ONE: Spelling[] = [
  {
    written: 'Administration',
    names: ['administration', 'organization_administration'],
  },
  { written: 'Secrets', names: ['secrets', 'organization_secrets'] },
  { written: 'Plan', names: ['plan', 'organization_plan'] },
  {
    written: 'Knowledge bases',
    names: ['knowledge_bases', 'organization_knowledge_bases'],
  },
]

function expectSpelling(spelling: Spelling, text: string) {
  expect(text).not.toContain(FALLBACK)
  for (const name of spelling.names ?? []) expect(text).toContain(quote(name))
  for (const name of spelling.mentions ?? [])
    expect(mentions(text, name)).toBe(true)
  for (const name of spelling.not ?? [])
    expect(mentions(text, name)).toBe(false)
  for (const fragment of spelling.says ?? []) expect(text).toContain(fragment)
  if (spelling.none)
    expect(catalog.names.filter((name) => names(text, name))).toEqual([])
}

describe('1. names people write', () => {
  it(`covers at least 40 spellings (${SPELLINGS.length})`, () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(40)
  })

  it.each(SPELLINGS.map((s) => [s.written, s] as const))(
    '%s',
    (written, spelling) => {
      // Not itself a permission, so the message is what a user sees.
      expect(catalog.find(written)).toBeUndefined()
      const text = message(written, 'read')
      expectSpelling(spelling, text)
      // The engine reports the same message under unknown-permission.
      expect(engineMessage(written)).toBe(text)
    },
  )

  it('the measured wrong suggestions are gone', () => {
    const wrong: Array<[string, string]> = [
      ['dependabot_alerts', 'dependabot_secrets'],
      ['code_scanning_alerts', 'secret_scanning_alerts'],
      ['organization_members', 'organization_models'],
      ['repository_projects', 'repository_hooks'],
      ['organization_packages', 'organization_campaigns'],
    ]
    for (const [written, wrongName] of wrong)
      expect(suggested(message(written))).not.toBe(wrongName)
  })

  it.each(SHARED_LABELS_NAMING_ONE.map((s) => [s.written, s] as const))(
    '%s labels a permission of two owners, so both are named',
    (written, spelling) => {
      expectSpelling(spelling, message(written))
    },
  )
})

describe('1b. classic scopes', () => {
  it.each([
    ['repo', ['contents', 'issues', 'pull_requests', 'metadata']],
    ['public_repo', ['contents']],
    ['repo:status', ['statuses']],
    ['repo_deployment', ['deployments']],
    ['workflow', ['workflows']],
    ['gist', ['gists']],
    ['user:follow', ['followers']],
    ['delete_repo', ['administration']],
    ['read:org', ['members']],
    ['admin:org_hook', ['organization_hooks']],
    ['admin:public_key', ['keys']],
    ['admin:gpg_key', ['gpg_keys']],
    ['admin:ssh_signing_key', ['git_signing_ssh_public_keys']],
    ['codespace', ['codespaces']],
  ])('%s -> %j', (scope, permissions) => {
    const text = message(scope)
    expect(text).toContain('a scope of classic tokens')
    for (const name of permissions) expect(mentions(text, name)).toBe(true)
  })

  // GitHub's other documented scopes: never the generic message, which
  // advises extra_permissions.
  it.each([
    'write:packages',
    'read:packages',
    'delete:packages',
    'admin:enterprise',
    'read:repo_hook',
    'write:repo_hook',
    'read:public_key',
    'write:public_key',
    'read:gpg_key',
    'write:gpg_key',
    'read:ssh_signing_key',
    'write:ssh_signing_key',
    'read:discussion',
    'write:discussion',
    'manage_runners:org',
    'read:project',
  ])('the classic scope %s gets more than the generic message', (scope) => {
    const text = message(scope)
    expect(text).not.toContain(FALLBACK)
    expect(text).not.toContain('extra_permissions')
  })
})

// ---------------------------------------------------------------------
// 2. Every row of both copies of GitHub's page

describe('2. display names of both page copies', () => {
  it('reads 76 rows from the seed copy and 77 from the later one', () => {
    expect(SEED_ROWS).toHaveLength(76)
    expect(LATER_ROWS).toHaveLength(77)
  })

  const rows = (
    [
      ['seed', SEED_ROWS],
      ['later', LATER_ROWS],
    ] as const
  ).flatMap(([page, list]) =>
    list.map((row) => [page, row.displayName, row.name] as const),
  )
  it('holds every row of both copies', () => {
    expect(rows).toHaveLength(76 + 77)
  })

  it.each(rows)('%s: "%s" names %s', (_page, label, name) => {
    expect(names(engineMessage(label)!, name)).toBe(true)
    expect(names(message(label), name)).toBe(true)
  })
})

// ---------------------------------------------------------------------
// 3. Keys of a workflow's permissions: block

const ACTIONS_KEYS = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]

describe('3. Actions permissions: keys', () => {
  it('lists the 16 keys', () => expect(ACTIONS_KEYS).toHaveLength(16))

  it.each(ACTIONS_KEYS)('%s', (key) => {
    const normalized = catalog.find(normalizeName(key))
    if (normalized) {
      if (key !== normalized.name)
        expect(message(key)).toContain(`did you mean ${quote(normalized.name)}`)
      return
    }
    const text = message(key)
    expect(text).not.toContain(FALLBACK)
    expect(text).not.toContain('did you mean')
  })
})

// ---------------------------------------------------------------------
// 4. GitHub App permission names (app-permissions schema)

const APP_PERMISSIONS = [
  'actions',
  'administration',
  'checks',
  'codespaces',
  'contents',
  'dependabot_secrets',
  'deployments',
  'environments',
  'issues',
  'metadata',
  'packages',
  'pages',
  'pull_requests',
  'repository_custom_properties',
  'repository_hooks',
  'repository_projects',
  'secret_scanning_alerts',
  'secrets',
  'security_events',
  'single_file',
  'statuses',
  'vulnerability_alerts',
  'workflows',
  'members',
  'organization_administration',
  'organization_custom_roles',
  'organization_custom_org_roles',
  'organization_custom_properties',
  'organization_copilot_seat_management',
  'organization_announcement_banners',
  'organization_events',
  'organization_hooks',
  'organization_personal_access_tokens',
  'organization_personal_access_token_requests',
  'organization_plan',
  'organization_projects',
  'organization_packages',
  'organization_secrets',
  'organization_self_hosted_runners',
  'organization_user_blocking',
  'team_discussions',
  'email_addresses',
  'followers',
  'git_ssh_keys',
  'gpg_keys',
  'interaction_limits',
  'profile',
  'starring',
]

describe('4. GitHub App permission names', () => {
  const explained = (name: string) =>
    catalog.find(name) !== undefined || !message(name).includes(FALLBACK)

  it.each(APP_PERMISSIONS)('%s is a permission or explained', (name) =>
    expect(explained(name)).toBe(true),
  )

  it('organization_packages is explained like packages', () => {
    const text = message('organization_packages')
    expect(text).not.toContain(FALLBACK)
    expect(text).toContain('GitHub Packages')
  })
})

// ---------------------------------------------------------------------
// 5. A whole word swapped is no typo

const typoBudget = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2)

/** `written` is `target` with a letter or two off per word (or other separators). */
function typoOf(written: string, target: string): boolean {
  const a = written.split('_')
  const b = target.split('_')
  if (a.join('') === b.join('')) return true
  if (a.length !== b.length) return false
  return a.every(
    (word, i) =>
      distance(word, b[i]!) <= typoBudget(Math.max(word.length, b[i]!.length)),
  )
}

/** Every label of GitHub's form, normalized, with what it labels. */
const LABELS = new Map<string, Set<string>>()
for (const [label, name] of [
  ...[...SEED_ROWS, ...LATER_ROWS, ...catalog.permissions].map(
    (p) => [p.displayName, p.name] as const,
  ),
  ...DATA_PERMISSIONS.map((p) => [p.title, p.name] as const),
  ...ENTERPRISE_ONLY_PERMISSIONS.map((p) => [p.displayName, p.name] as const),
]) {
  const key = normalizeName(label)
  LABELS.set(key, (LABELS.get(key) ?? new Set()).add(name))
}

/** A suggestion is sound when the name is a typo of it or of its label. */
function soundSuggestion(written: string, permission: string): boolean {
  if (typoOf(written, permission)) return true
  return [...LABELS].some(
    ([label, labelled]) => labelled.has(permission) && typoOf(written, label),
  )
}

const GLUED_LEVEL = /^(read|write|admin)_|_(read|write|admin)$/

interface Swapped {
  name: string
  from: string
}

/**
 * Each catalog name of two or more words with one word replaced by another
 * word of any permission name (catalog and API data), in sorted order;
 * without names that mean something on their own: a permission, a label,
 * a curated name, a REST path word. Names with a level word glued on are
 * kept apart (see below).
 */
function swappedNames(): { plain: Swapped[]; glued: Swapped[] } {
  const allNames = [...catalog.names, ...DATA_PERMISSIONS.map((p) => p.name)]
  const vocabulary = [...new Set(allNames.flatMap((n) => n.split('_')))].sort()
  const seen = new Map<string, string>()
  for (const from of [...catalog.names].sort()) {
    const words = from.split('_')
    if (words.length < 2) continue
    words.forEach((word, i) => {
      for (const other of vocabulary) {
        if (other === word) continue
        const name = words.map((w, j) => (j === i ? other : w)).join('_')
        if (!seen.has(name)) seen.set(name, from)
      }
    })
  }
  const plain: Swapped[] = []
  const glued: Swapped[] = []
  for (const [name, from] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (catalog.find(name) || findDataPermission(name) || isInApiData(name))
      continue
    if (LABELS.has(name) || CURATED_NAMES.has(name)) continue
    if (pathWordUses(name).length > 0) continue
    ;(GLUED_LEVEL.test(name) ? glued : plain).push({ name, from })
  }
  return { plain, glued }
}

const SWAPPED = swappedNames()

describe('5. no suggestion beats a wrong one', () => {
  // At the time of writing: 9,530 swapped names checked (264 more glued to
  // a level word, below); 14 get a did-you-mean, each a typo of it
  // (dependabot_secret, issues_types, organization_self_hosted_banners).
  it(`${SWAPPED.plain.length} whole-word swaps of permission names: a did-you-mean only for a typo of the suggestion`, () => {
    expect(SWAPPED.plain.length).toBeGreaterThan(8000)
    const wrong: string[] = []
    let quiet = 0
    for (const { name, from } of SWAPPED.plain) {
      const text = message(name)
      const meant = suggested(text)
      if (meant === undefined) {
        if (!text.includes('did you mean')) quiet++
        else wrong.push(`${name} (from ${from}): ${text}`)
      } else if (!soundSuggestion(name, meant))
        wrong.push(`${name} (from ${from}): ${text}`)
    }
    expect(wrong).toEqual([])
    // Nearly all get no suggestion: only the few that are also a typo of
    // another name get one.
    expect(SWAPPED.plain.length - quiet).toBeLessThan(30)
  })

  it('swaps that are no typo of anything get no did-you-mean at all', () => {
    const examples = [
      'dependabot_alerts',
      'code_scanning_alerts',
      'organization_members',
      'organization_packages',
      'organization_issues',
      'organization_actions_secrets',
      'repository_dependabot_secrets',
    ]
    for (const name of examples)
      expect(message(name)).not.toContain('did you mean')
  })

  // `codespaces_admin` (codespaces_secrets with a word swapped) must not get
  // "did you mean codespaces? (codespaces: admin)", a level codespaces lacks.
  it(`${SWAPPED.glued.length} swaps ending in a level word never suggest a level the permission lacks`, () => {
    const unsupported: string[] = []
    for (const { name } of [
      ...SWAPPED.glued,
      { name: 'metadata_write' },
      { name: 'gists_read' },
    ]) {
      const text = message(name)
      const glued =
        /did you mean "([^"]+)"\? \(the level goes after the colon: \1: (\w+)\)/.exec(
          text,
        )
      if (!glued) continue
      const levels: readonly string[] = catalog.find(glued[1]!)?.levels ?? []
      if (!levels.includes(glued[2]!)) unsupported.push(`${name}: ${text}`)
    }
    expect(unsupported).toEqual([])
  })
})

describe('convincingMatch', () => {
  const all = [...catalog.names]

  it('refuses a tie', () => {
    expect(convincingMatches('pages', ['page', 'pager'])).toEqual([
      'page',
      'pager',
    ])
    expect(convincingMatch('pages', ['page', 'pager'])).toBeUndefined()
  })

  it('matches the same letters with other separators', () => {
    expect(convincingMatch('pullrequests', all)).toBe('pull_requests')
    expect(convincingMatch('Pull-Requests', all)).toBe('pull_requests')
  })

  it('matches a letter or two off per word', () => {
    expect(convincingMatch('pull_request', all)).toBe('pull_requests')
    expect(convincingMatch('contens', all)).toBe('contents')
    expect(convincingMatch('codespace_secrets', all)).toBe('codespaces_secrets')
  })

  it.each([
    ['dependabot_alerts', 'dependabot_secrets'],
    ['code_scanning_alerts', 'secret_scanning_alerts'],
    ['organization_members', 'organization_models'],
    ['repository_projects', 'repository_hooks'],
    ['organization_packages', 'organization_campaigns'],
  ])('a whole word swapped is no typo: %s', (name, lookalike) => {
    expect(convincingMatch(name, all)).toBeUndefined()
    expect(convincingMatch(name, [lookalike])).toBeUndefined()
  })

  it('short words must match exactly', () => {
    expect(convincingMatch('ors_secrets', ['org_secrets'])).toBeUndefined()
    expect(convincingMatch('ors', ['org'])).toBeUndefined()
    expect(convincingMatch('gist', ['gists'])).toBe('gists')
  })
})

// ---------------------------------------------------------------------
// 6. Level words

describe('6. level words as people write them', () => {
  const levelFinding = (line: string) => {
    const { findings } = lint(withPermissions(line))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.rule).toBe('unsupported-access-level')
    expect(findings[0]!.severity).toBe('error')
    expect(findings[0]!.message).not.toContain('did you mean')
    return findings[0]!.message
  }

  it('contents: Read-only means read', () => {
    expect(levelFinding('contents: Read-only')).toContain(
      '"Read-only" means read: set contents: read',
    )
  })

  it.each(['Read and write', 'rw', 'read/write', 'READ-WRITE', 'Read & write'])(
    'contents: %s means write',
    (level) => {
      expect(levelFinding(`contents: ${level}`)).toContain(
        `${quote(level)} means write: set contents: write`,
      )
    },
  )

  it('metadata: Read and write: metadata supports only read', () => {
    const text = levelFinding('metadata: Read and write')
    expect(text).toContain('"metadata" supports only read, not write')
    expect(text).toContain('use metadata: read')
  })

  it('contents: No access: remove the line', () => {
    expect(levelFinding('contents: No access')).toContain(
      'to grant no access, remove the "contents" line',
    )
  })

  it('contents: readable is not an access level', () => {
    expect(levelFinding('contents: readable')).toContain(
      '"readable" is not an access level of "contents"',
    )
  })

  it.each([
    ['read-only', 'read'],
    ['readonly', 'read'],
    ['READONLY', 'read'],
    ['Read-only', 'read'],
    ['Access: Read-only', 'read'],
    ['RO', 'read'],
    ['Read and write', 'write'],
    ['read/write', 'write'],
    ['READ_WRITE', 'write'],
    ['rw', 'write'],
    ['R/W', 'write'],
    ['Access: Read and write', 'write'],
    ['Admin', 'admin'],
    ['No access', 'none'],
    ['NONE', 'none'],
  ])('levelWordMeaning(%j) is %s', (written, meaning) => {
    expect(levelWordMeaning(written)).toBe(meaning)
  })

  it.each(['readable', 'writer', 'full', 'Access:', ''])(
    'levelWordMeaning(%j) is no level',
    (written) => {
      expect(levelWordMeaning(written)).toBeUndefined()
    },
  )
})

// ---------------------------------------------------------------------
// 7. Through the CLI process

describe('7. lint --format github (dist/cli/index.js)', () => {
  it('prints one ::error line per name, none injecting a workflow command', () => {
    const template = withPermissions(
      'Commit statuses: Read-only',
      'dependabot_alerts: read',
      'id-token: write',
      // Hostile keys: a newline and an escaped one in the name.
      '"Commit statuses\\n::warning::injected": read',
      '"Webhooks%0A::notice::injected": read',
    )
    const root = workspace({ 'a.yml': template }, 'tt-names-')
    const { status, stdout, stderr } = runCli(
      ['lint', 'a.yml', '--format', 'github'],
      root,
    )
    expect(status).toBe(1)
    expect(stderr).toBe('')
    const lines = stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(5)
    lines.forEach((line, i) =>
      expect(line).toMatch(
        new RegExp(
          `^::error file=a\\.yml,line=${i + 5},col=3,endLine=${i + 5},endColumn=\\d+,title=unknown-permission::[^\\r]+$`,
        ),
      ),
    )
    // `::` starts only the five commands.
    expect(stdout.match(/^::/gm)).toHaveLength(5)
    expect(lines[0]).toContain(
      '::"Commit statuses" is how GitHub labels the permission "statuses"',
    )
    expect(lines[1]).toContain('"vulnerability_alerts"')
    expect(lines[1]).not.toContain('dependabot_secrets')
    expect(lines[2]).toContain(
      '"id-token" is a key of a workflow\'s permissions',
    )
    expect(lines[3]).toContain('"Commit statuses\\n::warning::injected"')
    expect(lines[4]).toContain('"Webhooks%250A::notice::injected"')
  })
})

describe('cost on a file of many unknown names', () => {
  it('explains the first 100 unknown permissions of a template, then keeps the messages short', () => {
    const filler = Array.from({ length: 100 }, (_, i) => `filler_${i}: read`)
    const document = parseYamlFile(
      withPermissions(...filler, '"Commit statuses": read'),
    ).documents[0]!
    const messages: string[] = []
    findRule('unknown-permission')!.create!((_file, _at, text) =>
      messages.push(text),
    ).template!({
      file: 't.yml',
      documentIndex: 0,
      fields: document.value as Record<string, unknown>,
      schemaErrors: [],
      catalog,
      locate: (path, part) => document.locate(path, part),
      start: () => document.start(),
    })
    expect(messages).toHaveLength(101)
    expect(messages[100]).toContain(FALLBACK)
    expect(messages[100]).not.toContain('"statuses"')
    expect(message('Commit statuses')).toContain('use the key "statuses"')
  })
})

describe('outside review: no confident wrong answer', () => {
  it.each([
    'repo_files',
    'user_repositories',
    'user_public_key',
    'repo_workflow',
    'org_metadata',
    'org_config',
    'org_collaborators',
    'repo_rules',
    'org_seats',
    'user_orgs',
    'org_labels',
    'org_api',
  ])(
    '%s (an owner and a REST word deep in some path) gets no key to use',
    (written) => {
      const text = message(written)
      expect(text).not.toContain('use the key')
      expect(text).not.toContain('did you mean')
    },
  )

  it('a resource whose endpoints take the same alternatives says "or"', () => {
    expect(message('labels')).toContain(
      'endpoints under /repos/{owner}/{repo}/labels need "issues" or "pull_requests"',
    )
  })

  it('a resource whose endpoints differ names each with its count, never "or"', () => {
    const text = message('pulls')
    expect(text).toMatch(/name "pull_requests" \(\d+ of \d+\)/)
    expect(text).toContain('depending on the endpoint')
  })

  it.each([
    ['Administation', ['administration', 'organization_administration']],
    ['secret', ['secrets', 'organization_secrets']],
    ['plans', ['plan', 'organization_plan']],
  ])('a typo of a label both owners share (%s) names both', (written, both) => {
    const text = message(written)
    for (const name of both) expect(text).toContain(`"${name}"`)
  })

  it('a typo with the owner written names only that owner', () => {
    expect(message('organization_secret')).toBe(
      'unknown permission "organization_secret": did you mean "organization_secrets"?',
    )
  })

  it.each([
    'context',
    'states',
    'custom_repository_rules',
    'organization_custom_rules',
  ])('%s is a word of its own, no typo', (written) =>
    expect(message(written)).not.toContain('did you mean'),
  )

  it('classic scopes: codespace:secrets is the user secrets; an unknown colon name gets no extra_permissions advice', () => {
    expect(message('codespace:secrets')).toContain('codespaces_user_secrets')
    for (const scope of ['read:audit_log', 'manage_billing:copilot']) {
      const text = message(scope)
      expect(text).toContain('scope of classic tokens')
      expect(text).not.toContain('extra_permissions')
      expect(text).not.toContain('did you mean')
    }
  })
})

describe('outside review: level messages', () => {
  const levelMessageOf = (line: string) =>
    lint(withPermissions(line)).findings.find(
      (f) => f.rule === 'unsupported-access-level',
    )?.message

  it('spaces around a lowercase level are the problem, not the case', () => {
    expect(levelMessageOf('contents: " read"')).toBe(
      'remove the spaces around the level: write contents: read',
    )
  })

  it('asking for less than a permission offers never advises more power as the fix', () => {
    const text = levelMessageOf('workflows: Read-only')!
    expect(text).toContain('remove the line')
    expect(text).toContain('only if the token must have that')
  })

  it('says what a word means only when it is another word', () => {
    expect(levelMessageOf('contents: Admin')).not.toContain('means admin')
  })

  it('an Enterprise-only permission on GitHub.com still has its levels checked', () => {
    expect(levelMessageOf('repository_pre_receive_hooks: bogus')).toContain(
      'is not an access level of "repository_pre_receive_hooks"',
    )
    expect(levelMessageOf('secret_scanning_bypass_requests: admin')).toContain(
      'supports read and write, not admin',
    )
  })

  it('a permission only the API data names still needs a level', () => {
    expect(levelMessageOf('agent_secrets: bogus')).toContain(
      '"bogus" is not an access level of "agent_secrets"',
    )
    expect(levelMessageOf('agent_secrets: write')).toBeUndefined()
  })
})

describe('second outside review', () => {
  it.each(['contexts', 'reactions', 'gits', 'reactions_variables'])(
    '%s is a REST word (or its plural) of its own: no typo of a permission',
    (written) => expect(message(written)).not.toContain('did you mean'),
  )

  it('admin glued on is a level only where the permission has admin', () => {
    expect(message('codespaces_admin')).not.toContain('did you mean')
    expect(message('organization_projects_admin')).toContain(
      'did you mean "organization_projects"?',
    )
  })

  it('read:user is no profile grant (profile is write-only)', () => {
    expect(message('read:user')).not.toContain('profile')
  })

  it('user_blocking names both blocking permissions', () => {
    const text = message('user_blocking')
    expect(text).toContain('"blocking" (account)')
    expect(text).toContain('"organization_user_blocking" (organization)')
  })

  it("quotes the form's label where the catalog has one, not the API data's title", () => {
    expect(message('org_custom_properties')).toContain(
      '"Custom repository properties"',
    )
  })

  it('a suggestion the platform lacks says so', () => {
    const ghes = new PermissionCatalog([], 'ghes-3.20')
    expect(unknownPermissionMessage('codespace_secret', ghes)).toContain(
      'GitHub Enterprise Server 3.20',
    )
  })
})
