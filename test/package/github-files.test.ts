// The files GitHub reads from this repository, as `npm run validate-action` (scripts/validate-action.mjs)
// checks them in .ci/run and ci.yml: the committed ones pass, and a copy broken in each way the
// script knows fails, naming the file and the problem. And scripts/release-notes.mjs, which gives
// release.yml the notes of a tag.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/runtimes.js'

const VALIDATE = path.join(REPO_ROOT, 'scripts', 'validate-action.mjs')
const RELEASE_NOTES = path.join(REPO_ROOT, 'scripts', 'release-notes.mjs')

interface Run {
  status: number
  stdout: string
  stderr: string
}

/** `node script args` in `cwd`, with the project's binaries on PATH, as npm runs it. */
function node(script: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd,
        env: {
          PATH: `${path.join(REPO_ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ status: error ? (error.code as number) : 0, stdout, stderr })
      },
    )
  })
}

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** A folder holding what validate-action reads: action.yml, its bundle, and .github/ as committed. */
function repoCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coexist-github-files-'))
  roots.push(root)
  cpSync(path.join(REPO_ROOT, 'action.yml'), path.join(root, 'action.yml'))
  mkdirSync(path.join(root, 'dist'))
  writeFileSync(path.join(root, 'dist', 'index.js'), '')
  cpSync(path.join(REPO_ROOT, '.github'), path.join(root, '.github'), { recursive: true })
  return root
}

const CI = path.join('.github', 'workflows', 'ci.yml')
const DEPENDABOT = path.join('.github', 'dependabot.yml')

/** Rewrites `file` in `root`, failing the test when `from` is not in it (the edit would be a no-op). */
function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path.join(root, file), 'utf8')
  const edited = text.replace(from, to)
  expect(edited, `${file} does not contain ${String(from)}`).not.toBe(text)
  writeFileSync(path.join(root, file), edited)
}

describe('npm run validate-action', () => {
  it('passes on the committed action.yml, every workflow and dependabot.yml', async () => {
    const run = await node(VALIDATE, [], REPO_ROOT)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    for (const file of [
      'action.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/self-test.yml',
      '.github/workflows/release.yml',
      '.github/dependabot.yml',
    ])
      expect(run.stdout).toContain(`valid: ${file} `)
  })

  it('fails on an action.yml that does not run on node24', async () => {
    const root = repoCopy()
    edit(root, 'action.yml', /using: ['"]?node24['"]?/, 'using: node20')
    const run = await node(VALIDATE, [], root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('action.yml: runs.using is node20')
  })

  it('fails on a workflow the workflow schema refuses', async () => {
    const root = repoCopy()
    edit(root, CI, '    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    stesp: []\n')
    const run = await node(VALIDATE, [], root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      '.github/workflows/ci.yml: action-validator found the problems above',
    )
  })

  it('fails on a workflow with no top-level permissions', async () => {
    const root = repoCopy()
    edit(root, CI, /^permissions:\n {2}contents: read\n/m, '')
    const run = await node(VALIDATE, [], root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('.github/workflows/ci.yml: no top-level `permissions:`')
  })

  it('fails on an action pinned to a tag, or to a SHA without its version', async () => {
    const root = repoCopy()
    edit(root, CI, /actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v7')
    edit(root, CI, /(actions\/setup-node@[0-9a-f]{40}) # v[\d.]+/, '$1')
    const run = await node(VALIDATE, [], root)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /ci\.yml: line \d+: actions\/checkout@v7 is not pinned to a full commit SHA/,
    )
    expect(run.stderr).toMatch(/ci\.yml: line \d+: actions\/setup-node@[0-9a-f]{40} is not pinned/)
  })

  it('fails on a dependabot.yml the dependabot-2.0 schema refuses, or none', async () => {
    const root = repoCopy()
    edit(root, DEPENDABOT, 'package-ecosystem: npm', 'package-ecosystem: npmjs')
    const invalid = await node(VALIDATE, [], root)
    expect(invalid.status).toBe(1)
    expect(invalid.stderr).toContain('.github/dependabot.yml: /updates/0/package-ecosystem')

    rmSync(path.join(root, DEPENDABOT))
    const missing = await node(VALIDATE, [], root)
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('.github/dependabot.yml: missing')
  })

  it('fails when there are no workflows', async () => {
    const root = repoCopy()
    rmSync(path.join(root, '.github', 'workflows'), { recursive: true })
    const run = await node(VALIDATE, [], root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('.github/workflows: no workflow files')
  })
})

describe('scripts/release-notes.mjs', () => {
  const VERSION = (
    JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version

  it("prints the body of the tagged version's section of CHANGELOG.md, and nothing else", async () => {
    const run = await node(RELEASE_NOTES, [`v${VERSION}`], REPO_ROOT)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const changelog = readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')
    const heading = changelog.indexOf(`## [${VERSION}]`)
    expect(heading).toBeGreaterThan(-1)
    const bodyStart = changelog.indexOf('\n', heading) + 1
    const next = changelog.indexOf('\n## ', bodyStart)
    const body = changelog.slice(bodyStart, next === -1 ? undefined : next).trim()
    expect(body).not.toBe('')
    expect(run.stdout).toBe(`${body}\n`)
    expect(run.stdout).not.toMatch(/^## /m)
  })

  /** A folder with a package.json of `version` and `changelog` as CHANGELOG.md. */
  function project(version: string, changelog: string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'coexist-release-notes-'))
    roots.push(root)
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version }))
    writeFileSync(path.join(root, 'CHANGELOG.md'), changelog)
    return root
  }
  const CHANGELOG = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- next',
    '',
    '## [1.10.0] - 2027-01-02',
    '',
    '### Added',
    '',
    '- ten',
    '',
    '## [1.1.0] - 2027-01-01',
    '',
    '- one',
    '',
  ].join('\n')

  it('takes the section of exactly that version, the last one too', async () => {
    expect((await node(RELEASE_NOTES, ['v1.10.0'], project('1.10.0', CHANGELOG))).stdout).toBe(
      '### Added\n\n- ten\n',
    )
    expect((await node(RELEASE_NOTES, ['v1.1.0'], project('1.1.0', CHANGELOG))).stdout).toBe(
      '- one\n',
    )
  })

  it.each([
    ['1.1.0', '1.1.0', /"1\.1\.0" is not a release tag/],
    ['v1.1', '1.1.0', /"v1\.1" is not a release tag/],
    ['v1.1.0-rc.1', '1.1.0', /is not a release tag/],
    ['v1.1.0', '1.2.0', /tag v1\.1\.0 but package\.json says 1\.2\.0/],
    ['v2.0.0', '2.0.0', /no "## \[2\.0\.0\]" section: rename "Unreleased"/],
  ])('refuses tag %s with package.json %s', async (tag, version, message) => {
    const run = await node(RELEASE_NOTES, [tag], project(version, CHANGELOG))
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  })

  it('refuses an empty section', async () => {
    const run = await node(
      RELEASE_NOTES,
      ['v2.0.0'],
      project(
        '2.0.0',
        `${CHANGELOG.replace('## [Unreleased]', '## [2.0.0] - 2027-02-01')}`.replace(
          '- next\n',
          '',
        ),
      ),
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("CHANGELOG.md's section for 2.0.0 is empty")
  })
})
