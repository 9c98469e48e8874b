// The list of topology files a run checks: the action's `topology` input or the CLI's FILES, with
// glob patterns expanded here (so a quoted pattern works the same in both shells and on Node 20).
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import { isDirectory, isOutside } from './paths.js'
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
  /** `-`, with `stdin` set: the topology comes on standard input. */
  | { kind: 'stdin' }
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
  /** Where relative paths and patterns start (the CLI's current directory); the workspace if absent. */
  cwd?: string
  /** `-` stands for standard input (the CLI), not for a file named "-" (the action). */
  stdin?: boolean
  /** Tests only: smaller limits than GLOB_LIMITS. */
  limits?: Partial<GlobLimits>
}

/** The names a folder given as a topology path is looked into for, in this order: the first found is checked. */
export const TOPOLOGY_FILE_NAMES = ['coexist.yml', 'coexist.yaml', 'coexist.json'] as const

/**
 * Expands the given paths and patterns relative to `options.cwd` (the workspace unless given), and
 * never reads outside `workspace`. A plain path (no glob syntax) is resolved as written, duplicates
 * included, a missing one reported when it is read, a folder replaced by the first of
 * TOPOLOGY_FILE_NAMES in it; one whose real
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
  const cwd = options.cwd ?? workspace
  const realWorkspace = await realpath(workspace).catch(() => path.resolve(workspace))
  // Plain paths first, so that a pattern leaves out the files they name (a folder's included).
  const plainEntries = new Map<number, TopologyEntry>()
  let stdinTaken = false
  for (const [index, item] of given.entries()) {
    if (isGlobPattern(item)) continue
    if (item === '-' && options.stdin) {
      plainEntries.set(
        index,
        stdinTaken
          ? { kind: 'problem', pattern: item, message: 'standard input can be read only once' }
          : { kind: 'stdin' },
      )
      stdinTaken = true
      continue
    }
    plainEntries.set(
      index,
      await plainEntry(item, path.resolve(cwd, item), workspace, realWorkspace),
    )
  }
  const plain = new Set(
    [...plainEntries.values()].flatMap((e) => (e.kind === 'file' ? [e.absolute] : [])),
  )
  const listed = new Set<string>()
  const entries: TopologyEntry[] = []
  const unmatched: string[] = []
  for (const [index, item] of given.entries()) {
    const plainOne = plainEntries.get(index)
    if (plainOne) {
      entries.push(plainOne)
      continue
    }
    const compiled = compilePattern(item, workspace, budget.limits, cwd)
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
      else
        entries.push({
          kind: 'problem',
          pattern: item,
          message: noMatch(walk.stats, path.resolve(cwd) !== path.resolve(workspace)),
        })
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

const LEAVES_WORKSPACE =
  'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it'

/** A plain path's entry: the file, the file its folder holds, or why it is refused (see expandTopologyFiles). */
async function plainEntry(
  given: string,
  absolute: string,
  workspace: string,
  realWorkspace: string,
): Promise<TopologyEntry> {
  const namedOutside = isNamedOutside(given, absolute, workspace)
  const refused = { kind: 'refused', absolute, message: LEAVES_WORKSPACE } as const
  if (await isRefusedPath(given, absolute, workspace, realWorkspace)) return refused
  if (!(await isDirectory(absolute))) return { kind: 'file', absolute }
  for (const name of TOPOLOGY_FILE_NAMES) {
    const inside = path.join(absolute, name)
    const present = await lstat(inside).then(
      () => true,
      () => false,
    )
    if (!present) continue
    return !namedOutside && (await leadsOut(inside, realWorkspace))
      ? { ...refused, absolute: inside }
      : { kind: 'file', absolute: inside }
  }
  return {
    kind: 'refused',
    absolute,
    message: `this is a directory with no ${TOPOLOGY_FILE_NAMES.slice(0, -1).join(', ')} or ${TOPOLOGY_FILE_NAMES.at(-1)} in it; name a topology file`,
  }
}

// Whoever typed an absolute path outside the workspace named that place on purpose, and what a
// folder there holds with it.
function isNamedOutside(given: string, absolute: string, workspace: string): boolean {
  return path.isAbsolute(given) && isOutside(absolute, path.resolve(workspace))
}

/** Whether the path `given` (resolved to `absolute`) leaves the workspace without being named outside it on purpose. */
async function isRefusedPath(
  given: string,
  absolute: string,
  workspace: string,
  realWorkspace: string,
): Promise<boolean> {
  if (isNamedOutside(given, absolute, workspace)) return false
  return isOutside(absolute, path.resolve(workspace)) || leadsOut(absolute, realWorkspace)
}

/**
 * One file named on the command line (not a pattern, not a folder), by the rule topology paths
 * follow: resolved from `cwd`, refused when it leaves the workspace by ".." or a symbolic link
 * unless it was written as an absolute path outside it.
 */
export async function resolvePlainFile(
  given: string,
  cwd: string,
  workspace: string,
): Promise<{ ok: true; absolute: string } | { ok: false; message: string }> {
  const absolute = path.resolve(cwd, given)
  const realWorkspace = await realpath(workspace).catch(() => path.resolve(workspace))
  return (await isRefusedPath(given, absolute, workspace, realWorkspace))
    ? { ok: false, message: LEAVES_WORKSPACE }
    : { ok: true, absolute }
}

/** Whether an existing path's real path lies outside the workspace; a path that does not exist is judged as written. */
async function leadsOut(absolute: string, realWorkspace: string): Promise<boolean> {
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

/**
 * A pattern → the segments of each `{a,b}` alternative, relative to the workspace, or why not. A
 * relative pattern starts at `cwd`; its literal start may go up with ".." while it stays inside
 * the workspace (`../*\/coexist.yml` from a subfolder).
 */
export function compilePattern(
  pattern: string,
  workspace: string,
  limits: GlobLimits = GLOB_LIMITS,
  cwd = workspace,
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
    const inside = relativeToWorkspace(alternative, compileSegments(alternative), workspace, cwd)
    if (!inside.ok) return inside
    const { segments } = inside
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

// A pattern is fine when its literal start (from `cwd`, or from the file system's root when it is
// absolute) lies inside the workspace; it is then rewritten relative to the workspace, so that
// everything after is matched (and shown) like any other pattern. A ".." is refused where it could
// lead out: after a wildcard, or in a literal start that leaves the workspace.
function relativeToWorkspace(
  alternative: string,
  segments: Segment[],
  workspace: string,
  cwd: string,
): { ok: true; segments: Segment[] } | { ok: false; message: string } {
  const root = path.parse(alternative).root
  const literal: string[] = []
  for (const segment of segments) {
    if (segment.kind !== 'literal') break
    literal.push(segment.name)
  }
  const rootName = root.replace(/[\\/]+$/, '')
  const names = rootName !== '' && literal[0] === rootName ? literal.slice(1) : literal
  const start = path.resolve(root === '' ? cwd : root, ...names)
  const outside = isOutside(start, path.resolve(workspace))
  const rest = segments.slice(literal.length)
  if (
    rest.some((s) => s.kind === 'literal' && s.name === '..') ||
    (outside && literal.includes('..'))
  )
    return {
      ok: false,
      message:
        'this pattern has a ".." segment; patterns must stay inside the repository, so write them from its root (e.g. sites/*/coexist.yml)',
    }
  if (outside)
    return {
      ok: false,
      message:
        root === ''
          ? `this pattern starts outside the repository (${path.resolve(workspace)}), from the current directory; patterns must stay inside it`
          : `this pattern is an absolute path outside the repository (${path.resolve(workspace)}); patterns must stay inside it, so write them from its root (e.g. sites/*/coexist.yml)`,
    }
  const relative = path.relative(path.resolve(workspace), start)
  const prefix: Segment[] =
    relative === '' ? [] : relative.split(path.sep).map((name) => ({ kind: 'literal', name }))
  return { ok: true, segments: [...prefix, ...rest] }
}

function noMatch(stats: WalkStats, fromSubfolder: boolean): string {
  const shown = (p: string) => (p === '' ? 'the repository root' : `${p}/`)
  const fix = `Check the pattern (it is resolved from the ${fromSubfolder ? 'current directory' : 'repository root'}), or set allow-empty to accept a run that matches no file`
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
