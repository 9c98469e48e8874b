import type { AlternativesIndex } from './alternatives.js'
import type { CellSource, ServerRule } from './matrix.js'
import { formatCount, listed } from './format.js'
import { compareText } from './order.js'
import { findingSource, severityOf } from './statuses.js'
import type { ServerEntry, Topology } from './topology.js'
import type { EstateFinding, EstateFindingKind, Span, Status } from './types.js'

// Findings about the estate rather than one client/server pair: products the matrix knows to be
// supported nowhere, workloads a client does not offer, and server products the sources do not
// support side by side. Each points at the line it is about and quotes its source.

/** The estate findings of a topology, in line order. */
export function estateFindings(
  topology: Topology,
  failOn: ReadonlySet<Status>,
  alternatives: AlternativesIndex,
): EstateFinding[] {
  const { matrix } = topology
  const findings: EstateFinding[] = []
  const finding: MakeFinding = (kind, subject, span, status, title, message, source, related) => ({
    file: topology.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    kind,
    subject,
    status,
    severity: severityOf(status, failOn, false),
    waived: false,
    preexisting: false,
    footnotes: [],
    source: findingSource(matrix, source),
    title,
    message,
    ...(related && related.length > 0 ? { related } : {}),
  })

  for (const server of topology.servers) {
    const unsupported = server.unsupported
    if (!unsupported) continue
    const pairs = topology.clients.filter((c) => c.servers.includes(server)).length
    const skipped =
      pairs === 0
        ? ''
        : pairs === 1
          ? ' coexist does not check the client population that connects to it.'
          : ` coexist checks none of the ${formatCount(pairs)} client populations that connect to it.`
    findings.push(
      finding(
        'server-product',
        server.name,
        server.productSpan,
        'not-supported',
        `${unsupported.name}: not supported`,
        `Server "${server.name}" runs ${unsupported.name}. ${unsupported.statement}${skipped}`,
        unsupported.source,
      ),
    )
  }
  for (const client of topology.clients) {
    const unsupported = client.unsupported
    if (unsupported) {
      findings.push(
        finding(
          'client-product',
          client.name,
          client.productSpan,
          'not-supported',
          `${unsupported.name}: not supported`,
          `${client.name} (${unsupported.name}): ${unsupported.statement}`,
          unsupported.source,
        ),
      )
      continue
    }
    for (const [j, workload] of client.workloads.entries()) {
      const capability = matrix.offers(client.product.id, workload)
      if (!capability || capability.level === 'yes') continue
      const name = matrix.workloadName(workload) ?? workload
      const who = `${client.name} (${client.product.name})`
      // The source's own note goes with the source (annotations and SARIF cite it); the capability's note is about this finding.
      const note = capability.note
      const span = topology.locate(['clients', client.index, 'workloads', j])
      if (capability.level === 'no') {
        const servers = [
          ...new Set(client.servers.filter((s) => !s.unsupported).map((s) => s.product.id)),
        ]
        const instead =
          servers.length > 0
            ? alternatives.clientsFor(servers, client.workloads, client.product.id)
            : []
        const advice =
          instead.length > 0
            ? `Remove ${workload} from the population, or use a client that offers every workload it declares and is supported on its servers: ${instead.join(', ')}.`
            : `Remove ${workload} from the population.`
        findings.push(
          finding(
            'capability',
            client.name,
            span,
            'not-supported',
            `${client.product.name} does not offer ${name}`,
            `${who} declares ${name}, which ${client.product.name} does not offer at all${note ? `: ${note}` : '.'} ${advice}`,
            capability.source,
          ),
        )
      } else if (capability.level === 'partial') {
        findings.push(
          finding(
            'capability',
            client.name,
            span,
            'interoperable',
            `${client.product.name} offers ${name} only in part`,
            `${who} declares ${name}, which ${client.product.name} offers only in part${note ? `: ${note}` : '.'}`,
            capability.source,
          ),
        )
      } else {
        findings.push(
          finding(
            'capability',
            client.name,
            span,
            'undocumented',
            `${client.product.name}: ${name} stated by no source`,
            `${who} declares ${name}, and no source states whether ${client.product.name} offers it, so coexist does not call it supported${note ? ` (${note})` : ''}.`,
            capability.source,
          ),
        )
      }
    }
  }
  findings.push(...serverRuleFindings(topology, finding))
  return findings.sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * The pools a server rule finding is about, by name in sorted order: what identifies it across
 * commits (new-only, SARIF fingerprints), however the file orders its servers.
 */
function subjectOf(servers: readonly ServerEntry[]): string {
  return servers
    .map((s) => s.name)
    .sort(compareText)
    .join(', ')
}

/** An estate finding of this topology, its severity under fail-on. */
type MakeFinding = (
  kind: EstateFindingKind,
  subject: string,
  span: Span,
  status: Status,
  title: string,
  message: string,
  source: CellSource | undefined,
  related?: EstateFinding['related'],
) => EstateFinding

/**
 * The server rules the topology's server products break, and every two products that run side by
 * side with no rule for them (no source states it). A violation points at the last of its servers
 * in the file, and names the others with their lines.
 */
function serverRuleFindings(topology: Topology, finding: MakeFinding): EstateFinding[] {
  const { matrix } = topology
  /** The first server entry of each product the topology runs. */
  const present = new Map<string, ServerEntry>()
  for (const server of topology.servers)
    if (!present.has(server.product.id)) present.set(server.product.id, server)
  const findings: EstateFinding[] = []
  /** Products two at a time that some rule speaks of (supported or not): those are not "undocumented". */
  const spoken = new Set<string>()
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)
  const violation = (rule: ServerRule, involved: ServerEntry[], title: string, opening: string) => {
    const sorted = [...involved].sort((a, b) => a.index - b.index)
    const at = sorted.at(-1) as ServerEntry
    const quote = rule.source.quote ? ` The source: "${rule.source.quote}"` : ''
    findings.push(
      finding(
        'server-rule',
        subjectOf(sorted),
        at.productSpan,
        'not-supported',
        title,
        `${opening}${quote}`,
        rule.source,
        sorted
          .slice(0, -1)
          .map((s) => ({ ...s.productSpan, message: `server "${s.name}" (${s.product.name})` })),
      ),
    )
  }
  const describe = (entries: readonly ServerEntry[]) =>
    listed(entries.map((s) => `${s.product.name} ("${s.name}", line ${s.productSpan.line})`))
  for (const rule of matrix.serverRules) {
    if (rule.kind === 'together') {
      for (const [i, a] of rule.servers.entries())
        for (const b of rule.servers.slice(i + 1)) spoken.add(pairKey(a, b))
      const involved = rule.servers.map((id) => present.get(id))
      if (rule.status !== 'not-supported' || !involved.every((s) => s !== undefined)) continue
      violation(
        rule,
        involved as ServerEntry[],
        `${listed(involved.map((s) => (s as ServerEntry).product.name))} side by side: not supported`,
        `${describe(involved as ServerEntry[])} run side by side, which is not supported.`,
      )
      continue
    }
    for (const from of rule.from) spoken.add(pairKey(from, rule.to))
    const target = present.get(rule.to)
    if (!target) continue
    const sources = rule.from.flatMap((id) => present.get(id) ?? [])
    if (rule.status === 'not-supported') {
      for (const source of sources) {
        violation(
          rule,
          [source, target],
          `${source.product.name} with ${target.product.name}: not supported`,
          `${describe([source, target])} run together, and migration from ${source.product.name} to ${target.product.name} is not supported.`,
        )
      }
    } else if (rule.exclusive) {
      const names = listed(
        rule.from.map((id) => matrix.productName('server', id)),
        'or',
      )
      for (const [id, other] of present) {
        if (id === rule.to || rule.from.includes(id)) continue
        spoken.add(pairKey(id, rule.to))
        violation(
          rule,
          [other, target],
          `${other.product.name} with ${target.product.name}: not supported`,
          `${describe([other, target])} run together, but ${target.product.name} coexists with and migrates from ${names} only.`,
        )
      }
    }
  }
  // Two products side by side that no rule speaks of, where the rules speak of both elsewhere: no
  // source states it, and coexist does not guess. A product no rule names at all (a custom matrix's
  // own server) is one the matrix says nothing about coexisting with: it is not questioned.
  const ruled = new Set(
    matrix.serverRules.flatMap((r) => (r.kind === 'together' ? r.servers : [...r.from, r.to])),
  )
  const products = [...present.values()].filter((s) => !s.unsupported && ruled.has(s.product.id))
  // In the matrix's order of server products, so that the title does not depend on the file's order.
  const rank = new Map(matrix.serverProducts().map((p, i) => [p.id, i]))
  products.sort((a, b) => (rank.get(a.product.id) ?? 0) - (rank.get(b.product.id) ?? 0))
  for (const [i, a] of products.entries()) {
    for (const b of products.slice(i + 1)) {
      if (spoken.has(pairKey(a.product.id, b.product.id))) continue
      const involved = [a, b]
      const [first, last] = a.index < b.index ? [a, b] : [b, a]
      findings.push(
        finding(
          'server-rule',
          subjectOf(involved),
          last.productSpan,
          'undocumented',
          `${a.product.name} with ${b.product.name}: stated by no source`,
          `${describe(involved)} run side by side, and no source states that they may (or may not), so coexist does not call it supported.`,
          undefined,
          [{ ...first.productSpan, message: `server "${first.name}" (${first.product.name})` }],
        ),
      )
    }
  }
  return findings
}
