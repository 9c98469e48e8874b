import { DEFAULT_MATRIX_ID, resolveBuiltinMatrix } from './builtin-matrices.js'
import { decodeSource } from './decode.js'
import { locate, parseDocument, type SourceDocument } from './document.js'
import { evaluate } from './evaluate.js'
import type { Policy } from './policy.js'
import { PROBLEMS_LISTED_PER_FILE, RunBudget } from './limits.js'
import type { MatrixResolution, MatrixResolver } from './matrix.js'
import { readTopology, type TopologyOutcome } from './topology.js'
import type { Diagnostic, FileReport, FindingBase, Report, Severity } from './types.js'

export interface CheckOptions {
  policy: Policy
  /** Built-in matrices only, unless given (tests; the shells resolve matrix files themselves). */
  matrices?: MatrixResolver
  /** A matrix chosen outside the file (action input, --matrix); it wins over the file's `matrix:`. */
  matrixOverride?: string
  /** What the run may still spend (limits.ts); a call without one gets the default limits. */
  budget?: RunBudget
}

/** A topology file read as far as it can be without its matrix: the document and the matrix it names. */
export type ParsedTopology =
  { ok: true; document: SourceDocument; matrixRef: string } | { ok: false; errors: Diagnostic[] }

/**
 * Bytes → text → document with positions, and the matrix the file names (its `matrix:`, else the
 * default). The shell resolves that matrix (reading matrix files is I/O) before readTopology.
 */
export function parseTopology(file: string, bytes: Uint8Array, budget?: RunBudget): ParsedTopology {
  const decoded = decodeSource(bytes)
  if (!decoded.ok)
    return {
      ok: false,
      errors: unreadable(file, decoded.message, decoded.line, decoded.column).errors,
    }
  const parsed = parseDocument(decoded.text, file, /\.json$/i.test(file) ? 'json' : 'yaml', budget)
  if (!parsed.ok) return parsed
  const { value } = parsed.document
  const named =
    typeof value === 'object' && value !== null ? (value as { matrix?: unknown }).matrix : undefined
  return {
    ok: true,
    document: parsed.document,
    matrixRef: typeof named === 'string' ? named : DEFAULT_MATRIX_ID,
  }
}

/** Bytes → validated topology on a matrix from `options.matrices` (built-in ones by default), or every error on the way. */
export function loadTopology(
  file: string,
  bytes: Uint8Array,
  options: Omit<CheckOptions, 'policy'>,
): TopologyOutcome {
  const parsed = parseTopology(file, bytes, options.budget)
  if (!parsed.ok) return parsed
  const resolution = (options.matrices ?? resolveBuiltinMatrix)(
    options.matrixOverride ?? parsed.matrixRef,
  )
  return readTopology(parsed.document, resolution, {
    overridden: options.matrixOverride !== undefined,
    ...(options.budget ? { budget: options.budget } : {}),
  })
}

/**
 * The whole pure pipeline for one topology file: bytes → text → document with positions →
 * validated topology → one result per client/server pair. A file that cannot be read yields its
 * errors and no results, never a partial verdict.
 */
export function checkTopology(file: string, bytes: Uint8Array, options: CheckOptions): FileReport {
  const budget = options.budget ?? new RunBudget()
  const parsed = parseTopology(file, bytes, budget)
  if (!parsed.ok) return fileReport({ file, errors: parsed.errors })
  const resolution = (options.matrices ?? resolveBuiltinMatrix)(
    options.matrixOverride ?? parsed.matrixRef,
  )
  return checkDocument(parsed.document, resolution, { ...options, budget })
}

/**
 * A parsed topology checked on its resolved matrix: validated, then every pair evaluated, within the
 * run's budget of pairs. A matrix that could not be resolved is an error at the file's `matrix:`.
 */
export function checkDocument(
  document: SourceDocument,
  resolution: MatrixResolution,
  options: CheckOptions & { budget: RunBudget },
): FileReport {
  const { file } = document
  const { budget } = options
  const read = readTopology(document, resolution, {
    overridden: options.matrixOverride !== undefined,
    budget,
  })
  if (!read.ok) return fileReport({ file, errors: read.errors, unlistedErrors: read.unlisted ?? 0 })
  const { topology } = read
  const pairs = topology.clients.reduce((sum, client) => sum + client.servers.length, 0)
  if (!budget.pairs.take(pairs))
    return fileReport({
      file,
      errors: [
        { file, ...locate(document, ['clients'], 'key'), message: budget.pairs.refusal(pairs) },
      ],
    })
  const { results, estate, warnings, notices } = evaluate(topology, options.policy)
  return fileReport({
    file,
    matrix: topology.matrix.id,
    ...(topology.matrix.file === undefined ? {} : { matrixFile: topology.matrix.file }),
    topology: {
      servers: topology.servers.map((s) => ({ name: s.name, product: s.product.name })),
      clients: topology.clients.map((c) => ({
        name: c.name,
        product: c.product.name,
        servers: c.servers.map((s) => s.name),
      })),
    },
    results,
    estate,
    warnings,
    notices,
  })
}

type FileReportParts = Pick<FileReport, 'file'> &
  Partial<Omit<FileReport, 'file' | 'unlisted'>> & { unlistedErrors?: number }

/**
 * A file's report with its problems in line order, each kind cut to PROBLEMS_LISTED_PER_FILE and
 * the rest counted: a hostile file can have a problem on every line, and a report (or a log) that
 * listed them all would cost more than the file.
 */
export function fileReport(parts: FileReportParts): FileReport {
  const { unlistedErrors = 0, ...rest } = parts
  const errors = listed(parts.errors ?? [])
  const warnings = listed(parts.warnings ?? [])
  const notices = listed(parts.notices ?? [])
  const report: FileReport = {
    ...rest,
    results: parts.results ?? [],
    errors: errors.listed,
    warnings: warnings.listed,
    notices: notices.listed,
  }
  const unlisted = {
    errors: errors.unlisted + unlistedErrors,
    warnings: warnings.unlisted,
    notices: notices.unlisted,
  }
  if (unlisted.errors + unlisted.warnings + unlisted.notices > 0) report.unlisted = unlisted
  return report
}

function listed(diagnostics: readonly Diagnostic[]): { listed: Diagnostic[]; unlisted: number } {
  const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column)
  return {
    listed: sorted.slice(0, PROBLEMS_LISTED_PER_FILE),
    unlisted: Math.max(0, sorted.length - PROBLEMS_LISTED_PER_FILE),
  }
}

/** A file that could not be read at all (missing, a directory, not text): one error at its start. */
export function unreadable(file: string, message: string, line = 1, column = 1): FileReport {
  return {
    file,
    results: [],
    errors: [{ file, line, column, endLine: line, endColumn: column, message }],
    warnings: [],
    notices: [],
  }
}

export function buildReport(files: FileReport[], baseline?: Report['baseline']): Report {
  const fails = (f: FindingBase) => f.severity === 'error' && !f.preexisting
  const passed = files.every(
    (f) => f.errors.length === 0 && !f.results.some(fails) && !(f.estate ?? []).some(fails),
  )
  return { passed, files, ...(baseline ? { baseline } : {}) }
}

/** 0: passed; 1: the policy failed; 2: some input could not be evaluated. */
export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.errors.length > 0)) return 2
  return report.passed ? 0 : 1
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1, none: 0 }

export interface Counts {
  errors: number
  warnings: number
  notices: number
  waived: number
  /** New-only mode: findings already in the base commit, counted here instead of as errors or warnings. */
  preexisting: number
  pairs: number
}

/** Counts a finding (pair or estate) under its severity, or as waived or pre-existing. */
function countFinding(counts: Counts, finding: FindingBase): void {
  if (finding.waived) counts.waived++
  if (finding.preexisting) counts.preexisting++
  else if (finding.severity === 'error') counts.errors++
  else if (finding.severity === 'warning') counts.warnings++
  else if (finding.severity === 'notice') counts.notices++
}

/** Counts as the action's outputs and the summaries state them: input errors count as errors, listed or not. */
export function countFindings(report: Report): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notices: 0, waived: 0, preexisting: 0, pairs: 0 }
  for (const file of report.files) {
    counts.errors += file.errors.length + (file.unlisted?.errors ?? 0)
    counts.warnings += file.warnings.length + (file.unlisted?.warnings ?? 0)
    counts.notices += file.notices.length + (file.unlisted?.notices ?? 0)
    for (const result of file.results) {
      counts.pairs++
      countFinding(counts, result)
    }
    for (const finding of file.estate ?? []) countFinding(counts, finding)
  }
  return counts
}
