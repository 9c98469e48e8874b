import { SEVERITY_RANK } from '../core/check.js'
import { PROBLEMS_LISTED_PER_FILE } from '../core/limits.js'
import { compareIds, compareText } from '../core/order.js'
import type {
  FileReport,
  Finding,
  FindingBase,
  FindingSource,
  Footnote,
  PairResult,
  Report,
} from '../core/types.js'
import { inertText } from './markup.js'
import { formatCount } from '../core/format.js'

/**
 * How reports name the matrix a file was checked against: a built-in one by its id, a custom one
 * as such and by the file it came from, so that no file can pass for a built-in matrix.
 */
export function matrixLabel(matrix: { matrix?: string; matrixFile?: string }): string | undefined {
  if (matrix.matrix === undefined) return undefined
  return matrix.matrixFile === undefined
    ? `matrix ${matrix.matrix}`
    : `custom matrix ${matrix.matrix} from ${matrix.matrixFile}`
}

/** ` · matrix <code>id</code>` (or a custom matrix with its file) after a file's heading in the summary and the PR comment. */
export function matrixHeading(file: FileReport, escape: (text: string) => string): string {
  if (file.matrix === undefined) return ''
  const id = `<code>${escape(file.matrix)}</code>`
  return file.matrixFile === undefined
    ? ` · matrix ${id}`
    : ` · custom matrix ${id} from <code>${escape(file.matrixFile)}</code>`
}

/** "… and 12 more errors not listed (coexist lists the first 100 of a file)", per kind; empty when none. */
export function unlistedLines(file: FileReport): string[] {
  const lines: string[] = []
  for (const kind of ['errors', 'warnings', 'notices'] as const) {
    const count = file.unlisted?.[kind] ?? 0
    if (count > 0)
      lines.push(
        `… and ${formatCount(count)} more ${count === 1 ? kind.slice(0, -1) : kind} not listed (coexist lists the first ${PROBLEMS_LISTED_PER_FILE} of each kind in a file)`,
      )
  }
  return lines
}

/**
 * What a person should read in a file: the estate findings and every pair but the plain supported
 * ones, worst first, then by line (a finding about the estate before the pairs on its line).
 */
export function findingsOf(file: FileReport): Finding[] {
  const pairs: Finding[] = file.results.filter((r) => r.severity !== 'none')
  return [...(file.estate ?? []).filter((f) => f.severity !== 'none'), ...pairs].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.line - b.line ||
      a.column - b.column ||
      Number(isPair(a)) - Number(isPair(b)) ||
      compareText(subjectOf(a), subjectOf(b)),
  )
}

/** A finding about one client/server pair, rather than about the estate. */
export function isPair(finding: Finding): finding is PairResult {
  return !('kind' in finding)
}

/** What a finding is about, to tell findings on one line apart: the server of a pair, the subject of an estate finding. */
function subjectOf(finding: Finding): string {
  return isPair(finding) ? finding.server : finding.subject
}

/** Each footnote cited by `findings` once, in the order the source numbers them. */
export function citedFootnotes(results: readonly FindingBase[]): Footnote[] {
  const cited = new Map<string, Footnote>()
  for (const result of results)
    for (const footnote of result.footnotes) cited.set(footnote.id, footnote)
  return [...cited.values()].sort((a, b) => compareIds(a.id, b.id))
}

export const STATUS_LABEL = {
  supported: 'supported',
  interoperable: 'interoperable',
  'not-supported': 'not supported',
  'not-applicable': 'not applicable',
  undocumented: 'undocumented',
} as const

/** How the plan shows a pair with no verdict today: its server runs a product supported nowhere. */
export const NOT_CHECKED = 'not checked (server supported nowhere)'

/** The heading of the job summary and the pull request comment: what the run concluded. */
export function verdictHeading(report: Report): string {
  const inputErrors = report.files.reduce((n, f) => n + f.errors.length, 0)
  return `## ${inputErrors > 0 ? '❌ coexist could not evaluate the topology' : report.passed ? '✅ coexist: compatibility check passed' : '❌ coexist: compatibility check failed'}`
}

/**
 * New-only mode in Markdown: a warning when the base commit could not be read, else `marked`,
 * which says how the page shows what the base commit already had.
 */
export function baselineMarkdown(
  baseline: NonNullable<Report['baseline']>,
  marked: string,
): string {
  const base = baseRevisionCode(baseline.revision)
  return baseline.problem
    ? `> [!WARNING]\n> New-only mode could not read the base commit ${base}, so every finding counts as new: ${inertText(baseline.problem)}`
    : `New-only mode: findings already present in the base commit ${base} ${marked} and do not fail the run.`
}

/** A base revision as code, shortened to 12 characters. */
export function baseRevisionCode(revision: string): string {
  return `<code>${inertText(revision.slice(0, 12))}</code>`
}

/** "Source: <title>, table "<table>" (<url>)" from the finding itself: cells of one rule can come from different documents. */
export function sourceSentence(source: FindingSource): string {
  const origin =
    source.matrixFile === undefined
      ? `matrix ${source.matrix}`
      : `custom matrix ${source.matrix} from ${source.matrixFile}`
  if (source.title === undefined)
    return `Source: none; no source states this, so ${origin} states no verdict.`
  return `Source: ${source.title}${source.table ? `, table "${source.table}"` : ''}${source.url ? ` (${source.url})` : ''}, as ${origin} cites it.`
}

/** `text` trimmed, with a full stop unless it ends a sentence already. */
export function sentence(text: string): string {
  const trimmed = text.trim()
  // A sentence that ends in a quotation ("… is not supported.") has its full stop already.
  return /[.!?]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`
}
