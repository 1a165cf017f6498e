import { jest } from '@jest/globals'
import {
  removeTemporaryFolders,
  runAction,
  workspace,
} from './support/action-process.js'

// The bundled Action with the `links` input: the token links of the files
// it names are linted too, annotated at their line and column, counted in
// the outputs and listed in the job summary.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const FORM = 'https://github.com/settings/personal-access-tokens/new'

const TEMPLATE = [
  'name: Reader',
  'description: Reads code',
  'expires_in: 7',
  'permissions:',
  '  contents: read',
  '',
].join('\n')

const README = [
  '# Tokens',
  '',
  `Create a [reader](${FORM}?name=Reader&description=Reads+code&expires_in=7&contents=read&pull-requests=write).`,
  '',
].join('\n')

describe('the Action with links', () => {
  it('annotates link findings at the parameter, and counts them', async () => {
    const root = workspace({
      '.github/token-templates/reader.yml': TEMPLATE,
      'README.md': README,
      'node_modules/x/README.md': `${FORM}?nope=read\n`,
    })
    const result = await runAction({
      workspace: root,
      inputs: { links: '**/*.md' },
    })
    const annotations = result.annotations.map((a) => a.raw)
    expect(annotations).toEqual([
      '::error title=unknown-permission,file=README.md,line=3,endLine=3,col=136,endColumn=155::unknown permission "pull-requests": did you mean "pull_requests"?',
      '::warning title=unapproved-link,file=README.md,line=3,endLine=3,col=19,endColumn=155::no approved template asks for these permissions: the closest is "Reader" (.github/token-templates/reader.yml:1), and the link differs in pull-requests=write (not in the template); add a template for it, or link to an approved one',
    ])
    expect(result.outputs).toMatchObject({
      errors: '1',
      warnings: '1',
      templates: '1',
      links: '1',
    })
    expect(result.summary).toContain('unknown-permission')
    expect(result.summary).toContain('Linted 1 token link in 1 file')
    expect(result.code).toBe(1)
  })

  it('lints no link without the input', async () => {
    const root = workspace({
      '.github/token-templates/reader.yml': TEMPLATE,
      'README.md': README,
    })
    const result = await runAction({ workspace: root })
    expect(result.annotations).toEqual([])
    expect(result.outputs).toMatchObject({ errors: '0', links: '0' })
    expect(result.code).toBe(0)
  })

  it('refuses a links glob that leads out of the workspace', async () => {
    const result = await runAction({
      workspace: workspace({ 'README.md': README }),
      inputs: { links: '../**/*.md' },
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'input links: pattern "../**/*.md" is refused',
    )
  })
})
