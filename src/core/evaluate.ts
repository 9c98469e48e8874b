import type { Cell, Matrix, Product, Verdict } from './matrix.js'
import type { ExceptionEntry, Topology } from './topology.js'
import type { Diagnostic, Footnote, PairResult, Severity, Status } from './types.js'

export interface Policy {
  /** Statuses that fail the run. Empty: nothing fails (`fail-on: none`). */
  failOn: ReadonlySet<Status>
  /** The moment exceptions are judged against. */
  now: Date
  /** An exception expiring within this many days gets a notice (0: never). */
  expiryWarningDays?: number
  /**
   * An exception whose `expires` lies further ahead than this many days gets a warning (it still
   * waives): an accepted risk is meant to be reviewed, not accepted for good. 0 or absent: no limit.
   */
  maxWaiverDays?: number
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
  const horizon = policy.maxWaiverDays ? now + policy.maxWaiverDays * DAY_MS : Number.POSITIVE_INFINITY
  /** The exceptions in force, by client and server name. */
  const exceptions = new Map<string, Map<string, ExceptionEntry>>()
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
    const waivers = exceptions.get(exception.client) ?? new Map<string, ExceptionEntry>()
    exceptions.set(exception.client, waivers.set(exception.server, exception))
    // expiresAt is the end of the day, so a waiver that ends exactly on the horizon's day is within it.
    if (exception.expiresAt - DAY_MS > horizon) {
      warnings.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `${about(exception)} runs until ${exception.expires}, more than ${policy.maxWaiverDays} days ahead (max-waiver-days); an accepted risk is meant to be reviewed: set a date within ${policy.maxWaiverDays} days and renew it then if it still holds`,
      })
    }
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
  const findings = new Findings(topology.matrix, policy.failOn)
  /** Exceptions that were asked to waive a supported pair. */
  const idle = new Set<ExceptionEntry>()
  for (const client of topology.clients) {
    const span = client.productSpan
    const who = `${client.name} (${client.product.name})`
    // A waiver binds to the product it was reviewed for: changing the population's product must
    // not carry an old acceptance over to a client nobody accepted.
    const waivers = exceptions.get(client.name)
    const findingOn = findings.of(client.product, client.workloads)
    for (const server of client.servers) {
      const finding = findingOn(server.product)
      let exception = waivers?.get(server.name)
      if (exception && exception.product.id !== client.product.id) {
        warnings.push({
          file: topology.file,
          ...exception.productSpan,
          message: `${about(exception)} was written for ${exception.product.name}, but "${client.name}" runs ${client.product.name}: it waives nothing until it is reviewed for ${client.product.name} (set its product and reason anew)`,
        })
        exception = undefined
      }
      if (exception && finding.status === 'supported') idle.add(exception)
      const waiving = finding.status !== 'supported' ? exception : undefined
      const waived = waiving !== undefined
      // Optional members are added after the others rather than spread in place: conditional
      // spreads cost several times as much per result, and a large topology has a lot of them.
      const result: PairResult = {
        file: topology.file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        client: client.name,
        server: server.name,
        clientProduct: client.product.name,
        serverProduct: server.product.name,
        status: finding.status,
        severity: waived ? 'notice' : finding.severity,
        waived,
        preexisting: false,
        workloads: finding.workloads,
        footnotes: finding.footnotes,
        source: finding.source,
        title: finding.title,
        message: `${who}${finding.messageOn(server.name)}${waiving ? ` ${waiver(waiving)}` : ''}`,
      }
      if (finding.replacement !== undefined) result.replacement = finding.replacement
      if (finding.alternatives) result.alternatives = finding.alternatives
      if (waiving) {
        result.exception = { reason: waiving.reason, expires: waiving.expires, ...(waiving.owner ? { owner: waiving.owner } : {}), ...(waiving.ticket ? { ticket: waiving.ticket } : {}) }
      }
      results.push(result)
    }
  }
  // An exception on a pair that needs no waiver is stale paperwork; say so where it is written.
  for (const exception of topology.exceptions) {
    if (idle.has(exception)) warnings.push({ file: topology.file, ...exception.span, message: `${about(exception)} waives nothing: the pair is supported; remove the exception` })
  }
  return { results, warnings: warnings.sort((a, b) => a.line - b.line), notices }
}

function waiver(exception: ExceptionEntry): string {
  return `Waived until the end of ${exception.expires} (UTC)${exception.owner ? ` by ${exception.owner}` : ''}${exception.ticket ? ` (${exception.ticket})` : ''}: ${exception.reason}`
}

/**
 * What a result says that follows from the client and server products and the declared workloads
 * alone. Even a topology of many thousands of pairs has few such combinations, so each is worked
 * out once and its objects are shared by every result that has it.
 */
interface Finding {
  status: Status
  /** The severity unless an exception waives the pair. */
  severity: Severity
  workloads: string[]
  footnotes: Footnote[]
  replacement?: string
  alternatives?: { clients: string[]; servers: string[] }
  source: PairResult['source']
  title: string
  /**
   * The message after the population's name and product, on the server of this name, waiver aside.
   * Made once per server name, so a result's message costs one concatenation.
   */
  messageOn: (server: string) => string
}

/**
 * The findings of one evaluation, by client product and declared workloads, then server product.
 * Shared objects are frozen: a write meant for one result would otherwise change thousands.
 */
class Findings {
  private readonly byClient = new Map<string, (server: Product) => Finding>()
  private readonly alternatives: AlternativesIndex

  constructor(
    private readonly matrix: Matrix,
    private readonly failOn: ReadonlySet<Status>,
  ) {
    this.alternatives = new AlternativesIndex(matrix)
  }

  /** The finding on any server for a client product with these declared workloads. */
  of(client: Product, declared: readonly string[]): (server: Product) => Finding {
    const key = declared.length === 0 ? client.id : `${client.id}\u0000${declared.join('\u0000')}`
    let findingOn = this.byClient.get(key)
    if (!findingOn) {
      const byServer = new Map<string, Finding>()
      findingOn = (server) => {
        let finding = byServer.get(server.id)
        if (!finding) {
          finding = this.compute(client, declared, server)
          byServer.set(server.id, finding)
        }
        return finding
      }
      this.byClient.set(key, findingOn)
    }
    return findingOn
  }

  private compute(client: Product, declared: readonly string[], server: Product): Finding {
    const { matrix } = this
    const cell = matrix.cell(client.id, server.id)
    const { verdict, workloads } = verdictFor(cell, declared)
    // A result carries what a reader needs of a footnote, its marker and text; how coexist reads it stays with the matrix.
    const footnotes = (verdict.footnotes ?? []).map((id) => matrix.footnote(id)).map(({ id, text }) => ({ id, text }))
    const replacement = verdict.replacement === undefined ? undefined : matrix.productName('client', verdict.replacement)
    const document = matrix.data.sources[verdict.source.ref]
    const source = {
      matrix: matrix.id,
      ...(matrix.file === undefined ? {} : { matrixFile: matrix.file }),
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
            clients: frozen([...new Set([...(replacement ? [replacement] : []), ...this.alternatives.clientsSupportedOn(server.id, declared)])].filter((name) => name !== client.name)),
            servers: this.alternatives.serversSupporting(client.id, declared),
          }
        : undefined
    const severity: Severity = this.failOn.has(verdict.status) ? 'error' : verdict.status !== 'supported' ? 'warning' : footnotes.length > 0 ? 'notice' : 'none'
    const workloadNames = workloads.map((w) => matrix.workloadName(w) ?? w)
    const title = `${client.name} on ${server.name}: ${workloadNames.length > 0 ? `${workloadNames.join(', ')} ` : ''}${STATUS_PHRASE[verdict.status]}`
    const advice = [verdict.advice ?? (replacement ? `Use ${replacement} instead.` : undefined), alternatives ? describeAlternatives(client, server, alternatives) : undefined]
      .filter((part): part is string => part !== undefined)
      .map((part) => ` ${part}`)
      .join('')
    const messages = new Map<string, string>()
    return {
      status: verdict.status,
      severity,
      workloads: frozen(workloads),
      footnotes: frozen(footnotes),
      ...(replacement === undefined ? {} : { replacement }),
      ...(alternatives ? { alternatives: frozen(alternatives) } : {}),
      source: frozen(source),
      title,
      messageOn: (name) => {
        let message = messages.get(name)
        if (message === undefined) {
          message = `${explain(verdict.status, workloadNames, `${name} (${server.name})`, matrix)}${advice}`
          messages.set(name, message)
        }
        return message
      },
    }
  }
}

/** Object.freeze, keeping the mutable type the result fields are declared with. */
function frozen<T extends object>(value: T): T {
  return Object.freeze(value)
}

/**
 * What would work instead, from the matrix alone and for the workloads the population declares:
 * for a server, the clients it supports; for a client, the servers that support it. Built lazily
 * and cached per server or client and workload set, so findings with the same ones share the list.
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
      names = frozen(compute())
      cache.set(key, names)
    }
    return names
  }
}

function describeAlternatives(client: Product, server: Product, alternatives: { clients: string[]; servers: string[] }): string {
  const onServer = alternatives.clients.length > 0 ? `${server.name} supports ${alternatives.clients.join(', ')}` : `${server.name} supports none of the matrix's clients`
  const forClient = alternatives.servers.length > 0 ? `${client.name} is supported on ${alternatives.servers.join(', ')}` : `no server of the matrix supports ${client.name}`
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

/**
 * The sentence a message opens with, after the population's name and product, for a server written
 * as `where` (its name and product).
 */
function explain(status: Status, workloadNames: readonly string[], where: string, matrix: Matrix): string {
  if (workloadNames.length > 0) {
    return ` declares ${workloadNames.join(' and ')}, which is ${STATUS_PHRASE[status]} on ${where}.`
  }
  switch (status) {
    case 'supported':
      return ` is supported on ${where}.`
    case 'interoperable':
      return ` on ${where} is interoperable only, not fully supported.`
    case 'not-supported':
      return ` is not supported on ${where}.`
    case 'not-applicable':
      return ` connects to ${where}, a combination matrix ${matrix.id} marks not applicable: the client has no counterpart on that server.`
  }
}
