import { runCli } from '../src/cli/main.js'
import {
  CLASSIC_SCOPES,
  NON_PERMISSION_PARAMETERS,
  findPermission,
  PermissionCatalog,
  replaceClassicScopes,
} from '../src/catalog/index.js'
import { importTokenUrl } from '../src/links/import-url.js'
import { NEW_TOKEN_PATH } from '../src/links/token-template.js'
import { unknownPermissionMessage } from '../src/rules/unknown-permission.js'
import { lint } from './support/rule-tester.js'
import { HEAD } from './support/rule-tester.js'
import { workspace } from './support/cli-process.js'

/**
 * Issue 15, item 3: query parameters of real links that are no permission
 * (`scopes`, `type`, repository selection, misspelt fields) get their own
 * message, never the extra_permissions advice nor a did-you-mean.
 */

const BASE = `https://github.com${NEW_TOKEN_PATH}`

async function importLink(link: string) {
  let stdout = ''
  let stderr = ''
  const status = await runCli(['import', link], {
    cwd: workspace({}),
    env: {},
    color: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  })
  return { status, stdout, stderr }
}

const withPermissions = (...lines: string[]) =>
  `${HEAD}permissions:\n${lines.map((line) => `  ${line}\n`).join('')}`

/** Each parameter of the issue, with a value as real links have it. */
const PARAMETERS: Array<[string, string, string]> = [
  ['scopes', 'repo,read:org', 'the scope list of classic-token links'],
  ['type', 'beta', 'a token type'],
  ['repo_access', 'all', 'a repository selection'],
  ['repos', 'octo/a', 'a repository selection'],
  ['repository', 'octo/a', 'a repository selection'],
  ['repository_names', 'a', 'a repository selection'],
  ['desc', 'x', 'a misspelling of the link field description'],
]

describe.each(PARAMETERS)('the parameter %s=%s', (name, value, what) => {
  const expectOwnMessage = (message: string) => {
    expect(message).toContain(`"${name}" is no permission: it is ${what}`)
    expect(message).toContain("GitHub's fine-grained token form ignores")
    expect(message).not.toContain('extra_permissions')
    expect(message).not.toContain('did you mean')
  }

  it('under permissions: one unknown-permission error with its own message', () => {
    const { findings } = lint(withPermissions(`${name}: ${value}`))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.rule).toBe('unknown-permission')
    expect(findings[0]!.severity).toBe('error')
    expectOwnMessage(findings[0]!.message)
  })

  it('imported from a link: kept under permissions, explained by lint, exit 1', async () => {
    const link = `${BASE}?name=x&contents=read&${name}=${encodeURIComponent(value)}`
    expect(importTokenUrl(link).fields.permissions).toEqual({
      contents: 'read',
      [name]: value,
    })
    const { status, stderr } = await importLink(link)
    expect(status).toBe(1)
    expect(stderr).toContain('[unknown-permission]')
    expect(stderr).not.toContain('extra_permissions')
    expect(stderr).not.toContain('did you mean')
    expect(stderr).toContain(`"${name}" is no permission: it is ${what}`)
  })
})

describe('repository selection', () => {
  it('says a link cannot pre-fill it and the user picks repositories in the form', () => {
    expect(
      unknownPermissionMessage('repos', new PermissionCatalog()),
    ).toContain(
      'a link cannot pre-fill repository access: the user picks the repositories in the form',
    )
  })
})

describe('scopes', () => {
  it('maps the listed classic scopes with CLASSIC_SCOPES, without repeats', () => {
    expect(replaceClassicScopes('repo,read:org write:org')).toEqual({
      scopes: ['repo', 'read:org', 'write:org'],
      permissions: [
        'contents',
        'issues',
        'pull_requests',
        'metadata',
        'members',
      ],
      withoutEquivalent: [],
      unknown: [],
    })
    expect(replaceClassicScopes(['gist', 'notifications', 'bogus'])).toEqual({
      scopes: ['gist', 'notifications'],
      permissions: ['gists'],
      withoutEquivalent: ['notifications'],
      unknown: ['bogus'],
    })
  })

  it('names scopes without equivalent and words that are no scope', () => {
    const message = unknownPermissionMessage(
      'scopes',
      new PermissionCatalog(),
      'workflow,notifications,bogus',
    )
    expect(message).toContain('for workflow use workflows under permissions')
    expect(message).toContain(
      'fine-grained tokens have no equivalent of notifications',
    )
    expect(message).toContain('"bogus" is no classic scope')
  })

  it('without a value: says to list the fine-grained permissions', () => {
    expect(
      unknownPermissionMessage('scopes', new PermissionCatalog(), null),
    ).toContain(
      'list the fine-grained permissions the token needs under permissions',
    )
  })
})

describe('NON_PERMISSION_PARAMETERS', () => {
  it('holds no permission, link field or classic scope', () => {
    for (const name of NON_PERMISSION_PARAMETERS.keys()) {
      expect(findPermission(name)).toBeUndefined()
      expect([
        'name',
        'description',
        'target_name',
        'expires_in',
      ]).not.toContain(name)
      expect(CLASSIC_SCOPES.has(name)).toBe(false)
    }
  })
})
