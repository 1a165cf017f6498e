// Reads a release tag for the release workflow: checks that it is
// vMAJOR.MINOR.PATCH (with an optional -prerelease) and names package.json's
// version, then prints what the workflow needs, one key=value a line (the
// format of $GITHUB_OUTPUT):
//
//   $ node scripts/release-tag.mjs v1.2.3
//   version=1.2.3
//   major=v1
//   prerelease=false
//
// The major tag (v1) is the one users pin (`uses: token-templates/...@v1`);
// a prerelease never moves it. Exit 1, with one line on stderr, for any
// other tag.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// A prerelease identifier is numeric without leading zeros, or has a
// letter or hyphen (semver 2.0.0, item 9).
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)'
const SEMVER_TAG = new RegExp(
  `^v(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`,
)

/** What a tag stands for, or an error message. */
export function releaseTag(tag, packageVersion) {
  const match = SEMVER_TAG.exec(tag)
  if (!match)
    return {
      error: `${tag} is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3 or v1.3.0-rc.1`,
    }
  const version = tag.slice(1)
  if (version !== packageVersion)
    return {
      error: `tag ${tag} does not match package.json's version ${packageVersion}: bump the version (npm version ${version} --no-git-tag-version), commit, and tag that commit`,
    }
  return {
    version,
    major: `v${match[1]}`,
    prerelease: match[4] !== undefined,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tag, packageFile = 'package.json'] = process.argv.slice(2)
  if (!tag) {
    console.error('usage: node scripts/release-tag.mjs TAG [package.json]')
    process.exit(2)
  }
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8'))
  const result = releaseTag(tag, version)
  if (result.error) {
    console.error(result.error)
    process.exit(1)
  }
  process.stdout.write(
    `version=${result.version}\nmajor=${result.major}\nprerelease=${result.prerelease}\n`,
  )
}
