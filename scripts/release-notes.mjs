// The release notes of a tag: `node scripts/release-notes.mjs v1.2.3` prints the body of
// CHANGELOG.md's `## [1.2.3]` section. .github/workflows/release.yml passes it to
// `gh release create --notes-file`. It refuses (exit 1, one line on stderr) a tag that is not
// vMAJOR.MINOR.PATCH, a tag that is not package.json's version (the bundles print that version, so
// a release of another one would lie about itself), and a version with no section or an empty one.
import { readFileSync } from 'node:fs'

const fail = (message) => {
  console.error(`release-notes: ${message}`)
  process.exit(1)
}

const tag = process.argv[2] ?? ''
const match = /^v(\d+\.\d+\.\d+)$/.exec(tag)
if (!match) fail(`"${tag}" is not a release tag: vMAJOR.MINOR.PATCH, such as v1.2.3`)
const version = match[1]

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version
if (packageVersion !== version)
  fail(`tag ${tag} but package.json says ${packageVersion}: bump the version, commit, tag again`)

const lines = readFileSync('CHANGELOG.md', 'utf8').split(/\r?\n/)
// `## [1.2.3] - 2026-12-01`, or `## 1.2.3`: Keep a Changelog's heading, with or without brackets.
const escaped = version.replaceAll('.', '\\.')
const heading = new RegExp(`^## \\[?${escaped}\\]?(?:\\s|$)`)
const start = lines.findIndex((line) => heading.test(line))
if (start === -1)
  fail(`CHANGELOG.md has no "## [${version}]" section: rename "Unreleased" to it before tagging`)
const length = lines.slice(start + 1).findIndex((line) => /^## /.test(line))
const body = lines
  .slice(start + 1, length === -1 ? undefined : start + 1 + length)
  .join('\n')
  .trim()
if (body === '') fail(`CHANGELOG.md's section for ${version} is empty`)
process.stdout.write(`${body}\n`)
