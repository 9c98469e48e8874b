// checkFiles and displayPath: reading topology files from disk without ever hanging, reading
// something huge, or throwing; and naming each file the way annotations need it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkFiles, displayPath, MAX_TOPOLOGY_BYTES } from '../../src/io/check-files.js'
import type { Report } from '../../src/core/types.js'
import { REPO_ROOT } from '../support/runtimes.js'

const POLICY = { policy: { failOn: new Set(['not-supported'] as const), now: new Date('2026-06-01T12:00:00Z') } }
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')

let root: string
let cwd: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'coexist-io-'))
  cwd = path.join(root, 'repo')
  mkdirSync(path.join(cwd, 'estate', 'emea'), { recursive: true })
  copyFileSync(EXAMPLE, path.join(cwd, 'coexist.yml'))
  copyFileSync(EXAMPLE, path.join(cwd, 'estate', 'emea', 'coexist.yml'))
  copyFileSync(EXAMPLE, path.join(root, 'outside.yml'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The one file's errors as [file, line, column, message]. */
function errorsOf(report: Report) {
  return report.files.flatMap((f) => f.errors.map((e) => [e.file, e.line, e.column, e.message]))
}

describe('files that cannot be read', () => {
  it('a missing file: one error at 1:1, no results, no throw', async () => {
    const report = await checkFiles(['missing.yml'], cwd, POLICY)
    expect(report.passed).toBe(false)
    expect(report.files).toEqual([
      {
        file: 'missing.yml',
        results: [],
        errors: [{ file: 'missing.yml', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'no such file; check the path (it is resolved from the repository root)' }],
        warnings: [],
      },
    ])
  })

  it('a missing folder on the way', async () => {
    const report = await checkFiles(['no/such/dir/coexist.yml'], cwd, POLICY)
    expect(errorsOf(report)).toEqual([['no/such/dir/coexist.yml', 1, 1, 'no such file; check the path (it is resolved from the repository root)']])
  })

  it('a directory', async () => {
    const report = await checkFiles(['estate'], cwd, POLICY)
    expect(errorsOf(report)).toEqual([['estate', 1, 1, 'this is a directory; name a topology file such as coexist.yml']])
  })

  it('a path through a regular file (ENOTDIR)', async () => {
    const report = await checkFiles(['coexist.yml/inner.yml'], cwd, POLICY)
    expect(report.passed).toBe(false)
    expect(errorsOf(report)).toEqual([['coexist.yml/inner.yml', 1, 1, 'cannot read the file (ENOTDIR)']])
  })

  it('a FIFO with no writer: refused at once, without blocking', { timeout: 2_000 }, async () => {
    const fifo = path.join(cwd, 'pipe.yml')
    execFileSync('mkfifo', [fifo])
    try {
      const started = performance.now()
      const report = await checkFiles(['pipe.yml'], cwd, POLICY)
      const elapsed = performance.now() - started
      expect(errorsOf(report)).toEqual([['pipe.yml', 1, 1, 'this is not a regular file; name a topology file']])
      expect(elapsed).toBeLessThan(500)
    } finally {
      rmSync(fifo)
    }
  })

  it('a file one byte over MAX_TOPOLOGY_BYTES: refused by size, before it is read', async () => {
    expect(MAX_TOPOLOGY_BYTES).toBe(16 * 1024 * 1024)
    const big = path.join(cwd, 'big.yml')
    writeFileSync(big, '')
    truncateSync(big, MAX_TOPOLOGY_BYTES + 1) // sparse: no 16 MiB written
    try {
      expect(statSync(big).size).toBe(16_777_217)
      const started = performance.now()
      const report = await checkFiles(['big.yml'], cwd, POLICY)
      expect(performance.now() - started).toBeLessThan(500)
      expect(errorsOf(report)).toEqual([['big.yml', 1, 1, 'the file is 16777217 bytes; coexist reads topologies up to 16777216 bytes']])
    } finally {
      rmSync(big)
    }
  })

  it('a file of exactly MAX_TOPOLOGY_BYTES passes the size check (and then fails as binary zeros)', async () => {
    const edge = path.join(cwd, 'edge.yml')
    writeFileSync(edge, '')
    truncateSync(edge, MAX_TOPOLOGY_BYTES)
    try {
      const report = await checkFiles(['edge.yml'], cwd, POLICY)
      const messages = errorsOf(report).map((e) => e[3])
      expect(messages).toHaveLength(1)
      expect(messages[0]).not.toMatch(/coexist reads topologies up to/)
    } finally {
      rmSync(edge)
    }
  })

  it('one bad file does not stop the others, and keeps the given order', async () => {
    const report = await checkFiles(['missing.yml', 'coexist.yml', 'estate'], cwd, POLICY)
    expect(report.files.map((f) => [f.file, f.errors.length, f.results.length])).toEqual([
      ['missing.yml', 1, 0],
      ['coexist.yml', 0, 10],
      ['estate', 1, 0],
    ])
    expect(report.passed).toBe(false)
  })
})

describe('display paths', () => {
  it('a file inside cwd: relative, with forward slashes, however it was given', async () => {
    const given = ['estate/emea/coexist.yml', './estate/emea/coexist.yml', 'estate/../estate/emea/coexist.yml', path.join(cwd, 'estate', 'emea', 'coexist.yml')]
    const report = await checkFiles(given, cwd, POLICY)
    expect(report.files.map((f) => f.file)).toEqual(['estate/emea/coexist.yml', 'estate/emea/coexist.yml', 'estate/emea/coexist.yml', 'estate/emea/coexist.yml'])
    // The results and their annotations carry the same path.
    expect(new Set(report.files.flatMap((f) => f.results.map((r) => r.file)))).toEqual(new Set(['estate/emea/coexist.yml']))
  })

  it('a file outside cwd: absolute', async () => {
    const report = await checkFiles(['../outside.yml', path.join(root, 'outside.yml')], cwd, POLICY)
    expect(report.files.map((f) => f.file)).toEqual([path.join(root, 'outside.yml'), path.join(root, 'outside.yml')])
    expect(report.files[0]?.results[0]?.file).toBe(path.join(root, 'outside.yml'))
  })

  it('displayPath: relative inside, absolute outside, absolute for cwd itself', () => {
    expect(displayPath('/repo/a/b.yml', '/repo')).toBe('a/b.yml')
    expect(displayPath('/repo/b.yml', '/repo')).toBe('b.yml')
    expect(displayPath('/elsewhere/b.yml', '/repo')).toBe('/elsewhere/b.yml')
    expect(displayPath('/repository/b.yml', '/repo')).toBe('/repository/b.yml')
    expect(displayPath('/repo', '/repo')).toBe('/repo')
  })

  // A folder or file whose name merely starts with two dots is still inside the repository.
  it('displayPath: a name starting with ".." inside cwd stays relative', () => {
    expect(displayPath('/repo/..config/coexist.yml', '/repo')).toBe('..config/coexist.yml')
    expect(displayPath('/repo/...yml', '/repo')).toBe('...yml')
  })
})
