import type { CellSource, Conflict, Matrix } from './matrix.js'
import type { FindingSource, Severity, Status } from './types.js'

// How a status reads and weighs, and where a finding's source comes from: shared by the pair
// findings (evaluate.ts) and the estate findings (estate.ts).

/** Worst first; a population gets the worst verdict among the workloads it declares. */
export const STATUS_RANK: Record<Status, number> = {
  'not-supported': 4,
  'not-applicable': 3,
  undocumented: 2,
  interoperable: 1,
  supported: 0,
}

export const STATUS_PHRASE: Record<Status, string> = {
  supported: 'supported',
  interoperable: 'interoperable only',
  'not-supported': 'not supported',
  'not-applicable': 'not applicable',
  undocumented: 'stated by no source',
}

/**
 * error when `fail-on` lists the status; warning for any other status but supported; a supported
 * finding with something to read (a footnote, an unmet requirement) is a notice.
 */
export function severityOf(
  status: Status,
  failOn: ReadonlySet<Status>,
  remarks: boolean,
): Severity {
  if (failOn.has(status)) return 'error'
  if (status !== 'supported') return 'warning'
  return remarks ? 'notice' : 'none'
}

/**
 * A finding's source as reports show it: the matrix (and for a custom one, its file), the document
 * and table a verdict cites with its note and quote, and the other sources that state it otherwise.
 * No document: no source states it (an `undocumented` verdict).
 */
export function findingSource(
  matrix: Matrix,
  cited: CellSource | undefined,
  conflicts: readonly Conflict[] = [],
): FindingSource {
  const source: FindingSource = { matrix: matrix.id }
  if (matrix.file !== undefined) source.matrixFile = matrix.file
  if (cited)
    Object.assign(
      source,
      documentOf(matrix, cited.ref),
      cited.note ? { note: cited.note } : {},
      cited.quote ? { quote: cited.quote } : {},
    )
  if (conflicts.length > 0)
    source.conflicts = conflicts.map((c) => ({
      ...documentOf(matrix, c.ref),
      status: c.status,
      ...(c.note ? { note: c.note } : {}),
    }))
  return source
}

/** The title, table and URL of the document a source reference names. */
export function documentOf(
  matrix: Matrix,
  ref: string,
): { title: string; table?: string; url?: string } {
  const document = matrix.document(ref)
  // load() proved every reference resolves; the ref stands in should a caller pass another.
  if (!document) return { title: ref }
  return {
    title: document.title,
    ...(document.table ? { table: document.table } : {}),
    ...(document.url ? { url: document.url } : {}),
  }
}
