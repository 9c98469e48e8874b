// walk.ts: the bounded directory walk on a real tree, and the order of what it finds.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileSegments, expandBraces, matchGlob } from '../../src/io/glob-pattern.js'
import { comparePaths, createBudget, walkGlob } from '../../src/io/walk.js'

describe('comparePaths', () => {
  it('orders segment by segment by code unit, not by locale', () => {
    const paths = ['b.yml', 'a-b/c.yml', 'a/z.yml', 'B.yml', 'a/b/c.yml', 'ä.yml', 'a.yml']
    expect([...paths].sort(comparePaths)).toEqual([
      'B.yml',
      'a/b/c.yml',
      'a/z.yml',
      'a-b/c.yml',
      'a.yml',
      'b.yml',
      'ä.yml',
    ])
  })
})

describe('walkGlob on a real tree', () => {
  let root: string
  let outside: string
  const FILES = [
    'coexist.yml',
    'sites/ams/coexist.yml',
    'sites/ams/coexist.yaml',
    'sites/lon/coexist.yml',
    'sites/lon/old/coexist.yml',
    'sites/nyc/notes.txt',
    'sites/.draft/coexist.yml',
    'sites/ams/.coexist.yml',
    '.github/coexist.yml',
    'node_modules/pkg/coexist.yml',
    'sites/ams/node_modules/coexist.yml',
    '.git/coexist.yml',
    'dir.yml/inner.txt',
    'real/coexist.yml',
    'a b/[1].yml',
  ]

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'coexist-glob-'))
    root = path.join(base, 'ws')
    outside = path.join(base, 'outside')
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'coexist.yml'), 'x')
    for (const f of FILES) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
      writeFileSync(path.join(root, f), 'x')
    }
    symlinkSync('.', path.join(root, 'sites', 'loop')) // a cycle, if followed
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked-dir'))
    symlinkSync(outside, path.join(root, 'sites', 'escape'))
    symlinkSync('../lon/coexist.yml', path.join(root, 'sites', 'ams', 'linked.yml'))
    symlinkSync(path.join(outside, 'coexist.yml'), path.join(root, 'sites', 'nyc', 'coexist.yml'))
    symlinkSync('missing.yml', path.join(root, 'sites', 'nyc', 'dangling.yml'))
    execFileSync('mkfifo', [path.join(root, 'sites', 'lon', 'fifo.yml')])
  })
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }))

  const walk = async (pattern: string, limits = {}) => {
    const expanded = expandBraces(pattern)
    if (!expanded.ok) throw new Error(expanded.message)
    return walkGlob(
      root,
      await Promise.all(expanded.patterns.map((p) => compileSegments(p))),
      createBudget(limits),
    )
  }
  const paths = async (pattern: string) => {
    const r = await walk(pattern)
    if (!r.ok) throw new Error(r.message)
    return r.matches.map((m) => (m.outside ? `${m.path} (outside)` : m.path))
  }

  it('**/coexist.yml: sorted, every depth, no dot-directories, .git, node_modules or symlinked directories', async () => {
    expect(await paths('**/coexist.yml')).toEqual([
      'coexist.yml',
      'real/coexist.yml',
      'sites/ams/coexist.yml',
      'sites/lon/coexist.yml',
      'sites/lon/old/coexist.yml',
      'sites/nyc/coexist.yml (outside)',
    ])
  })

  it('sites/*/coexist.yaml and sites/*/*.yml: files only, links to files inside the root, FIFOs and dangling links left out', async () => {
    expect(await paths('sites/*/coexist.yaml')).toEqual(['sites/ams/coexist.yaml'])
    expect(await paths('sites/*/*.yml')).toEqual([
      'sites/ams/coexist.yml',
      'sites/ams/linked.yml',
      'sites/lon/coexist.yml',
      'sites/nyc/coexist.yml (outside)',
    ])
  })

  it('literal names still reach dot-directories and node_modules; * does not enter node_modules', async () => {
    expect(await paths('.github/*.yml')).toEqual(['.github/coexist.yml'])
    expect(await paths('node_modules/*/coexist.yml')).toEqual(['node_modules/pkg/coexist.yml'])
    expect(await paths('*/*/coexist.yml')).toEqual([
      'sites/ams/coexist.yml',
      'sites/lon/coexist.yml',
      'sites/nyc/coexist.yml (outside)',
    ])
  })

  it('does not match directories as files', async () => {
    expect(await paths('*.yml')).toEqual(['coexist.yml'])
  })

  it('braces: alternatives merged, each file once, sorted', async () => {
    expect(await paths('{sites/lon,sites/ams,sites/lon}/coexist.{yml,yaml}')).toEqual([
      'sites/ams/coexist.yaml',
      'sites/ams/coexist.yml',
      'sites/lon/coexist.yml',
    ])
  })

  it('escaped characters and spaces', async () => {
    expect(await paths('a b/\\[1].yml')).toEqual(['a b/[1].yml'])
    expect(await paths('a b/[[]1].yml')).toEqual(['a b/[1].yml'])
  })

  it('says where it started when the start is missing, a symbolic link, or a file', async () => {
    expect((await walk('nowhere/*.yml')).stats.starts).toEqual([
      { path: 'nowhere', state: 'missing' },
    ])
    expect((await walk('linked-dir/*.yml')).stats.starts).toEqual([
      { path: 'linked-dir', state: 'symlink' },
    ])
    expect((await walk('coexist.yml/*.yml')).stats.starts).toEqual([
      { path: 'coexist.yml', state: 'not-a-directory' },
    ])
    const found = await walk('sites/*/*.yaml')
    expect(found.stats.starts).toEqual([{ path: 'sites', state: 'directory' }])
    expect(found.stats.directories).toBe(4) // sites, ams, lon, nyc: not .draft, nor the links loop and escape
  })

  it('stops at the entry budget with a clear message', async () => {
    const r = await walk('**/*.yml', { maxEntries: 10 })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toBe(
      'coexist stops after looking at 10 directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)',
    )
  })

  it('stops at the match budget with a clear message', async () => {
    const r = await walk('**/coexist.yml', { maxMatches: 3 })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toBe(
      'this pattern takes the run past 3 topology files, the most coexist checks in one run; narrow it',
    )
  })

  it('the budget is shared by every walk of a run', async () => {
    const measure = createBudget()
    expect((await walkGlob(root, [compileSegments('**/coexist.yml')], measure)).ok).toBe(true)
    const cost = measure.entries
    expect(cost).toBeGreaterThan(20)
    // Enough for one walk and a half: the first passes, the second runs out.
    const budget = createBudget({ maxEntries: Math.floor(cost * 1.5) })
    expect((await walkGlob(root, [compileSegments('**/coexist.yml')], budget)).ok).toBe(true)
    expect(budget.entries).toBe(cost)
    expect((await walkGlob(root, [compileSegments('**/coexist.yml')], budget)).ok).toBe(false)
  })

  it('pays for every pass over a directory, so repeated ** cannot loop over the tree for free', async () => {
    const once = createBudget()
    expect((await walkGlob(root, [compileSegments('**/*.yml')], once)).ok).toBe(true)
    const many = createBudget()
    expect((await walkGlob(root, [compileSegments('**/sites/**/ams/**/*.yml')], many)).ok).toBe(
      true,
    )
    expect(many.entries).toBeGreaterThan(once.entries)
  })

  it('agrees with matchGlob on every file of the tree', async () => {
    const all = (await paths('**/*')).concat(
      await paths('.*/**/*'),
      await paths('**/.*'),
      await paths('*/.*/*'),
      await paths('node_modules/**/*'),
      await paths('*/*/node_modules/*'),
    )
    const files = [...new Set(all.map((p) => p.replace(' (outside)', '')))]
    expect(files).toEqual(expect.arrayContaining(FILES.filter((f) => !f.startsWith('.git/'))))
    for (const pattern of [
      '**/coexist.yml',
      'sites/*/coexist.yaml',
      'sites/**',
      '*/*.yml',
      '{sites,real}/**/coexist.y*ml',
      's?tes/[a-m]*/*',
      '.*/*',
      '**/.*',
    ]) {
      const walked = (await paths(pattern)).map((p) => p.replace(' (outside)', ''))
      const matched: string[] = []
      for (const f of files) if (matchGlob(pattern, f)) matched.push(f)
      expect([pattern, walked]).toEqual([pattern, matched.sort(comparePaths)])
    }
  })
})
