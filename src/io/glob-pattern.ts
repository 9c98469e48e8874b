// Glob patterns for topology files, expanded by coexist itself (a quoted pattern, or the action's
// `topology` input, never reaches a shell), on Node 20 as well (no fs.glob there). This file is
// the syntax and the matching of names; walk.ts reads the directories.
//
// Syntax, per path segment (segments are separated by `/`):
//   *        any run of characters except `/`        ?       one character except `/`
//   [abc]    one of the characters; ranges [a-z]; [!abc] or [^abc] for none of them
//   **       a whole segment: zero or more directories
//   {a,b}    alternatives, expanded first (they may hold `/` and nest): {emea,amer}/*.yml
//   \x       the character x itself
// Like a shell, a name starting with a dot is matched only by a segment that starts with a
// literal dot: `*` and `**` skip dotfiles and dot-directories. Matching is case-sensitive.
// Nothing else is syntax: `(`, `|`, `+`, `!`, `@`, `"`, `{n}` and the like are plain characters.
//
// Why not picomatch (or minimatch): both compile a whole pattern to one regular expression, with
// `*` as a lazy `[^/]*?`, and JavaScript regexes backtrack: picomatch's regex for `*a*a*a*a*b`
// takes ten seconds to fail on a name of 255 a's (Node 20), and each further star multiplies that
// many times over; a pull request writes the pattern's input (the names in the repository). Their
// dialects are also wider than the one above (parentheses and `|` become groups, `+` after a class
// a quantifier, `[!a]` is no negation in picomatch). So matching stays here, built for that: each
// piece between two stars (characters, `?`, classes) is a small anchored regex with no star in it,
// and matchPieces places the pieces from left to right, each at its leftmost place, going through
// a name once: a segment costs at most (name length + pieces) piece tests, whatever the pattern.

export interface GlobLimits {
  /** Files matched by all patterns of a run together. */
  maxMatches: number
  /** Directory entries looked at in one run: each entry each time a directory is gone through, each name looked up, each directory visit. */
  maxEntries: number
  /** Patterns one `{a,b}` pattern may expand to. */
  maxAlternatives: number
  /** Characters in one pattern. */
  maxPatternLength: number
}

export const GLOB_LIMITS: Readonly<GlobLimits> = {
  maxMatches: 10_000,
  maxEntries: 100_000,
  maxAlternatives: 256,
  maxPatternLength: 4_096,
}

/** Directories that `*` and `**` never enter; a literal segment may still name them. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules'])

const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '\\', ','])

/**
 * True when `text` uses glob syntax: an unescaped `*`, `?`, a bracket class, `{a,b}` alternatives,
 * or a backslash escape of one of those. Anything else is a plain path and is read as written.
 */
export function isGlobPattern(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '\\') {
      if (i + 1 < text.length && SPECIAL.has(text[i + 1] as string)) return true
      i++
      continue
    }
    if (ch === '*' || ch === '?') return true
    if (ch === '[' && classEnd(text, i) > 0) return true
    if (ch === '{' && braceAt(text, i)) return true
  }
  return false
}

/**
 * Expands `{a,b}` alternatives, nested ones too, left to right as a shell does:
 * `{a,b}/{c,d}.yml` → a/c.yml, a/d.yml, b/c.yml, b/d.yml. A brace without a top-level comma, or
 * without its closing brace, is a literal character. Refuses more than `max` results.
 */
export function expandBraces(
  pattern: string,
  max = GLOB_LIMITS.maxAlternatives,
): { ok: true; patterns: string[] } | { ok: false; message: string } {
  const out: string[] = []
  const pending = [pattern]
  while (pending.length > 0) {
    const current = pending.shift() as string
    const brace = firstBrace(current)
    if (!brace) {
      if (!out.includes(current)) out.push(current)
      if (out.length > max)
        return {
          ok: false,
          message: `this pattern expands to more than ${max} alternatives; split it into several patterns`,
        }
      continue
    }
    const head = current.slice(0, brace.start)
    const tail = current.slice(brace.end + 1)
    const alternatives = brace.parts.map((part) => head + part + tail)
    pending.unshift(...alternatives)
    if (pending.length + out.length > max * 4)
      return {
        ok: false,
        message: `this pattern expands to more than ${max} alternatives; split it into several patterns`,
      }
  }
  return { ok: true, patterns: out }
}

/** What stands between two stars of a segment: `length` characters, each matched by `regex` in turn. */
export interface Piece {
  length: number
  /** The piece's regex, anchored at both ends; undefined for an empty piece. */
  regex: RegExp | undefined
}

/** One segment of a brace-free pattern, ready to match a directory entry's name. */
export type Segment =
  | { kind: 'literal'; name: string }
  | { kind: 'globstar' }
  /** `pieces` has one more entry than the segment has stars (runs of stars count once). */
  | { kind: 'wildcard'; source: string; dotted: boolean; pieces: Piece[] }

/**
 * A brace-free pattern → its segments. Empty and `.` segments are dropped; a trailing `**` means
 * every file below (`**` then `*`). `..` segments are kept as literals: callers refuse them.
 */
export function compileSegments(pattern: string): Segment[] {
  const segments: Segment[] = []
  for (const source of splitSegments(pattern)) {
    if (source === '' || source === '.') continue
    if (source === '**') {
      if (segments.at(-1)?.kind !== 'globstar') segments.push({ kind: 'globstar' })
      continue
    }
    const tokens = tokenize(source)
    if (tokens.every((t) => t.kind === 'char')) {
      const name = tokens.map((t) => (t as { ch: string }).ch).join('')
      if (name !== '.') segments.push({ kind: 'literal', name })
    } else segments.push(compileWildcard(source, tokens))
  }
  if (segments.at(-1)?.kind === 'globstar') segments.push(compileWildcard('*', tokenize('*')))
  return segments
}

function compileWildcard(source: string, tokens: readonly Token[]): Segment {
  const runs: Exclude<Token, { kind: 'star' }>[][] = [[]]
  for (const token of tokens) {
    if (token.kind !== 'star') (runs.at(-1) as Token[]).push(token)
    else if ((runs.at(-1) as Token[]).length > 0 || runs.length === 1) runs.push([]) // consecutive stars are one
  }
  const pieces = runs.map((run): Piece => ({
    length: run.length,
    regex: run.length === 0 ? undefined : pieceRegExp(run),
  }))
  const dotted = tokens[0]?.kind === 'char' && tokens[0].ch === '.'
  return { kind: 'wildcard', source, dotted, pieces }
}

/** A run of tokens (no star) → a regex over exactly that many characters (code points). */
function pieceRegExp(run: readonly Exclude<Token, { kind: 'star' }>[]): RegExp {
  const source = run
    .map((token) =>
      token.kind === 'char'
        ? literal(token.ch)
        : token.kind === 'any'
          ? '[^/]'
          : classSource(token),
    )
    .join('')
  return new RegExp(`^${source}$`, 'u')
}

function classSource(token: Extract<Token, { kind: 'class' }>): string {
  const parts = token.items.map((item) => {
    if ('ch' in item) return literal(item.ch)
    // A reversed range matches nothing, as in bash.
    return (item.from.codePointAt(0) as number) <= (item.to.codePointAt(0) as number)
      ? `${literal(item.from)}-${literal(item.to)}`
      : ''
  })
  const body = parts.join('')
  if (token.negate) return `[^/${body}]`
  return body === '' ? '(?!)' : `[${body}]`
}

// Every character but letters and digits as \u{…}: nothing in a name can be read as regex syntax.
function literal(ch: string): string {
  return /^[\p{L}\p{N}]$/u.test(ch) ? ch : `\\u{${(ch.codePointAt(0) as number).toString(16)}}`
}

/** Whether a directory entry's name matches one segment. */
export function matchSegment(segment: Segment, name: string): boolean {
  if (segment.kind === 'literal') return segment.name === name
  if (segment.kind === 'globstar') return !name.startsWith('.')
  if (name.startsWith('.') && !segment.dotted) return false
  return matchPieces(segment.pieces, [...name])
}

/**
 * Whether `chars` is the pieces with any runs between them. The first piece must start the name
 * and the last end it; each piece in between is taken at its leftmost place after the one before,
 * which leaves the most room to the rest. `at` only moves forward: at most one piece test per
 * character, plus one per piece.
 */
function matchPieces(pieces: readonly Piece[], chars: readonly string[]): boolean {
  const fits = (piece: Piece, at: number) =>
    piece.regex === undefined || piece.regex.test(chars.slice(at, at + piece.length).join(''))
  const first = pieces[0] as Piece
  if (pieces.length === 1) return chars.length === first.length && fits(first, 0)
  const last = pieces.at(-1) as Piece
  const end = chars.length - last.length // where the last piece must start
  if (first.length > end || !fits(first, 0)) return false
  let at = first.length
  for (const piece of pieces.slice(1, -1)) {
    while (at + piece.length <= end && !fits(piece, at)) at++
    if (at + piece.length > end) return false
    at += piece.length
  }
  return fits(last, end)
}

/**
 * Whether a relative path (forward slashes) is one the walk would find for `pattern`: the pure form
 * of the walk, for tests and reasoning. Directories on the way that `*` or `**` stand for must not
 * start with a dot and must not be .git or node_modules.
 */
export function matchGlob(pattern: string, relativePath: string): boolean {
  const expanded = expandBraces(pattern)
  if (!expanded.ok) return false
  const names = relativePath.split('/').filter((n) => n !== '' && n !== '.')
  return expanded.patterns.some((p) => matchNames(compileSegments(p), names))
}

function matchNames(segments: readonly Segment[], names: readonly string[]): boolean {
  const memo = new Map<number, boolean>()
  const enterable = (name: string) => !name.startsWith('.') && !SKIPPED_DIRECTORIES.has(name)
  const go = (s: number, n: number): boolean => {
    const key = s * (names.length + 1) + n
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    const segment = segments[s]
    if (segment === undefined) result = n === names.length
    else if (n === names.length) result = false
    else if (segment.kind === 'globstar')
      result =
        go(s + 1, n) || (n < names.length - 1 && enterable(names[n] as string) && go(s, n + 1))
    else {
      const name = names[n] as string
      const last = s === segments.length - 1
      result =
        matchSegment(segment, name) &&
        (last || segment.kind === 'literal' || !SKIPPED_DIRECTORIES.has(name)) &&
        go(s + 1, n + 1)
    }
    memo.set(key, result)
    return result
  }
  return segments.length > 0 && go(0, 0)
}

type Token =
  | { kind: 'char'; ch: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; items: ({ ch: string } | { from: string; to: string })[] }

function tokenize(segment: string): Token[] {
  const tokens: Token[] = []
  const chars = [...segment]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    if (ch === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', ch: chars[++i] as string })
    else if (ch === '*') tokens.push({ kind: 'star' })
    else if (ch === '?') tokens.push({ kind: 'any' })
    else if (ch === '[' && classEnd(chars, i) > 0) {
      const end = classEnd(chars, i)
      tokens.push(parseClass(chars.slice(i + 1, end)))
      i = end
    } else tokens.push({ kind: 'char', ch })
  }
  return tokens
}

/** Index of the `]` closing the class opened at `start`, or -1 when it is not a class. */
function classEnd(chars: string | readonly string[], start: number): number {
  let i = start + 1
  if (chars[i] === '!' || chars[i] === '^') i++
  if (chars[i] === ']') i++ // a `]` first in the class is a member
  for (; i < chars.length; i++) {
    const ch = chars[i]
    if (ch === '\\') i++
    else if (ch === '/') return -1
    else if (ch === ']') return i
  }
  return -1
}

function parseClass(body: readonly string[]): Token {
  let i = 0
  const negate = body[0] === '!' || body[0] === '^'
  if (negate) i++
  const members: string[] = []
  for (; i < body.length; i++)
    members.push(
      body[i] === '\\' && i + 1 < body.length ? (body[++i] as string) : (body[i] as string),
    )
  const items: ({ ch: string } | { from: string; to: string })[] = []
  for (let j = 0; j < members.length; j++) {
    const from = members[j] as string
    if (members[j + 1] === '-' && j + 2 < members.length) {
      items.push({ from, to: members[j + 2] as string })
      j += 2
    } else items.push({ ch: from })
  }
  return { kind: 'class', negate, items }
}

function splitSegments(pattern: string): string[] {
  const segments: string[] = []
  let current = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string
    if (ch === '\\' && i + 1 < pattern.length) current += ch + (pattern[++i] as string)
    else if (ch === '/') {
      segments.push(current)
      current = ''
    } else current += ch
  }
  segments.push(current)
  return segments
}

/**
 * The indexes, from `from` on, of the characters of `text` that can act as syntax: those neither
 * escaped with a backslash nor inside a bracket class (where `{`, `,` and `}` are plain characters).
 */
function* syntaxIndexes(text: string, from: number): Generator<number> {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++
      continue
    }
    if (text[i] === '[') {
      const end = classEnd(text, i)
      if (end > 0) {
        i = end
        continue
      }
    }
    yield i
  }
}

/** The `{…}` at `start` when it holds a top-level comma and is closed. */
function braceAt(
  text: string,
  start: number,
): { start: number; end: number; parts: string[] } | undefined {
  let depth = 0
  const parts: string[] = []
  let partStart = start + 1
  for (const i of syntaxIndexes(text, start)) {
    const ch = text[i]
    if (ch === '{') depth++
    else if (ch === '}') {
      depth--
      if (depth === 0) {
        if (parts.length === 0) return undefined
        parts.push(text.slice(partStart, i))
        return { start, end: i, parts }
      }
    } else if (ch === ',' && depth === 1) {
      parts.push(text.slice(partStart, i))
      partStart = i + 1
    }
  }
  return undefined
}

function firstBrace(text: string): { start: number; end: number; parts: string[] } | undefined {
  for (const i of syntaxIndexes(text, 0)) {
    if (text[i] !== '{') continue
    const brace = braceAt(text, i)
    if (brace) return brace
  }
  return undefined
}
