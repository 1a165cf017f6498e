import { HEAD, lint, ruleTester, VALID } from './support/rule-tester.js'

/**
 * Table-driven tests in the spirit of ESLint's RuleTester for the rules
 * about the file itself: yaml-syntax, empty-file and schema.
 *
 * An invalid case lists every finding the snippet yields (of any rule), so
 * that it also checks that the problem is reported once, under one rule.
 * A case with `otherRules: 'ignore'` checks only the findings of the rule.
 */

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part) : Buffer.from(part),
    ),
  )

/** "Billion laughs": 9 levels of 9 aliases, 9^9 strings once expanded. */
const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const prev = 'abcdefghi'[i]!
    return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`
  }),
  'name: Laughs',
  '',
].join('\n')

ruleTester('yaml-syntax', 'error', {
  valid: [
    { name: 'a complete template', code: VALID },
    {
      name: 'several documents',
      code: `${VALID}---\n${VALID.replace('Deploy', 'Other')}`,
    },
    { name: 'a tab after a colon', code: VALID.replace('name: ', 'name:\t') },
    {
      name: 'an alias used a few times',
      code: `${HEAD}permissions:\n  contents: &level read\n  issues: *level\n`,
    },
    { name: 'a UTF-8 byte order mark', code: bytes([0xef, 0xbb, 0xbf], VALID) },
    { name: 'CRLF line endings', code: VALID.replace(/\n/g, '\r\n') },
    {
      name: 'multi-byte UTF-8',
      code: VALID.replace('Deploy', 'Déploiement 🚀'),
    },
    { name: 'an empty file', code: '' },
  ],
  invalid: [
    // yaml's errors in plain words, at the place to fix: each case a real
    // broken template, one finding (one mistake can give yaml three errors).
    {
      name: 'an unclosed flow sequence: at its [, not at the end of the file',
      code: 'name: [Deploy\n',
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message:
            'missing closing ]: the list that starts with [ here is never closed',
        },
      ],
    },
    {
      name: 'an unclosed flow mapping: at its {',
      code: `${HEAD}permissions: {contents: read\n`,
      findings: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 15,
          message:
            'missing closing }: the map that starts with { here is never closed',
        },
      ],
    },
    {
      name: 'an unclosed flow mapping in a document of JSON: at its {',
      code: '{"name": "Deploy",\n "description": "Deploys"\n',
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message: 'missing closing }',
        },
      ],
    },
    {
      name: 'an unclosed flow sequence before other keys: at its [',
      code: `name: Deploy\ndescription: [a, b\nexpires_in: 30\n`,
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 15,
          message: 'missing closing ]',
        },
      ],
    },
    {
      name: 'an unclosed double-quoted string: at its opening quote, not where the parser gives up',
      code: `name: "Deploy\ndescription: x\n`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message:
            'missing closing quote: the value that starts with " here never ends; put a " at its end',
        },
      ],
    },
    {
      name: 'an unclosed single-quoted string in the middle of a file',
      code: `name: 'Deploy\n${HEAD.slice(HEAD.indexOf('\n') + 1)}permissions:\n  contents: read\n`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message: "missing closing quote: the value that starts with ' here",
        },
      ],
    },
    {
      name: 'a duplicate top-level key: names the key and its first line',
      code: `${HEAD}expires_in: 60\npermissions:\n  contents: read\n`,
      findings: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 11,
          message:
            '"expires_in" is a key of this map already (line 3): each key may appear once in a map; remove or merge the repeated one',
        },
      ],
    },
    {
      name: 'a duplicate permission',
      code: `${HEAD}permissions:\n  contents: read\n  contents: write\n`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          message: '"contents" is a key of this map already (line 5)',
        },
      ],
    },
    {
      name: 'a tab used as indentation',
      code: `${HEAD}permissions:\n\tcontents: read\n`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 2,
          message: 'a tab indents this line: YAML needs spaces for indentation',
        },
      ],
    },
    {
      name: 'a line indented more than the key above it, which has a value: at that line',
      code: 'name: Deploy\n  description: Deploys the site\nexpires_in: 30\n',
      findings: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 32,
          message:
            'this line is indented more than "name" above it, which already has a value: if it continues that value, put the value in quotes or write name: > and indent its lines under it; if it is a key of its own, line it up with "name"; to nest it, remove the value of "name"',
        },
      ],
    },
    {
      name: 'a permission indented more than the one above it',
      code: `${HEAD}permissions:\n  contents: read\n    issues: read\n`,
      findings: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 17,
          message: 'this line is indented more than "contents" above it',
        },
      ],
    },
    {
      name: 'a permission indented less than the one above it',
      code: `${HEAD}permissions:\n    contents: read\n  issues: read\n`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 15,
          message:
            'this line starts at column 3 and the one above it at column 5: the keys of one map must start at the same column',
        },
      ],
    },
    {
      name: 'a first key indented more than the rest',
      code: `  name: Deploy\ndescription: Deploys the site\n`,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
          message:
            'this line starts at column 1 and the one above it at column 3',
        },
      ],
    },
    {
      name: 'a key without its colon: suggests key: value',
      code: `name: Deploy\ndescription Deploys the site\nexpires_in: 30\n`,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          message:
            'a key needs a colon and a space after it, and this line has none: write description: Deploys the site',
        },
      ],
    },
    {
      name: 'a permission without its colon',
      code: `${HEAD}permissions:\n  contents read\n  issues: read\n`,
      findings: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 16,
          message: 'this line has none: write contents: read',
        },
      ],
    },
    {
      name: 'a description over several lines, one of them with a colon and a space',
      code: `name: Deploy\ndescription:\n  Reads the code\n  of octo: all repos\npermissions:\n  contents: read\n`,
      findings: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          message:
            "this value runs over several lines and one of them holds a colon and a space, which YAML reads as a new key: put the value in quotes, or write > after the key's colon and keep the lines indented under it",
        },
      ],
    },
    {
      name: 'a permission without a space after its colon (after another)',
      code: `${HEAD}permissions:\n  contents: read\n  issues:read\n`,
      findings: [
        {
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 10,
          message:
            'a colon needs a space after it to end a key: write issues: read',
        },
      ],
    },
    {
      name: 'a line of text not indented under its | block',
      code: `name: Deploy\ndescription: |\nDeploys the site\n`,
      findings: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          message:
            'this line is not indented under the | or > above it: the lines of a block of text must be indented more than its key',
        },
      ],
    },
    {
      name: 'a colon and a space inside a value: at the colon, with the value quoted',
      code: `name: Deploy: production\ndescription: d\n`,
      findings: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 14,
          message:
            'a colon inside a value starts a new key when a space or the end of the line follows it: put the value in quotes, as in name: "Deploy: production"',
        },
      ],
    },
    {
      name: 'a value that ends with a colon',
      code: `name: Deploy\ndescription: Deploys to:\n`,
      findings: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 25,
          message: 'as in description: "Deploys to:"',
        },
      ],
    },
    {
      name: 'a list item among the keys of a map',
      code: `${HEAD}permissions:\n  contents: read\n  - issues\n`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 4,
          message:
            'a list item (- …) among the keys of a map: write key: value here, or give the list a key of its own (key:, then the - items indented under it)',
        },
      ],
    },
    {
      name: 'a list item after a top-level key',
      code: `name: Deploy\n- contents\n`,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 2,
          message: 'a list item (- …) among the keys of a map',
        },
      ],
    },
    {
      name: 'text after a closing double quote',
      code: `name: "Deploy" token\n`,
      findings: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 21,
          message:
            'text after the closing quote: a quoted value ends at its closing "; to put a " inside it write \\", or quote the whole value with \'',
        },
      ],
    },
    {
      name: 'an apostrophe inside a single-quoted value',
      code: `name: 'Don't deploy'\n`,
      findings: [
        {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 21,
          message:
            "text after the closing quote: a quoted value ends at its closing '; to put a ' inside it write '', or quote the whole value with \"",
        },
      ],
    },
    {
      name: 'a value that starts with a reserved character',
      code: `name: @deploy\n`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message:
            'text cannot start with @ unless it is quoted: write "@deploy"',
        },
      ],
    },
    {
      name: 'a value that starts with a backquote',
      code: 'name: `deploy` token\n',
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message:
            'text cannot start with ` unless it is quoted: write "`deploy` token"',
        },
      ],
    },
    {
      name: 'a lone * as a value',
      code: `name: Deploy\ndescription: *\n`,
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 15,
          message:
            'a * starts an alias in YAML: to mean the text, put it in quotes, as in "*"',
        },
      ],
    },
    {
      name: 'a # right after a quoted value',
      code: `name: "Deploy"# the name\n`,
      findings: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 25,
          message:
            'a # right after a value starts no comment: put a space before the # (or, to keep it, put it inside the quotes)',
        },
      ],
    },
    {
      name: 'a } with nothing open',
      code: `name: Deploy\n}\n`,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 2,
          message:
            'a } with nothing open before it: remove it, or put the value in quotes',
        },
      ],
    },
    {
      name: 'an unresolved tag: named as written',
      code: VALID.replace('name: ', 'name: !secret '),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 14,
          message:
            'unknown YAML tag !secret: these files use no tags; remove it, or put the value in quotes if the ! belongs to it',
        },
      ],
    },
    {
      name: "an error with no plain form keeps yaml's message",
      code: `name: |x\n`,
      findings: [
        {
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 9,
          message: 'Block scalar header includes extra characters: |x',
        },
      ],
    },
    {
      name: 'a 0xff byte: at the bad byte',
      code: bytes('name: Deploy\ndescription: De', [0xff], 'ploys\n'),
      findings: [
        {
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 17,
          message: 'the file is not valid UTF-8 text: save it as UTF-8',
        },
      ],
    },
    {
      name: 'an invalid byte after multi-byte characters: columns count characters',
      code: bytes('name: Déploiement ', [0xc0, 0xaf], '\n'),
      findings: [
        {
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 20,
          message: 'not valid UTF-8',
        },
      ],
    },
    {
      name: 'a UTF-8 sequence cut off at the end of the file',
      code: bytes('name: Deploy\n', [0xe2, 0x82]),
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 2,
          message: 'not valid UTF-8',
        },
      ],
    },
    {
      name: 'a NUL byte: at the byte',
      code: bytes('name: Deploy\ndescription: x', [0], 'y\n'),
      findings: [
        {
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 16,
          message: 'the file contains a NUL byte',
        },
      ],
    },
    {
      name: 'an alias bomb (billion laughs): a finding, not a crash',
      code: BILLION_LAUGHS,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message: 'this document expands aliases too often (more than 100',
        },
      ],
    },
    {
      name: 'a syntax error in one document: the others are linted',
      code: `${VALID}---\nname: [\n---\n${HEAD.replace('Deploy', 'Third')}`,
      findings: [
        {
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 8,
          message: 'missing closing ]',
        },
        {
          rule: 'empty-permissions',
          severity: 'warning',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 5,
          message: 'this template grants no permission',
        },
      ],
    },
  ],
})

ruleTester('empty-file', 'warning', {
  valid: [
    { name: 'a template', code: VALID },
    { name: 'a template and an empty document', code: `${VALID}---\n` },
    { name: 'a broken template (yaml-syntax only)', code: 'name: [\n' },
  ],
  invalid: [
    ...[
      ['an empty file', ''],
      ['blank lines', '\n\n  \n'],
      ['only comments', '# a template used to be here\n# and here\n'],
      ['only a document marker', '---\n'],
      ['only empty documents and comments', '---\n# nothing\n---\n...\n'],
      ['a null document', '~\n'],
    ].map(([name, code]) => ({
      name: name!,
      code: code!,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: 'this file holds no template',
        },
      ],
    })),
  ],
})

const expiresInCases = [
  ['0', 'the number 0'],
  ['367', 'the number 367'],
  ['1.5', 'the number 1.5'],
  ['never', '"never"'],
  ['"30"', '"30"'],
  ['-1', 'the number -1'],
  ['true', 'true (true/false)'],
].map(([value, got]) => ({
  name: `expires_in: ${value}`,
  code: `name: Deploy\ndescription: Deploys\nexpires_in: ${value}\npermissions:\n  contents: read\n`,
  findings: [
    {
      line: 3,
      column: 13,
      endLine: 3,
      endColumn: 13 + value!.length,
      message: `"expires_in" must be a whole number of days from 1 to 366, or none (never expires); got ${got}`,
    },
  ],
}))

ruleTester('schema', 'error', {
  valid: [
    { name: 'a complete template', code: VALID },
    { name: 'only a name', code: 'name: x\n' },
    { name: 'a name of 40 characters', code: `name: ${'n'.repeat(40)}\n` },
    {
      name: 'a description of 1024 characters',
      code: `name: x\ndescription: ${'d'.repeat(1024)}\n`,
    },
    { name: 'expires_in: 1', code: 'name: x\nexpires_in: 1\n' },
    { name: 'expires_in: 366', code: 'name: x\nexpires_in: 366\n' },
    { name: 'expires_in: none', code: 'name: x\nexpires_in: none\n' },
    { name: 'a target_name', code: 'name: x\ntarget_name: octodemo\n' },
    {
      name: 'problems owned by other rules',
      code: 'name: x\ntarget_name: -x\npermissions:\n  gists: read\n  nope: read\n',
    },
  ],
  invalid: [
    {
      name: 'an unknown key, with a did-you-mean',
      code: 'name: Deploy\ndescripton: Deploys the site\n',
      otherRules: 'ignore',
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          message: 'unknown key "descripton": did you mean "description"?',
        },
      ],
    },
    {
      name: 'an unknown key far from any key: lists the keys',
      code: `${VALID}owner: octodemo\n`,
      findings: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 6,
          message:
            'unknown key "owner": a template has only name, description, target_name, expires_in, permissions',
        },
      ],
    },
    {
      name: 'a permission at the top level',
      code: `${HEAD}contents: read\npermissions:\n  issues: read\n`,
      findings: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 9,
          message:
            'unknown key "contents": permissions go under "permissions:" (indent it there)',
        },
      ],
    },
    {
      name: 'a name that is a number',
      code: VALID.replace('name: Deploy', 'name: 42'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 9,
          message: '"name" must be text of 1 to 40 characters',
        },
      ],
    },
    {
      name: 'a description that is a list',
      code: VALID.replace('Deploys the site', '[a, b]'),
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 20,
          message:
            '"description" must be text of at most 1024 characters; got a list',
        },
      ],
    },
    {
      name: 'a target_name that is a number',
      code: `${VALID}target_name: 12345\n`,
      findings: [
        {
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 19,
          message: '"target_name" must be text',
        },
      ],
    },
    {
      name: 'permissions that are a list',
      code: `${HEAD}permissions: [contents]\n`,
      findings: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 24,
          message: '"permissions" must be a map of permission: level',
        },
      ],
    },
    {
      name: 'permissions with no value',
      code: `${HEAD}permissions:\n`,
      findings: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 12,
          message:
            '"permissions" must be a map of permission: level, such as contents: read; got empty',
        },
      ],
    },
    {
      name: 'a missing name: optional, as on the form (a missing-name warning)',
      code: 'description: Deploys the site\nexpires_in: 30\npermissions:\n  contents: read\n',
      findings: [
        {
          rule: 'missing-name',
          severity: 'warning',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
          message: 'add a name',
        },
      ],
    },
    {
      name: 'an empty name',
      code: VALID.replace('name: Deploy', 'name: ""'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 9,
          message: '"name" is empty',
        },
      ],
    },
    {
      name: 'a name of 41 characters',
      code: VALID.replace('name: Deploy', `name: ${'n'.repeat(41)}`),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 48,
          message:
            '"name" is 41 characters long; GitHub allows at most 40: shorten it',
        },
      ],
    },
    {
      name: 'a description of 1025 characters',
      code: VALID.replace('Deploys the site', 'd'.repeat(1025)),
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 1039,
          message:
            '"description" is 1025 characters long; GitHub allows at most 1024',
        },
      ],
    },
    ...expiresInCases,
    {
      name: 'a list document',
      code: '- name: Deploy\n- name: Other\n',
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message:
            'a template must be a mapping of keys (name:, permissions:, ...); got a list',
        },
      ],
    },
    {
      name: 'a scalar document',
      code: 'Deploy token\n',
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message:
            'a template must be a mapping of keys (name:, permissions:, ...); got text',
        },
      ],
    },
    {
      name: 'a number as the second document',
      code: `${VALID}---\n42\n`,
      findings: [
        {
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 2,
          message: 'got the number 42',
        },
      ],
    },
    {
      name: 'several problems: each reported',
      code: 'name: 1\ndescription: 2\nexpires_in: 400\nextra: 4\npermissions:\n  contents: read\n',
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          message: '"name" must be text',
        },
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 15,
          message: '"description" must be text',
        },
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 16,
          message: '"expires_in" must be a whole number',
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 6,
          message: 'unknown key "extra"',
        },
      ],
    },
  ],
})

describe('each problem is reported once', () => {
  it('a misspelt description key is not also missing-description', () => {
    const rules = lint(
      'name: Deploy\ndescripton: Deploys\nexpires_in: 30\npermissions:\n  contents: read\n',
    ).findings.map((f) => f.rule)
    expect(rules).toEqual(['schema'])
  })

  it('a permission at the top level is not also empty-permissions', () => {
    const rules = lint(`${HEAD}contents: read\n`).findings.map((f) => f.rule)
    expect(rules).toEqual(['schema'])
  })
})
