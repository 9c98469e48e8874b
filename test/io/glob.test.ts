// glob.ts: the pattern syntax (pure matchers) and the bounded directory walk on a real tree.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  comparePaths,
  compileSegments,
  createBudget,
  expandBraces,
  GLOB_LIMITS,
  isGlobPattern,
  matchGlob,
  matchSegment,
  segmentRegExp,
  walkGlob,
  type Segment,
} from '../../src/io/glob.js'

const seg = (source: string) => compileSegments(source)[0] as Segment
const matches = (pattern: string, name: string) => matchSegment(seg(pattern), name)

describe('isGlobPattern: what counts as a pattern', () => {
  it.each(['coexist.yml', 'sites/emea/coexist.yml', 'UC estate/coexist.yml', './a.yml', '../outside.yml', '/abs/path.yml', 'a{b}.yml', 'a[b.yml', 'a]b.yml', '{a.yml', 'a,b.yml', 'weird-(1)+$.yml'])(
    'a plain path: %s',
    (text) => expect(isGlobPattern(text)).toBe(false),
  )

  it.each(['*.yml', '**/coexist.yml', 'sites/*/coexist.yaml', 'a?.yml', '[ab].yml', '[!a].yml', '{a,b}.yml', 'x/{a,b/c}.yml', '\\[1].yml', '\\*.yml'])('a pattern: %s', (text) =>
    expect(isGlobPattern(text)).toBe(true),
  )

  it('a bracket class may not span a slash', () => {
    expect(isGlobPattern('a[b/c]d.yml')).toBe(false)
  })
})

describe('expandBraces', () => {
  const expand = (p: string) => {
    const r = expandBraces(p)
    if (!r.ok) throw new Error(r.message)
    return r.patterns
  }

  it('expands alternatives left to right, like a shell', () => {
    expect(expand('{a,b}.yml')).toEqual(['a.yml', 'b.yml'])
    expect(expand('{a,b}/{c,d}.yml')).toEqual(['a/c.yml', 'a/d.yml', 'b/c.yml', 'b/d.yml'])
  })

  it('nests, holds slashes and empty alternatives', () => {
    expect(expand('sites/{emea/{ams,lon},amer}/coexist.yml')).toEqual(['sites/emea/ams/coexist.yml', 'sites/emea/lon/coexist.yml', 'sites/amer/coexist.yml'])
    expect(expand('coexist{,.prod}.yml')).toEqual(['coexist.yml', 'coexist.prod.yml'])
  })

  it('leaves a brace without a top-level comma, unclosed, or escaped as it is', () => {
    expect(expand('a{b}.yml')).toEqual(['a{b}.yml'])
    expect(expand('a{b,c.yml')).toEqual(['a{b,c.yml'])
    expect(expand('a\\{b,c}.yml')).toEqual(['a\\{b,c}.yml'])
    expect(expand('[{,]x')).toEqual(['[{,]x'])
  })

  it('drops duplicate alternatives', () => {
    expect(expand('{a,a,b}.yml')).toEqual(['a.yml', 'b.yml'])
  })

  it('refuses a pattern that expands past the limit, without expanding it all', () => {
    const bomb = '{a,b}'.repeat(40) // 2^40 alternatives
    const started = performance.now()
    const r = expandBraces(bomb)
    expect(performance.now() - started).toBeLessThan(200)
    expect(r).toEqual({ ok: false, message: `this pattern expands to more than ${GLOB_LIMITS.maxAlternatives} alternatives; split it into several patterns` })
    expect(expandBraces('{a,b,c}', 2).ok).toBe(false)
    expect(expandBraces('{a,b}', 2).ok).toBe(true)
  })
})

describe('one segment', () => {
  it('* matches any run of characters, but not a leading dot', () => {
    expect(matches('*', 'coexist.yml')).toBe(true)
    expect(matches('*', '')).toBe(true)
    expect(matches('*.yml', 'coexist.yml')).toBe(true)
    expect(matches('*.yml', 'coexist.yaml')).toBe(false)
    expect(matches('*', '.hidden.yml')).toBe(false)
    expect(matches('*.yml', '.yml')).toBe(false)
    expect(matches('co*', 'coexist.yml')).toBe(true)
    expect(matches('*exist*', 'coexist.yml')).toBe(true)
  })

  it('a segment starting with a literal dot matches dotfiles', () => {
    expect(matches('.*', '.coexist.yml')).toBe(true)
    expect(matches('.*.yml', '.coexist.yml')).toBe(true)
    expect(matches('.*', 'coexist.yml')).toBe(false)
  })

  it('? is exactly one character (a whole code point), not a leading dot', () => {
    expect(matches('site?.yml', 'site1.yml')).toBe(true)
    expect(matches('site?.yml', 'site.yml')).toBe(false)
    expect(matches('site?.yml', 'site12.yml')).toBe(false)
    expect(matches('?emea', '.emea')).toBe(false)
    expect(matches('site?.yml', 'site😀.yml')).toBe(true)
  })

  it('bracket classes: members, ranges, negation, a leading ] and escapes', () => {
    expect(matches('site[12].yml', 'site1.yml')).toBe(true)
    expect(matches('site[12].yml', 'site3.yml')).toBe(false)
    expect(matches('site[0-9].yml', 'site7.yml')).toBe(true)
    expect(matches('site[a-c0-2].yml', 'siteb.yml')).toBe(true)
    expect(matches('site[a-c0-2].yml', 'site3.yml')).toBe(false)
    expect(matches('site[!0-9].yml', 'sitex.yml')).toBe(true)
    expect(matches('site[!0-9].yml', 'site5.yml')).toBe(false)
    expect(matches('site[^0-9].yml', 'site5.yml')).toBe(false)
    expect(matches('[]x]', ']')).toBe(true)
    expect(matches('[]x]', 'x')).toBe(true)
    expect(matches('[a-]', '-')).toBe(true)
    expect(matches('[\\]]', ']')).toBe(true)
    // A reversed range matches nothing (as in bash), and a class never matches a leading dot.
    expect(matches('[z-a]', 'm')).toBe(false)
    expect(matches('[.]x', '.x')).toBe(false)
    expect(matches('[!a]x', '.x')).toBe(false)
  })

  it('an unclosed [ is a literal', () => {
    expect(matches('a[b*', 'a[bc')).toBe(true)
    expect(matches('a[b*', 'abc')).toBe(false)
  })

  it('backslash makes the next character literal', () => {
    expect(matches('\\*.yml', '*.yml')).toBe(true)
    expect(matches('\\*.yml', 'a.yml')).toBe(false)
    expect(matches('\\[1\\].yml', '[1].yml')).toBe(true)
    expect(matches('\\?*', '?x')).toBe(true)
  })

  it('regular-expression characters in names are plain characters', () => {
    for (const name of ['a+b (1).yml', '$x^.yml', 'a|b.yml', 'a.b', 'c\\d', '(?=x)', 'ü-ñ.yml']) {
      expect(matches(`*${name.slice(1)}`, name)).toBe(true)
    }
    expect(matches('a.b*', 'axb')).toBe(false)
    expect(matches('*.yml', 'coexistxyml')).toBe(false)
  })

  it('is case-sensitive', () => {
    expect(matches('*.yml', 'COEXIST.YML')).toBe(false)
    expect(matches('Coexist*', 'coexist.yml')).toBe(false)
  })

  it('stays fast on a pattern that backtracks exponentially in a naive matcher', () => {
    const hostile = segmentRegExp(`${'*a'.repeat(30)}*b`)
    const started = performance.now()
    expect(hostile.test('a'.repeat(255))).toBe(false)
    expect(hostile.test(`${'a'.repeat(254)}b`)).toBe(true)
    expect(performance.now() - started).toBeLessThan(100)
  })

  // The regexes keep each piece between two stars at its leftmost place; compare with a plain
  // backtracking matcher on every short pattern and name over a small alphabet.
  it('agrees with a reference backtracking matcher on all short patterns and names', () => {
    const reference = (p: string, s: string): boolean => {
      if (p === '') return s === ''
      if (p[0] === '*') return reference(p.slice(1), s) || (s !== '' && reference(p, s.slice(1)))
      if (s === '') return false
      return (p[0] === '?' || p[0] === s[0]) && reference(p.slice(1), s.slice(1))
    }
    const words = (alphabet: string[], max: number) => {
      const out = ['']
      for (let len = 1, layer = ['']; len <= max; len++) {
        layer = layer.flatMap((w) => alphabet.map((c) => w + c))
        out.push(...layer)
      }
      return out
    }
    const patterns = words(['a', 'b', '*', '?'], 5)
    const names = words(['a', 'b'], 6)
    let compared = 0
    const disagreements: string[] = []
    for (const p of patterns) {
      const regex = segmentRegExp(p)
      for (const s of names) {
        if (regex.test(s) !== reference(p, s)) disagreements.push(`${p} ${s}`)
        compared++
      }
    }
    expect(compared).toBe(1365 * 127)
    expect(disagreements).toEqual([])
  })
})

describe('compileSegments', () => {
  it('drops empty and . segments and merges repeated **', () => {
    expect(compileSegments('./sites//**/**/coexist.yml').map((s) => s.kind)).toEqual(['literal', 'globstar', 'literal'])
    expect(compileSegments('sites/./a.yml')).toEqual([
      { kind: 'literal', name: 'sites' },
      { kind: 'literal', name: 'a.yml' },
    ])
  })

  it('a trailing ** is every file below', () => {
    const segments = compileSegments('sites/**')
    expect(segments.map((s) => s.kind)).toEqual(['literal', 'globstar', 'wildcard'])
  })

  it('unescapes literal segments', () => {
    expect(compileSegments('a\\*b/\\[c]')).toEqual([
      { kind: 'literal', name: 'a*b' },
      { kind: 'literal', name: '[c]' },
    ])
  })

  it('keeps .. as a literal segment (callers refuse it)', () => {
    expect(compileSegments('../*.yml')[0]).toEqual({ kind: 'literal', name: '..' })
  })

  it('** inside a segment is just *', () => {
    expect(matches('a**b', 'axxb')).toBe(true)
    expect(compileSegments('a**b')[0]?.kind).toBe('wildcard')
  })
})

describe('matchGlob: whole paths', () => {
  it('**/coexist.yml: at any depth, the root included; not through dot-directories, .git or node_modules', () => {
    const p = '**/coexist.yml'
    expect(matchGlob(p, 'coexist.yml')).toBe(true)
    expect(matchGlob(p, 'sites/coexist.yml')).toBe(true)
    expect(matchGlob(p, 'sites/emea/ams/coexist.yml')).toBe(true)
    expect(matchGlob(p, 'sites/coexist.yaml')).toBe(false)
    expect(matchGlob(p, '.github/coexist.yml')).toBe(false)
    expect(matchGlob(p, 'sites/.old/coexist.yml')).toBe(false)
    expect(matchGlob(p, 'node_modules/pkg/coexist.yml')).toBe(false)
    expect(matchGlob(p, 'sites/node_modules/coexist.yml')).toBe(false)
    expect(matchGlob(p, '.git/coexist.yml')).toBe(false)
  })

  it('literal dot-directories and skipped directories can be named', () => {
    expect(matchGlob('.github/**/coexist.yml', '.github/coexist.yml')).toBe(true)
    expect(matchGlob('node_modules/*/coexist.yml', 'node_modules/pkg/coexist.yml')).toBe(true)
    expect(matchGlob('.*/coexist.yml', '.github/coexist.yml')).toBe(true)
    expect(matchGlob('.*/coexist.yml', '.git/coexist.yml')).toBe(false)
  })

  it('sites/*/coexist.yaml: exactly one directory in between', () => {
    const p = 'sites/*/coexist.yaml'
    expect(matchGlob(p, 'sites/ams/coexist.yaml')).toBe(true)
    expect(matchGlob(p, 'sites/coexist.yaml')).toBe(false)
    expect(matchGlob(p, 'sites/emea/ams/coexist.yaml')).toBe(false)
    expect(matchGlob(p, 'sites/.ams/coexist.yaml')).toBe(false)
  })

  it('braces, ** in the middle, and a trailing **', () => {
    expect(matchGlob('{emea,amer}/*.yml', 'amer/x.yml')).toBe(true)
    expect(matchGlob('{emea,amer}/*.yml', 'apac/x.yml')).toBe(false)
    expect(matchGlob('sites/**/prod/*.yml', 'sites/prod/a.yml')).toBe(true)
    expect(matchGlob('sites/**/prod/*.yml', 'sites/a/b/prod/a.yml')).toBe(true)
    expect(matchGlob('sites/**', 'sites/a/b/c.yml')).toBe(true)
    expect(matchGlob('sites/**', 'sites/.env')).toBe(false)
  })
})

describe('comparePaths', () => {
  it('orders segment by segment by code unit, not by locale', () => {
    const paths = ['b.yml', 'a-b/c.yml', 'a/z.yml', 'B.yml', 'a/b/c.yml', 'ä.yml', 'a.yml']
    expect([...paths].sort(comparePaths)).toEqual(['B.yml', 'a/b/c.yml', 'a/z.yml', 'a-b/c.yml', 'a.yml', 'b.yml', 'ä.yml'])
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
    return walkGlob(root, expanded.patterns.map(compileSegments), createBudget(limits))
  }
  const paths = async (pattern: string) => {
    const r = await walk(pattern)
    if (!r.ok) throw new Error(r.message)
    return r.matches.map((m) => (m.outside ? `${m.path} (outside)` : m.path))
  }

  it('**/coexist.yml: sorted, every depth, no dot-directories, .git, node_modules or symlinked directories', async () => {
    expect(await paths('**/coexist.yml')).toEqual(['coexist.yml', 'real/coexist.yml', 'sites/ams/coexist.yml', 'sites/lon/coexist.yml', 'sites/lon/old/coexist.yml', 'sites/nyc/coexist.yml (outside)'])
  })

  it('sites/*/coexist.yaml and sites/*/*.yml: files only, links to files inside the root, FIFOs and dangling links left out', async () => {
    expect(await paths('sites/*/coexist.yaml')).toEqual(['sites/ams/coexist.yaml'])
    expect(await paths('sites/*/*.yml')).toEqual(['sites/ams/coexist.yml', 'sites/ams/linked.yml', 'sites/lon/coexist.yml', 'sites/nyc/coexist.yml (outside)'])
  })

  it('literal names still reach dot-directories and node_modules; * does not enter node_modules', async () => {
    expect(await paths('.github/*.yml')).toEqual(['.github/coexist.yml'])
    expect(await paths('node_modules/*/coexist.yml')).toEqual(['node_modules/pkg/coexist.yml'])
    expect(await paths('*/*/coexist.yml')).toEqual(['sites/ams/coexist.yml', 'sites/lon/coexist.yml', 'sites/nyc/coexist.yml (outside)'])
  })

  it('does not match directories as files', async () => {
    expect(await paths('*.yml')).toEqual(['coexist.yml'])
  })

  it('braces: alternatives merged, each file once, sorted', async () => {
    expect(await paths('{sites/lon,sites/ams,sites/lon}/coexist.{yml,yaml}')).toEqual(['sites/ams/coexist.yaml', 'sites/ams/coexist.yml', 'sites/lon/coexist.yml'])
  })

  it('escaped characters and spaces', async () => {
    expect(await paths('a b/\\[1].yml')).toEqual(['a b/[1].yml'])
    expect(await paths('a b/[[]1].yml')).toEqual(['a b/[1].yml'])
  })

  it('says where it started when the start is missing, a symbolic link, or a file', async () => {
    expect((await walk('nowhere/*.yml')).stats.starts).toEqual([{ path: 'nowhere', state: 'missing' }])
    expect((await walk('linked-dir/*.yml')).stats.starts).toEqual([{ path: 'linked-dir', state: 'symlink' }])
    expect((await walk('coexist.yml/*.yml')).stats.starts).toEqual([{ path: 'coexist.yml', state: 'not-a-directory' }])
    const found = await walk('sites/*/*.yaml')
    expect(found.stats.starts).toEqual([{ path: 'sites', state: 'directory' }])
    expect(found.stats.directories).toBe(4) // sites, ams, lon, nyc: not .draft, nor the links loop and escape
  })

  it('stops at the entry budget with a clear message', async () => {
    const r = await walk('**/*.yml', { maxEntries: 10 })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toBe('coexist stops after looking at 10 directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)')
  })

  it('stops at the match budget with a clear message', async () => {
    const r = await walk('**/coexist.yml', { maxMatches: 3 })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toBe('this pattern takes the run past 3 topology files, the most coexist checks in one run; narrow it')
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
    expect((await walkGlob(root, [compileSegments('**/sites/**/ams/**/*.yml')], many)).ok).toBe(true)
    expect(many.entries).toBeGreaterThan(once.entries)
  })

  it('agrees with matchGlob on every file of the tree', async () => {
    const all = (await paths('**/*')).concat(await paths('.*/**/*'), await paths('**/.*'), await paths('*/.*/*'), await paths('node_modules/**/*'), await paths('*/*/node_modules/*'))
    const files = [...new Set(all.map((p) => p.replace(' (outside)', '')))]
    expect(files).toEqual(expect.arrayContaining(FILES.filter((f) => !f.startsWith('.git/'))))
    for (const pattern of ['**/coexist.yml', 'sites/*/coexist.yaml', 'sites/**', '*/*.yml', '{sites,real}/**/coexist.y*ml', 's?tes/[a-m]*/*', '.*/*', '**/.*']) {
      const walked = (await paths(pattern)).map((p) => p.replace(' (outside)', ''))
      expect([pattern, walked]).toEqual([pattern, files.filter((f) => matchGlob(pattern, f)).sort(comparePaths)])
    }
  })
})
