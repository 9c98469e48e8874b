import { resolveBuiltinMatrix } from './builtin-matrices.js'
import { decodeSource } from './decode.js'
import { parseDocument } from './document.js'
import { evaluate, type Policy } from './evaluate.js'
import { readTopology, type MatrixResolver, type Topology } from './topology.js'
import type { Diagnostic, FileReport, Report, Severity } from './types.js'

export interface CheckOptions {
  policy: Policy
  /** Built-in matrices only, unless the shell adds matrix files. */
  matrices?: MatrixResolver
  /** A matrix chosen outside the file (action input, --matrix); it wins over the file's `matrix:`. */
  matrixOverride?: string
}

/** Bytes → text → document with positions → validated topology, or every error on the way. */
export function loadTopology(file: string, bytes: Uint8Array, options: Omit<CheckOptions, 'policy'>): { ok: true; topology: Topology } | { ok: false; errors: Diagnostic[] } {
  const decoded = decodeSource(bytes)
  if (!decoded.ok) return { ok: false, errors: unreadable(file, decoded.message, decoded.line, decoded.column).errors }
  const parsed = parseDocument(decoded.text, file, /\.json$/i.test(file) ? 'json' : 'yaml')
  if (!parsed.ok) return parsed
  return readTopology(parsed.document, options.matrices ?? resolveBuiltinMatrix, options.matrixOverride)
}

/**
 * The whole pure pipeline for one topology file: bytes → text → document with positions →
 * validated topology → one result per client/server pair. A file that cannot be read yields its
 * errors and no results, never a partial verdict.
 */
export function checkTopology(file: string, bytes: Uint8Array, options: CheckOptions): FileReport {
  const read = loadTopology(file, bytes, options)
  if (!read.ok) return { file, results: [], errors: read.errors, warnings: [], notices: [] }
  const { topology } = read
  const { results, warnings, notices } = evaluate(topology, options.policy)
  return {
    file,
    matrix: topology.matrix.id,
    topology: {
      servers: topology.servers.map((s) => ({ name: s.name, product: s.product.name })),
      clients: topology.clients.map((c) => ({ name: c.name, product: c.product.name, servers: c.servers.map((s) => s.name) })),
    },
    results,
    errors: [],
    warnings,
    notices,
  }
}

/** A file that could not be read at all (missing, a directory, not text): one error at its start. */
export function unreadable(file: string, message: string, line = 1, column = 1): FileReport {
  return { file, results: [], errors: [{ file, line, column, endLine: line, endColumn: column, message }], warnings: [], notices: [] }
}

export function buildReport(files: FileReport[], baseline?: Report['baseline']): Report {
  const passed = files.every((f) => f.errors.length === 0 && f.results.every((r) => r.severity !== 'error' || r.preexisting))
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

/** Counts as the action's outputs and the summaries state them: input errors count as errors. */
export function countFindings(report: Report): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notices: 0, waived: 0, preexisting: 0, pairs: 0 }
  for (const file of report.files) {
    counts.errors += file.errors.length
    counts.warnings += file.warnings.length
    counts.notices += file.notices.length
    for (const result of file.results) {
      counts.pairs++
      if (result.waived) counts.waived++
      if (result.preexisting) counts.preexisting++
      else if (result.severity === 'error') counts.errors++
      else if (result.severity === 'warning') counts.warnings++
      else if (result.severity === 'notice') counts.notices++
    }
  }
  return counts
}
