// The hostile-input catalogue: every file under test/hostile/fixtures/ (plus the cases that can only
// be made at test time: a 16 MiB sparse file, a FIFO, symbolic links, a directory, 100 kB strings,
// 20,000 populations) checked against test/hostile/fixtures/expected.json. Every case runs through
// the CLI in-process; a representative subset also runs through both bundles as child processes on
// Node 24, the CLI as a user runs it and the action as the runner runs it.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { DEFAULT_MAX_BYTES } from '../../src/core/limits.js'
import { capture, createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { ACTION_BUNDLE, bundledNode, CLI_BUNDLE, cleanEnv, runNode } from '../support/runtimes.js'
import { stdinOf } from '../support/stdin.js'
import { parseCommand, scanCommands } from '../support/workflow.js'

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

interface Expected {
  exit: 0 | 1 | 2
  messageIncludes?: string
  line?: number
  column?: number
}

const MANIFEST = JSON.parse(readFileSync(path.join(HOSTILE, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>
// Files only: sub-folders (scenarios/, the fixtures of scenarios.test.ts) are not cases of this catalogue.
const COMMITTED = readdirSync(HOSTILE, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== 'expected.json')
  .map((entry) => entry.name)
  .sort()
const CASES = Object.keys(MANIFEST)

/**
 * Generous for process start-up; a hang, a quadratic walk or an expanded alias bomb blows it. It
 * holds for 20,000 populations too (about 0.3 s in-process since the positions went to typed arrays).
 */
const WALL_LIMIT_MS = 1_000
const STACK_TRACE = /^\s+at /m
/** No run prints more than this: a hostile file must not be echoed back wholesale. */
const MAX_OUTPUT = 64 * 1024

const LONG = { name: 'N'.repeat(100_000), product: 'P'.repeat(100_000), key: 'K'.repeat(100_000) }
const GIT_SECRET = 'ghs_catalogueSecretToken0123456789'
const OUTSIDE_MARKER = 'outside-population-never-read'
const SERVERS = 'servers:\n  - name: ams-pool01\n    product: Lync Server 2013\nclients:\n'

/** The path handed to coexist (relative to the workspace) for each case. */
function givenPath(name: string): string {
  if (name === 'generated:dotdot-outside.yml') return '../outside/coexist.yml'
  return name.startsWith('generated:')
    ? `gen/${name.slice('generated:'.length)}`
    : `hostile/${name}`
}

let runner: FakeRunner
let workspace: string

/** How coexist shows the file of each case: workspace-relative, absolute when outside it. */
function shownPath(name: string): string {
  const given = givenPath(name)
  return given.startsWith('..') ? path.resolve(workspace, given) : given
}

beforeAll(() => {
  runner = createFakeRunner('coexist-hostile-')
  workspace = runner.workspace
  for (const file of COMMITTED) runner.addFile(`hostile/${file}`, path.join(HOSTILE, file))
  const gen = (name: string) => path.join(workspace, 'gen', name)
  mkdirSync(path.join(workspace, 'gen'))

  // Outside the workspace: a repository's .git/config with a token, and a valid topology.
  const outside = path.resolve(workspace, '..', 'outside')
  mkdirSync(path.join(outside, '.git'), { recursive: true })
  writeFileSync(
    path.join(outside, '.git', 'config'),
    `[remote "origin"]\n\turl = https://x-access-token:${GIT_SECRET}@github.com/acme/uc.git\n`,
  )
  writeFileSync(
    path.join(outside, 'coexist.yml'),
    `${SERVERS}  - name: ${OUTSIDE_MARKER}\n    product: Lync 2010 Attendee\n`,
  )

  writeFileSync(gen('too-large.yml'), '')
  truncateSync(gen('too-large.yml'), DEFAULT_MAX_BYTES + 1) // sparse: nothing is written
  writeFileSync(gen('long-name.yml'), `${SERVERS}  - name: ${LONG.name}\n    product: Lync 2013\n`)
  writeFileSync(gen('long-product.yml'), `${SERVERS}  - name: a\n    product: ${LONG.product}\n`)
  writeFileSync(
    gen('long-key.yml'),
    `${SERVERS}  - name: a\n    product: Lync 2013\n    ${LONG.key}: 1\n`,
  )
  const populations = (n: number) =>
    SERVERS +
    Array.from({ length: n }, (_, i) => `  - name: population-${i}\n    product: Lync 2013\n`).join(
      '',
    )
  writeFileSync(gen('many-populations.yml'), populations(5_000))
  writeFileSync(gen('very-many-populations.yml'), populations(20_000))
  symlinkSync(path.join(outside, '.git', 'config'), gen('symlink-git-config.yml'))
  symlinkSync(path.join('..', '..', 'outside', 'coexist.yml'), gen('symlink-outside.yml'))
  symlinkSync(path.join('..', 'hostile', 'utf8-bom.yml'), gen('symlink-inside.yml'))
  mkdirSync(gen('directory.yml'))
  execFileSync('mkfifo', [gen('fifo.yml')])
})

afterAll(() => runner?.remove())

describe('the catalogue', () => {
  it('has at least 40 committed files, each with its expected outcome, and nothing else', () => {
    expect(COMMITTED.length).toBeGreaterThanOrEqual(40)
    const committedCases = CASES.filter((c) => !c.startsWith('generated:')).sort()
    expect(committedCases).toEqual(COMMITTED)
    for (const expected of Object.values(MANIFEST)) {
      expect([0, 1, 2]).toContain(expected.exit)
      // Every refusal says where: file:line:column.
      if (expected.exit === 2) expect(expected.line).toBeTypeOf('number')
    }
  })
})

/** What every run, in every shell, must satisfy beyond its expected outcome. */
function expectContained(name: string, output: string): void {
  expect(output).not.toMatch(STACK_TRACE)
  expect(output.length).toBeLessThan(MAX_OUTPUT)
  for (const long of Object.values(LONG)) expect(output).not.toContain(long.slice(0, 1_000))
  expect(output).not.toContain(GIT_SECRET)
  expect(output).not.toContain(OUTSIDE_MARKER)
  expect(output, name).not.toContain('internal error')
}

/** The CLI's text report has `file:line:column: error: message` on one line. */
function expectTextOutcome(name: string, stdout: string): void {
  const expected = MANIFEST[name] as Expected
  if (expected.line === undefined) return
  const place = `${shownPath(name)}:${expected.line}:${expected.column}: error: `
  const lines = stdout.split('\n').filter((l) => l.includes(place))
  expect(lines, stdout.slice(0, 2_000)).not.toEqual([])
  if (expected.messageIncludes !== undefined)
    expect(
      lines.some((l) => l.includes(expected.messageIncludes as string)),
      stdout.slice(0, 2_000),
    ).toBe(true)
}

const NOW = new Date('2026-06-01T12:00:00Z')
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

describe('CLI, in-process: every case', () => {
  it.each(CASES)('%s', async (name) => {
    const stdout = capture(false)
    const stderr = capture()
    const started = performance.now()
    const code = await runCli(['check', givenPath(name)], {
      cwd: workspace,
      stdin: stdinOf(),
      env: {},
      stdout,
      stderr,
      now: () => NOW,
      version: '0.0.0-test',
    })
    const elapsed = performance.now() - started
    expect(code, stdout.text.slice(0, 2_000)).toBe(MANIFEST[name]?.exit)
    expect(elapsed).toBeLessThan(WALL_LIMIT_MS)
    expect(stderr.text).toBe('')
    expectContained(name, stdout.text + stderr.text)
    expectTextOutcome(name, stdout.text)
  })

  it('leaves Object.prototype as it was after every case', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.constructor).toBe(Object)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})

// Through the processes: size limit, alias bomb, FIFO, symbolic links, "..", injection names, and
// one of each encoding and position case.
const BUNDLED = [
  'generated:too-large.yml',
  'alias-bomb.yml',
  'nesting-flow-25.yml',
  'generated:fifo.yml',
  'generated:directory.yml',
  'generated:symlink-git-config.yml',
  'generated:symlink-outside.yml',
  'generated:dotdot-outside.yml',
  'generated:symlink-inside.yml',
  'generated:long-key.yml',
  'name-workflow-commands.yml',
  'name-newlines.yml',
  'name-percent-comma-colon.yml',
  'name-markdown-html.yml',
  'name-mentions-marker.yml',
  'utf16le-bom.yml',
  'nul-byte.yml',
  'crlf-unknown-product.yml',
  'proto-names.yml',
]

describe('bundled CLI on Node 24: a representative subset', () => {
  const node = bundledNode()
  it.each(BUNDLED)('%s', async (name) => {
    const run = await runNode(node, CLI_BUNDLE, ['check', givenPath(name)], {
      cwd: workspace,
      env: cleanEnv({ NO_COLOR: '1' }),
      timeout: 10_000,
    })
    expect(run.status, run.stdout.slice(0, 2_000) + run.stderr).toBe(MANIFEST[name]?.exit)
    expect(run.elapsed).toBeLessThan(WALL_LIMIT_MS)
    expect(run.stderr).toBe('')
    expectContained(name, run.stdout + run.stderr)
    expectTextOutcome(name, run.stdout)
  })
})

const ANNOTATION_PROPERTIES = new Set(['file', 'line', 'col', 'endLine', 'endColumn', 'title'])

describe('bundled action on Node 24, as the runner runs it: a representative subset', () => {
  const node = bundledNode()
  it.each(BUNDLED)('%s', async (name) => {
    writeFileSync(runner.outputFile, '')
    writeFileSync(runner.summaryFile, '')
    const expected = MANIFEST[name] as Expected
    const run = await runNode(node, ACTION_BUNDLE, [], {
      cwd: workspace,
      env: { ...runner.env, INPUT_TOPOLOGY: givenPath(name) },
      timeout: 10_000,
    })
    expect(run.status, run.stdout.slice(0, 2_000) + run.stderr).toBe(expected.exit)
    expect(run.elapsed).toBeLessThan(WALL_LIMIT_MS)
    expect(run.stderr).toBe('')
    expectContained(name, run.stdout)
    expectContained(name, runner.summary())
    expect(runner.outputs().passed).toBe(String(expected.exit === 0))

    // The only commands the runner would execute are coexist's own annotations.
    const scan = scanCommands(run.stdout)
    expect(scan.unterminated).toBe(false)
    const annotations = scan.commands.map((line) => {
      expect(line).toMatch(/^::(error|warning|notice) [a-zA-Z]+=[^:]*::/)
      const parsed = parseCommand(line)
      for (const key of Object.keys(parsed.properties)) expect(ANNOTATION_PROPERTIES).toContain(key)
      expect(parsed.properties.title).toBeTruthy()
      if (parsed.properties.file !== undefined) expect(parsed.properties.file).toBe(shownPath(name))
      return parsed
    })
    if (expected.exit === 0) expect(annotations.filter((a) => a.name === 'error')).toEqual([])
    if (expected.line !== undefined) {
      const at = annotations.filter(
        (a) =>
          a.name === 'error' &&
          a.properties.line === String(expected.line) &&
          a.properties.col === String(expected.column),
      )
      expect(at, run.stdout.slice(0, 2_000)).not.toEqual([])
      if (expected.messageIncludes !== undefined)
        expect(
          at.some((a) =>
            `${a.properties.title} ${a.message}`.includes(expected.messageIncludes as string),
          ),
        ).toBe(true)
    }
  })
})
