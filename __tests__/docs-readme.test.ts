import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyPatch } from 'diff'
import { renderLinksTable } from '../src/docs/links-table.js'
import {
  END_MARKER,
  START_MARKER,
  appendMarkedSection,
  describeMarkerProblem,
  lineEnding,
  replaceBetweenMarkers,
} from '../src/docs/readme-markers.js'
import type { MarkerProblem } from '../src/docs/readme-markers.js'
import { planReadme, readmeDiff } from '../src/docs/readme-update.js'
import { writeFileAtomic } from '../src/docs/write-file-atomic.js'
import { UserError } from '../src/errors.js'

const TABLE = renderLinksTable(
  [
    {
      name: 'Repo-reading token',
      description: `Just contents:read ${END_MARKER} ${START_MARKER}`,
      permissions: { contents: 'read' },
    },
    { name: 'Deploy', description: 'a\nb', expires_in: 7 },
  ],
  'https://github.com',
)

const PREFIX =
  '\uFEFF# Project ✨\n\nIntro with trailing spaces   \n\n\tTabbed\n\n'
const SUFFIX = '\n\n## After\n\nNo newline at the end'

const readme = (inner: string, eol = '\n') =>
  `${PREFIX}${START_MARKER}${inner}${END_MARKER}${SUFFIX}`.replace(/\n/g, eol)

function updated(text: string, body = TABLE): string {
  const result = replaceBetweenMarkers(text, body)
  if (!result.ok) throw new Error(`markers: ${result.problem}`)
  return result.text
}

/** A `\n` that is not part of `\r\n`. */
const LONE_LF = /(?<!\r)\n/

describe('replaceBetweenMarkers', () => {
  it('replaces only what is between the markers, byte for byte', () => {
    const before = readme('\nold table\nmore old\n')
    const after = updated(before)
    const head = `${PREFIX}${START_MARKER}`
    const tail = `${END_MARKER}${SUFFIX}`
    expect(after.startsWith(head)).toBe(true)
    expect(after.endsWith(tail)).toBe(true)
    expect(after.slice(head.length, after.length - tail.length)).toBe(
      `\n${TABLE}\n`,
    )
    expect(Buffer.from(after).subarray(0, Buffer.byteLength(head))).toEqual(
      Buffer.from(head),
    )
  })

  it('fills the section between markers on adjacent lines', () => {
    expect(updated(readme('\n'), 'T')).toBe(readme('\nT\n'))
    expect(updated(readme('\n\n\n'), 'T')).toBe(readme('\nT\n'))
  })

  it('is idempotent', () => {
    const once = updated(readme('\nstale\n'))
    expect(updated(once)).toBe(once)
    expect(updated(updated(once))).toBe(once)
  })

  it('keeps a CRLF file CRLF: no lone \\n is introduced', () => {
    const before = readme('\nold\n', '\r\n')
    expect(lineEnding(before)).toBe('\r\n')
    const after = updated(before)
    expect(after).not.toMatch(LONE_LF)
    expect(after).toBe(readme(`\n${TABLE}\n`, '\r\n'))
    expect(updated(after)).toBe(after)
  })

  it('keeps an LF file LF: no \\r is introduced', () => {
    const after = updated(readme('\nold\n'))
    expect(after).not.toContain('\r')
    expect(lineEnding(after)).toBe('\n')
  })

  it('is not fooled by markers in the table text (they are escaped)', () => {
    expect(TABLE).not.toContain(END_MARKER)
    const once = updated(readme('\n'))
    expect(replaceBetweenMarkers(once, TABLE)).toEqual({
      ok: true,
      text: once,
    })
  })

  it('ignores the markers shown in a fenced code sample', () => {
    const sample = `Add these lines:\n\n\`\`\`markdown\n${START_MARKER}\n${END_MARKER}\n\`\`\`\n\n`
    const before = `${sample}${START_MARKER}\nold\n${END_MARKER}\n`
    const after = updated(before, 'T')
    expect(after).toBe(`${sample}${START_MARKER}\nT\n${END_MARKER}\n`)
  })

  it.each<[string, string, MarkerProblem]>([
    ['no markers', '# Readme\n\nText\n', 'missing'],
    ['an empty file', '', 'missing'],
    ['only the start marker', `a\n${START_MARKER}\nb\n`, 'one-missing'],
    ['only the end marker', `a\n${END_MARKER}\nb\n`, 'one-missing'],
    [
      'two start markers',
      `${START_MARKER}\n${START_MARKER}\nx\n${END_MARKER}\n`,
      'duplicated',
    ],
    [
      'two end markers',
      `${START_MARKER}\nx\n${END_MARKER}\n${END_MARKER}\n`,
      'duplicated',
    ],
    [
      'two pairs',
      `${START_MARKER}\n${END_MARKER}\ntext\n${START_MARKER}\n${END_MARKER}\n`,
      'duplicated',
    ],
    [
      'the end before the start',
      `${END_MARKER}\nx\n${START_MARKER}\n`,
      'reversed',
    ],
    [
      'reversed CRLF markers',
      `${END_MARKER}\r\nx\r\n${START_MARKER}\r\n`,
      'reversed',
    ],
  ])('reports %s', (_label, text, problem) => {
    expect(replaceBetweenMarkers(text, TABLE)).toEqual({ ok: false, problem })
  })
})

describe('describeMarkerProblem', () => {
  it.each<MarkerProblem>(['missing', 'one-missing', 'duplicated', 'reversed'])(
    'shows both markers for %s and says nothing changed',
    (problem) => {
      const message = describeMarkerProblem(problem, 'docs/README.md')
      expect(message).toContain('docs/README.md')
      expect(message).toContain(START_MARKER)
      expect(message).toContain(END_MARKER)
      expect(message).toContain('not changed')
    },
  )

  it('suggests --init only when the markers are missing', () => {
    expect(describeMarkerProblem('missing', 'R.md')).toContain('--init')
    expect(describeMarkerProblem('reversed', 'R.md')).not.toContain('--init')
  })
})

describe('appendMarkedSection', () => {
  const SECTION = `## Token templates\n\n${START_MARKER}\nT\n${END_MARKER}\n`

  it.each([
    ['an empty file', '', SECTION],
    ['no final newline', 'Text', `Text\n\n${SECTION}`],
    ['one final newline', 'Text\n', `Text\n\n${SECTION}`],
    ['a blank line at the end', 'Text\n\n', `Text\n\n${SECTION}`],
  ])('appends after %s with one blank line', (_label, text, expected) => {
    expect(appendMarkedSection(text, 'T')).toBe(expected)
  })

  it('keeps a CRLF file CRLF and everything before the section', () => {
    const text = '# Title\r\n\r\nText\r\n'
    const after = appendMarkedSection(text, TABLE)
    expect(after.startsWith(text)).toBe(true)
    expect(after).not.toMatch(LONE_LF)
    expect(after).toBe(
      `${text}\r\n${SECTION.replace('\nT\n', `\n${TABLE}\n`)}`.replace(
        /(?<!\r)\n/g,
        '\r\n',
      ),
    )
  })

  it('gives a file that replaceBetweenMarkers leaves as it is', () => {
    for (const text of ['', 'Text', 'A\r\nB\r\n']) {
      const appended = appendMarkedSection(text, TABLE)
      expect(updated(appended)).toBe(appended)
    }
  })
})

describe('planReadme', () => {
  it('updates the table between the markers, then reports it current', () => {
    const first = planReadme(readme('\nold\n'), TABLE, 'README.md', false)
    expect(first).toEqual({ text: readme(`\n${TABLE}\n`), changed: true })
    expect(planReadme(first.text, TABLE, 'README.md', false)).toEqual({
      text: first.text,
      changed: false,
    })
  })

  it('throws a UserError naming the file and showing the markers when they are missing', () => {
    const plan = () => planReadme('# Readme\n', TABLE, 'docs/README.md', false)
    expect(plan).toThrow(UserError)
    expect(plan).toThrow(START_MARKER)
    expect(plan).toThrow(END_MARKER)
    expect(plan).toThrow('docs/README.md')
  })

  it('appends markers and table with init when the file has none', () => {
    expect(planReadme('# Readme\n', TABLE, 'README.md', true)).toEqual({
      text: appendMarkedSection('# Readme\n', TABLE),
      changed: true,
    })
  })

  it('uses the markers, not init, when the file has them', () => {
    const text = readme('\nold\n')
    expect(planReadme(text, TABLE, 'README.md', true)).toEqual(
      planReadme(text, TABLE, 'README.md', false),
    )
  })

  it.each([
    ['one marker', `a\n${START_MARKER}\n`],
    ['duplicated markers', `${START_MARKER}\n${START_MARKER}\n${END_MARKER}\n`],
    ['reversed markers', `${END_MARKER}\n${START_MARKER}\n`],
  ])('never appends with init to a file with %s: UserError', (_l, text) => {
    for (const init of [true, false]) {
      const plan = () => planReadme(text, TABLE, 'README.md', init)
      expect(plan).toThrow(UserError)
      expect(plan).toThrow(START_MARKER)
      expect(plan).toThrow(END_MARKER)
    }
  })
})

describe('readmeDiff', () => {
  const before = readme('\nold table\n')
  const after = updated(before)
  const diff = readmeDiff('README.md', before, after)

  it('is a unified diff with file headers and hunks', () => {
    expect(diff).toMatch(/^--- a\/README\.md/m)
    expect(diff).toMatch(/^\+\+\+ b\/README\.md/m)
    expect(diff).toMatch(/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/m)
    expect(diff).toMatch(/^-old table$/m)
    expect(diff).toMatch(/^\+\| Token \| Description/m)
    expect(diff).not.toContain('Intro with trailing spaces')
  })

  it('applies to the old README to give the new one', () => {
    expect(applyPatch(before, diff)).toBe(after)
  })

  it('has no hunk when nothing changed', () => {
    expect(readmeDiff('README.md', after, after)).not.toMatch(/^@@/m)
  })
})

describe('writeFileAtomic', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'tt-atomic-'))
  const isRoot = process.getuid?.() === 0

  it('writes a new file, exactly, and leaves no temporary file', () => {
    const root = dir()
    const text = 'héllo ✨\r\nwörld\n'
    writeFileAtomic(join(root, 'README.md'), text)
    expect(readFileSync(join(root, 'README.md'))).toEqual(Buffer.from(text))
    expect(readdirSync(root)).toEqual(['README.md'])
  })

  it('replaces an existing file and leaves no temporary file', () => {
    const root = dir()
    const path = join(root, 'README.md')
    writeFileSync(path, 'old contents that are longer than the new ones')
    writeFileAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(root)).toEqual(['README.md'])
  })

  it.each([0o600, 0o640, 0o755, 0o444])(
    'keeps the mode %o of the file it replaces',
    (mode) => {
      const root = dir()
      const path = join(root, 'README.md')
      writeFileSync(path, 'old')
      chmodSync(path, mode)
      writeFileAtomic(path, 'new')
      expect(statSync(path).mode & 0o777).toBe(mode)
      expect(readFileSync(path, 'utf8')).toBe('new')
    },
  )

  it.each([0o664, 0o666, 0o775])(
    'keeps the group/other write bits of mode %o under umask 022',
    (mode) => {
      const previous = process.umask(0o022)
      try {
        const root = dir()
        const path = join(root, 'README.md')
        writeFileSync(path, 'old')
        chmodSync(path, mode)
        writeFileAtomic(path, 'new')
        expect(statSync(path).mode & 0o777).toBe(mode)
      } finally {
        process.umask(previous)
      }
    },
  )

  it('leaves the target and the directory as they were when the rename fails (target is a directory)', () => {
    const root = dir()
    const target = join(root, 'README.md')
    mkdirSync(target)
    writeFileSync(join(target, 'inside.txt'), 'kept')
    expect(() => writeFileAtomic(target, 'new')).toThrow()
    expect(statSync(target).isDirectory()).toBe(true)
    expect(readdirSync(target)).toEqual(['inside.txt'])
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept')
    expect(readdirSync(root)).toEqual(['README.md'])
  })

  it('throws and creates nothing when the directory does not exist', () => {
    const root = dir()
    expect(() =>
      writeFileAtomic(join(root, 'missing', 'README.md'), 'x'),
    ).toThrow(/ENOENT/)
    expect(readdirSync(root)).toEqual([])
  })

  ;(isRoot ? it.skip : it)(
    'leaves the original file and no temporary file when the directory is read-only',
    () => {
      const root = dir()
      const path = join(root, 'README.md')
      writeFileSync(path, 'original')
      chmodSync(root, 0o555)
      try {
        expect(() => writeFileAtomic(path, 'new')).toThrow()
        expect(readFileSync(path, 'utf8')).toBe('original')
        expect(readdirSync(root)).toEqual(['README.md'])
      } finally {
        chmodSync(root, 0o755)
      }
    },
  )
})
