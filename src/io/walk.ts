// The walk behind a glob pattern (glob-pattern.ts has the syntax): reads only the directories the
// pattern can reach, never follows a symbolic link to a directory (no cycles, no way out of the
// workspace), skips `.git` and `node_modules` unless a segment names them literally, leaves out
// names starting with a dot unless a segment starts with a literal dot, and counts what it visits
// against a budget shared by the run.
import type { Dirent } from 'node:fs'
import { lstat, opendir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  GLOB_LIMITS,
  matchSegment,
  SKIPPED_DIRECTORIES,
  type GlobLimits,
  type Segment,
} from './glob-pattern.js'
import { isOutside } from './paths.js'
import { formatCount } from '../core/format.js'

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

export type WalkResult =
  | { ok: true; matches: WalkMatch[]; stats: WalkStats }
  | { ok: false; message: string; stats: WalkStats }

/**
 * Every file under `root` the segments match, sorted, each once. Symbolic links to files count when
 * they resolve inside the root (those resolving outside come back flagged); links to directories
 * are never entered. Stops with a message when the budget runs out.
 */
export async function walkGlob(
  root: string,
  alternatives: readonly (readonly Segment[])[],
  budget: GlobBudget,
): Promise<WalkResult> {
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
    fail(
      `coexist stops after looking at ${formatCount(budget.limits.maxEntries)} directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)`,
    )

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
  async function kindOf(
    entry: Dirent,
    relative: string,
  ): Promise<'file' | 'directory' | 'symlink' | 'other'> {
    const known = (info: {
      isFile(): boolean
      isDirectory(): boolean
      isSymbolicLink(): boolean
    }) =>
      info.isFile()
        ? 'file'
        : info.isDirectory()
          ? 'directory'
          : info.isSymbolicLink()
            ? 'symlink'
            : undefined
    const said = known(entry)
    if (said) return said
    if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice())
      return 'other'
    const info = await lstat(path.join(root, relative)).catch(() => undefined)
    return (info && known(info)) ?? 'other'
  }
  const countMatch = () => ++budget.matches <= budget.limits.maxMatches
  const tooManyMatches = () =>
    fail(
      `this pattern takes the run past ${formatCount(budget.limits.maxMatches)} topology files, the most coexist checks in one run; narrow it`,
    )

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
          if (
            (info.isFile() || info.isSymbolicLink()) &&
            !(await addFile(join(segment.name), info.isFile() ? 'file' : 'symlink'))
          )
            return tooManyMatches()
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
          if ((await kindOf(entry, join(entry.name))) === 'directory')
            stack.push([join(entry.name), s])
        }
        stack.push([dir, s + 1])
        continue
      }
      for (const entry of entries) {
        if (!matchSegment(segment, entry.name)) continue
        const kind = await kindOf(entry, join(entry.name))
        if (last) {
          if ((kind === 'file' || kind === 'symlink') && !(await addFile(join(entry.name), kind)))
            return tooManyMatches()
        } else if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(entry.name))
          stack.push([join(entry.name), s + 1])
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
