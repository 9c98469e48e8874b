import { SEVERITY_RANK } from '../core/check.js'
import { PROBLEMS_LISTED_PER_FILE } from '../core/limits.js'
import { compareIds, compareText } from '../core/order.js'
import type { FileReport, Footnote, PairResult } from '../core/types.js'
import { formatCount } from '../core/format.js'

/**
 * How reports name the matrix a file was checked against: a built-in one by its id, a custom one
 * as such and by the file it came from, so that no file can pass for a built-in matrix.
 */
export function matrixLabel(matrix: { matrix?: string; matrixFile?: string }): string | undefined {
  if (matrix.matrix === undefined) return undefined
  return matrix.matrixFile === undefined ? `matrix ${matrix.matrix}` : `custom matrix ${matrix.matrix} from ${matrix.matrixFile}`
}

/** ` · matrix <code>id</code>` (or a custom matrix with its file) after a file's heading in the summary and the PR comment. */
export function matrixHeading(file: FileReport, escape: (text: string) => string): string {
  if (file.matrix === undefined) return ''
  const id = `<code>${escape(file.matrix)}</code>`
  return file.matrixFile === undefined ? ` · matrix ${id}` : ` · custom matrix ${id} from <code>${escape(file.matrixFile)}</code>`
}

/** "… and 12 more errors not listed (coexist lists the first 100 of a file)", per kind; empty when none. */
export function unlistedLines(file: FileReport): string[] {
  const lines: string[] = []
  for (const kind of ['errors', 'warnings', 'notices'] as const) {
    const count = file.unlisted?.[kind] ?? 0
    if (count > 0) lines.push(`… and ${formatCount(count)} more ${count === 1 ? kind.slice(0, -1) : kind} not listed (coexist lists the first ${PROBLEMS_LISTED_PER_FILE} of each kind in a file)`)
  }
  return lines
}

/** Results a person should read: everything but plain supported pairs, worst first, then by line. */
export function findingsOf(file: FileReport): PairResult[] {
  return file.results
    .filter((r) => r.severity !== 'none')
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.line - b.line || a.column - b.column || compareText(a.server, b.server))
}

/** Each footnote cited by `results` once, in the order the source numbers them. */
export function citedFootnotes(results: readonly PairResult[]): Footnote[] {
  const cited = new Map<string, Footnote>()
  for (const result of results) for (const footnote of result.footnotes) cited.set(footnote.id, footnote)
  return [...cited.values()].sort((a, b) => compareIds(a.id, b.id))
}

export const STATUS_LABEL = {
  supported: 'supported',
  interoperable: 'interoperable',
  'not-supported': 'not supported',
  'not-applicable': 'not applicable',
} as const

