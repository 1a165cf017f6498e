import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  removeTemporaryFolders,
  runAction,
  SERVER_URL,
  workspace,
} from './support/action-process.js'

/**
 * The config's templates and server_url hold in the Action unless an input
 * is given: action.yml has no default for them (a default would always win,
 * and a run would lint nothing or write the wrong links).
 */

afterAll(removeTemporaryFolders)

const CONFIG = '.github/token-templates.config.yml'
const template = (level: string) =>
  `name: Reader\ndescription: Reads code\ntarget_name: octodemo\nexpires_in: 30\npermissions:\n  contents: ${level}\n`
const README =
  '# Tokens\n\n<!-- token-templates:start -->\n<!-- token-templates:end -->\n'

describe('the config holds where no input is given', () => {
  it("lints the config's templates", async () => {
    const root = workspace({
      [CONFIG]: 'templates: [tokens/**/*.yml]\n',
      'tokens/ok.yml': template('read'),
      'tokens/bad.yml': template('reed').replace('Reader', 'Other'),
    })
    const result = await runAction({ workspace: root })
    expect(result.outputs.templates).toBe('2')
    expect(result.outputs.errors).toBe('1')
    expect(result.code).toBe(1)
  })

  it("writes links to the config's server_url, and the fix command names none", async () => {
    const root = workspace({
      [CONFIG]: 'server_url: https://ghe.example.com\n',
      '.github/token-templates/a.yml': template('read'),
      'README.md': README,
    })
    const written = await runAction({
      workspace: root,
      inputs: { docs: 'write' },
    })
    expect(written.code).toBe(0)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain('https://ghe.example.com/settings/')
    expect(readme).not.toContain(SERVER_URL)
  })

  it('a stale table under docs: check gives a command that writes the same links', async () => {
    const root = workspace({
      '.github/token-templates/a.yml': template('read'),
      'README.md': README,
    })
    const checked = await runAction({
      workspace: root,
      inputs: { docs: 'check' },
    })
    expect(checked.code).toBe(1)
    // Links go to the workflow's GitHub, which the CLI does not know
    // locally: the command must name it.
    expect(checked.summary).toContain(`--server-url ${SERVER_URL}`)
  })

  it('an input still wins over the config', async () => {
    const root = workspace({
      [CONFIG]: 'templates: [tokens/**/*.yml]\n',
      'tokens/ok.yml': template('read'),
      'other/a.yml': template('read'),
      'other/b.yml': template('read').replace('Reader', 'Second'),
    })
    const result = await runAction({
      workspace: root,
      inputs: { templates: 'other/*.yml' },
    })
    expect(result.outputs.templates).toBe('2')
  })
})
