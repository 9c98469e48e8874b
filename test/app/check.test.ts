// check (app) and displayPath: reading topology files from disk without ever hanging, reading
// something huge, or throwing; and naming each file the way annotations need it.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countFindings, exitCodeOf, parseTopology } from '../../src/core/check.js'
import { RunBudget } from '../../src/core/limits.js'
import { DEFAULT_MAX_BYTES } from '../../src/core/limits.js'
import { checkRun } from '../support/check-run.js'
import { displayPath } from '../../src/io/paths.js'
import { SHALLOW_CHECKOUT_HELP } from '../../src/io/git.js'
import type { Report } from '../../src/core/types.js'
import { initRepo, shallowClone, type GitRepo } from '../support/git-repo.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { poolTopology } from '../support/topologies.js'

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
    const report = await checkRun(['missing.yml'], cwd)
    expect(report.passed).toBe(false)
    expect(report.files).toEqual([
      {
        file: 'missing.yml',
        results: [],
        errors: [
          {
            file: 'missing.yml',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message:
              'no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
          },
        ],
        warnings: [],
        notices: [],
      },
    ])
  })

  it('a missing folder on the way', async () => {
    const report = await checkRun(['no/such/dir/coexist.yml'], cwd)
    expect(errorsOf(report)).toEqual([
      [
        'no/such/dir/coexist.yml',
        1,
        1,
        'no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
      ],
    ])
  })

  it('a directory without a topology file of a default name', async () => {
    const report = await checkRun(['estate'], cwd)
    expect(errorsOf(report)).toEqual([
      [
        'estate',
        1,
        1,
        'this is a directory with no coexist.yml, coexist.yaml or coexist.json in it; name a topology file',
      ],
    ])
  })

  it('a path through a regular file (ENOTDIR)', async () => {
    const report = await checkRun(['coexist.yml/inner.yml'], cwd)
    expect(report.passed).toBe(false)
    expect(errorsOf(report)).toEqual([
      ['coexist.yml/inner.yml', 1, 1, 'cannot read the file (ENOTDIR)'],
    ])
  })

  it('a FIFO with no writer: refused at once, without blocking', { timeout: 2_000 }, async () => {
    const fifo = path.join(cwd, 'pipe.yml')
    execFileSync('mkfifo', [fifo])
    try {
      const started = performance.now()
      const report = await checkRun(['pipe.yml'], cwd)
      const elapsed = performance.now() - started
      expect(errorsOf(report)).toEqual([
        ['pipe.yml', 1, 1, 'this is not a regular file; name a topology file'],
      ])
      expect(elapsed).toBeLessThan(500)
    } finally {
      rmSync(fifo)
    }
  })

  it('a file one byte over DEFAULT_MAX_BYTES: refused by size, before it is read', async () => {
    expect(DEFAULT_MAX_BYTES).toBe(16 * 1024 * 1024)
    const big = path.join(cwd, 'big.yml')
    writeFileSync(big, '')
    truncateSync(big, DEFAULT_MAX_BYTES + 1) // sparse: no 16 MiB written
    try {
      expect(statSync(big).size).toBe(16_777_217)
      const started = performance.now()
      const report = await checkRun(['big.yml'], cwd)
      expect(performance.now() - started).toBeLessThan(500)
      expect(errorsOf(report)).toEqual([
        [
          'big.yml',
          1,
          1,
          'the file is 16777217 bytes; coexist reads topologies up to 16777216 bytes (max-bytes)',
        ],
      ])
    } finally {
      rmSync(big)
    }
  })

  it('a file of exactly DEFAULT_MAX_BYTES passes the size check (and then fails as binary zeros)', async () => {
    const edge = path.join(cwd, 'edge.yml')
    writeFileSync(edge, '')
    truncateSync(edge, DEFAULT_MAX_BYTES)
    try {
      const report = await checkRun(['edge.yml'], cwd)
      const messages = errorsOf(report).map((e) => e[3])
      expect(messages).toHaveLength(1)
      expect(messages[0]).not.toMatch(/coexist reads topologies up to/)
    } finally {
      rmSync(edge)
    }
  })

  it('one bad file does not stop the others, and keeps the given order', async () => {
    const report = await checkRun(['missing.yml', 'coexist.yml', 'estate'], cwd)
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
    const given = [
      'estate/emea/coexist.yml',
      './estate/emea/coexist.yml',
      'estate/../estate/emea/coexist.yml',
      path.join(cwd, 'estate', 'emea', 'coexist.yml'),
    ]
    const report = await checkRun(given, cwd)
    expect(report.files.map((f) => f.file)).toEqual([
      'estate/emea/coexist.yml',
      'estate/emea/coexist.yml',
      'estate/emea/coexist.yml',
      'estate/emea/coexist.yml',
    ])
    // The results and their annotations carry the same path.
    expect(new Set(report.files.flatMap((f) => f.results.map((r) => r.file)))).toEqual(
      new Set(['estate/emea/coexist.yml']),
    )
  })

  it('a file outside cwd: absolute (and read only when named by an absolute path)', async () => {
    const report = await checkRun([path.join(root, 'outside.yml'), '../outside.yml'], cwd)
    expect(report.files.map((f) => f.file)).toEqual([
      path.join(root, 'outside.yml'),
      path.join(root, 'outside.yml'),
    ])
    expect(report.files[0]?.results[0]?.file).toBe(path.join(root, 'outside.yml'))
    expect(report.files[1]?.errors.map((e) => e.message)).toEqual([
      'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it',
    ])
  })

  it('displayPath: relative inside, absolute outside, absolute for cwd itself', () => {
    expect(displayPath('/repo/a/b.yml', '/repo')).toBe('a/b.yml')
    expect(displayPath('/repo/b.yml', '/repo')).toBe('b.yml')
    expect(displayPath('/elsewhere/b.yml', '/repo')).toBe('/elsewhere/b.yml')
    expect(displayPath('/repository/b.yml', '/repo')).toBe('/repository/b.yml')
    expect(displayPath('/repo', '/repo')).toBe('/repo')
  })

  // A folder or file whose name merely starts with two dots is still inside the repository.
  it('displayPath: relative to cwd with ../ while inside the root, absolute outside it', () => {
    expect(displayPath('/repo/site.yml', '/repo/sites', '/repo')).toBe('../site.yml')
    expect(displayPath('/repo/sites/a.yml', '/repo/sites', '/repo')).toBe('a.yml')
    expect(displayPath('/elsewhere/b.yml', '/repo/sites', '/repo')).toBe('/elsewhere/b.yml')
  })

  it('displayPath: a name starting with ".." inside cwd stays relative', () => {
    expect(displayPath('/repo/..config/coexist.yml', '/repo')).toBe('..config/coexist.yml')
    expect(displayPath('/repo/...yml', '/repo')).toBe('...yml')
  })
})

describe('new-only mode (baseRevision)', () => {
  // The base commit has three failing populations; the head adds a fourth and a supported one.
  const OLD = ['guests-a', 'guests-b', 'guests-c']
  let repo: GitRepo
  let base: string

  beforeAll(() => {
    repo = initRepo(path.join(root, 'git-repo'))
    repo.write('coexist.yml', poolTopology(OLD).text)
    repo.write('estate/emea/coexist.yml', poolTopology(OLD).text)
    repo.write('invalid-in-base.yml', 'servers: []\n')
    repo.write('changed.yml', poolTopology(['guests-a']).text)
    base = repo.commit('base')
    repo.write(
      'coexist.yml',
      poolTopology([...OLD, 'guests-d'], ['knowledge-workers', 'new-hires']).text,
    )
    repo.write('estate/emea/coexist.yml', poolTopology(OLD).text)
    repo.write('added.yml', poolTopology(['guests-a']).text)
    repo.write('invalid-in-base.yml', poolTopology(['guests-a']).text)
    // Same population names, but the failing one now also fails on a second pool it reaches.
    repo.write(
      'changed.yml',
      [
        'servers:',
        '  - name: ams-pool01',
        '    product: Lync Server 2013',
        '  - name: lon-pool',
        '    product: Lync Server 2010',
        'clients:',
        '  - name: guests-a',
        '    product: Lync 2010 Attendee',
        '  - name: legacy',
        '    product: Office Communicator 2007 R2',
        '    servers: [ams-pool01]',
        '',
      ].join('\n'),
    )
    repo.commit('head')
  })

  const marks = (report: Report, file = 0) =>
    report.files[file]?.results.map((r) => [r.client, r.severity, r.preexisting])

  it('marks the findings the base commit already had as pre-existing, and judges the run on the new one', async () => {
    const report = await checkRun(['coexist.yml'], repo.dir, { baseRevision: base })
    expect(marks(report)).toEqual([
      ['knowledge-workers', 'none', false],
      ['new-hires', 'none', false],
      ['guests-a', 'error', true],
      ['guests-b', 'error', true],
      ['guests-c', 'error', true],
      ['guests-d', 'error', false],
    ])
    expect(report.passed).toBe(false)
    expect(report.baseline).toEqual({ revision: base })
    expect(countFindings(report)).toMatchObject({ errors: 1, preexisting: 3, pairs: 6 })
    expect(exitCodeOf(report)).toBe(1)
  })

  it('passes when every failing pair was already there', async () => {
    const report = await checkRun(['estate/emea/coexist.yml'], repo.dir, { baseRevision: base })
    expect(marks(report)?.filter(([, severity]) => severity === 'error')).toEqual([
      ['guests-a', 'error', true],
      ['guests-b', 'error', true],
      ['guests-c', 'error', true],
    ])
    expect(report.passed).toBe(true)
    expect(exitCodeOf(report)).toBe(0)
  })

  it('reads the base from cwd when cwd is a folder inside the repository', async () => {
    const report = await checkRun(['emea/coexist.yml'], path.join(repo.dir, 'estate'), {
      baseRevision: base,
    })
    expect(report.baseline).toEqual({ revision: base })
    expect(report.passed).toBe(true)
  })

  it('counts a pair whose status changed, or that is new on another server, as new', async () => {
    const report = await checkRun(['changed.yml'], repo.dir, { baseRevision: base })
    expect(
      report.files[0]?.results.map((r) => [r.client, r.server, r.status, r.preexisting]),
    ).toEqual([
      ['guests-a', 'ams-pool01', 'not-supported', true],
      ['guests-a', 'lon-pool', 'supported', false],
      ['legacy', 'ams-pool01', 'interoperable', false],
    ])
  })

  it('has nothing pre-existing in a file the base commit did not have, and no problem either', async () => {
    const report = await checkRun(['added.yml', 'coexist.yml'], repo.dir, { baseRevision: base })
    expect(marks(report, 0)).toEqual([
      ['knowledge-workers', 'none', false],
      ['guests-a', 'error', false],
    ])
    expect(marks(report, 1)?.filter(([, , pre]) => pre)).toHaveLength(3)
    expect(report.baseline).toEqual({ revision: base })
    expect(report.passed).toBe(false)
  })

  it('has nothing pre-existing in a file the base commit could not evaluate', async () => {
    const report = await checkRun(['invalid-in-base.yml'], repo.dir, { baseRevision: base })
    expect(marks(report)).toEqual([
      ['knowledge-workers', 'none', false],
      ['guests-a', 'error', false],
    ])
    expect(report.baseline).toEqual({ revision: base })
  })

  it('leaves a file with input errors as it is, without a verdict or a baseline problem', async () => {
    repo.write('broken.yml', 'servers: []\nclients: []\n')
    try {
      const report = await checkRun(['broken.yml', 'coexist.yml'], repo.dir, { baseRevision: base })
      expect(report.files[0]?.errors.length).toBeGreaterThan(0)
      expect(report.baseline).toEqual({ revision: base })
      expect(exitCodeOf(report)).toBe(2)
    } finally {
      rmSync(path.join(repo.dir, 'broken.yml'))
    }
  })

  const expectFailedClosed = async (revision: string) => {
    const report = await checkRun(['coexist.yml', 'estate/emea/coexist.yml'], repo.dir, {
      baseRevision: revision,
    })
    expect(report.baseline).toEqual({
      revision,
      problem: `the base commit ${revision} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`,
    })
    expect(report.files.flatMap((f) => f.results).filter((r) => r.preexisting)).toEqual([])
    expect(countFindings(report)).toMatchObject({ errors: 7, preexisting: 0 })
    expect(report.passed).toBe(false)
  }

  it('fails closed when the base revision does not exist: the problem is reported and every finding counts', async () => {
    await expectFailedClosed('no-such-branch')
  })

  it('fails closed, naming fetch-depth, for a full sha the repository does not have', async () => {
    await expectFailedClosed('0123456789abcdef0123456789abcdef01234567')
  })

  it('fails closed in a shallow clone that lacks the base commit', async () => {
    const shallow = shallowClone(repo.dir, path.join(root, 'git-shallow'))
    const report = await checkRun(['coexist.yml'], shallow.dir, { baseRevision: base })
    expect(report.baseline).toEqual({
      revision: base,
      problem: `the base commit ${base} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`,
    })
    expect(report.files[0]?.results.filter((r) => r.preexisting)).toEqual([])
    expect(countFindings(report).errors).toBe(4)
  })

  it('fails closed outside a repository, and for a revision that looks like an option', async () => {
    const outside = await checkRun(['coexist.yml'], cwd, { baseRevision: 'HEAD' })
    expect(outside.baseline).toEqual({
      revision: 'HEAD',
      problem: 'the workspace is not a git checkout',
    })
    const option = await checkRun(['coexist.yml'], repo.dir, { baseRevision: '--output=x' })
    expect(option.baseline).toEqual({
      revision: '--output=x',
      problem: '"--output=x" is not a revision coexist will pass to git',
    })
    expect(option.files[0]?.results.filter((r) => r.preexisting)).toEqual([])
    expect(existsSync(path.join(repo.dir, 'x'))).toBe(false)
  })

  it("drops the marks of earlier files when a later file's base cannot be read, whatever the order", async () => {
    // big.yml was over DEFAULT_MAX_BYTES in the base commit: git show refuses it, and the baseline
    // fails for the whole run, coexist.yml included although its base was read before.
    const other = initRepo(path.join(root, 'git-big'))
    other.write('coexist.yml', poolTopology(OLD).text)
    other.write(
      'big.yml',
      `${poolTopology(OLD).text}${'#'.repeat(1023)}\n`.padEnd(
        DEFAULT_MAX_BYTES + 2048,
        `${'#'.repeat(1023)}\n`,
      ),
    )
    const sha = other.commit('base')
    other.write('big.yml', poolTopology(OLD).text)
    other.commit('head')
    for (const order of [
      ['coexist.yml', 'big.yml'],
      ['big.yml', 'coexist.yml'],
    ]) {
      const report = await checkRun(order, other.dir, { baseRevision: sha })
      expect(report.baseline?.problem).toMatch(/^git show failed: /)
      expect(report.files.flatMap((f) => f.results).filter((r) => r.preexisting)).toEqual([])
      expect(report.passed).toBe(false)
    }
  })

  it('has no baseline at all without baseRevision', async () => {
    const report = await checkRun(['coexist.yml'], repo.dir)
    expect('baseline' in report).toBe(false)
    expect(report.files[0]?.results.filter((r) => r.preexisting)).toEqual([])
  })
})

describe('check and invalid matrix files (issue 10)', () => {
  it('reports a broken matrix file once, right after the first topology that names it, however each spells it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coexist-matrix-once-'))
    try {
      writeFileSync(path.join(dir, 'm.yml'), 'id: house\nextends: lync-server-2013\ncells: 7\n')
      const topology = (ref: string) =>
        `matrix: ${ref}\nservers:\n  - {name: s, product: Lync Server 2013}\nclients:\n  - {name: c, product: Lync 2013}\n`
      mkdirSync(path.join(dir, 'sites'))
      writeFileSync(path.join(dir, 'sites', 'a.yml'), topology('./m.yml'))
      writeFileSync(path.join(dir, 'sites', 'b.yml'), topology('sites/../m.yml'))
      writeFileSync(path.join(dir, 'sites', 'c.yml'), topology('m.yml'))
      const report = await checkRun(['sites/*.yml'], dir)
      expect(
        report.files.map((f) => [
          f.file,
          f.kind ?? 'topology',
          f.errors.map((e) => `${e.line}:${e.column} ${e.message}`),
        ]),
      ).toEqual([
        ['sites/a.yml', 'topology', ['1:9 matrix file m.yml is invalid (see the error there)']],
        ['m.yml', 'matrix', ['3:8 cells: must be a list, not number 7']],
        ['sites/b.yml', 'topology', ['1:9 matrix file m.yml is invalid (see the error there)']],
        ['sites/c.yml', 'topology', ['1:9 matrix file m.yml is invalid (see the error there)']],
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts every file it reads against one budget for the whole run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coexist-budget-'))
    try {
      const text =
        'servers:\n  - {name: s, product: Lync Server 2013}\nclients:\n  - {name: c, product: Lync 2013}\n'
      for (const name of ['a', 'b', 'c']) writeFileSync(path.join(dir, `${name}.yml`), text)
      const one = new RunBudget()
      expect(parseTopology('a.yml', new TextEncoder().encode(text), one).ok).toBe(true)
      // Room for two of the three files.
      const report = await checkRun(['a.yml', 'b.yml', 'c.yml'], dir, {
        limits: { maxNodes: 2 * one.nodes.used + 1, maxPairs: 10 },
      })
      expect(report.files.map((f) => f.errors.length)).toEqual([0, 0, 1])
      expect(report.files[2]?.errors[0]?.message).toContain(
        `than the run's limit of ${2 * one.nodes.used + 1} (max-nodes) leaves for it (the files before it used ${2 * one.nodes.used})`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
