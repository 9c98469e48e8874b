// The vocabulary shared by the core, the shells and the reporters.

/**
 * supported, interoperable (some features only), not-supported, not-applicable (no counterpart on
 * that server), and undocumented: no source states the combination, so coexist does not guess.
 */
export const STATUSES = [
  'supported',
  'interoperable',
  'not-supported',
  'not-applicable',
  'undocumented',
] as const
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
  /** What a warning is about, when it is not an exception (the default): a server's version. */
  topic?: 'server-version'
}

export interface Footnote {
  id: string
  text: string
}

/**
 * The matrix and the document (and table) a verdict comes from, with its note and the source's own
 * words if any. `matrixFile` is set for a custom matrix: the repository file it was read from. No
 * `title`: no source states the verdict (an `undocumented` one).
 */
export interface FindingSource {
  matrix: string
  matrixFile?: string
  title?: string
  table?: string
  url?: string
  note?: string
  quote?: string
  /** Other sources that state the verdict otherwise: kept, never dropped (matrix.schema.json, `conflicts`). */
  conflicts?: { title: string; table?: string; url?: string; status: Status; note?: string }[]
}

/** What every finding has, about a client/server pair or about the estate, so that reporters list both alike. */
export interface FindingBase extends Span {
  file: string
  status: Status
  severity: Severity
  /** An exception waives it (pairs only). */
  waived: boolean
  /**
   * In new-only mode: the same finding was already in the base commit (and not waived there).
   * Reported, but neither annotated nor failing the run.
   */
  preexisting: boolean
  footnotes: Footnote[]
  /** Display name of the client the matrix names as the way forward, if any. */
  replacement?: string
  source: FindingSource
  /** One line for an annotation title: "Lync 2010 Attendee on Lync Server 2013: not supported". */
  title: string
  /** What the finding means and what to do, without the footnote text. */
  message: string
}

/** How a declared workload's verdict was found: stated for the workload, or the pair's own verdict applied to it. */
export interface WorkloadVerdict {
  workload: string
  status: Status
  /**
   * workload: the matrix states a verdict for this workload on this pair (a refinement, sourced);
   * pair: the table states the pair's verdict (whether the client signs in and works on that
   * server), and it applies to every workload the client offers.
   */
  from: 'workload' | 'pair'
}

export interface PairResult extends FindingBase {
  /** The population's and the pool's names, as the topology writes them. */
  client: string
  server: string
  /** Display names of the matrix products. */
  clientProduct: string
  serverProduct: string
  /** Workloads declared by the population that changed the pair's status. */
  workloads: string[]
  /** The verdict of every workload the population declares and its client offers; absent when it declares none. */
  workloadVerdicts?: WorkloadVerdict[]
  /**
   * For not-supported and not-applicable pairs, what would work instead: clients that offer every
   * declared workload and are supported on this server (the replacement first), and the servers
   * that support this client; at most three of each.
   */
  alternatives?: { clients: string[]; servers: string[] }
  /** An update the pair needs that the server's declared version does not include (the message says what it costs). */
  missingUpdate?: { id: string; name: string; build?: string }
  /** The waiver that applied, if any. */
  exception?: { reason: string; expires: string; owner?: string; ticket?: string }
}

/**
 * What a finding about the estate rather than one pair is about:
 * - capability: a population declares a workload its client does not offer (or offers in part, or
 *   no source says);
 * - server-rule: server products the topology runs side by side that the sources do not support
 *   together (or that no source speaks of);
 * - server-product, client-product: a product the matrix knows and supports with nothing.
 */
export type EstateFindingKind = 'capability' | 'server-rule' | 'server-product' | 'client-product'

export interface EstateFinding extends FindingBase {
  kind: EstateFindingKind
  /** Who it is about, as the topology names them: a population, or pools joined by ", ". */
  subject: string
  /** The other lines a server rule finding involves (the finding itself points at the last one). */
  related?: (Span & { message: string })[]
}

export type Finding = PairResult | EstateFinding

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
  /** Findings about the estate rather than one pair (capabilities, server rules, unsupported products). */
  estate?: EstateFinding[]
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
  /**
   * One line on what allow-empty let pass that no file shows: a pattern that matched nothing, and
   * whether anything was checked at all ("nothing was checked: …"); absent otherwise.
   */
  notice?: string
}
