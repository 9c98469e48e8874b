// expandTopologyFiles and check with glob patterns: which files a run checks, in what order,
// and what it says when a pattern cannot be used or matches nothing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countFindings, exitCodeOf } from '../../src/core/check.js'
import { checkRun } from '../support/check-run.js'
import { GLOB_LIMITS } from '../../src/io/glob-pattern.js'
import {
  expandTopologyFiles,
  unmatchedNotice,
  type TopologyEntry,
} from '../../src/io/topology-files.js'
import {
  AMS_TOPOLOGY as AMS,
  BER_TOPOLOGY as BER,
  CHI_TOPOLOGY as CHI,
  CLEAN_TOPOLOGY as CLEAN,
} from '../support/sites.js'

let base: string
let ws: string
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'coexist-topology-files-'))
  ws = path.join(base, 'ws')
  const files: Record<string, string> = {
    'sites/ams/coexist.yml': AMS,
    'sites/ber/coexist.yml': BER,
    'sites/chi/coexist.yml': CHI,
    'sites/chi/coexist.yaml': CLEAN,
    'clean.yml': CLEAN,
    '.github/coexist.yml': CHI,
    'node_modules/pkg/coexist.yml': CHI,
    'sites/.old/coexist.yml': CHI,
  }
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, relative)), { recursive: true })
    writeFileSync(path.join(ws, relative), text)
  }
  writeFileSync(path.join(base, 'outside.yml'), CHI)
  symlinkSync('..', path.join(ws, 'sites', 'cycle'))
  symlinkSync(path.join(base, 'outside.yml'), path.join(ws, 'sites', 'ams', 'shared.yml'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** Entries as short strings: files relative to the workspace, problems as "pattern: message". */
function show(entries: TopologyEntry[]): string[] {
  return entries.map((e) =>
    e.kind === 'problem'
      ? `${e.pattern}: ${e.message}`
      : e.kind === 'stdin'
        ? '-'
        : `${e.kind === 'refused' ? 'refused ' : ''}${path.relative(ws, e.absolute).split(path.sep).join('/')}`,
  )
}
const expand = async (given: string[], options = {}) =>
  show((await expandTopologyFiles(given, ws, options)).entries)

describe('plain paths: as written, unless they leave the workspace', () => {
  it('resolved as written, in order, duplicates and missing ones included', async () => {
    expect(await expand(['clean.yml', 'missing.yml', './clean.yml', 'sites/../clean.yml'])).toEqual(
      ['clean.yml', 'missing.yml', 'clean.yml', 'clean.yml'],
    )
  })

  const LEAVES =
    'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it'
  const outside = () => path.join(base, 'outside.yml')

  it('".." leading out is refused, even to a file that does not exist', async () => {
    const { entries } = await expandTopologyFiles(
      ['../outside.yml', '../missing.yml', 'sites/../../outside.yml'],
      ws,
    )
    expect(entries).toEqual([
      { kind: 'refused', absolute: outside(), message: LEAVES },
      { kind: 'refused', absolute: path.join(base, 'missing.yml'), message: LEAVES },
      { kind: 'refused', absolute: outside(), message: LEAVES },
    ])
  })

  it('a symbolic link inside leading out is refused, however it is written, absolute included', async () => {
    const link = path.join(ws, 'sites', 'ams', 'shared.yml')
    const { entries } = await expandTopologyFiles(
      ['sites/ams/shared.yml', link, 'sites/cycle/ws/clean.yml'],
      ws,
    )
    expect(entries).toEqual([
      { kind: 'refused', absolute: link, message: LEAVES },
      { kind: 'refused', absolute: link, message: LEAVES },
      // Through a link to the parent and back in: the real path is inside, so it is read.
      { kind: 'file', absolute: path.join(ws, 'sites', 'cycle', 'ws', 'clean.yml') },
    ])
  })

  it('an absolute path outside the workspace is read: whoever typed it named that file', async () => {
    const { entries } = await expandTopologyFiles([outside()], ws)
    expect(entries).toEqual([{ kind: 'file', absolute: outside() }])
  })

  it('a link inside to a file inside is read', async () => {
    symlinkSync('../../clean.yml', path.join(ws, 'sites', 'chi', 'linked.yml'))
    try {
      expect(await expand(['sites/chi/linked.yml'])).toEqual(['sites/chi/linked.yml'])
    } finally {
      rmSync(path.join(ws, 'sites', 'chi', 'linked.yml'))
    }
  })

  it('check reports a refused path at 1:1 of the path as given, without reading it', async () => {
    const report = await checkRun(['../outside.yml', 'sites/ams/shared.yml'], ws)
    expect(
      report.files.map((f) => [
        f.file,
        f.results.length,
        f.errors.map((e) => [e.line, e.column, e.message]),
      ]),
    ).toEqual([
      [outside(), 0, [[1, 1, LEAVES]]],
      ['sites/ams/shared.yml', 0, [[1, 1, LEAVES]]],
    ])
    expect(exitCodeOf(report)).toBe(2)
  })

  it('a missing plain path is a file error at 1:1 from check, allow-empty or not', async () => {
    for (const allowEmpty of [false, true]) {
      const report = await checkRun(['missing.yml'], ws, { allowEmpty })
      expect(
        report.files.map((f) => [f.file, f.errors.map((e) => [e.line, e.column, e.message])]),
      ).toEqual([
        [
          'missing.yml',
          [
            [
              1,
              1,
              'no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
            ],
          ],
        ],
      ])
      expect(exitCodeOf(report)).toBe(2)
      expect(report.notice).toBeUndefined()
    }
  })
})

describe('patterns', () => {
  it('**/coexist.yml: every depth, sorted; not dot-directories, node_modules or symlinked directories', async () => {
    expect(await expand(['**/coexist.yml'])).toEqual([
      'sites/ams/coexist.yml',
      'sites/ber/coexist.yml',
      'sites/chi/coexist.yml',
    ])
  })

  it('sites/*/coexist.yaml and {a,b} alternatives', async () => {
    expect(await expand(['sites/*/coexist.yaml'])).toEqual(['sites/chi/coexist.yaml'])
    expect(await expand(['sites/{chi,ams}/coexist.{yaml,yml}'])).toEqual([
      'sites/ams/coexist.yml',
      'sites/chi/coexist.yaml',
      'sites/chi/coexist.yml',
    ])
  })

  it('each pattern expands where it stands; a file found again is checked once, at its first place', async () => {
    expect(
      await expand(['sites/chi/*', 'clean.yml', '**/coexist.yml', 'sites/*/coexist.y*ml']),
    ).toEqual([
      'sites/chi/coexist.yaml',
      'sites/chi/coexist.yml',
      'clean.yml',
      'sites/ams/coexist.yml',
      'sites/ber/coexist.yml',
    ])
  })

  it('a file also named by a plain path is checked at the plain path, not again for the pattern', async () => {
    expect(await expand(['**/coexist.yml', 'sites/ber/coexist.yml'])).toEqual([
      'sites/ams/coexist.yml',
      'sites/chi/coexist.yml',
      'sites/ber/coexist.yml',
    ])
  })

  it('a pattern whose files were all listed already is not "matching nothing"', async () => {
    expect(await expand(['sites/ams/coexist.yml', 'sites/ams/coexist.y?l'])).toEqual([
      'sites/ams/coexist.yml',
    ])
  })

  it('the order does not depend on the order of the given patterns within one pattern or on the file system', async () => {
    const a = await expand(['{sites/chi,sites/ams,sites/ber}/coexist.yml'])
    const b = await expand(['{sites/ber,sites/ams,sites/chi}/coexist.yml'])
    expect(a).toEqual(b)
    expect(a).toEqual(['sites/ams/coexist.yml', 'sites/ber/coexist.yml', 'sites/chi/coexist.yml'])
  })

  it('literal names reach dot-directories; a symbolic link to a file outside is refused, not read', async () => {
    expect(await expand(['.github/*.yml'])).toEqual(['.github/coexist.yml'])
    expect(await expand(['sites/ams/*.yml'])).toEqual([
      'sites/ams/coexist.yml',
      'refused sites/ams/shared.yml',
    ])
  })

  it('an absolute pattern inside the workspace works like a relative one', async () => {
    expect(await expand([`${ws}/sites/*/coexist.yml`])).toEqual([
      'sites/ams/coexist.yml',
      'sites/ber/coexist.yml',
      'sites/chi/coexist.yml',
    ])
    expect(await expand([`${ws}/*.yml`])).toEqual(['clean.yml'])
  })
})

describe('patterns that are refused', () => {
  const LEAVES =
    'this pattern has a ".." segment; patterns must stay inside the repository, so write them from its root (e.g. sites/*/coexist.yml)'

  it('a .. segment, anywhere, in any alternative', async () => {
    expect(await expand(['../*.yml'])).toEqual([`../*.yml: ${LEAVES}`])
    expect(await expand(['sites/../../*.yml'])).toEqual([`sites/../../*.yml: ${LEAVES}`])
    expect(await expand(['{sites,..}/*.yml'])).toEqual([`{sites,..}/*.yml: ${LEAVES}`])
    expect(await expand([`${ws}/../*.yml`])).toEqual([`${ws}/../*.yml: ${LEAVES}`])
  })

  it('an absolute path outside the workspace, even a sibling with the same prefix', async () => {
    const message = `this pattern is an absolute path outside the repository (${ws}); patterns must stay inside it, so write them from its root (e.g. sites/*/coexist.yml)`
    expect(await expand(['/etc/*.conf'])).toEqual([`/etc/*.conf: ${message}`])
    expect(await expand([`${base}/*.yml`])).toEqual([`${base}/*.yml: ${message}`])
    expect(await expand([`${ws}-other/*.yml`])).toEqual([`${ws}-other/*.yml: ${message}`])
    expect(await expand(['/*/**/coexist.yml'])).toEqual([`/*/**/coexist.yml: ${message}`])
  })

  it('a pattern that names nothing', async () => {
    expect(await expand(['./{,.}'])).toEqual([
      './{,.}: this pattern names no file; write it from the repository root, e.g. **/coexist.yml',
    ])
  })

  it('too many alternatives, and too long', async () => {
    const bomb = '{a,b}'.repeat(12)
    expect(await expand([bomb])).toEqual([
      `${bomb}: this pattern expands to more than ${GLOB_LIMITS.maxAlternatives} alternatives; split it into several patterns`,
    ])
    const long = `${'x'.repeat(GLOB_LIMITS.maxPatternLength)}*`
    expect(await expand([long])).toEqual([
      `${long}: this pattern is ${GLOB_LIMITS.maxPatternLength + 1} characters long; coexist takes patterns up to ${GLOB_LIMITS.maxPatternLength}`,
    ])
  })

  it('past the limits of a run: entries looked at, files matched', async () => {
    expect(await expand(['**/*.yml'], { limits: { maxEntries: 5 } })).toEqual([
      '**/*.yml: coexist stops after looking at 5 directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)',
    ])
    // The budget is the run's: the first pattern spends it, the second one runs out.
    const shared = await expand(['sites/*/coexist.yml', 'sites/*/coexist.yaml'], {
      limits: { maxMatches: 3 },
    })
    expect(shared).toEqual([
      'sites/ams/coexist.yml',
      'sites/ber/coexist.yml',
      'sites/chi/coexist.yml',
      'sites/*/coexist.yaml: this pattern takes the run past 3 topology files, the most coexist checks in one run; narrow it',
    ])
  })

  it('the real limits are 10,000 files and 100,000 entries per run', () => {
    expect(GLOB_LIMITS).toEqual({
      maxMatches: 10_000,
      maxEntries: 100_000,
      maxAlternatives: 256,
      maxPatternLength: 4_096,
    })
  })

  describe('at the real limits', () => {
    let big: string
    beforeAll(() => {
      big = path.join(base, 'big')
      mkdirSync(path.join(big, 'many'), { recursive: true })
      for (let i = 0; i <= 10_000; i++) writeFileSync(path.join(big, 'many', `site-${i}.yml`), '')
      // 1 + 10 + 100 + 1,000 directories, ten deep each.
      const letters = 'abcdefghij'.split('')
      for (const a of letters)
        for (const b of letters)
          for (const c of letters) mkdirSync(path.join(big, 'tree', a, b, c), { recursive: true })
    })

    it('10,001 matches: refused, none of them read', async () => {
      const started = performance.now()
      const report = await checkRun(['many/*.yml'], big)
      expect(report.files.map((f) => [f.file, f.errors.map((e) => e.message)])).toEqual([
        [
          'many/*.yml',
          [
            'this pattern takes the run past 10,000 topology files, the most coexist checks in one run; narrow it',
          ],
        ],
      ])
      expect(performance.now() - started).toBeLessThan(5_000)
    })

    it('exactly 10,000 matches are fine, and plain paths do not count', async () => {
      const { entries } = await expandTopologyFiles(
        ['many/site-{1,2,3,4,5,6,7,8,9}*.yml', 'many/site-0.yml'],
        big,
      )
      expect(entries.filter((e) => e.kind === 'file')).toHaveLength(10_001)
      expect(entries.filter((e) => e.kind !== 'file')).toEqual([])
    })

    it('a pattern that goes over the same directories again and again stops at 100,000 entries, quickly', async () => {
      // 50 alternatives, each a ** over the whole tree (about 12,000 entries a pass) that matches nothing.
      const hostile = `{${Array.from({ length: 50 }, (_, i) => `**/*${i}`).join(',')}}/coexist.yml`
      const started = performance.now()
      const { entries } = await expandTopologyFiles([hostile], big)
      expect(entries).toEqual([
        {
          kind: 'problem',
          pattern: hostile,
          message:
            'coexist stops after looking at 100,000 directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)',
        },
      ])
      expect(performance.now() - started).toBeLessThan(5_000)
    })
  })
})

describe('a pattern that matches nothing', () => {
  it('is a problem that says what was searched', async () => {
    expect(await expand(['sites/*/topology.yml'])).toEqual([
      'sites/*/topology.yml: no file matches this pattern: searched sites/ (1 directory listed, 10 entries looked at; * and ** skip names starting with a dot, .git, node_modules and links to directories). Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
    ])
  })

  it('names a starting directory that does not exist, or is a link or a file', async () => {
    expect(await expand(['configs/*.yml'])).toEqual([
      'configs/*.yml: no file matches this pattern: configs/ does not exist. Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
    ])
    expect(await expand(['sites/cycle/*.yml'])).toEqual([
      'sites/cycle/*.yml: no file matches this pattern: sites/cycle/ is a symbolic link, which coexist does not follow. Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
    ])
    expect(await expand(['clean.yml/*.yml'])).toEqual([
      'clean.yml/*.yml: no file matches this pattern: clean.yml/ is a file, not a directory. Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
    ])
  })

  it('from the root, and for several alternatives', async () => {
    const [message] = await expand(['*.json'])
    expect(message).toMatch(
      /^\*\.json: no file matches this pattern: searched the repository root \(1 directory listed, \d+ entries looked at;/,
    )
    const [both] = await expand(['{configs,sites/ams}/*.json'])
    expect(both).toMatch(
      /^\{configs,sites\/ams\}\/\*\.json: no file matches this pattern: searched sites\/ams\/ \(1 directory listed, 6 entries looked at; .*\); configs\/ does not exist\. Check/,
    )
  })

  it('a brace-only pattern ({a,b}.yml) whose files are missing', async () => {
    const [message] = await expand(['{emea,amer}.yml'])
    expect(message).toMatch(
      /^\{emea,amer\}\.yml: no file matches this pattern: searched the repository root \(0 directories listed, 2 entries looked at;/,
    )
  })

  it('with allow-empty: left out of the entries and listed as unmatched', async () => {
    const expanded = await expandTopologyFiles(
      ['configs/*.yml', 'clean.yml', '**/missing.yml'],
      ws,
      { allowEmpty: true },
    )
    expect(show(expanded.entries)).toEqual(['clean.yml'])
    expect(expanded.unmatched).toEqual(['configs/*.yml', '**/missing.yml'])
  })

  it('allow-empty does not let a refused pattern through', async () => {
    const expanded = await expandTopologyFiles(['../*.yml'], ws, { allowEmpty: true })
    expect(expanded.entries.map((e) => e.kind)).toEqual(['problem'])
    expect(expanded.unmatched).toEqual([])
  })

  it('the notice', () => {
    expect(unmatchedNotice([], 0)).toBeUndefined()
    expect(unmatchedNotice(['**/coexist.yml'], 0)).toBe(
      'nothing was checked: no topology file matches "**/coexist.yml" (allow-empty is set, so this passes)',
    )
    expect(unmatchedNotice(['a/*.yml', 'b/*.yml'], 2)).toBe(
      'no topology file matches "a/*.yml", "b/*.yml" (allow-empty is set); the other files were checked',
    )
  })
})

describe('check with patterns', () => {
  it('evaluates each matched file with its own matrix, grouped by file in sorted order', async () => {
    const report = await checkRun(['**/coexist.yml'], ws)
    expect(report.files.map((f) => [f.file, f.matrix, f.errors.length])).toEqual([
      ['sites/ams/coexist.yml', 'lync-server-2013', 0],
      ['sites/ber/coexist.yml', 'lync-2013-client-interoperability', 0],
      ['sites/chi/coexist.yml', 'skype-for-business-server', 0],
    ])
    const results = report.files.flatMap((f) =>
      f.results.map((r) => [
        r.file,
        r.line,
        r.client,
        r.serverProduct,
        r.status,
        r.severity,
        r.footnotes.map((n) => n.id),
      ]),
    )
    expect(results).toEqual([
      [
        'sites/ams/coexist.yml',
        7,
        'trading-floor',
        'Lync Server 2013',
        'not-applicable',
        'warning',
        [],
      ],
      [
        'sites/ber/coexist.yml',
        7,
        'trading-floor',
        'Lync Server 2013',
        'supported',
        'notice',
        ['1'],
      ],
      ['sites/ber/coexist.yml', 9, 'kiosks', 'Lync Server 2013', 'supported', 'none', []],
      [
        'sites/chi/coexist.yml',
        7,
        'legacy-desktops',
        'Skype for Business Server 2019',
        'not-supported',
        'error',
        ['1'],
      ],
    ])
    expect(exitCodeOf(report)).toBe(1)
    expect(report.notice).toBeUndefined()
  })

  it('a pattern matching nothing: an error for the pattern at 1:1, exit 2, the other files still checked', async () => {
    const report = await checkRun(['clean.yml', 'configs/*.yml'], ws)
    expect(
      report.files.map((f) => [
        f.file,
        f.results.length,
        f.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`),
      ]),
    ).toEqual([
      ['clean.yml', 1, []],
      [
        'configs/*.yml',
        0,
        [
          'configs/*.yml:1:1: no file matches this pattern: configs/ does not exist. Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
        ],
      ],
    ])
    expect(report.passed).toBe(false)
    expect(exitCodeOf(report)).toBe(2)
    expect(countFindings(report).errors).toBe(1)
  })

  it('allow-empty with nothing matched: no files, passes, and a notice says nothing was checked', async () => {
    const report = await checkRun(['configs/*.yml'], ws, { allowEmpty: true })
    expect(report.files).toEqual([])
    expect(report.passed).toBe(true)
    expect(exitCodeOf(report)).toBe(0)
    expect(report.notice).toBe(
      'nothing was checked: no topology file matches "configs/*.yml" (allow-empty is set, so this passes)',
    )
  })

  it('allow-empty with other files: they decide the verdict; the notice names the empty pattern', async () => {
    const report = await checkRun(['configs/*.yml', 'sites/chi/coexist.yml'], ws, {
      allowEmpty: true,
    })
    expect(report.files.map((f) => f.file)).toEqual(['sites/chi/coexist.yml'])
    expect(exitCodeOf(report)).toBe(1)
    expect(report.notice).toBe(
      'no topology file matches "configs/*.yml" (allow-empty is set); the other files were checked',
    )
  })

  it('a refused link is an error at its own path; a refused pattern at the pattern', async () => {
    const report = await checkRun(['sites/ams/*.yml', '/etc/*'], ws)
    expect(report.files.map((f) => [f.file, f.errors.map((e) => e.message)])).toEqual([
      ['sites/ams/coexist.yml', []],
      [
        'sites/ams/shared.yml',
        [
          'this is a symbolic link to a file outside the repository; coexist does not follow it (remove the link, or name the file by its absolute path)',
        ],
      ],
      [
        '/etc/*',
        [
          `this pattern is an absolute path outside the repository (${ws}); patterns must stay inside it, so write them from its root (e.g. sites/*/coexist.yml)`,
        ],
      ],
    ])
    expect(exitCodeOf(report)).toBe(2)
  })
})
