import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { markPreexisting } from '../core/baseline.js'
import { buildReport, checkDocument, fileReport, parseTopology, unreadable } from '../core/check.js'
import type { Policy } from '../core/evaluate.js'
import { RunBudget } from '../core/limits.js'
import type { MatrixResolution, MatrixResolver } from '../core/matrix.js'
import type { FileReport, Report } from '../core/types.js'
import { readAtRevision } from './git.js'
import { matrixResolver } from './matrix-files.js'
import { displayPath } from './paths.js'
import { expandTopologyFiles, unmatchedNotice } from './topology-files.js'

// Above the largest estates (the benchmark's 100,000 populations take 13.6 MB) and small enough that a
// hostile file is refused before it is parsed.
export const MAX_TOPOLOGY_BYTES = 16 * 1024 * 1024

export interface CheckFilesOptions {
  policy: Policy
  /** What the whole run may spend (limits.ts): every file it reads counts against it. Default limits when absent. */
  budget?: RunBudget
  /** Built-in ids and matrix files, read once per run; by default from `cwd` within `budget`. */
  matrices?: MatrixResolver
  /** A matrix chosen outside the files (action input, --matrix); it wins over each file's `matrix:`. */
  matrixOverride?: string
  /** New-only mode: the git revision to compare with. */
  baseRevision?: string
  /** A glob pattern matching no file is not an error (action input allow-empty, CLI --allow-empty). */
  allowEmpty?: boolean
  /** Larger topology files are refused before they are read (input max-bytes, CLI --max-bytes). */
  maxBytes?: number
}

/** A report, plus what the shell should say about patterns that matched nothing under allow-empty. */
export interface FilesReport extends Report {
  /** One line, e.g. "nothing was checked: …"; absent unless allow-empty let a pattern match nothing. */
  notice?: string
}

/**
 * Expands glob patterns among `paths` (see topology-files.ts), reads each topology file and runs the
 * pure check on it; a file that cannot be read, or a pattern that cannot be expanded or matches
 * nothing, is reported (an error at 1:1), not thrown. With `baseRevision` (new-only mode), each file
 * is also checked as that commit had it, and findings already there are marked pre-existing. When
 * the base cannot be read at all, every finding stays new: failing closed is the safe side of a gate.
 */
export async function checkFiles(paths: readonly string[], cwd: string, options: CheckFilesOptions): Promise<FilesReport> {
  const files: FileReport[] = []
  let baselineProblem: string | undefined
  const budget = options.budget ?? new RunBudget()
  // An invalid matrix file is listed right after the first topology that names it.
  const invalidMatrixFiles: FileReport[] = []
  const resolve = invalidMatrixFilesOnce(options.matrices ?? matrixResolver(cwd, budget), (report) => invalidMatrixFiles.push(report))
  const check = (file: string, bytes: Uint8Array, reportMatrixFiles: boolean): FileReport => {
    const parsed = parseTopology(file, bytes, budget)
    if (!parsed.ok) return fileReport({ file, errors: parsed.errors })
    return checkDocument(parsed.document, resolve(options.matrixOverride ?? parsed.matrixRef, reportMatrixFiles), { ...options, budget })
  }
  const expanded = await expandTopologyFiles(paths, cwd, { allowEmpty: options.allowEmpty === true })
  for (const entry of expanded.entries) {
    if (entry.kind === 'problem') {
      files.push(unreadable(entry.pattern, entry.message))
      continue
    }
    const { absolute } = entry
    const shown = displayPath(absolute, cwd)
    if (entry.kind === 'refused') {
      files.push(unreadable(shown, entry.message))
      continue
    }
    const read = await readTopologyBytes(absolute, options.maxBytes)
    let report = read.ok ? check(shown, read.bytes, true) : unreadable(shown, read.message)
    if (options.baseRevision && read.ok && baselineProblem === undefined && report.errors.length === 0) {
      const base = await readAtRevision(cwd, options.baseRevision, path.relative(cwd, absolute), options.maxBytes ?? MAX_TOPOLOGY_BYTES)
      if (base.ok) report = markPreexisting(report, check(shown, base.bytes, false))
      else if (base.reason === 'unavailable') baselineProblem = base.message
    }
    files.push(report, ...invalidMatrixFiles.splice(0))
  }
  if (baselineProblem !== undefined) {
    // Marks made before the base turned out unreadable would make the verdict depend on file order.
    for (const [i, file] of files.entries()) {
      files[i] = { ...file, results: file.results.map((r) => ({ ...r, preexisting: false })), ...(file.estate ? { estate: file.estate.map((f) => ({ ...f, preexisting: false })) } : {}) }
    }
  }
  const baseline = options.baseRevision ? { revision: options.baseRevision, ...(baselineProblem === undefined ? {} : { problem: baselineProblem }) } : undefined
  const report: FilesReport = buildReport(files, baseline)
  const notice = unmatchedNotice(expanded.unmatched, files.length)
  if (notice !== undefined) report.notice = notice
  return report
}

/**
 * Resolves matrix references through `matrices`, handing each invalid matrix file's problems to
 * `report` once per run, as a file of the report, however many topologies name it (each of those
 * gets one error at its `matrix:` pointing there). A base-commit check passes `reportInvalid`
 * false: its matrices are the ones the current files already reported on.
 */
export function invalidMatrixFilesOnce(matrices: MatrixResolver, report: (file: FileReport) => void): (ref: string, reportInvalid: boolean) => MatrixResolution {
  const reported = new Set<string>()
  return (ref, reportInvalid) => {
    const resolution = matrices(ref)
    if (resolution.ok || !reportInvalid) return resolution
    for (const invalid of resolution.invalidFiles ?? []) {
      if (reported.has(invalid.file)) continue
      reported.add(invalid.file)
      report(fileReport({ file: invalid.file, kind: 'matrix', errors: invalid.errors, unlistedErrors: invalid.unlisted }))
    }
    return resolution
  }
}

export async function readTopologyBytes(file: string, maxBytes = MAX_TOPOLOGY_BYTES): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  let handle
  try {
    // Open first and inspect the open file, so what we check is what we read. O_NONBLOCK keeps a
    // FIFO from blocking the open until some writer appears; it changes nothing for regular files.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return { ok: false, message: openFailure(error) }
  }
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) return { ok: false, message: 'this is a directory; name a topology file such as coexist.yml' }
    if (!stat.isFile()) return { ok: false, message: 'this is not a regular file; name a topology file' }
    if (stat.size > maxBytes) return { ok: false, message: `the file is ${stat.size} bytes; coexist reads topologies up to ${maxBytes} bytes (max-bytes)` }
    return { ok: true, bytes: await handle.readFile() }
  } catch (error) {
    return { ok: false, message: openFailure(error) }
  } finally {
    await handle.close()
  }
}

function openFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file; check the path (it is resolved from the repository root)'
  if (code === 'EISDIR') return 'this is a directory; name a topology file such as coexist.yml'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return `cannot read the file (${code ?? 'unknown error'})`
}
