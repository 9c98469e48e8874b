// glob-pattern.ts: the pattern syntax, brace expansion and matching names (pure).
import { describe, expect, it, vi } from 'vitest'
import {
  compileSegments,
  expandBraces,
  GLOB_LIMITS,
  isGlobPattern,
  matchGlob,
  matchSegment,
  type Segment,
} from '../../src/io/glob-pattern.js'

const seg = (source: string) => compileSegments(source)[0] as Segment
const matches = async (pattern: string, name: string) => matchSegment(seg(pattern), name)

describe('isGlobPattern: what counts as a pattern', () => {
  it.each([
    'coexist.yml',
    'sites/emea/coexist.yml',
    'UC estate/coexist.yml',
    './a.yml',
    '../outside.yml',
    '/abs/path.yml',
    'a{b}.yml',
    'a[b.yml',
    'a]b.yml',
    '{a.yml',
    'a,b.yml',
    'weird-(1)+$.yml',
  ])('a plain path: %s', (text) => expect(isGlobPattern(text)).toBe(false))

  it.each([
    '*.yml',
    '**/coexist.yml',
    'sites/*/coexist.yaml',
    'a?.yml',
    '[ab].yml',
    '[!a].yml',
    '{a,b}.yml',
    'x/{a,b/c}.yml',
    '\\[1].yml',
    '\\*.yml',
  ])('a pattern: %s', (text) => expect(isGlobPattern(text)).toBe(true))

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
    expect(expand('sites/{emea/{ams,lon},amer}/coexist.yml')).toEqual([
      'sites/emea/ams/coexist.yml',
      'sites/emea/lon/coexist.yml',
      'sites/amer/coexist.yml',
    ])
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
    expect(r).toEqual({
      ok: false,
      message: `this pattern expands to more than ${GLOB_LIMITS.maxAlternatives} alternatives; split it into several patterns`,
    })
    expect(expandBraces('{a,b,c}', 2).ok).toBe(false)
    expect(expandBraces('{a,b}', 2).ok).toBe(true)
  })
})

describe('one segment', () => {
  it('* matches any run of characters, but not a leading dot', async () => {
    expect(await matches('*', 'coexist.yml')).toBe(true)
    expect(await matches('*', '')).toBe(true)
    expect(await matches('*.yml', 'coexist.yml')).toBe(true)
    expect(await matches('*.yml', 'coexist.yaml')).toBe(false)
    expect(await matches('*', '.hidden.yml')).toBe(false)
    expect(await matches('*.yml', '.yml')).toBe(false)
    expect(await matches('co*', 'coexist.yml')).toBe(true)
    expect(await matches('*exist*', 'coexist.yml')).toBe(true)
  })

  it('a segment starting with a literal dot matches dotfiles', async () => {
    expect(await matches('.*', '.coexist.yml')).toBe(true)
    expect(await matches('.*.yml', '.coexist.yml')).toBe(true)
    expect(await matches('.*', 'coexist.yml')).toBe(false)
  })

  it('? is exactly one character (a whole code point), not a leading dot', async () => {
    expect(await matches('site?.yml', 'site1.yml')).toBe(true)
    expect(await matches('site?.yml', 'site.yml')).toBe(false)
    expect(await matches('site?.yml', 'site12.yml')).toBe(false)
    expect(await matches('?emea', '.emea')).toBe(false)
    expect(await matches('site?.yml', 'site😀.yml')).toBe(true)
  })

  it('bracket classes: members, ranges, negation, a leading ] and escapes', async () => {
    expect(await matches('site[12].yml', 'site1.yml')).toBe(true)
    expect(await matches('site[12].yml', 'site3.yml')).toBe(false)
    expect(await matches('site[0-9].yml', 'site7.yml')).toBe(true)
    expect(await matches('site[a-c0-2].yml', 'siteb.yml')).toBe(true)
    expect(await matches('site[a-c0-2].yml', 'site3.yml')).toBe(false)
    expect(await matches('site[!0-9].yml', 'sitex.yml')).toBe(true)
    expect(await matches('site[!0-9].yml', 'site5.yml')).toBe(false)
    expect(await matches('site[^0-9].yml', 'site5.yml')).toBe(false)
    expect(await matches('[]x]', ']')).toBe(true)
    expect(await matches('[]x]', 'x')).toBe(true)
    expect(await matches('[a-]', '-')).toBe(true)
    expect(await matches('[\\]]', ']')).toBe(true)
    // A reversed range matches nothing (as in bash), and a class never matches a leading dot.
    expect(await matches('[z-a]', 'm')).toBe(false)
    expect(await matches('[.]x', '.x')).toBe(false)
    expect(await matches('[!a]x', '.x')).toBe(false)
  })

  it('an unclosed [ is a literal', async () => {
    expect(await matches('a[b*', 'a[bc')).toBe(true)
    expect(await matches('a[b*', 'abc')).toBe(false)
  })

  it('backslash makes the next character literal', async () => {
    expect(await matches('\\*.yml', '*.yml')).toBe(true)
    expect(await matches('\\*.yml', 'a.yml')).toBe(false)
    expect(await matches('\\[1\\].yml', '[1].yml')).toBe(true)
    expect(await matches('\\?*', '?x')).toBe(true)
  })

  it('regular-expression characters in names are plain characters', async () => {
    for (const name of ['a+b (1).yml', '$x^.yml', 'a|b.yml', 'a.b', 'c\\d', '(?=x)', 'ü-ñ.yml']) {
      expect(await matches(`*${name.slice(1)}`, name)).toBe(true)
    }
    expect(await matches('a.b*', 'axb')).toBe(false)
    expect(await matches('*.yml', 'coexistxyml')).toBe(false)
  })

  it('is case-sensitive', async () => {
    expect(await matches('*.yml', 'COEXIST.YML')).toBe(false)
    expect(await matches('Coexist*', 'coexist.yml')).toBe(false)
  })

  // Counted, not timed, so it cannot flake. The scan tests each piece between two stars with
  // its own regex; those pieces hold no star, so their regexes have nothing to backtrack
  // over and cost what they are given. What must stay linear is how often they are called and on
  // how much: at most once per character of the name plus once per piece, each time on the
  // piece's length (one character here). A backtracking matcher tries some 255^30 ways here.
  it('stays fast on a pattern that backtracks exponentially in a naive matcher', async () => {
    const hostile = seg(`${'*a'.repeat(30)}*b`)
    const pieces = hostile.kind === 'wildcard' ? hostile.pieces.length : 0
    expect(pieces).toBe(32)
    const tests = vi.spyOn(RegExp.prototype, 'test')
    let results: boolean[]
    let tested: number[]
    try {
      results = [
        matchSegment(hostile, 'a'.repeat(255)),
        matchSegment(hostile, `${'a'.repeat(254)}b`),
      ]
      tested = tests.mock.calls.map(([text]) => String(text).length)
    } finally {
      tests.mockRestore()
    }
    expect(results).toEqual([false, true])
    expect(tested.length).toBeLessThanOrEqual(2 * (255 + pieces))
    expect(Math.max(...tested)).toBe(1)
  })

  // The scan keeps each piece between two stars at its leftmost place; compare with a plain
  // backtracking matcher on every short pattern and name over a small alphabet. (No empty pattern:
  // compileSegments drops empty segments.)
  it('agrees with a reference backtracking matcher on all short patterns and names', async () => {
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
    const patterns = words(['a', 'b', '*', '?'], 5).slice(1)
    const names = words(['a', 'b'], 6)
    let compared = 0
    const disagreements: string[] = []
    for (const p of patterns) {
      const segment = seg(p)
      for (const s of names) {
        if (matchSegment(segment, s) !== reference(p, s)) disagreements.push(`${p} ${s}`)
        compared++
      }
    }
    expect(compared).toBe(1364 * 127)
    expect(disagreements).toEqual([])
  })
})

describe('our syntax only, whatever other glob dialects would read', () => {
  // picomatch and minimatch read parentheses, `|`, `+`, `{n}`, `\d`, double quotes, `!`, extglobs and POSIX
  // classes as syntax; here they are the characters they are (the header of glob-pattern.ts).
  it.each([
    ['*+(a|b)', 'x+(a|b)', 'xa'],
    ['*@(a)', 'x@(a)', 'xa'],
    ['!(a)*', '!(a)x', 'bx'],
    ['!a*', '!ab', 'b'],
    ['?(a)', 'x(a)', 'a'],
    ['a|b*', 'a|bc', 'a'],
    ['(a)*', '(a)x', 'ax'],
    ['?a{2}', 'xa{2}', 'xaa'],
    ['*.{1..3}', 'x.{1..3}', 'x.2'],
    ['[ab]+*', 'a+', 'aa'],
    ['\\d*', 'd1', '1'],
    ['"a"*', '"a"x', 'ax'],
    ['[[:alpha:]]*', ':]', 'ab'],
    ['[ab].yml*', 'a.yml', '[ab].yml'],
    ['$^*', '$^x', 'x'],
  ])('%s matches %s, not %s', async (pattern, name, other) => {
    expect(isGlobPattern(pattern)).toBe(true)
    expect(await matches(pattern, name)).toBe(true)
    expect(await matches(pattern, other)).toBe(false)
  })

  // pieceRegExp writes every character but letters and digits as a \u{…} escape: each printable
  // ASCII character and a few others must come back as themselves, escaped or not, in a class,
  // negated, and as the ends of a range.
  it('reads every character as itself, in and out of classes', async () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) =>
      String.fromCharCode(0x20 + i),
    ).filter((c) => c !== '/')
    const characters = [...ascii, 'é', 'ß', '–', '\u00a0', '😀', '中']
    const wrong: string[] = []
    for (const c of characters) {
      const other = c === 'x' ? 'y' : 'x'
      const check = async (pattern: string, yes: string[], no: string[]) => {
        const segment = seg(pattern)
        for (const name of yes)
          if (!matchSegment(segment, name)) wrong.push(`${pattern} should match ${name}`)
        for (const name of no)
          if (matchSegment(segment, name)) wrong.push(`${pattern} should not match ${name}`)
      }
      // Every name starts with `a`, so that none is a dotfile the pattern could not match anyway.
      await check(`?\\${c}`, [`a${c}`], [`a${other}`, c])
      await check(`a*\\${c}*`, [`a${c}`, `ab${c}b`], [`a${other}`, 'a'])
      await check(`a[\\${c}]*`, [`a${c}`, `a${c}b`], [`a${other}`])
      await check(`a[!\\${c}]*`, [`a${other}`], [`a${c}`])
      await check(`a[\\${c}-\\${c}]?`, [`a${c}b`], [`a${other}b`])
      // Twice, for the backslash; not for `-`, which there still reads as a range, escaped or not (as it always has).
      if (c !== '-') await check(`a[${other}\\${c}\\${c}]`, [`a${c}`, `a${other}`], ['a☃'])
      if (!'*?[\\'.includes(c)) await check(`${c}*`, [`${c}a`], [`${other}a`])
    }
    expect(wrong).toEqual([])
  })

  it('overlapping ranges, reversed ones (nothing), and a backslash twice as one member', async () => {
    expect(await matches('[a-cb-e]', 'e')).toBe(true)
    expect(await matches('[z-ab]', 'b')).toBe(true)
    expect(await matches('[z-ab]', 'm')).toBe(false)
    expect(await matches('[!z-a]', 'm')).toBe(true)
    // `#` to `\`, then `\` again.
    expect(await matches('[#-\\\\\\\\]x', '\\x')).toBe(true)
    expect(await matches('[#-\\\\\\\\]x', '#x')).toBe(true)
    expect(await matches('[#-\\\\\\\\]x', ']x')).toBe(false)
  })
})

describe('compileSegments', () => {
  it('drops empty and . segments and merges repeated **', async () => {
    expect(compileSegments('./sites//**/**/coexist.yml').map((s) => s.kind)).toEqual([
      'literal',
      'globstar',
      'literal',
    ])
    expect(compileSegments('sites/./a.yml')).toEqual([
      { kind: 'literal', name: 'sites' },
      { kind: 'literal', name: 'a.yml' },
    ])
  })

  it('a trailing ** is every file below', async () => {
    const segments = compileSegments('sites/**')
    expect(segments.map((s) => s.kind)).toEqual(['literal', 'globstar', 'wildcard'])
  })

  it('unescapes literal segments', async () => {
    expect(compileSegments('a\\*b/\\[c]')).toEqual([
      { kind: 'literal', name: 'a*b' },
      { kind: 'literal', name: '[c]' },
    ])
  })

  it('keeps .. as a literal segment (callers refuse it)', async () => {
    expect(compileSegments('../*.yml')[0]).toEqual({ kind: 'literal', name: '..' })
  })

  it('** inside a segment is just *', async () => {
    expect(await matches('a**b', 'axxb')).toBe(true)
    expect(compileSegments('a**b')[0]?.kind).toBe('wildcard')
  })
})

describe('matchGlob: whole paths', () => {
  it('**/coexist.yml: at any depth, the root included; not through dot-directories, .git or node_modules', async () => {
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

  it('literal dot-directories and skipped directories can be named', async () => {
    expect(matchGlob('.github/**/coexist.yml', '.github/coexist.yml')).toBe(true)
    expect(matchGlob('node_modules/*/coexist.yml', 'node_modules/pkg/coexist.yml')).toBe(true)
    expect(matchGlob('.*/coexist.yml', '.github/coexist.yml')).toBe(true)
    expect(matchGlob('.*/coexist.yml', '.git/coexist.yml')).toBe(false)
  })

  it('sites/*/coexist.yaml: exactly one directory in between', async () => {
    const p = 'sites/*/coexist.yaml'
    expect(matchGlob(p, 'sites/ams/coexist.yaml')).toBe(true)
    expect(matchGlob(p, 'sites/coexist.yaml')).toBe(false)
    expect(matchGlob(p, 'sites/emea/ams/coexist.yaml')).toBe(false)
    expect(matchGlob(p, 'sites/.ams/coexist.yaml')).toBe(false)
  })

  it('braces, ** in the middle, and a trailing **', async () => {
    expect(matchGlob('{emea,amer}/*.yml', 'amer/x.yml')).toBe(true)
    expect(matchGlob('{emea,amer}/*.yml', 'apac/x.yml')).toBe(false)
    expect(matchGlob('sites/**/prod/*.yml', 'sites/prod/a.yml')).toBe(true)
    expect(matchGlob('sites/**/prod/*.yml', 'sites/a/b/prod/a.yml')).toBe(true)
    expect(matchGlob('sites/**', 'sites/a/b/c.yml')).toBe(true)
    expect(matchGlob('sites/**', 'sites/.env')).toBe(false)
  })
})
