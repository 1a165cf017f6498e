// The hostile template files of `npm run bench:slow-inputs`: each is as
// large as a template file may be (1 MiB), shaped to make a YAML parser or a
// rule slow. The first four come from issue 13; the others are worst cases
// of real shapes.
//
// Each case: { name, build() } where build() returns { title, files }, files
// being { path: text } with paths relative to the workspace.

export const LIMIT_BYTES = 1024 * 1024 // MAX_TEMPLATE_FILE_BYTES in src/lint/discover.ts
export const TEMPLATE = '.github/token-templates/x.yml'
const CONFIG = '.github/token-templates.config.yml'

const bytes = (text) => Buffer.byteLength(text)

/**
 * head, then line(1), line(2), ... each followed by a newline, as many as
 * fit with tail just under 1 MiB. Returns { text, lines }.
 */
function fill(head, line, tail = '') {
  const parts = [head]
  let size = bytes(head) + bytes(tail)
  let n = 0
  for (;;) {
    const next = `${line(n + 1)}\n`
    if (size + bytes(next) >= LIMIT_BYTES) break
    parts.push(next)
    size += bytes(next)
    n++
  }
  parts.push(tail)
  return { text: parts.join(''), lines: n }
}

/** head + unit repeated + closing repeated as often as both fit in 1 MiB. */
function nest(head, unit, closing, tail = '') {
  const room = LIMIT_BYTES - 1 - bytes(head) - bytes(tail)
  const depth = Math.floor(room / (bytes(unit) + bytes(closing)))
  return {
    text: head + unit.repeat(depth) + closing.repeat(depth) + tail,
    depth,
  }
}

const count = (n) => n.toLocaleString('en')

/** A case whose only file is the template; title(built) says what it holds. */
function templateCase(name, make, title) {
  return {
    name,
    build() {
      const built = make()
      return { title: title(built), files: { [TEMPLATE]: built.text } }
    },
  }
}

// Small valid templates: a name, a description, a lifetime, a permission.
const PERMISSIONS = [
  'contents: read',
  'issues: write',
  'pull_requests: write',
  'actions: read',
  'statuses: write',
  'deployments: read',
]
function smallTemplate(i) {
  return [
    ...(i > 1 ? ['---'] : []),
    `name: Automation token ${i}`,
    `description: Used by workflow ${i % 97}`,
    `expires_in: ${[7, 30, 90][i % 3]}`,
    'permissions:',
    `  ${PERMISSIONS[i % PERMISSIONS.length]}`,
  ].join('\n')
}

// The billion-laughs bomb: each level aliases the previous one nine times.
function aliasBomb() {
  const levels = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ]
  for (let i = 1; i < 9; i++) {
    const previous = String.fromCharCode(96 + i)
    const name = String.fromCharCode(97 + i)
    levels.push(
      `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`,
    )
  }
  return `${levels.join('\n')}\n`
}

export const CASES = [
  templateCase(
    'quoted-then-hash',
    () => fill('', (i) => `k${i}: "v"#`),
    (b) => `${count(b.lines)} keys \`kN: "v"#\` (an error each)`,
  ),
  templateCase(
    'unknown-permissions',
    () =>
      fill('name: x\npermissions:\n', (i) => `  not_a_permission_${i}: read`),
    (b) => `${count(b.lines)} unknown permissions \`not_a_permission_N\``,
  ),
  templateCase(
    'unknown-permissions-short',
    () => fill('name: x\npermissions:\n', (i) => `  p${i}: read`),
    (b) => `${count(b.lines)} unknown permissions \`pN\``,
  ),
  templateCase(
    'colon-lines',
    () => fill('', () => ':'),
    (b) => `\`:\` lines x ${count(b.lines)}`,
  ),
  templateCase(
    'open-brackets',
    () => ({ text: '['.repeat(1_048_000) }),
    () => `\`[\` x ${count(1_048_000)} on one line`,
  ),
  templateCase(
    'many-documents',
    () => fill('', smallTemplate),
    (b) => `${count(b.lines)} small valid templates between \`---\``,
  ),
  templateCase(
    'empty-documents',
    () => fill('', () => '---'),
    (b) => `\`---\` x ${count(b.lines)} (empty documents)`,
  ),
  templateCase(
    'deep-flow-mapping',
    () => nest('name: x\npermissions: ', '{a: ', '}', '\n'),
    (b) => `flow mappings nested ${count(b.depth)} deep`,
  ),
  templateCase(
    'deep-block-mapping',
    () => deepBlockMapping(),
    (b) => `block mappings nested ${count(b.depth)} deep`,
  ),
  templateCase(
    'deep-block-sequence',
    () => nest('', '- ', '', 'x\n'),
    (b) => `\`- - - …\`: block sequences nested ${count(b.depth)} deep`,
  ),
  templateCase(
    'huge-description',
    () => {
      const head = 'name: x\ndescription: "'
      const tail = '"\npermissions:\n  contents: read\n'
      const room = LIMIT_BYTES - 1 - bytes(head) - bytes(tail)
      return { text: head + 'a'.repeat(room) + tail, length: room }
    },
    (b) => `a ${count(b.length)}-character quoted description`,
  ),
  templateCase(
    'duplicate-keys',
    () => fill('', () => 'name: x'),
    (b) => `\`name: x\` x ${count(b.lines)} (duplicate keys)`,
  ),
  templateCase(
    'many-aliases',
    () => fill('name: &a x\n', (i) => `k${i}: *a`),
    (b) => `${count(b.lines)} aliases of one anchor`,
  ),
  templateCase(
    'alias-bomb',
    () => fill(aliasBomb(), (i) => `k${i}: *i`),
    (b) => `billion laughs + ${count(b.lines)} aliases of its top`,
  ),
  extraPermissionsCase(),
]

// Each level one space deeper: depth d costs about d²/2 bytes.
function deepBlockMapping() {
  const lines = ['name: x', 'permissions:']
  let size = bytes(lines.join('\n')) + 1
  let depth = 0
  for (;;) {
    const line = `${' '.repeat(depth + 1)}a:`
    if (size + bytes(line) + 1 >= LIMIT_BYTES) break
    lines.push(line)
    size += bytes(line) + 1
    depth++
  }
  return { text: `${lines.join('\n')}\n`, depth }
}

// The config may declare permissions GitHub added after the catalog: as many
// as it allows (500; GitHub has fewer than 100 in all), and a template
// granting them all. ajv compiles a validator for them at run time.
const EXTRA_PERMISSIONS = 500
function extraPermissionsCase() {
  return {
    name: 'extra-permissions',
    build() {
      const names = Array.from(
        { length: EXTRA_PERMISSIONS },
        (_, i) => `extra_permission_${i + 1}`,
      )
      const config = names.map(
        (name) => `  ${name}: {scope: repository, levels: [read, write]}\n`,
      )
      const grants = names.map((name) => `  ${name}: write\n`)
      return {
        title: `${count(EXTRA_PERMISSIONS)} extra_permissions in the config, all granted`,
        files: {
          [CONFIG]: `extra_permissions:\n${config.join('')}`,
          [TEMPLATE]: `name: x\npermissions:\n${grants.join('')}`,
        },
      }
    },
  }
}
