// The list of topology files a run checks: the action's `topology` input or the CLI's FILES, with
// glob patterns expanded here (so a quoted pattern works the same in both shells and on Node 20).
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { isOutside } from './paths.js'
import {
  compileSegments,
  expandBraces,
  GLOB_LIMITS,
  isGlobPattern,
  type GlobLimits,
  type Segment,
} from './glob-pattern.js'
import { createBudget, walkGlob, type WalkStats } from './walk.js'
import { plural } from '../core/format.js'

export type TopologyEntry =
  /** A file to read: a plain path as written (wherever it points), or a pattern's match. */
  | { kind: 'file'; absolute: string }
  /** A path that must not be read (".." or a symbolic link leading out of the workspace). */
  | { kind: 'refused'; absolute: string; message: string }
  /** A pattern that could not be expanded, or matched nothing without allow-empty. */
  | { kind: 'problem'; pattern: string; message: string }

export interface TopologyFiles {
  /** In the order given; each pattern's matches sorted where the pattern stands. */
  entries: TopologyEntry[]
  /** Patterns that matched no file, let through by allow-empty. */
  unmatched: string[]
}

export interface TopologyFilesOptions {
  /** A pattern matching nothing is fine (the action's `allow-empty`, the CLI's `--allow-empty`). */
  allowEmpty?: boolean
  /** Tests only: smaller limits than GLOB_LIMITS. */
  limits?: Partial<GlobLimits>
}

/**
 * Expands the given paths and patterns relative to `workspace`. A plain path (no glob syntax) is
 * resolved as written, duplicates included, a missing one reported when it is read; one whose real
 * path leaves the workspace (by ".." or a symbolic link) is refused, because on a pull request the
 * files are the author's, unless it was written as an absolute path outside the workspace: whoever
 * types that (on a command line, in a workflow) names a file elsewhere on purpose. A pattern adds the files it matches that are not already listed (by a plain path or an
 * earlier pattern), sorted; it never leaves the workspace, and one that matches nothing is a
 * problem unless `allowEmpty`. All patterns of a run share one budget (GLOB_LIMITS).
 */
export async function expandTopologyFiles(
  given: readonly string[],
  workspace: string,
  options: TopologyFilesOptions = {},
): Promise<TopologyFiles> {
  const budget = createBudget(options.limits)
  const plain = new Set(
    given.filter((g) => !isGlobPattern(g)).map((g) => path.resolve(workspace, g)),
  )
  const listed = new Set<string>()
  const entries: TopologyEntry[] = []
  const unmatched: string[] = []
  let realWorkspace: string | undefined
  for (const item of given) {
    if (!isGlobPattern(item)) {
      const absolute = path.resolve(workspace, item)
      realWorkspace ??= await realpath(workspace).catch(() => path.resolve(workspace))
      entries.push(
        (await leavesWorkspace(item, absolute, workspace, realWorkspace))
          ? {
              kind: 'refused',
              absolute,
              message:
                'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it',
            }
          : { kind: 'file', absolute },
      )
      continue
    }
    const compiled = compilePattern(item, workspace, budget.limits)
    if (!compiled.ok) {
      entries.push({ kind: 'problem', pattern: item, message: compiled.message })
      continue
    }
    const walk = await walkGlob(workspace, compiled.alternatives, budget)
    if (!walk.ok) {
      entries.push({ kind: 'problem', pattern: item, message: walk.message })
      continue
    }
    if (walk.matches.length === 0) {
      if (options.allowEmpty) unmatched.push(item)
      else entries.push({ kind: 'problem', pattern: item, message: noMatch(walk.stats) })
      continue
    }
    for (const match of walk.matches) {
      const absolute = path.join(workspace, ...match.path.split('/'))
      if (plain.has(absolute) || listed.has(absolute)) continue
      listed.add(absolute)
      entries.push(
        match.outside
          ? {
              kind: 'refused',
              absolute,
              message:
                'this is a symbolic link to a file outside the repository; coexist does not follow it (remove the link, or name the file by its absolute path)',
            }
          : { kind: 'file', absolute },
      )
    }
  }
  return { entries, unmatched }
}

/** Whether a plain path must be refused: see expandTopologyFiles. A path that does not exist is judged as written. */
async function leavesWorkspace(
  given: string,
  absolute: string,
  workspace: string,
  realWorkspace: string,
): Promise<boolean> {
  const lexicallyOutside = isOutside(absolute, path.resolve(workspace))
  if (path.isAbsolute(given) && lexicallyOutside) return false
  if (lexicallyOutside) return true
  const real = await realpath(absolute).catch(() => undefined)
  return real !== undefined && isOutside(real, realWorkspace)
}

/** What to tell the user when allow-empty let patterns match nothing; undefined when none did. */
export function unmatchedNotice(
  unmatched: readonly string[],
  filesChecked: number,
): string | undefined {
  if (unmatched.length === 0) return undefined
  const names = unmatched.map((p) => `"${p}"`).join(', ')
  if (filesChecked === 0)
    return `nothing was checked: no topology file matches ${names} (allow-empty is set, so this passes)`
  return `no topology file matches ${names} (allow-empty is set); the other files were checked`
}

type Compiled = { ok: true; alternatives: Segment[][] } | { ok: false; message: string }

/** A pattern → the segments of each `{a,b}` alternative, relative to the workspace, or why not. */
export function compilePattern(
  pattern: string,
  workspace: string,
  limits: GlobLimits = GLOB_LIMITS,
): Compiled {
  if (pattern.length > limits.maxPatternLength)
    return {
      ok: false,
      message: `this pattern is ${pattern.length} characters long; coexist takes patterns up to ${limits.maxPatternLength}`,
    }
  const expanded = expandBraces(pattern, limits.maxAlternatives)
  if (!expanded.ok) return expanded
  const alternatives: Segment[][] = []
  for (const alternative of expanded.patterns) {
    let segments = compileSegments(alternative)
    if (segments.some((s) => s.kind === 'literal' && s.name === '..')) {
      return {
        ok: false,
        message:
          'this pattern has a ".." segment; patterns must stay inside the repository, so write them from its root (e.g. sites/*/coexist.yml)',
      }
    }
    if (path.isAbsolute(alternative)) {
      const inside = relativeToWorkspace(alternative, segments, workspace)
      if (!inside.ok) return inside
      segments = inside.segments
    }
    if (segments.length === 0)
      return {
        ok: false,
        message:
          'this pattern names no file; write it from the repository root, e.g. **/coexist.yml',
      }
    alternatives.push(segments)
  }
  return { ok: true, alternatives }
}

// An absolute pattern is fine when its literal start lies inside the workspace; it is then rewritten
// relative to it, so that everything after is matched (and shown) like any other pattern.
function relativeToWorkspace(
  alternative: string,
  segments: Segment[],
  workspace: string,
): { ok: true; segments: Segment[] } | { ok: false; message: string } {
  const root = path.parse(alternative).root
  const literal: string[] = []
  for (const segment of segments) {
    if (segment.kind !== 'literal') break
    literal.push(segment.name)
  }
  const rootName = root.replace(/[\\/]+$/, '')
  const names = rootName !== '' && literal[0] === rootName ? literal.slice(1) : literal
  const start = path.resolve(root, ...names)
  const relative = path.relative(path.resolve(workspace), start)
  if (isOutside(start, path.resolve(workspace))) {
    return {
      ok: false,
      message: `this pattern is an absolute path outside the repository (${path.resolve(workspace)}); patterns must stay inside it, so write them from its root (e.g. sites/*/coexist.yml)`,
    }
  }
  const rest = segments.slice(literal.length)
  const prefix: Segment[] =
    relative === '' ? [] : relative.split(path.sep).map((name) => ({ kind: 'literal', name }))
  return { ok: true, segments: [...prefix, ...rest] }
}

function noMatch(stats: WalkStats): string {
  const shown = (p: string) => (p === '' ? 'the repository root' : `${p}/`)
  const fix =
    'Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file'
  const searched = stats.starts.filter((s) => s.state === 'directory')
  const absent = stats.starts
    .filter((s) => s.state !== 'directory')
    .map(
      (s) =>
        `${shown(s.path)} ${s.state === 'missing' ? 'does not exist' : s.state === 'symlink' ? 'is a symbolic link, which coexist does not follow' : 'is a file, not a directory'}`,
    )
  const parts: string[] = []
  if (searched.length > 0) {
    parts.push(
      `searched ${searched.map((s) => shown(s.path)).join(', ')} (${plural(stats.directories, 'directory', 'directories')} listed, ${plural(stats.entries, 'entry', 'entries')} looked at; * and ** skip names starting with a dot, .git, node_modules and links to directories)`,
    )
  }
  parts.push(...absent)
  return `no file matches this pattern: ${parts.join('; ')}. ${fix}`
}
