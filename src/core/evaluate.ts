import { AlternativesIndex } from './alternatives.js'
import { estateFindings } from './estate.js'
import { listed } from './format.js'
import { frozen } from './frozen.js'
import { compareText } from './order.js'
import type { Policy } from './policy.js'
import type { Matrix, Product, Requirement, Update, Verdict } from './matrix.js'
import { documentOf, findingSource, STATUS_PHRASE, STATUS_RANK, severityOf } from './statuses.js'
import type { ClientEntry, ExceptionEntry, ServerEntry, Topology } from './topology.js'
import type {
  Diagnostic,
  EstateFinding,
  Footnote,
  PairResult,
  Severity,
  Status,
  WorkloadVerdict,
} from './types.js'
import { describeUpdate, includesUpdate } from './versions.js'

export interface Evaluation {
  results: PairResult[]
  /** Findings about the estate: capabilities, server rules, products supported nowhere. */
  estate: EstateFinding[]
  /** Expired exceptions, exceptions that waive nothing and versions a requirement cannot be checked against, each at its own line. */
  warnings: Diagnostic[]
  /** Exceptions that expire soon (within `expiryWarningDays`). */
  notices: Diagnostic[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Checks the estate (server rules, capabilities, products supported nowhere) and every client
 * population against every server it reaches: one result per pair.
 */
export function evaluate(topology: Topology, policy: Policy): Evaluation {
  const now = policy.now.getTime()
  const { expiryWarningDays, maxWaiverDays } = policy
  // Exceptions last through whole days (UTC), so their countdowns and windows count calendar days:
  // an exception for tomorrow is "tomorrow" in the morning and in the evening alike.
  const today = Math.floor(now / DAY_MS)
  /** The exceptions in force, by client and server name. */
  const exceptions = new Map<string, Map<string, ExceptionEntry>>()
  const warnings: Diagnostic[] = []
  const notices: Diagnostic[] = []
  const about = (e: ExceptionEntry) =>
    `the exception for "${e.client}" on "${e.server}"${e.ticket ? ` (${e.ticket})` : ''}`
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
    // expiresAt is the midnight (UTC) that ends the exception's last day.
    const daysLeft = (exception.expiresAt - DAY_MS) / DAY_MS - today
    if (maxWaiverDays && daysLeft > maxWaiverDays) {
      warnings.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `${about(exception)} runs until ${exception.expires}, more than ${maxWaiverDays} days ahead (max-waiver-days); an accepted risk is meant to be reviewed: set a date within ${maxWaiverDays} days and renew it then if it still holds`,
      })
    }
    if (expiryWarningDays && daysLeft <= expiryWarningDays) {
      const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`
      notices.push({
        file: topology.file,
        ...exception.expiresSpan,
        message: `${about(exception)} expires at the end of ${exception.expires} (UTC), ${when}${exception.owner ? `; owner: ${exception.owner}` : ''}`,
      })
    }
  }

  const results: PairResult[] = []
  const findings = new PairFindings(topology.matrix, policy.failOn)
  /** Exceptions that were asked to waive a supported pair. */
  const idle = new Set<ExceptionEntry>()
  for (const client of topology.clients) {
    // A product supported nowhere has a finding of its own (estate.ts); its pairs have no cells.
    if (client.unsupported) continue
    const span = client.productSpan
    const who = `${client.name} (${client.product.name})`
    // A waiver binds to the product it was reviewed for: changing the population's product must
    // not carry an old acceptance over to a client nobody accepted.
    const waivers = exceptions.get(client.name)
    const findingOn = findings.of(client)
    for (const server of client.servers) {
      if (server.unsupported) continue
      const finding = findingOn(server)
      for (const requirement of finding.unchecked)
        findings.uncheckable(server, requirement, client.product.name)
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
      if (finding.workloadVerdicts) result.workloadVerdicts = finding.workloadVerdicts
      if (finding.replacement !== undefined) result.replacement = finding.replacement
      if (finding.alternatives) result.alternatives = finding.alternatives
      if (finding.missingUpdate) result.missingUpdate = finding.missingUpdate
      if (waiving) {
        result.exception = {
          reason: waiving.reason,
          expires: waiving.expires,
          ...(waiving.owner ? { owner: waiving.owner } : {}),
          ...(waiving.ticket ? { ticket: waiving.ticket } : {}),
        }
      }
      results.push(result)
    }
  }
  // An exception on a pair that needs no waiver is stale paperwork; say so where it is written.
  for (const exception of topology.exceptions) {
    if (idle.has(exception))
      warnings.push({
        file: topology.file,
        ...exception.span,
        message: `${about(exception)} waives nothing: the pair is supported; remove the exception`,
      })
  }
  warnings.push(...findings.versionWarnings(topology.file))
  // Warnings on one line are ordered by their text, so that the file's order of populations does not show.
  warnings.sort(
    (a, b) => a.line - b.line || a.column - b.column || compareText(a.message, b.message),
  )
  return {
    results,
    estate: estateFindings(topology, policy.failOn, findings.alternatives),
    warnings,
    notices,
  }
}

function waiver(exception: ExceptionEntry): string {
  return `Waived until the end of ${exception.expires} (UTC)${exception.owner ? ` by ${exception.owner}` : ''}${exception.ticket ? ` (${exception.ticket})` : ''}: ${exception.reason}`
}

/**
 * What a result says that follows from the client product, the workloads it declares, and the
 * server's product and declared version alone. Even a topology of many thousands of pairs has few
 * such combinations, so each is worked out once and its objects are shared by every result that
 * has it.
 */
interface PairFinding {
  status: Status
  /** The severity unless an exception waives the pair. */
  severity: Severity
  workloads: string[]
  workloadVerdicts?: WorkloadVerdict[]
  footnotes: Footnote[]
  replacement?: string
  alternatives?: { clients: string[]; servers: string[] }
  missingUpdate?: PairResult['missingUpdate']
  source: PairResult['source']
  title: string
  /** Requirements the server's version cannot be checked against: each server warns about them once. */
  unchecked: readonly Unchecked[]
  /**
   * The message after the population's name and product, on the server of this name, waiver aside.
   * Made once per server name, so a result's message costs one concatenation.
   */
  messageOn: (server: string) => string
}

/** A requirement no declared version could be checked against: none declared, or one no source lets coexist compare. */
interface Unchecked {
  requires: Requirement
  update?: Update
  state: 'undeclared' | 'unknown'
}

/** How a message names the update a requirement needs: its name and build, or its id when the matrix lists no such update. */
function needed({ requires, update }: { requires: Requirement; update?: Update }): string {
  return update ? describeUpdate(update) : requires.update
}

/** A verdict as it applies on one server entry: with its requirement checked against the entry's version. */
interface Applied {
  /** Undefined: the pair's own verdict. */
  workload?: string
  verdict: Verdict
  status: Status
  /** The verdict's requirement, when the server's version does not show it met, with the update it names. */
  requirement?: {
    requires: Requirement
    update?: Update
    state: 'unmet' | 'undeclared' | 'unknown'
  }
}

/**
 * The pair findings of one evaluation, by client product and declared workloads, then server
 * product and version. Shared objects are frozen: a write meant for one result would otherwise
 * change thousands.
 */
class PairFindings {
  private readonly byClient = new Map<string, (server: ServerEntry) => PairFinding>()
  readonly alternatives: AlternativesIndex
  /**
   * Requirements a server's version could not be checked against, by server, update and what the
   * source says of it: warned about once each, naming the client products in table order.
   */
  private readonly unchecked = new Map<
    string,
    { server: ServerEntry; requirement: Unchecked; clients: Set<string> }
  >()

  constructor(
    private readonly matrix: Matrix,
    private readonly failOn: ReadonlySet<Status>,
  ) {
    this.alternatives = new AlternativesIndex(matrix)
  }

  /** The finding on any server entry for a client population (its product and the workloads it declares). */
  of(client: ClientEntry): (server: ServerEntry) => PairFinding {
    const declared = client.workloads
    const key =
      declared.length === 0
        ? client.product.id
        : `${client.product.id}\u0000${declared.join('\u0000')}`
    let findingOn = this.byClient.get(key)
    if (!findingOn) {
      // A workload the client does not offer at all is a capability finding (estate.ts), not a question for the server.
      const offered = declared.filter(
        (w) => this.matrix.offers(client.product.id, w)?.level !== 'no',
      )
      const byServer = new Map<string, PairFinding>()
      // Clients share the server entries they name: each entry's key is made once, not once per pair.
      const byEntry = new Map<ServerEntry, PairFinding>()
      findingOn = (server) => {
        let finding = byEntry.get(server)
        if (!finding) {
          const serverKey = server.version
            ? `${server.product.id}\u0000${server.version.text}`
            : server.product.id
          finding = byServer.get(serverKey)
          if (!finding) {
            finding = this.compute(client.product, declared, offered, server)
            byServer.set(serverKey, finding)
          }
          byEntry.set(server, finding)
        }
        return finding
      }
      this.byClient.set(key, findingOn)
    }
    return findingOn
  }

  /** Notes that `server` cannot be checked for `requirement`, which `clientProduct` has there. */
  uncheckable(server: ServerEntry, requirement: Unchecked, clientProduct: string): void {
    const key = `${server.name}\u0000${requirement.requires.update}\u0000${requirement.requires.note}`
    const noted = this.unchecked.get(key) ?? { server, requirement, clients: new Set<string>() }
    noted.clients.add(clientProduct)
    this.unchecked.set(key, noted)
  }

  /** Warnings for the requirements no declared version could be checked against: one per server and update, at the server. */
  versionWarnings(file: string): Diagnostic[] {
    // Client products, not populations: few, however many populations there are; in the table's
    // order, so that a warning reads the same whatever the order of the populations.
    const order = new Map(this.matrix.data.clients.map((c, i) => [c.name, i]))
    return [...this.unchecked.values()].map(({ server, requirement, clients }) => {
      const { requires, state } = requirement
      const update = needed(requirement)
      const who = listed([...clients].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)))
      if (state === 'undeclared' || !server.version) {
        return {
          file,
          topic: 'server-version',
          ...server.productSpan,
          message: `server "${server.name}" (${server.product.name}) declares no version, and ${who} on it ${clients.size === 1 ? 'needs' : 'need'} ${update} or later: ${requires.note} Add \`version:\` with the pool's build (Get-CsServerPatchVersion) or update so that coexist can check it.`,
        }
      }
      return {
        file,
        topic: 'server-version',
        ...server.version.span,
        message: `coexist cannot tell whether ${server.version.text} on server "${server.name}" (${server.product.name}) includes ${update}, which ${who} ${clients.size === 1 ? 'needs' : 'need'}: no source gives a build or release month that decides it. Declare the pool's build (Get-CsServerPatchVersion) instead.`,
      }
    })
  }

  private compute(
    client: Product,
    declared: readonly string[],
    offered: readonly string[],
    server: ServerEntry,
  ): PairFinding {
    const { matrix } = this
    const cell = matrix.cell(client.id, server.product.id)
    const own = this.apply(cell, server)
    const refined: Applied[] = []
    const workloadVerdicts: WorkloadVerdict[] = []
    for (const workload of offered) {
      const verdict = cell.workloads?.[workload]
      if (verdict) {
        const applied = { ...this.apply(verdict, server), workload }
        refined.push(applied)
        workloadVerdicts.push({ workload, status: applied.status, from: 'workload' })
      } else {
        workloadVerdicts.push({ workload, status: own.status, from: 'pair' })
      }
    }
    // The pair's status is the worst of its own verdict and those stated for the workloads it declares.
    const worst = [own, ...refined].reduce((a, b) =>
      STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a,
    )
    const deciding = refined.filter(
      (a) => a.status === worst.status && STATUS_RANK[a.status] > STATUS_RANK[own.status],
    )
    const status = worst.status
    // Every footnote that bears on the pair: the deciding verdict's first, then the pair's own and
    // the other workloads', and those of a source that states the pair otherwise.
    const cited = [
      ...new Set(
        [worst, ...deciding, own, ...refined].flatMap((a) => [
          ...(a.verdict.footnotes ?? []),
          ...(a.verdict.conflicts ?? []).flatMap((c) => c.footnotes ?? []),
        ]),
      ),
    ]
    // A result carries what a reader needs of a footnote, its marker and text; how coexist reads it stays with the matrix.
    const footnotes = cited.map((id) => matrix.footnote(id)).map(({ id, text }) => ({ id, text }))
    const verdict = worst.verdict
    const replacementId = verdict.replacement ?? own.verdict.replacement
    const replacement =
      replacementId === undefined ? undefined : matrix.productName('client', replacementId)
    const source = findingSource(matrix, verdict.source, verdict.conflicts)
    const alternatives =
      status === 'not-supported' || status === 'not-applicable' || status === 'undocumented'
        ? {
            clients: this.alternatives.clientsFor(
              server.product.id,
              declared,
              client.id,
              replacementId,
            ),
            servers: this.alternatives.serversFor(client.id, declared),
          }
        : undefined
    const requirements = [own, ...refined].flatMap((a) => (a.requirement ? [a.requirement] : []))
    const unchecked = requirements.flatMap((r) =>
      r.state === 'unmet' ? [] : [{ ...r, state: r.state }],
    )
    const unmet = requirements.filter((r) => r.state === 'unmet')
    const missing = unmet[0]?.update
    const severity = severityOf(status, this.failOn, footnotes.length > 0 || unmet.length > 0)
    const workloads = deciding.map((a) => a.workload as string)
    const workloadNames = workloads.map((w) => matrix.workloadName(w) ?? w)
    const title = `${client.name} on ${server.product.name}: ${workloadNames.length > 0 ? `${workloadNames.join(', ')} ` : ''}${STATUS_PHRASE[status]}`
    const rest = [
      ...unmet.map(
        (r) =>
          `It needs ${needed(r)} or later, and the server declares version ${server.version?.text}: ${r.requires.note}`,
      ),
      ...(verdict.conflicts ?? []).map(
        (c) =>
          `${describeDocument(matrix, c.ref)} states it otherwise (${STATUS_PHRASE[c.status]})${c.note ? `: ${c.note}` : '.'}`,
      ),
      verdict.advice ??
        (replacement && status !== 'supported' ? `Use ${replacement} instead.` : undefined),
      alternatives ? describeAlternatives(client, server.product, alternatives) : undefined,
    ]
    const messages = new Map<string, string>()
    return {
      status,
      severity,
      workloads: frozen(workloads),
      ...(workloadVerdicts.length > 0 ? { workloadVerdicts: frozen(workloadVerdicts) } : {}),
      footnotes: frozen(footnotes),
      ...(replacement === undefined ? {} : { replacement }),
      ...(alternatives ? { alternatives: frozen(alternatives) } : {}),
      ...(missing
        ? {
            missingUpdate: frozen({
              id: missing.id,
              name: missing.name,
              ...(missing.build ? { build: missing.build } : {}),
            }),
          }
        : {}),
      source: frozen(source),
      title,
      unchecked: frozen(unchecked),
      messageOn: (name) => {
        let message = messages.get(name)
        if (message === undefined) {
          message = ` ${[explain(own, refined, `${name} (${server.product.name})`, matrix), ...rest].filter((part): part is string => part !== undefined).join(' ')}`
          messages.set(name, message)
        }
        return message
      },
    }
  }

  /** `verdict` on `server`: its status, or the status its requirement gives when the server's version does not include the update. */
  private apply(verdict: Verdict, server: ServerEntry): Applied {
    const requires = verdict.requires
    if (!requires) return { verdict, status: verdict.status }
    const update = this.matrix.update(server.product.id, requires.update)
    const named = update ? { requires, update } : { requires }
    if (!server.version)
      return { verdict, status: verdict.status, requirement: { ...named, state: 'undeclared' } }
    const included = update
      ? includesUpdate(server.version, update, this.matrix.builds(server.product.id)?.updates ?? [])
      : 'unknown'
    if (included === 'yes') return { verdict, status: verdict.status }
    if (included === 'unknown')
      return { verdict, status: verdict.status, requirement: { ...named, state: 'unknown' } }
    return {
      verdict,
      status:
        STATUS_RANK[requires.unmet] > STATUS_RANK[verdict.status] ? requires.unmet : verdict.status,
      requirement: { ...named, state: 'unmet' },
    }
  }
}

function describeAlternatives(
  client: Product,
  server: Product,
  alternatives: { clients: string[]; servers: string[] },
): string {
  const onServer =
    alternatives.clients.length > 0
      ? `${server.name} supports ${alternatives.clients.join(', ')}`
      : `${server.name} supports none of the matrix's clients for these workloads`
  const forClient =
    alternatives.servers.length > 0
      ? `${client.name} is supported on ${alternatives.servers.join(', ')}`
      : `no server of the matrix supports ${client.name}`
  return `Alternatives: ${onServer}; ${forClient}.`
}

/** "Client interoperability in Lync 2013, Table 1 - Server and Client Compatibility,". */
function describeDocument(matrix: Matrix, ref: string): string {
  const document = documentOf(matrix, ref)
  return document.table ? `${document.title}, ${document.table},` : document.title
}

/**
 * The sentence a message opens with, after the population's name and product: the pair's own
 * verdict, or the workloads whose stated verdicts are worse, worst first.
 */
function explain(own: Applied, refined: readonly Applied[], where: string, matrix: Matrix): string {
  // A workload stated better than the pair does not improve it (the pair's verdict holds), so only worse ones are named.
  const differing = refined
    .filter((a) => STATUS_RANK[a.status] > STATUS_RANK[own.status])
    .sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status])
  if (differing.length > 0) {
    const groups = new Map<Status, string[]>()
    for (const a of differing)
      groups.set(a.status, [
        ...(groups.get(a.status) ?? []),
        matrix.workloadName(a.workload as string) ?? (a.workload as string),
      ])
    const clauses = [...groups].map(
      ([status, names], i) =>
        `${listed(names)}, which ${names.length === 1 ? 'is' : 'are'} ${STATUS_PHRASE[status]}${i === 0 ? ` on ${where}` : ''}`,
    )
    return `declares ${clauses.join(', and ')}.`
  }
  switch (own.status) {
    case 'supported':
      return `is supported on ${where}.`
    case 'interoperable':
      return `on ${where} is interoperable only, not fully supported.`
    case 'not-supported':
      return `is not supported on ${where}.`
    case 'not-applicable':
      return `connects to ${where}, a combination matrix ${matrix.id} marks not applicable: the client has no counterpart on that server.`
    case 'undocumented':
      return `on ${where}: no source states this combination, so coexist does not call it supported.`
  }
}
