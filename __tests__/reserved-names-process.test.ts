import { runCli as cli, workspace } from './support/cli-process.js'

// Issue 14, item 4, as users meet it: the bundled CLI refuses a config
// whose extra_permissions name a token link parameter, with one line
// that points at the key, before any template gets a link.

const CONFIG = '.github/token-templates.config.yml'
const TEMPLATE =
  'name: Deploy\ndescription: d\nexpires_in: 7\npermissions:\n  contents: read\n  expires_in: read\n'

describe('extra_permissions named like a link parameter', () => {
  it.each(['lint', 'url .github/token-templates/deploy.yml'])(
    '%s: exit 2, one positioned line, no link',
    (command) => {
      const root = workspace({
        [CONFIG]:
          '# new permissions\nextra_permissions:\n  expires_in:\n    scope: repository\n    levels: [read]\n',
        '.github/token-templates/deploy.yml': TEMPLATE,
      })
      const result = cli(command.split(' '), root)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(
        `token-templates: ${CONFIG}:3:3: "expires_in" cannot name a permission: the token link already carries expires_in (as it does name, description, target_name and expires_in), so it would hold it twice\n`,
      )
    },
  )
})
