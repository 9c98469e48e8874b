import type { Cell, Matrix, Verdict } from './matrix.js'
import type { ClientEntry, ExceptionEntry, ServerEntry, Topology } from './topology.js'
import type { Diagnostic, PairResult, Severity, Status } from './types.js'

export interface Policy {
  /** Statuses that fail the run. Empty: nothing fails (`fail-on: none`). */
  failOn: ReadonlySet<Status>
  /** The moment exceptions are judged against. */
  now: Date
  /** An exception expiring within this many days gets a notice (0: never). */
  expiryWarningDays?: number
}

// Worst first; a population gets the worst verdict among the workloads it declares.
const STATUS_RANK: Record<Status, number> = { 'not-supported': 3, 'not-applicable': 2, interoperable: 1, supported: 0 }

const STATUS_PHRASE: Record<Status, string> = {
  supported: 'supported',
  interoperable: 'interoperable only',
  'not-supported': 'not supported',
  'not-applicable': 'not applicable',
}

export interface Evaluation {
  results: PairResult[]
  /** Expired exceptions and exceptions that waive nothing, each at its own line. */
  warnings: Diagnostic[]
  /** Exceptions that expire soon (within `expiryWarningDays`). */
  notices: Diagnostic[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Checks every client population against every server it reaches: one result per pair. */
export function evaluate(topology: Topology, policy: Policy): Evaluation {
  const now = policy.now.getTime()
  const soon = now + (policy.expiryWarningDays ?? 0) * DAY_MS
  const exceptions = new Map<string, ExceptionEntry>()
  const warnings: Diagnostic[] = []
  const notices: Diagnostic[] = []
  const about = (e: ExceptionEntry) => `the exception for "${e.client}" on "${e.server}"${e.ticket ? ` (${e.ticket})` : ''}`
  for (const exception of topology.exceptions) {
    if (exception.expiresAt <= now) {
      warnings.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `${about(exception)} expired at the end of ${exception.expires} (UTC) and waives nothing; fix the pair or renew the exception with a new date`,
      })
      continue
    }
    exceptions.set(pairKey(exception.client, exception.server), exception)
    if (exception.expiresAt <= soon) {
      const days = Math.ceil((exception.expiresAt - now) / DAY_MS)
      notices.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `${about(exception)} expires at the end of ${exception.expires} (UTC), ${days === 1 ? 'within a day' : `in ${days} days`}${exception.owner ? `; owner: ${exception.owner}` : ''}`,
      })
    }
  }

  const results: PairResult[] = []
  const alternatives = new AlternativesIndex(topology.matrix)
  for (const client of topology.clients) {
    for (const server of client.servers) {
      results.push(evaluatePair(topology, client, server, exceptions.get(pairKey(client.name, server.name)), policy.failOn, alternatives))
    }
  }
  // An exception on a pair that needs no waiver is stale paperwork; say so where it is written.
  const supported = new Set(results.filter((r) => r.status === 'supported').map((r) => pairKey(r.client, r.server)))
  for (const exception of exceptions.values()) {
    if (supported.has(pairKey(exception.client, exception.server))) {
      warnings.push({ file: topology.file, ...exception.span, message: `${about(exception)} waives nothing: the pair is supported; remove the exception` })
    }
  }
  return { results, warnings: warnings.sort((a, b) => a.line - b.line), notices }
}

/**
 * What would work instead, from the matrix alone and for the workloads the population declares:
 * for a server, the clients it supports; for a client, the servers that support it. Built lazily
 * and cached per server or client and workload set, so each finding costs a lookup.
 */
class AlternativesIndex {
  private readonly clientsOn = new Map<string, string[]>()
  private readonly serversFor = new Map<string, string[]>()

  constructor(private readonly matrix: Matrix) {}

  clientsSupportedOn(serverId: string, workloads: readonly string[]): string[] {
    return this.cached(this.clientsOn, serverId, workloads, () => this.matrix.data.clients.filter((c) => this.supported(c.id, serverId, workloads)).map((c) => c.name))
  }

  serversSupporting(clientId: string, workloads: readonly string[]): string[] {
    return this.cached(this.serversFor, clientId, workloads, () => this.matrix.data.servers.filter((s) => this.supported(clientId, s.id, workloads)).map((s) => s.name))
  }

  private supported(clientId: string, serverId: string, workloads: readonly string[]): boolean {
    return verdictFor(this.matrix.cell(clientId, serverId), workloads).verdict.status === 'supported'
  }

  private cached(cache: Map<string, string[]>, id: string, workloads: readonly string[], compute: () => string[]): string[] {
    const key = `${id}\u0000${workloads.join(',')}`
    let names = cache.get(key)
    if (!names) {
      names = compute()
      cache.set(key, names)
    }
    return names
  }
}

function evaluatePair(
  topology: Topology,
  client: ClientEntry,
  server: ServerEntry,
  exception: ExceptionEntry | undefined,
  failOn: ReadonlySet<Status>,
  index: AlternativesIndex,
): PairResult {
  const { matrix } = topology
  const cell = matrix.cell(client.product.id, server.product.id)
  const { verdict, workloads } = verdictFor(cell, client.workloads)
  const footnotes = (verdict.footnotes ?? []).map((id) => matrix.footnote(id))
  const replacement = verdict.replacement === undefined ? undefined : matrix.productName('client', verdict.replacement)
  const document = matrix.data.sources[verdict.source.ref]
  const source = {
    matrix: matrix.id,
    title: document?.title ?? verdict.source.ref,
    ...(document?.table ? { table: document.table } : {}),
    ...(document?.url ? { url: document.url } : {}),
    ...(verdict.source.note ? { note: verdict.source.note } : {}),
  }
  // What would work instead: the footnote's replacement first, then the clients this server
  // supports, and the servers that support this client.
  const alternatives =
    verdict.status === 'not-supported' || verdict.status === 'not-applicable'
      ? {
          clients: [...new Set([...(replacement ? [replacement] : []), ...index.clientsSupportedOn(server.product.id, client.workloads)])].filter((name) => name !== client.product.name),
          servers: index.serversSupporting(client.product.id, client.workloads),
        }
      : undefined
  const waived = exception !== undefined && verdict.status !== 'supported'
  const severity: Severity = waived
    ? 'notice'
    : failOn.has(verdict.status)
      ? 'error'
      : verdict.status !== 'supported'
        ? 'warning'
        : footnotes.length > 0
          ? 'notice'
          : 'none'

  const workloadNames = workloads.map((w) => matrix.workloadName(w) ?? w)
  const phrase = STATUS_PHRASE[verdict.status]
  const title = `${client.product.name} on ${server.product.name}: ${workloadNames.length > 0 ? `${workloadNames.join(', ')} ` : ''}${phrase}`
  const message = [
    explain(client, server, verdict.status, workloadNames, matrix),
    verdict.advice ?? (replacement ? `Use ${replacement} instead.` : undefined),
    alternatives ? describeAlternatives(client, server, alternatives) : undefined,
    waived ? `Waived until the end of ${exception.expires} (UTC)${exception.owner ? ` by ${exception.owner}` : ''}${exception.ticket ? ` (${exception.ticket})` : ''}: ${exception.reason}` : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' ')

  return {
    file: topology.file,
    ...client.productSpan,
    client: client.name,
    server: server.name,
    clientProduct: client.product.name,
    serverProduct: server.product.name,
    status: verdict.status,
    severity,
    waived,
    preexisting: false,
    workloads,
    footnotes,
    ...(replacement === undefined ? {} : { replacement }),
    ...(alternatives ? { alternatives } : {}),
    source,
    title,
    message,
    ...(waived
      ? { exception: { reason: exception.reason, expires: exception.expires, ...(exception.owner ? { owner: exception.owner } : {}), ...(exception.ticket ? { ticket: exception.ticket } : {}) } }
      : {}),
  }
}

function describeAlternatives(client: ClientEntry, server: ServerEntry, alternatives: { clients: string[]; servers: string[] }): string {
  const onServer = alternatives.clients.length > 0 ? `${server.product.name} supports ${alternatives.clients.join(', ')}` : `${server.product.name} supports none of the matrix's clients`
  const forClient = alternatives.servers.length > 0 ? `${client.product.name} is supported on ${alternatives.servers.join(', ')}` : `no server of the matrix supports ${client.product.name}`
  return `Alternatives: ${onServer}; ${forClient}.`
}

/** The cell's own verdict, or the worse one a declared workload calls for. */
function verdictFor(cell: Cell, declared: readonly string[]): { verdict: Verdict; workloads: string[] } {
  let verdict: Verdict = cell
  let workloads: string[] = []
  for (const workload of declared) {
    const refined = cell.workloads?.[workload]
    if (!refined) continue
    if (STATUS_RANK[refined.status] > STATUS_RANK[verdict.status]) {
      verdict = refined
      workloads = [workload]
    } else if (workloads.length > 0 && refined.status === verdict.status) {
      workloads.push(workload)
    }
  }
  return { verdict, workloads }
}

function explain(client: ClientEntry, server: ServerEntry, status: Status, workloadNames: string[], matrix: Matrix): string {
  const who = `${client.name} (${client.product.name})`
  const where = `${server.name} (${server.product.name})`
  if (workloadNames.length > 0) {
    return `${who} declares ${workloadNames.join(' and ')}, which is ${STATUS_PHRASE[status]} on ${where}.`
  }
  switch (status) {
    case 'supported':
      return `${who} is supported on ${where}.`
    case 'interoperable':
      return `${who} on ${where} is interoperable only, not fully supported.`
    case 'not-supported':
      return `${who} is not supported on ${where}.`
    case 'not-applicable':
      return `${who} connects to ${where}, a combination matrix ${matrix.id} marks not applicable: the client has no counterpart on that server.`
  }
}

function pairKey(client: string, server: string): string {
  return `${client}\u0000${server}`
}
