import { evaluate } from './evaluate.js'
import type { Policy } from './policy.js'
import { listed } from './format.js'
import type { RunBudget } from './limits.js'
import type { Matrix, Product } from './matrix.js'
import { findingSource, severityOf } from './statuses.js'
import { didYouMean } from './suggest.js'
import type { ServerEntry, Topology } from './topology.js'
import type { FindingSource, PairResult, Severity, Span } from './types.js'

// Upgrade what-if: the topology evaluated as it is and as if some servers ran another product,
// compared pair by pair. Evaluation itself is evaluate()'s; this module only swaps products and
// sorts the differences.

/** `--upgrade SERVER=PRODUCT`, or without `server` `--upgrade-all PRODUCT`, as the user wrote it. */
export interface UpgradeRequest {
  /** A server's name as the topology writes it; absent: every server of the topology. */
  server?: string
  /** A server product of the topology's matrix: display name, id or alias. */
  product: string
}

/** What the sources say about moving a server from one product to another, from the matrix's server rules. */
export interface MigrationPath {
  status: 'supported' | 'not-supported' | 'undocumented'
  /** error when fail-on lists the status: the plan then fails. */
  severity: Severity
  /** What the sources say, quoting them; or that none says anything. */
  statement: string
  source: FindingSource
}

/** A server the plan moves, with the display names of the product it runs and would run (maybe the same). */
export interface ServerUpgrade {
  server: string
  from: string
  to: string
  /** For a server whose product changes: whether the sources support that migration path. */
  migration?: MigrationPath
}

/**
 * One client/server pair, as evaluate() judges it today and after the upgrade. No `before`: the
 * server runs a product the matrix supports nothing on today, so the pair has no verdict to compare.
 */
export interface PairChange {
  server: string
  before?: PairResult
  after: PairResult
}

/** What the upgrade does to one client population; each pair it reaches is in exactly one list. */
export interface PopulationPlan extends Span {
  file: string
  client: string
  clientProduct: string
  /** Pairs whose severity becomes error. */
  newlyFailing: PairChange[]
  /** Pairs whose severity is error today and is not after the upgrade. */
  newlyPassing: PairChange[]
  /** Other pairs whose status or footnotes change. */
  changed: PairChange[]
  /** Same status and footnotes (and so the same severity) on the new product. */
  unchanged: PairChange[]
}

export interface PlanCounts {
  newlyFailing: number
  newlyPassing: number
  changed: number
  unchanged: number
  /** Pairs that fail today and still fail after the upgrade (counted in changed or unchanged). */
  stillFailing: number
  pairs: number
}

const NO_PAIRS: Readonly<PlanCounts> = {
  newlyFailing: 0,
  newlyPassing: 0,
  changed: 0,
  unchanged: 0,
  stillFailing: 0,
  pairs: 0,
}

export interface UpgradePlan {
  file: string
  matrix: string
  /** Every server an upgrade names, in topology order. */
  upgrades: ServerUpgrade[]
  /** Every client population, in topology order. */
  populations: PopulationPlan[]
  counts: PlanCounts
}

export type PlanOutcome = { ok: true; plan: UpgradePlan } | { ok: false; problems: string[] }

/**
 * Reads `SERVER=PRODUCT`. The split is at the last `=`: server names are the user's and may hold
 * one, the matrices' product names do not.
 */
export function parseUpgrade(
  text: string,
): { ok: true; request: UpgradeRequest } | { ok: false; message: string } {
  const at = text.lastIndexOf('=')
  const server = text.slice(0, Math.max(at, 0)).trim()
  const product = text.slice(at + 1).trim()
  if (at < 0 || server === '' || product === '') {
    return {
      ok: false,
      message: `--upgrade "${text}" is not SERVER=PRODUCT; for example --upgrade "ams-pool01=Lync Server 2013"`,
    }
  }
  return { ok: true, request: { server, product } }
}

/**
 * Evaluates `topology` as it is and with the requested servers on their new products, under the
 * same policy and exceptions (which waive by pair, whatever the pair's products), and sorts every
 * pair by what the upgrade does to it. A request for one server wins over one for every server.
 * Every problem with the requests is reported at once.
 */
export function planUpgrade(
  topology: Topology,
  upgrades: readonly UpgradeRequest[],
  policy: Policy,
  budget?: RunBudget,
): PlanOutcome {
  const problems = new Set<string>()
  // Every pair is evaluated twice, as it is and as upgraded: both count against the run's pairs.
  const pairs = 2 * topology.clients.reduce((sum, client) => sum + client.servers.length, 0)
  if (budget && !budget.pairs.take(pairs))
    return {
      ok: false,
      problems: [
        budget.pairs.refusal(pairs, 'pair evaluations (each pair as it is and as upgraded)'),
      ],
    }
  const serverNames = topology.servers.map((s) => s.name)
  let everyServer: Product | undefined
  const targets = new Map<string, Product>()
  for (const request of upgrades) {
    const product = resolveServerProduct(topology.matrix, request.product, problems)
    if (request.server !== undefined && !serverNames.includes(request.server)) {
      const hint =
        didYouMean(request.server, serverNames) ||
        `; its servers are ${serverNames.map((n) => JSON.stringify(n)).join(', ')}`
      problems.add(`unknown server "${request.server}"${hint}`)
      continue
    }
    if (!product) continue
    const earlier = request.server === undefined ? everyServer : targets.get(request.server)
    const who = request.server === undefined ? 'every server' : `server "${request.server}"`
    if (earlier && earlier.id !== product.id)
      problems.add(`${who} is upgraded to both "${earlier.name}" and "${product.name}"`)
    else if (request.server === undefined) everyServer = product
    else targets.set(request.server, product)
  }
  if (problems.size > 0) return { ok: false, problems: [...problems] }

  const servers = new Map<string, ServerEntry>()
  const moved: ServerUpgrade[] = []
  for (const server of topology.servers) {
    const product = targets.get(server.name) ?? everyServer
    if (!product) {
      servers.set(server.name, server)
      continue
    }
    // The declared version is a build of the product the server runs now: on the new product it is unknown.
    servers.set(
      server.name,
      product.id === server.product.id
        ? server
        : { name: server.name, product, index: server.index, productSpan: server.productSpan },
    )
    const upgrade: ServerUpgrade = {
      server: server.name,
      from: server.product.name,
      to: product.name,
    }
    if (product.id !== server.product.id)
      upgrade.migration = migrationPath(topology.matrix, server.product, product, policy.failOn)
    moved.push(upgrade)
  }
  const upgraded: Topology = {
    ...topology,
    servers: [...servers.values()],
    clients: topology.clients.map((c) => ({
      ...c,
      servers: c.servers.map((s) => servers.get(s.name) ?? s),
    })),
  }

  const before = byPair(evaluate(topology, policy).results)
  const after = byPair(evaluate(upgraded, policy).results)
  const counts: PlanCounts = { ...NO_PAIRS }
  // A population on a client product supported nowhere has no pairs, before or after (check reports it).
  const populations = topology.clients
    .filter((client) => !client.unsupported)
    .map((client): PopulationPlan => {
      const population: PopulationPlan = {
        file: topology.file,
        ...client.productSpan,
        client: client.name,
        clientProduct: client.product.name,
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: [],
      }
      for (const server of client.servers) {
        const key = pairKey(client.name, server.name)
        const upgradedPair = after.get(key)
        // A server supported nowhere that does not move has no verdict either way.
        if (!upgradedPair) continue
        const current = before.get(key)
        const change: PairChange = current
          ? { server: server.name, before: current, after: upgradedPair }
          : { server: server.name, after: upgradedPair }
        const kind = changeKind(change)
        population[kind].push(change)
        counts[kind]++
        counts.pairs++
        if (stillFailing(change)) counts.stillFailing++
      }
      return population
    })
  return {
    ok: true,
    plan: { file: topology.file, matrix: topology.matrix.id, upgrades: moved, populations, counts },
  }
}

type ChangeKind = 'newlyFailing' | 'newlyPassing' | 'changed' | 'unchanged'

function changeKind({ before, after }: PairChange): ChangeKind {
  const [failed, fails] = [before?.severity === 'error', after.severity === 'error']
  if (fails && !failed) return 'newlyFailing'
  if (failed && !fails) return 'newlyPassing'
  if (!before) return 'changed'
  const notes = (r: PairResult) => r.footnotes.map((f) => f.id).join(',')
  return before.status !== after.status || notes(before) !== notes(after) ? 'changed' : 'unchanged'
}

/** The pair fails today and would fail after the upgrade too. */
export function stillFailing({ before, after }: PairChange): boolean {
  return before?.severity === 'error' && after.severity === 'error'
}

/** The verdicts of a pair change that exist: after, and before unless the server was supported nowhere. */
export function bothSides(change: PairChange): PairResult[] {
  return change.before ? [change.before, change.after] : [change.after]
}

/** A population's pairs in report order: newly failing, newly passing, changed, unchanged. */
export function pairChanges(population: PopulationPlan): PairChange[] {
  return [
    ...population.newlyFailing,
    ...population.newlyPassing,
    ...population.changed,
    ...population.unchanged,
  ]
}

/** The counts of several plans added up. */
export function totalCounts(plans: readonly UpgradePlan[]): PlanCounts {
  const total: PlanCounts = { ...NO_PAIRS }
  for (const plan of plans)
    for (const key of Object.keys(total) as (keyof PlanCounts)[]) total[key] += plan.counts[key]
  return total
}

/** How many upgrades take a migration path whose status fails the run (fail-on). */
export function failingMigrations(plans: readonly UpgradePlan[]): number {
  return plans.reduce(
    (n, p) => n + p.upgrades.filter((u) => u.migration?.severity === 'error').length,
    0,
  )
}

/** 1 when the upgrade makes some pair fail that does not fail today, or takes a migration path that fails (fail-on); 0 otherwise. */
export function planExitCode(plans: readonly UpgradePlan[]): 0 | 1 {
  return plans.some((p) => p.counts.newlyFailing > 0) || failingMigrations(plans) > 0 ? 1 : 0
}

/**
 * Whether the sources support moving a server from `from` to `to`: a migration rule that names
 * both decides; a rule that lists every product `to` migrates from, without `from`, rules it out;
 * otherwise no source states it.
 */
export function migrationPath(
  matrix: Matrix,
  from: Product,
  to: Product,
  failOn: ReadonlySet<PairResult['status']>,
): MigrationPath {
  const rules = matrix.serverRules.flatMap((r) =>
    r.kind === 'migration' && r.to === to.id ? [r] : [],
  )
  const quoted = (quote: string | undefined) => (quote ? `: "${quote}"` : '')
  const path = (
    status: MigrationPath['status'],
    statement: string,
    cited?: (typeof rules)[number],
  ): MigrationPath => ({
    status,
    severity: severityOf(status, failOn, false),
    statement,
    source: findingSource(matrix, cited?.source),
  })
  const named = rules.find((r) => r.from.includes(from.id))
  if (named)
    return path(
      named.status,
      `migration from ${from.name} to ${to.name} is ${named.status === 'supported' ? 'supported' : 'not supported'}${quoted(named.source.quote)}`,
      named,
    )
  const exclusive = rules.find((r) => r.exclusive && r.status === 'supported')
  if (exclusive) {
    const origins = listed(
      exclusive.from.map((id) => matrix.productName('server', id)),
      'or',
    )
    return path(
      'not-supported',
      `migration from ${from.name} to ${to.name} is not supported: ${to.name} migrates from ${origins} only${quoted(exclusive.source.quote)}`,
      exclusive,
    )
  }
  return path(
    'undocumented',
    `no source states a migration path from ${from.name} to ${to.name}, so coexist does not call it supported`,
  )
}

/**
 * A server product of `matrix` by display name, id or alias; anything else is a problem, with
 * suggestions. A product the matrix supports nothing on is no destination: its pairs have no cells.
 */
function resolveServerProduct(
  matrix: Matrix,
  name: string,
  problems: Set<string>,
): Product | undefined {
  const found = matrix.lookup(name, 'server')
  if (found.ok && found.unsupported) {
    problems.add(
      `"${name}" is ${found.unsupported.name}, which matrix ${matrix.id} supports nothing on: no upgrade can go there`,
    )
    return undefined
  }
  if (found.ok) return found.product
  problems.add(matrix.lookupProblem(name, 'server'))
  return undefined
}

function byPair(results: readonly PairResult[]): Map<string, PairResult> {
  return new Map(results.map((r) => [pairKey(r.client, r.server), r]))
}

function pairKey(client: string, server: string): string {
  return `${client}\u0000${server}`
}
