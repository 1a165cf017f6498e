import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PERMISSIONS } from '../src/catalog/index.js'
import {
  diffCatalog,
  formatCatalogDiff,
  hasFeatureFlags,
  parsePermissionTables,
} from '../src/catalog/page-tables.js'
import type { PagePermission } from '../src/catalog/page-tables.js'
import { formatApiDataOnly } from '../src/catalog/page-tables.js'

// The permissions GitHub's API data lists that the catalog lacks: printed
// for information, whatever the exit code.
const API_DATA_ONLY =
  "known to GitHub's API data, not in the catalog: organization_agent_secrets (organization, 'Agent secrets'), organization_agent_variables (organization, 'Agent variables'), organization_copilot_spaces (organization, 'Copilot Spaces'), organization_copilot_agent_settings (organization, 'Copilot agent settings'), org_copilot_content_exclusion (organization, 'Copilot content exclusion'), organization_runner_custom_images (organization, 'Hosted runner custom images'), issue_fields (organization, 'Issue Fields'), organization_copilot_metrics (organization, 'Organization Copilot metrics'), agent_secrets (repository, 'Agent secrets'), agent_variables (repository, 'Agent variables'), copilot_agent_settings (repository, 'Copilot agent settings')"

const FLAGS_UNCHECKED =
  'feature flags not compared: the page has no Liquid tags (a rendered copy), so its tables do not show which rows are feature-gated'

// The seed page predates the later copy, whose tables the catalog follows.
const SEED_DIFF = [
  "- code_quality (repository): read, write — 'Code quality'",
  "~ artifact_metadata: display name 'Artifact metadata' -> 'Artifact Metadata'",
  "~ organization_codespaces: display name 'Organization Codespaces' -> 'Organization codespaces'",
  "~ organization_codespaces_secrets: display name 'Organization Codespaces secrets' -> 'Organization codespaces secrets'",
  "~ organization_codespaces_settings: display name 'Organization Codespaces settings' -> 'Organization codespaces settings'",
  "~ organization_dependabot_secrets: display name 'Organization Dependabot secrets' -> 'Organization dependabot secrets'",
  "~ organization_code_scanning_dismissal_requests: display name 'Organization dismissal requests for code scanning' -> 'Code scanning dismissal requests'",
  "~ organization_private_registries: display name 'Organization private registries' -> 'Private registries'",
]

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = `${ROOT}__tests__/fixtures/catalog-pages/`
const HEADER =
  '| Parameter name | Display name  | Access levels |\n|---|---|---|'

/** A page with the three permission tables, each given as its row lines. */
function page(
  account: readonly string[],
  repository: readonly string[],
  organization: readonly string[],
  heading = '#####',
): string {
  const section = (title: string, rows: readonly string[]) =>
    `${heading} ${title}\n\nSome prose.\n\n${HEADER}\n${rows.join('\n')}\n`
  return [
    '## Creating a token\n\n#### Permissions\n',
    section('Account Permissions', account),
    section('Repository Permissions', repository),
    section('Organization Permissions', organization),
    '## Creating a classic token\n',
  ].join('\n')
}

const SMALL_PAGE = page(
  ['| `gists` | Gists | `write` |'],
  [
    '| `contents` | Contents | `read`, `write` |',
    '| {% ifversion artifact-metadata %} |',
    '| `artifact_metadata` | Artifact Metadata | `read`, `write` |',
    '| {% endif %} |',
    '| `metadata` | Metadata | `read` |',
  ],
  ['| `organization_projects` | Projects | `read`, `write`, `admin` |'],
)

const SMALL_CATALOG: readonly PagePermission[] = [
  { name: 'gists', displayName: 'Gists', scope: 'account', levels: ['write'] },
  {
    name: 'contents',
    displayName: 'Contents',
    scope: 'repository',
    levels: ['read', 'write'],
  },
  {
    name: 'artifact_metadata',
    displayName: 'Artifact Metadata',
    scope: 'repository',
    levels: ['read', 'write'],
    featureFlag: 'artifact-metadata',
  },
  {
    name: 'metadata',
    displayName: 'Metadata',
    scope: 'repository',
    levels: ['read'],
  },
  {
    name: 'organization_projects',
    displayName: 'Projects',
    scope: 'organization',
    levels: ['read', 'write', 'admin'],
  },
]

describe('parsePermissionTables', () => {
  it('reads every row with its scope, and flags the rows inside ifversion', () => {
    expect(parsePermissionTables(SMALL_PAGE)).toEqual(SMALL_CATALOG)
  })

  it('reads the later pre-fill section as exactly the catalog, minus our cautions and feature flags', () => {
    const later = readFileSync(`${FIXTURES}later-prefill-section.md`, 'utf8')
    const catalog = PERMISSIONS.map(
      ({ caution: _caution, featureFlag: _flag, ...permission }) => permission,
    )
    expect(hasFeatureFlags(later)).toBe(false)
    expect(parsePermissionTables(later)).toEqual(catalog)
  })

  it('reads the seed page as the catalog before code_quality and seven display-name changes, with its feature flag', () => {
    const seed = readFileSync(`${FIXTURES}seed.md`, 'utf8')
    expect(hasFeatureFlags(seed)).toBe(true)
    const parsed = parsePermissionTables(seed)
    expect(parsed).toHaveLength(76)
    expect(parsed.map(({ name }) => name)).toEqual(
      PERMISSIONS.map(({ name }) => name).filter(
        (name) => name !== 'code_quality',
      ),
    )
    expect(parsed.find(({ name }) => name === 'artifact_metadata')).toEqual({
      name: 'artifact_metadata',
      displayName: 'Artifact Metadata',
      scope: 'repository',
      levels: ['read', 'write'],
      featureFlag: 'artifact-metadata',
    })
  })

  it('accepts other heading levels, padded cells and CRLF line ends', () => {
    const padded = page(
      ['|   `gists`   |  Gists  |  `write`  |'],
      [
        '| `contents`|Contents   | `read` ,`write`|',
        '|  {%- ifversion  artifact-metadata -%}  |',
        '| `artifact_metadata` | Artifact   Metadata | `read`, `write` |',
        '|{% endif %}|',
        '| `metadata` | Metadata | `read` |',
      ],
      ['| `organization_projects` | Projects | `read`, `write`, `admin` |'],
      '####',
    )
    expect(parsePermissionTables(padded)).toEqual(SMALL_CATALOG)
    const deep = SMALL_PAGE.replaceAll('##### ', '###### ')
    expect(parsePermissionTables(deep.replaceAll('\n', '\r\n'))).toEqual(
      SMALL_CATALOG,
    )
  })

  it('ignores liquid blocks and tables after a section table', () => {
    const withNote = SMALL_PAGE.replace(
      '## Creating a classic',
      '{% ifversion copilot %}\n\n> [!NOTE]\n> A note.\n\n{% endif %}\n\n| a | b |\n|---|---|\n| `x` | y |\n\n## Creating a classic',
    )
    expect(parsePermissionTables(withNote)).toEqual(SMALL_CATALOG)
  })

  it.each(['Account', 'Repository', 'Organization'])(
    'throws when the %s Permissions section is missing or empty',
    (title) => {
      const renamed = SMALL_PAGE.replace(
        `##### ${title} Permissions`,
        `##### ${title} access`,
      )
      expect(() => parsePermissionTables(renamed)).toThrow(
        `no "${title} Permissions" heading found: the page layout has changed`,
      )
      const emptied = SMALL_PAGE.replace(
        new RegExp(`(##### ${title} Permissions[^]*?---\\|\\n)(\\|.*\\n)+`),
        '$1',
      )
      expect(() => parsePermissionTables(emptied)).toThrow(
        `the "${title} Permissions" section holds no permission rows: the page layout has changed`,
      )
    },
  )

  it.each([
    [
      'an unknown access level',
      '| `gists` | Gists | `maintain` |',
      '`gists` has the access level "`maintain`", expected read, write, admin',
    ],
    [
      'an empty access level cell',
      '| `gists` | Gists | |',
      '`gists` has no access levels',
    ],
    [
      'a name that is not a parameter',
      '| Gists | Gists | `write` |',
      '"Gists" is not a permission name',
    ],
    [
      'an ifversion without endif',
      '| {% ifversion x %} |\n| `gists` | Gists | `write` |',
      '{% ifversion x %} is never closed by {% endif %}',
    ],
    [
      'an else branch',
      '| {% ifversion x %} |\n| `gists` | Gists | `write` |\n| {% else %} |',
      'cannot read {% else %} inside a permission table',
    ],
    [
      'a permission listed twice',
      '| `gists` | Gists | `write` |\n| `gists` | Gists | `read` |',
      '`gists` is listed again (first on line',
    ],
  ])('throws on %s', (_case, rows, message) => {
    const broken = page(
      rows.split('\n'),
      ['| `contents` | Contents | `read` |'],
      ['| `members` | Members | `read` |'],
    )
    expect(() => parsePermissionTables(broken)).toThrow(message)
  })

  it('throws when the table columns change', () => {
    const reordered = SMALL_PAGE.replace(
      '| Parameter name | Display name  | Access levels |',
      '| Parameter | Display name | Access levels |',
    )
    expect(() => parsePermissionTables(reordered)).toThrow(
      /"Account Permissions" table header is "Parameter \| Display name \| Access levels"/,
    )
  })
})

describe('diffCatalog and formatCatalogDiff', () => {
  it('finds nothing between the later pre-fill section and the catalog, and says feature flags went unchecked', () => {
    const later = readFileSync(`${FIXTURES}later-prefill-section.md`, 'utf8')
    const diff = diffCatalog(parsePermissionTables(later), PERMISSIONS, {
      featureFlags: hasFeatureFlags(later),
    })
    expect(diff).toEqual({
      added: [],
      removed: [],
      changed: [],
      catalogSize: 77,
      featureFlagsChecked: false,
    })
    expect(formatCatalogDiff(diff)).toEqual([
      'catalog is up to date (77 permissions)',
      FLAGS_UNCHECKED,
    ])
  })

  it('reports a lost ifversion row when feature flags are compared', () => {
    const later = readFileSync(`${FIXTURES}later-prefill-section.md`, 'utf8')
    const diff = diffCatalog(parsePermissionTables(later), PERMISSIONS)
    expect(formatCatalogDiff(diff)).toEqual([
      '~ artifact_metadata: feature flag artifact-metadata -> none',
    ])
  })

  it('finds only the later changes between the seed page and the catalog', () => {
    const seed = readFileSync(`${FIXTURES}seed.md`, 'utf8')
    const diff = diffCatalog(parsePermissionTables(seed), PERMISSIONS, {
      featureFlags: hasFeatureFlags(seed),
    })
    expect(diff.catalogSize).toBe(77)
    expect(diff.featureFlagsChecked).toBe(true)
    expect(formatCatalogDiff(diff)).toEqual(SEED_DIFF)
  })

  it('reports added, removed and changed permissions, field by field', () => {
    const newer = page(
      [
        '| `gists` | Gists | `read`, `write` |',
        '| {% ifversion copilot-spaces %} |',
        '| `copilot_spaces` | Copilot Spaces | `read` |',
        '| {% endif %} |',
      ],
      [
        '| `contents` | Code | `read`, `write`, `admin` |',
        '| `artifact_metadata` | Artifact Metadata | `read`, `write` |',
      ],
      [
        '| `metadata` | Metadata | `read` |',
        '| `organization_projects` | Projects | `read`, `write`, `admin` |',
      ],
    )
    const diff = diffCatalog(parsePermissionTables(newer), SMALL_CATALOG)
    expect(diff).toEqual({
      added: [
        {
          name: 'copilot_spaces',
          displayName: 'Copilot Spaces',
          scope: 'account',
          levels: ['read'],
          featureFlag: 'copilot-spaces',
        },
      ],
      removed: [],
      changed: [
        {
          name: 'gists',
          changes: [{ field: 'levels', before: 'write', after: 'read, write' }],
        },
        {
          name: 'contents',
          changes: [
            { field: 'displayName', before: "'Contents'", after: "'Code'" },
            {
              field: 'levels',
              before: 'read, write',
              after: 'read, write, admin',
            },
          ],
        },
        {
          name: 'artifact_metadata',
          changes: [
            {
              field: 'featureFlag',
              before: 'artifact-metadata',
              after: 'none',
            },
          ],
        },
        {
          name: 'metadata',
          changes: [
            { field: 'scope', before: 'repository', after: 'organization' },
          ],
        },
      ],
      catalogSize: 5,
      featureFlagsChecked: true,
    })
    expect(formatCatalogDiff(diff)).toEqual([
      "+ copilot_spaces (account): read — 'Copilot Spaces' (feature flag copilot-spaces)",
      '~ gists: levels write -> read, write',
      "~ contents: display name 'Contents' -> 'Code'; levels read, write -> read, write, admin",
      '~ artifact_metadata: feature flag artifact-metadata -> none',
      '~ metadata: scope repository -> organization',
    ])
  })

  it('lists removed permissions in catalog order', () => {
    const older = page(
      ['| `gists` | Gists | `write` |'],
      ['| `metadata` | Metadata | `read` |'],
      ['| `members` | Members | `read`, `write` |'],
    )
    const diff = diffCatalog(parsePermissionTables(older), SMALL_CATALOG)
    expect(formatCatalogDiff(diff)).toEqual([
      "+ members (organization): read, write — 'Members'",
      "- contents (repository): read, write — 'Contents'",
      "- artifact_metadata (repository): read, write — 'Artifact Metadata' (feature flag artifact-metadata)",
      "- organization_projects (organization): read, write, admin — 'Projects'",
    ])
  })
})

describe('formatApiDataOnly', () => {
  it('prints nothing when the API data lists no permission the catalog lacks', () => {
    expect(formatApiDataOnly([])).toEqual([])
  })

  it('names each with its scope and title, on one line', () => {
    expect(
      formatApiDataOnly([
        { name: 'code_quality', scope: 'repository', title: 'Code quality' },
        { name: 'issue_fields', scope: 'organization', title: 'Issue Fields' },
      ]),
    ).toEqual([
      "known to GitHub's API data, not in the catalog: code_quality (repository, 'Code quality'), issue_fields (organization, 'Issue Fields')",
    ])
  })
})

describe('npm run catalog:check', () => {
  // Without Jest's NODE_OPTIONS, whose VM-modules warning would reach stderr.
  const { NODE_OPTIONS: _nodeOptions, ...env } = process.env
  const check = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/catalog-check.ts', ...args],
      { cwd: ROOT, env, encoding: 'utf8' },
    )
  const fixture = (name: string) => `__tests__/fixtures/catalog-pages/${name}`

  it('exits 0 for the later pre-fill section, saying feature flags went unchecked', () => {
    const result = check(fixture('later-prefill-section.md'))
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      `catalog is up to date (77 permissions)\n${FLAGS_UNCHECKED}\n${API_DATA_ONLY}\n`,
    )
    expect(result.status).toBe(0)
  })

  it('exits 1 for the older seed page, printing only the later changes', () => {
    const result = check(fixture('seed.md'))
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`${SEED_DIFF.join('\n')}\n${API_DATA_ONLY}\n`)
    expect(result.status).toBe(1)
  })

  it('exits 1 and prints each difference when the page has changed', () => {
    const result = check(fixture('drift.md'))
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')).toEqual([
      "+ copilot_spaces (account): read, write — 'Copilot Spaces' (feature flag copilot-spaces)",
      "+ agent_tasks (repository): read, write — 'Agent tasks'",
      "- codespaces_metadata (repository): read — 'Codespaces metadata'",
      '~ artifact_metadata: feature flag artifact-metadata -> none',
      '~ contents: levels read, write -> read, write, admin',
      API_DATA_ONLY,
      '',
    ])
    expect(result.status).toBe(1)
  })

  it.each([
    [
      'a page without one of the tables',
      [fixture('missing-section.md')],
      `catalog-check: ${fixture('missing-section.md')}: no "Organization Permissions" heading found: the page layout has changed\n`,
    ],
    [
      'no argument',
      [],
      'catalog-check: usage: npm run catalog:check -- PAGE.md\n',
    ],
    [
      'two arguments',
      [fixture('seed.md'), fixture('drift.md')],
      'catalog-check: usage: npm run catalog:check -- PAGE.md\n',
    ],
    [
      'a file that does not exist',
      [fixture('absent.md')],
      `catalog-check: cannot read ${fixture('absent.md')}: ENOENT: no such file or directory\n`,
    ],
  ])('exits 2 with one line on stderr for %s', (_case, args, stderr) => {
    const result = check(...args)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(stderr)
    expect(result.status).toBe(2)
  })
})
