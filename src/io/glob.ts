// Glob patterns for topology files, expanded by coexist itself (a quoted pattern, or the action's
// `topology` input, never reaches a shell), on Node 20 as well (no fs.glob there).
//
// Syntax, per path segment (segments are separated by `/`):
//   *        any run of characters except `/`        ?       one character except `/`
//   [abc]    one of the characters; ranges [a-z]; [!abc] or [^abc] for none of them
//   **       a whole segment: zero or more directories
//   {a,b}    alternatives, expanded first (they may hold `/` and nest): {emea,amer}/*.yml
//   \x       the character x itself
// Like a shell, a name starting with a dot is matched only by a segment that starts with a
// literal dot: `*` and `**` skip dotfiles and dot-directories. Matching is case-sensitive.
//
// The walk reads only the directories the pattern can reach, never follows a symbolic link to a
// directory (no cycles, no way out of the workspace), skips `.git` and `node_modules` unless a
// segment names them literally, and counts what it visits against a budget shared by the run.
import type { Dirent } from 'node:fs'
import { lstat, opendir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { isOutside } from './paths.js'
import { formatCount } from '../core/format.js'

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

export const GLOB_LIMITS: Readonly<GlobLimits> = { maxMatches: 10_000, maxEntries: 100_000, maxAlternatives: 256, maxPatternLength: 4_096 }

/** Directories that `*` and `**` never enter; a literal segment may still name them. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules'])

const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '\\', ','])

// ---------------------------------------------------------------------------------------------
// Pure part: syntax, brace expansion, segment regexes, matching a path.

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
export function expandBraces(pattern: string, max = GLOB_LIMITS.maxAlternatives): { ok: true; patterns: string[] } | { ok: false; message: string } {
  const out: string[] = []
  const pending = [pattern]
  while (pending.length > 0) {
    const current = pending.shift() as string
    const brace = firstBrace(current)
    if (!brace) {
      if (!out.includes(current)) out.push(current)
      if (out.length > max) return { ok: false, message: `this pattern expands to more than ${max} alternatives; split it into several patterns` }
      continue
    }
    const head = current.slice(0, brace.start)
    const tail = current.slice(brace.end + 1)
    const alternatives = brace.parts.map((part) => head + part + tail)
    pending.unshift(...alternatives)
    if (pending.length + out.length > max * 4) return { ok: false, message: `this pattern expands to more than ${max} alternatives; split it into several patterns` }
  }
  return { ok: true, patterns: out }
}

/** One segment of a brace-free pattern, ready to match a directory entry's name. */
export type Segment = { kind: 'literal'; name: string } | { kind: 'globstar' } | { kind: 'wildcard'; source: string; regex: RegExp }

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
    } else segments.push({ kind: 'wildcard', source, regex: segmentRegExp(source) })
  }
  if (segments.at(-1)?.kind === 'globstar') segments.push({ kind: 'wildcard', source: '*', regex: segmentRegExp('*') })
  return segments
}

/**
 * One segment's glob (no `/`, no braces) → a regex over one name. Stars are matched without
 * backtracking: each fixed-length piece between two stars is found at its leftmost place and kept
 * there (an atomic lookahead), which is always right for `*` and keeps `*a*a*a*…b` linear instead
 * of exponential on a long name.
 */
export function segmentRegExp(segment: string): RegExp {
  const tokens = tokenize(segment)
  const pieces: string[][] = [[]]
  for (const token of tokens) {
    if (token.kind === 'star') {
      if ((pieces.at(-1) as string[]).length > 0 || pieces.length === 1) pieces.push([])
      continue
    }
    ;(pieces.at(-1) as string[]).push(token.kind === 'char' ? literal(token.ch) : token.kind === 'any' ? '[^/]' : classSource(token))
  }
  // Stars at the very start leave an empty first piece; consecutive stars were merged above.
  const first = (pieces[0] as string[]).join('')
  let source = `^${first}`
  if (pieces.length > 1) {
    const middle = pieces.slice(1, -1)
    for (const [i, piece] of middle.entries()) source += `(?=([^/]*?${piece.join('')}))\\${i + 1}`
    source += `[^/]*${(pieces.at(-1) as string[]).join('')}`
  }
  source += '$'
  const dotted = tokens[0]?.kind === 'char' && tokens[0].ch === '.'
  return new RegExp(dotted ? source : `(?!\\.)${source}`, 'u')
}

/** Whether a directory entry's name matches one segment. */
export function matchSegment(segment: Segment, name: string): boolean {
  if (segment.kind === 'literal') return segment.name === name
  if (segment.kind === 'globstar') return !name.startsWith('.')
  return segment.regex.test(name)
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
    else if (segment.kind === 'globstar') result = go(s + 1, n) || (n < names.length - 1 && enterable(names[n] as string) && go(s, n + 1))
    else {
      const name = names[n] as string
      const last = s === segments.length - 1
      result = matchSegment(segment, name) && (last || segment.kind === 'literal' || !SKIPPED_DIRECTORIES.has(name)) && go(s + 1, n + 1)
    }
    memo.set(key, result)
    return result
  }
  return segments.length > 0 && go(0, 0)
}

type Token = { kind: 'char'; ch: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negate: boolean; items: ({ ch: string } | { from: string; to: string })[] }

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
  for (; i < body.length; i++) members.push(body[i] === '\\' && i + 1 < body.length ? (body[++i] as string) : (body[i] as string))
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

function classSource(token: Extract<Token, { kind: 'class' }>): string {
  const parts = token.items.map((item) => {
    if ('ch' in item) return literal(item.ch)
    // A reversed range matches nothing, as in bash.
    return (item.from.codePointAt(0) as number) <= (item.to.codePointAt(0) as number) ? `${literal(item.from)}-${literal(item.to)}` : ''
  })
  const body = parts.join('')
  if (token.negate) return `[^/${body}]`
  return body === '' ? '(?!)' : `[${body}]`
}

// Every character but letters and digits as \u{…}: nothing in a name can be read as regex syntax.
function literal(ch: string): string {
  return /^[\p{L}\p{N}]$/u.test(ch) ? ch : `\\u{${(ch.codePointAt(0) as number).toString(16)}}`
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
function braceAt(text: string, start: number): { start: number; end: number; parts: string[] } | undefined {
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

// ---------------------------------------------------------------------------------------------
// The walk.

/** What a run may still spend; shared by all patterns of one run. */
export interface GlobBudget {
  limits: GlobLimits
  entries: number
  matches: number
}

export function createBudget(limits: Partial<GlobLimits> = {}): GlobBudget {
  return { limits: { ...GLOB_LIMITS, ...limits }, entries: 0, matches: 0 }
}

export interface WalkMatch {
  /** Relative to the root, with forward slashes. */
  path: string
  /** Set for a symbolic link that resolves outside the root: reported, never read. */
  outside?: true
}

export interface WalkStats {
  /** Directories listed. */
  directories: number
  /** Entries looked at. */
  entries: number
  /** The literal directory each alternative starts from ('' for the root), and what it was. */
  starts: { path: string; state: 'directory' | 'missing' | 'symlink' | 'not-a-directory' }[]
}

export type WalkResult = { ok: true; matches: WalkMatch[]; stats: WalkStats } | { ok: false; message: string; stats: WalkStats }

/**
 * Every file under `root` the segments match, sorted, each once. Symbolic links to files count when
 * they resolve inside the root (those resolving outside come back flagged); links to directories
 * are never entered. Stops with a message when the budget runs out.
 */
export async function walkGlob(root: string, alternatives: readonly (readonly Segment[])[], budget: GlobBudget): Promise<WalkResult> {
  const stats: WalkStats = { directories: 0, entries: 0, starts: [] }
  const found = new Map<string, WalkMatch>()
  const listings = new Map<string, Dirent[] | null>()
  let realRoot: string | undefined
  const fail = (message: string): WalkResult => ({ ok: false, message, stats })
  const spend = (n: number): boolean => {
    budget.entries += n
    stats.entries += n
    return budget.entries <= budget.limits.maxEntries
  }
  const tooMany = () =>
    fail(`coexist stops after looking at ${formatCount(budget.limits.maxEntries)} directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)`)

  async function list(dir: string): Promise<Dirent[] | null | 'over'> {
    const cached = listings.get(dir)
    if (cached !== undefined) return cached
    const entries: Dirent[] = []
    try {
      const handle = await opendir(path.join(root, dir))
      stats.directories++
      for await (const entry of handle) {
        // A directory bigger than what is left of the budget is not read to its end (leaving the
        // loop closes it); what is read is paid for each time it is gone through, below.
        if (budget.entries + entries.length >= budget.limits.maxEntries) return 'over'
        entries.push(entry)
      }
    } catch {
      listings.set(dir, null)
      return null
    }
    listings.set(dir, entries)
    return entries
  }

  async function addFile(relative: string, kind: 'file' | 'symlink'): Promise<boolean> {
    if (found.has(relative)) return true
    if (kind === 'symlink') {
      const absolute = path.join(root, relative)
      try {
        if (!(await stat(absolute)).isFile()) return true
        realRoot ??= await realpath(root)
        if (isOutside(await realpath(absolute), realRoot)) {
          found.set(relative, { path: relative, outside: true })
          return countMatch()
        }
      } catch {
        return true // a dangling link is no file
      }
    }
    found.set(relative, { path: relative })
    return countMatch()
  }
  // Some file systems do not say what an entry is; then lstat says it (never following a link).
  async function kindOf(entry: Dirent, relative: string): Promise<'file' | 'directory' | 'symlink' | 'other'> {
    const known = (info: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) =>
      info.isFile() ? 'file' : info.isDirectory() ? 'directory' : info.isSymbolicLink() ? 'symlink' : undefined
    const said = known(entry)
    if (said) return said
    if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) return 'other'
    const info = await lstat(path.join(root, relative)).catch(() => undefined)
    return (info && known(info)) ?? 'other'
  }
  const countMatch = () => ++budget.matches <= budget.limits.maxMatches
  const tooManyMatches = () =>
    fail(`this pattern takes the run past ${formatCount(budget.limits.maxMatches)} topology files, the most coexist checks in one run; narrow it`)

  for (const segments of alternatives) {
    if (segments.length === 0) continue
    // The literal directories at the start are looked up one by one, without listing anything.
    let start = ''
    let i = 0
    let state: WalkStats['starts'][number]['state'] = 'directory'
    while (i < segments.length - 1 && segments[i]?.kind === 'literal') {
      const name = (segments[i] as { name: string }).name
      if (!spend(1)) return tooMany()
      const next = start === '' ? name : `${start}/${name}`
      const info = await lstat(path.join(root, next)).catch(() => undefined)
      start = next
      i++
      if (!info) state = 'missing'
      else if (info.isSymbolicLink()) state = 'symlink'
      else if (!info.isDirectory()) state = 'not-a-directory'
      if (state !== 'directory') break
    }
    if (!stats.starts.some((s) => s.path === start)) stats.starts.push({ path: start, state })
    if (state !== 'directory') continue

    const seen = new Set<string>()
    const stack: [string, number][] = [[start, i]]
    while (stack.length > 0) {
      const [dir, s] = stack.pop() as [string, number]
      const key = `${s}\u0000${dir}`
      if (seen.has(key)) continue
      seen.add(key)
      const segment = segments[s] as Segment
      const last = s === segments.length - 1
      const join = (name: string) => (dir === '' ? name : `${dir}/${name}`)
      if (segment.kind === 'literal') {
        if (!spend(1)) return tooMany()
        const info = await lstat(path.join(root, join(segment.name))).catch(() => undefined)
        if (!info) continue
        if (last) {
          if ((info.isFile() || info.isSymbolicLink()) && !(await addFile(join(segment.name), info.isFile() ? 'file' : 'symlink'))) return tooManyMatches()
        } else if (info.isDirectory()) stack.push([join(segment.name), s + 1])
        continue
      }
      const entries = await list(dir)
      if (entries === 'over') return tooMany()
      // Every visit costs one, plus each entry gone through: a pattern like **/a/**/a/**/a/… that
      // goes through the same directories many times pays for each time.
      if (!spend(1 + (entries?.length ?? 0))) return tooMany()
      if (entries === null) continue
      if (segment.kind === 'globstar') {
        // Zero directories, or one more (then still in the globstar). Pushed in reverse so names pop in order.
        for (const entry of [...entries].reverse()) {
          if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue
          if ((await kindOf(entry, join(entry.name))) === 'directory') stack.push([join(entry.name), s])
        }
        stack.push([dir, s + 1])
        continue
      }
      for (const entry of entries) {
        if (!segment.regex.test(entry.name)) continue
        const kind = await kindOf(entry, join(entry.name))
        if (last) {
          if ((kind === 'file' || kind === 'symlink') && !(await addFile(join(entry.name), kind))) return tooManyMatches()
        } else if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(entry.name)) stack.push([join(entry.name), s + 1])
      }
    }
  }
  const matches = [...found.values()].sort((a, b) => comparePaths(a.path, b.path))
  return { ok: true, matches, stats }
}

/** Segment by segment, by UTF-16 code units: the same order on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/')
  const y = b.split('/')
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string
    const q = y[i] as string
    if (p !== q) return p < q ? -1 : 1
  }
  return x.length - y.length
}
