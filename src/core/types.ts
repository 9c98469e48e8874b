// The vocabulary shared by the core, the shells and the reporters.

export const STATUSES = ['supported', 'interoperable', 'not-supported', 'not-applicable'] as const
export type Status = (typeof STATUSES)[number]

/** How loudly a result is reported; `none` is a plain supported pair. */
export type Severity = 'error' | 'warning' | 'notice' | 'none'

/** A place in a source file. Lines and columns start at 1; `endColumn` is the column just past the end. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A problem with the input itself (or an expired exception): something a person must fix in the file. */
export interface Diagnostic extends Span {
  file: string
  message: string
}

export interface Footnote {
  id: string
  text: string
}

export interface PairResult extends Span {
  file: string
  /** The population's and the pool's names, as the topology writes them. */
  client: string
  server: string
  /** Display names of the matrix products. */
  clientProduct: string
  serverProduct: string
  status: Status
  severity: Severity
  waived: boolean
  /**
   * In new-only mode: the same client, server and status were already found in the base commit.
   * Reported, but neither annotated nor failing the run.
   */
  preexisting: boolean
  /** Workloads declared by the population that changed the cell's status. */
  workloads: string[]
  footnotes: Footnote[]
  /** Display name of the client the matrix names as the way forward, if any. */
  replacement?: string
  /**
   * For not-supported and not-applicable pairs, what would work instead: the replacement first, then
   * the clients the matrix supports on this server; and the servers that support this client.
   */
  alternatives?: { clients: string[]; servers: string[] }
  /**
   * The matrix and the document (and table) the cell comes from, with the cell's note if any.
   * `matrixFile` is set for a custom matrix: the repository file it was read from.
   */
  source: { matrix: string; matrixFile?: string; title: string; table?: string; url?: string; note?: string }
  /** One line for an annotation title: "Lync 2010 Attendee on Lync Server 2013: not supported". */
  title: string
  /** What the result means and what to do, without the footnote text. */
  message: string
  /** The waiver that applied, if any. */
  exception?: { reason: string; expires: string; owner?: string; ticket?: string }
}

/** Everything coexist found in one topology file: either results, or the errors that kept it from evaluating. */
export interface FileReport {
  file: string
  /** A matrix file named by some topology, reported on its own because it is invalid; absent for a topology. */
  kind?: 'matrix'
  /** The id of the matrix the file was checked against. */
  matrix?: string
  /** For a custom matrix, the repository file it was read from; absent for a built-in matrix. */
  matrixFile?: string
  /** The topology as read, for reporters that draw it; absent when the file could not be evaluated. */
  topology?: TopologySummary
  results: PairResult[]
  errors: Diagnostic[]
  warnings: Diagnostic[]
  /** Exceptions expiring soon. */
  notices: Diagnostic[]
  /**
   * How many problems of each kind were found beyond the ones listed: a file lists at most
   * PROBLEMS_LISTED_PER_FILE (limits.ts) of each, in line order, and counts the rest.
   */
  unlisted?: { errors: number; warnings: number; notices: number }
}

export interface TopologySummary {
  servers: { name: string; product: string }[]
  clients: { name: string; product: string; servers: string[] }[]
}

export interface Report {
  passed: boolean
  files: FileReport[]
  /** New-only mode: the revision findings were compared with, and why that failed if it did. */
  baseline?: { revision: string; problem?: string }
}
