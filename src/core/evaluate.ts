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
  /** Expired exceptions: they waive nothing and say so at their own line. */
  warnings: Diagnostic[]
}

/** Checks every client population against every server it reaches: one result per pair. */
export function evaluate(topology: Topology, policy: Policy): Evaluation {
  const now = policy.now.getTime()
  const exceptions = new Map<string, ExceptionEntry>()
  const warnings: Diagnostic[] = []
  for (const exception of topology.exceptions) {
    if (exception.expiresAt <= now) {
      warnings.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `the exception for "${exception.client}" on "${exception.server}" expired at the end of ${exception.expires} (UTC) and waives nothing; fix the pair or renew the exception with a new date`,
      })
    } else {
      exceptions.set(pairKey(exception.client, exception.server), exception)
    }
  }

  const results: PairResult[] = []
  for (const client of topology.clients) {
    for (const server of client.servers) {
      results.push(evaluatePair(topology, client, server, exceptions.get(pairKey(client.name, server.name)), policy.failOn))
    }
  }
  return { results, warnings }
}

function evaluatePair(topology: Topology, client: ClientEntry, server: ServerEntry, exception: ExceptionEntry | undefined, failOn: ReadonlySet<Status>): PairResult {
  const { matrix } = topology
  const cell = matrix.cell(client.product.id, server.product.id)
  const { verdict, workloads } = verdictFor(cell, client.workloads)
  const footnotes = (verdict.footnotes ?? []).map((id) => matrix.footnote(id))
  const replacement = verdict.replacement === undefined ? undefined : matrix.productName('client', verdict.replacement)
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
    waived ? `Waived until the end of ${exception.expires} (UTC): ${exception.reason}` : undefined,
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
    title,
    message,
    ...(waived ? { exception: { reason: exception.reason, expires: exception.expires } } : {}),
  }
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
