// Deterministic generator of realistic token templates for the benchmarks.
//
// generateTemplates(dir, n, { seed, onePerFile }) writes n templates under
// dir/.github/token-templates/ and returns { files, templates, invalid,
// invalidFiles }. templateDocuments(seed) yields the same kind of templates
// one by one, as YAML texts. Every tenth template is invalid, with one defect
// that the JSON Schema alone also catches, so lint reports one error there
// and none elsewhere. Nothing is imported from src/: the permissions and
// endpoints below are a hand-copied slice of the catalog (the endpoints'
// permissions are what `token-templates suggest` prints for them).

import fs from 'node:fs'
import path from 'node:path'

export const TEMPLATE_DIR = path.join('.github', 'token-templates')

const MODELINE =
  '# yaml-language-server: $schema=https://github.com/token-templates/token-templates/raw/main/schemas/token-template.schema.json'

// Repository permissions and their valid access levels.
const REPOSITORY_PERMISSIONS = {
  actions: ['read', 'write'],
  administration: ['read', 'write'],
  attestations: ['read', 'write'],
  codespaces: ['read', 'write'],
  codespaces_metadata: ['read'],
  contents: ['read', 'write'],
  dependabot_secrets: ['read', 'write'],
  deployments: ['read', 'write'],
  discussions: ['read', 'write'],
  environments: ['read', 'write'],
  issues: ['read', 'write'],
  metadata: ['read'],
  pages: ['read', 'write'],
  pull_requests: ['read', 'write'],
  repository_hooks: ['read', 'write'],
  secret_scanning_alerts: ['read', 'write'],
  secrets: ['read', 'write'],
  security_events: ['read', 'write'],
  statuses: ['read', 'write'],
  actions_variables: ['read', 'write'],
  vulnerability_alerts: ['read', 'write'],
  workflows: ['write'],
}

// Organization permissions: only with a target_name (an organization).
const ORGANIZATION_PERMISSIONS = {
  members: ['read', 'write'],
  organization_administration: ['read', 'write'],
  organization_hooks: ['read', 'write'],
  organization_projects: ['read', 'write', 'admin'],
  organization_secrets: ['read', 'write'],
  organization_self_hosted_runners: ['read', 'write'],
  organization_actions_variables: ['read', 'write'],
  organization_copilot_seat_management: ['read', 'write'],
  organization_events: ['read'],
  organization_plan: ['read'],
}

// Account permissions: only without a target_name.
const ACCOUNT_PERMISSIONS = {
  gists: ['write'],
  emails: ['read', 'write'],
  followers: ['read', 'write'],
  gpg_keys: ['read', 'write'],
  keys: ['read', 'write'],
  starring: ['read', 'write'],
  user_models: ['read'],
}

const REPOSITORY_NAMES = Object.keys(REPOSITORY_PERMISSIONS)
const ORGANIZATION_NAMES = Object.keys(ORGANIZATION_PERMISSIONS)
const ACCOUNT_NAMES = Object.keys(ACCOUNT_PERMISSIONS)

// REST endpoints and the repository permission each needs.
const ENDPOINTS = [
  ['GET /repos/{owner}/{repo}/contents/{path}', 'contents', 'read'],
  ['PUT /repos/{owner}/{repo}/contents/{path}', 'contents', 'write'],
  ['GET /repos/{owner}/{repo}/releases/latest', 'contents', 'read'],
  ['POST /repos/{owner}/{repo}/releases', 'contents', 'write'],
  ['GET /repos/{owner}/{repo}/issues', 'issues', 'read'],
  [
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    'issues',
    'write',
  ],
  [
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    'issues',
    'write',
  ],
  ['GET /repos/{owner}/{repo}/pulls', 'pull_requests', 'read'],
  [
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    'pull_requests',
    'read',
  ],
  ['POST /repos/{owner}/{repo}/pulls', 'pull_requests', 'write'],
  ['POST /repos/{owner}/{repo}/statuses/{sha}', 'statuses', 'write'],
  ['GET /repos/{owner}/{repo}/commits/{ref}/status', 'statuses', 'read'],
  ['GET /repos/{owner}/{repo}/actions/runs', 'actions', 'read'],
  [
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    'actions',
    'write',
  ],
  ['GET /repos/{owner}/{repo}/deployments', 'deployments', 'read'],
  ['POST /repos/{owner}/{repo}/deployments', 'deployments', 'write'],
  ['POST /repos/{owner}/{repo}/pages/builds', 'pages', 'write'],
  ['GET /repos/{owner}/{repo}/code-scanning/alerts', 'security_events', 'read'],
  [
    'GET /repos/{owner}/{repo}/dependabot/alerts',
    'vulnerability_alerts',
    'read',
  ],
]
const LEVEL_RANK = { read: 1, write: 2, admin: 3 }

// Comments people leave at the top of a template.
const COMMENTS = [
  '# Owner: platform team',
  '# Rotated by the secrets-rotation workflow',
  '# Reviewed 2026-09: still needed',
  '# Keep in sync with the deploy workflow',
]

const PURPOSES = [
  'Release automation',
  'Repo reading',
  'Repo writing',
  'Core loop',
  'Issue triage',
  'PR review bot',
  'Dependency updates',
  'Docs publishing',
  'Pages deploy',
  'CI status reporter',
  'Security scanner',
  'Backup mirror',
  'Changelog writer',
  'Label sync',
  'Workflow editor',
  'Secrets rotation',
  'Deploy gate',
  'Discussion digest',
  'Org audit',
  'Runner registration',
  'Project board sync',
  'Member report',
  'Gist publisher',
  'Models playground',
]

const ORGANIZATIONS = [
  'octodemo',
  'acme-corp',
  'contoso',
  'initech',
  'globex',
  'hooli',
  'umbrella-labs',
  'wayne-enterprises',
]

const SENTENCES = [
  'Used by the nightly job to read repository contents and open pull requests with dependency updates.',
  'It needs write access to contents and pull requests but nothing else.',
  'It expires quickly so that a leaked copy is useless soon after.',
  'Ask the platform team before widening it: every new permission needs a review.',
  'See the runbook for the rotation steps, the owners of the workflow and the alerts that fire when the token is about to expire.',
  'The token is stored as an Actions secret in the automation repository and nowhere else.',
  'Do not reuse it for local development; create your own token from this template instead.',
  'Requests made with it show up in the audit log under the service account.',
]

const SHORT_DESCRIPTIONS = [
  'Just contents:read',
  'Read-only access for the docs site build',
  'Used by the release workflow to tag and publish',
  'Comment on issues and pull requests from the triage bot',
  'Push commits to main! Includes workflows: remove it if unneeded',
  'Mirror repositories to the backup storage every night',
  'Report commit statuses from the external CI',
]

// The four kinds of defect, in rotation.
const INVALID_KINDS = [
  'misspelt-permission',
  'unsupported-level',
  'expires-out-of-range',
  'unknown-key',
]
const MISSPELLINGS = [
  ['pull_request', 'write'],
  ['content', 'read'],
  ['issue', 'write'],
  ['workflow', 'write'],
]
const BAD_LEVELS = [
  ['metadata', 'write'],
  ['workflows', 'read'],
  ['codespaces_metadata', 'write'],
  ['contents', 'admin'],
]
const UNKNOWN_KEYS = [
  'repositories: [api, web]',
  'expiry: 30',
  'owner: octodemo',
  'scopes: repo',
]

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A YAML single-quoted scalar. */
const quote = (text) => `'${text.replace(/'/g, "''")}'`

function longDescription(random) {
  const target = 400 + Math.floor(random() * 500) // stays under 1024
  const words = []
  let length = 0
  let sentence = Math.floor(random() * SENTENCES.length)
  while (length < target) {
    for (const word of SENTENCES[sentence++ % SENTENCES.length].split(' ')) {
      words.push(word)
      length += word.length + 1
    }
  }
  // A folded block scalar wrapped at 76 columns, as people write them.
  const lines = []
  let line = ''
  for (const word of words) {
    if (line && line.length + word.length + 1 > 76) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return `description: >-\n${lines.map((l) => `  ${l}`).join('\n')}`
}

function pickPermissions(random, names, catalog, count) {
  const chosen = new Map()
  while (chosen.size < Math.min(count, names.length)) {
    const name = names[Math.floor(random() * names.length)]
    const levels = catalog[name]
    chosen.set(name, levels[Math.floor(random() * levels.length)])
  }
  return chosen
}

/** 1-3 endpoints a repository token calls; adds what they need to permissions. */
function pickEndpoints(random, permissions) {
  const chosen = new Set()
  const count = 1 + Math.floor(random() * 3)
  while (chosen.size < count)
    chosen.add(ENDPOINTS[Math.floor(random() * ENDPOINTS.length)])
  for (const [, name, level] of chosen) {
    const current = permissions.get(name)
    if (!current || LEVEL_RANK[current] < LEVEL_RANK[level])
      permissions.set(name, level)
  }
  return [...chosen].map(([endpoint]) => endpoint)
}

/** The YAML text of template number `index` (no modeline). */
function templateText(random, index, invalidKind) {
  const purpose = PURPOSES[Math.floor(random() * PURPOSES.length)]
  const lines = []
  if (random() < 0.1)
    lines.push(COMMENTS[Math.floor(random() * COMMENTS.length)])
  lines.push(`name: ${purpose} token ${index + 1}`)

  const shape = random()
  if (shape < 0.1) lines.push(longDescription(random))
  else if (shape < 0.85) {
    const text = SHORT_DESCRIPTIONS[index % SHORT_DESCRIPTIONS.length]
    lines.push(`description: ${quote(text)}`)
  } // else: no description

  const kind = random()
  const permissions = new Map()
  let organization = false
  let endpoints = []
  if (kind < 0.15) {
    // An organization token: target_name + organization permissions.
    organization = true
    lines.push(
      `target_name: ${ORGANIZATIONS[Math.floor(random() * ORGANIZATIONS.length)]}`,
    )
    const count = 1 + Math.floor(random() * 3)
    for (const [k, v] of pickPermissions(
      random,
      ORGANIZATION_NAMES,
      ORGANIZATION_PERMISSIONS,
      count,
    ))
      permissions.set(k, v)
  } else if (kind < 0.22) {
    // An account token: no target_name.
    const count = 1 + Math.floor(random() * 2)
    for (const [k, v] of pickPermissions(
      random,
      ACCOUNT_NAMES,
      ACCOUNT_PERMISSIONS,
      count,
    ))
      permissions.set(k, v)
  } else if (kind < 0.4) {
    // A repository token pinned to an owner.
    lines.push(
      `target_name: ${ORGANIZATIONS[Math.floor(random() * ORGANIZATIONS.length)]}`,
    )
  }
  if (permissions.size === 0 || (organization && random() < 0.5)) {
    // Repository permissions: mostly 1-3, sometimes up to 10.
    const count =
      random() < 0.8
        ? 1 + Math.floor(random() * 3)
        : 4 + Math.floor(random() * 7)
    for (const [k, v] of pickPermissions(
      random,
      REPOSITORY_NAMES,
      REPOSITORY_PERMISSIONS,
      count,
    ))
      permissions.set(k, v)
    // A quarter of repository tokens list the endpoints they call, with
    // the permissions those need (as `token-templates suggest` writes them).
    if (!organization && random() < 0.25) {
      permissions.clear()
      endpoints = pickEndpoints(random, permissions)
    }
  }

  const expires = [7, 30, 30, 45, 60, 90, 180, 366, 'none'][
    Math.floor(random() * 9)
  ]
  if (random() < 0.9) lines.push(`expires_in: ${expires}`)
  if ([...permissions.values()].includes('write') && random() < 0.2)
    lines.push(
      `justification: ${quote('Needed by the release job: approved by the platform team')}`,
    )

  const round = Math.floor(index / 10)
  if (invalidKind === 'expires-out-of-range') {
    const at = lines.findIndex((l) => l.startsWith('expires_in:'))
    if (at === -1) lines.push('expires_in: 400')
    else lines[at] = 'expires_in: 400'
  } else if (invalidKind === 'unknown-key')
    lines.push(UNKNOWN_KEYS[round % UNKNOWN_KEYS.length])

  lines.push('permissions:')
  for (const [name, level] of permissions) lines.push(`  ${name}: ${level}`)
  if (invalidKind === 'misspelt-permission') {
    const [name, level] = MISSPELLINGS[round % MISSPELLINGS.length]
    lines.push(`  ${name}: ${level}`)
  } else if (invalidKind === 'unsupported-level') {
    const [name, level] = BAD_LEVELS[round % BAD_LEVELS.length]
    // Replace the permission if present, otherwise add it.
    const at = lines.findIndex((l) => l.startsWith(`  ${name}:`))
    if (at === -1) lines.push(`  ${name}: ${level}`)
    else lines[at] = `  ${name}: ${level}`
  }
  if (endpoints.length) {
    lines.push('endpoints:')
    for (const endpoint of endpoints) lines.push(`  - ${endpoint}`)
  }
  return lines.join('\n')
}

/**
 * Template documents without end, as { text, invalid }: every tenth one
 * (index 9, 19, ...) is invalid, the four kinds of defect in rotation.
 */
export function* templateDocuments(seed = 1) {
  const random = prng(seed)
  let invalid = 0
  for (let index = 0; ; index++) {
    const kind =
      index % 10 === 9
        ? INVALID_KINDS[invalid++ % INVALID_KINDS.length]
        : undefined
    yield {
      text: `${MODELINE}\n${templateText(random, index, kind)}\n`,
      invalid: kind !== undefined,
    }
  }
}

/**
 * Writes n templates under dir/.github/token-templates/. With onePerFile
 * every file holds one template; otherwise most do, and some files hold 2-5
 * YAML documents. Some files sit in subdirectories; most end in .yml.
 * invalidFiles lists the files (relative to dir) with an invalid template.
 */
export function generateTemplates(
  dir,
  n,
  { seed = 1, onePerFile = false } = {},
) {
  const documents = templateDocuments(seed)
  const random = prng(seed + 0x9e3779b9) // the layout's own stream
  const root = path.join(dir, TEMPLATE_DIR)
  const subdirs = ['platform', 'teams/web', 'teams/data', 'bots']
  for (const sub of subdirs)
    fs.mkdirSync(path.join(root, sub), { recursive: true })

  const invalidFiles = []
  let invalid = 0
  let files = 0
  for (let index = 0; index < n;) {
    const size =
      onePerFile || random() >= 0.15 ? 1 : 2 + Math.floor(random() * 4)
    const texts = []
    let fileInvalid = false
    for (let k = 0; k < size && index < n; k++, index++) {
      const { text, invalid: isInvalid } = documents.next().value
      texts.push(text)
      if (isInvalid) invalid++
      fileInvalid ||= isInvalid
    }
    const where = random()
    const sub =
      where < 0.75 ? '' : subdirs[Math.floor(random() * subdirs.length)]
    const ext = random() < 0.8 ? 'yml' : 'yaml'
    const file = path.join(
      TEMPLATE_DIR,
      sub,
      `token-${String(files + 1).padStart(6, '0')}.${ext}`,
    )
    fs.writeFileSync(path.join(dir, file), texts.join('---\n'))
    if (fileInvalid) invalidFiles.push(file)
    files++
  }
  return { files, templates: n, invalid, invalidFiles }
}
