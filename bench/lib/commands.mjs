// The commands the benchmark times, each with the check that it did the
// whole job: a command that fails, or counts other than expected, stops the
// benchmark (a fast wrong answer is no figure).
//
// A command: { label, command, args, cwd, env?, before?(), check(result) }.
// A template set (from generate.mjs): { dir, files, templates, invalid,
// invalidFiles }.

import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATE_DIR } from '../generate.mjs'
import { REPO } from './dist.mjs'
import { unexpected } from './process.mjs'
import { count } from './report.mjs'

export const AJV = path.join(
  REPO,
  'node_modules',
  'ajv-cli',
  'dist',
  'index.js',
)
export const SCHEMA = path.join(REPO, 'schemas', 'token-template.schema.json')
const FLOOR = path.join(REPO, 'bench', 'floor.mjs')
const EXAMPLES = path.join(REPO, 'examples')
const GLOB = '.github/token-templates/**/*.{yml,yaml}'

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x))

/** `token-templates lint --format json`: one error in each invalid template. */
export function lintCommand(cli, set, label = `lint ${count(set.templates)}`) {
  return {
    label,
    command: process.execPath,
    args: [cli, 'lint', '--format', 'json'],
    cwd: set.dir,
    check(result) {
      const status = set.invalid > 0 ? 1 : 0
      if (result.status !== status)
        throw unexpected(label, result, `expected exit ${status}`)
      let report
      try {
        report = JSON.parse(result.stdout)
      } catch {
        throw unexpected(label, result, 'output is not the JSON report')
      }
      const { summary } = report
      const withErrors = new Set(
        report.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => path.normalize(d.file)),
      )
      // A run lists at most 1,000 findings (summary.omitted counts the
      // rest): every listed error must be in an invalid file, and all of
      // them when none was left out; the counts cover every finding.
      const invalidFiles = new Set(set.invalidFiles)
      const listedOk = summary?.omitted
        ? [...withErrors].every((file) => invalidFiles.has(file))
        : sameSet(withErrors, invalidFiles)
      if (
        summary?.templates !== set.templates ||
        summary.files !== set.files ||
        summary.errors !== set.invalid ||
        !listedOk
      )
        throw unexpected(
          label,
          result,
          `summary ${JSON.stringify(summary)}, errors in ${withErrors.size} files:` +
            ` expected ${set.templates} templates in ${set.files} files,` +
            ` errors in exactly the ${set.invalidFiles.length} invalid files`,
        )
      return summary
    },
  }
}

/**
 * ajv-cli 5 validating every file against the template schema: no positions,
 * no rules. It reads one YAML document per file (js-yaml 3's safeLoad), so
 * it needs a set with one template per file.
 */
export function ajvCommand(set, label = `ajv-cli ${count(set.templates)}`) {
  if (set.files !== set.templates)
    throw new Error('ajv-cli needs one template per file')
  return {
    label,
    command: process.execPath,
    args: [
      AJV,
      'validate',
      '--spec=draft7',
      '--strict=false',
      '-s',
      SCHEMA,
      '-d',
      GLOB,
      '--errors=no',
    ],
    cwd: set.dir,
    check(result) {
      const lines = (text, word) =>
        text.split('\n').filter((line) => line.endsWith(` ${word}`)).length
      const valid = lines(result.stdout, 'valid')
      const invalid = lines(result.stderr, 'invalid')
      const status = set.invalid > 0 ? 1 : 0
      if (
        result.status !== status ||
        valid + invalid !== set.files ||
        invalid !== set.invalid
      )
        throw unexpected(
          label,
          result,
          `${valid} valid + ${invalid} invalid files: expected ${set.files} files, ${set.invalid} invalid`,
        )
    },
  }
}

/** bench/floor.mjs: node, reading and parsing with `yaml`, nothing else. */
export function floorCommand(set, label = `floor ${count(set.templates)}`) {
  return {
    label,
    command: process.execPath,
    args: [FLOOR, TEMPLATE_DIR],
    cwd: set.dir,
    check(result) {
      if (result.status !== 0 || result.stdout.trim() !== `${set.templates}`)
        throw unexpected(
          label,
          result,
          `expected exit 0 and ${set.templates} templates`,
        )
    },
  }
}

// The environment without anything of a GitHub runner.
const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GH_)/.test(key),
    ),
  )

/** The Action (dist/index.js) on examples/, without a token: no API calls. */
export function actionCommand(action, tmp, label = 'Action on examples/') {
  const output = path.join(tmp, 'github-output')
  const summary = path.join(tmp, 'github-step-summary')
  return {
    label,
    command: process.execPath,
    args: [action],
    cwd: EXAMPLES,
    env: {
      ...cleanEnv(),
      GITHUB_WORKSPACE: EXAMPLES,
      INPUT_TEMPLATES: GLOB,
      'INPUT_FAIL-ON': 'error',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
    },
    before() {
      fs.writeFileSync(output, '')
      fs.writeFileSync(summary, '')
    },
    check(result) {
      const written = fs.readFileSync(output, 'utf8')
      if (result.status !== 0 || !/^templates<</m.test(written))
        throw unexpected(
          label,
          result,
          'expected exit 0 and a templates output',
        )
    },
  }
}

/** `node -e ''`: what starting Node costs. */
export function bareNodeCommand(label = "node -e ''") {
  return {
    label,
    command: process.execPath,
    args: ['-e', ''],
    cwd: REPO,
    env: cleanEnv(),
    check(result) {
      if (result.status !== 0)
        throw unexpected(label, result, 'expected exit 0')
    },
  }
}
