import {
  poolKey,
  type AgentCount,
  type ImportedEstate,
  type ImportedPopulation,
  type ImportedServer,
  type ServerAgent,
  type ServerBuild,
  type Unclassified,
} from './imported.js'
import type { Matrix } from './matrix.js'
import { compareText } from './order.js'
import { classifyBuild } from './server-builds.js'
import { classifyUserAgent, type AgentClass } from './user-agents.js'

// The middle of `coexist import`: the counts read from the inventories, classified into the
// products of the catalogue, grouped into one population per product and pool. Nothing is dropped:
// what no source classifies becomes an `Unclassified` with its users, server-side agents are
// counted apart, and a population whose pool has no server product (no build given, or one no
// source names) is unclassified too, since its pairs could not be checked.

export interface ImportInputs {
  agents: readonly AgentCount[]
  builds: readonly ServerBuild[]
  /** The catalogue the builds are read against (its servers' `builds`). */
  catalogue: Matrix
  /** One line each for the output's header: which file or option gave which part. */
  provenance: readonly string[]
  /** A server inventory file was read (ImportedEstate.serversListed). */
  serversListed: boolean
}

export function classifyEstate(inputs: ImportInputs): ImportedEstate {
  const unclassified: Unclassified[] = []
  const servers = new Map<string, ImportedServer>()
  const unknownPools = new Map<string, string>()
  for (const given of inputs.builds) {
    const reading = classifyBuild(given.build, inputs.catalogue)
    if (reading.kind === 'unknown') {
      unknownPools.set(poolKey(given.pool), `its build ${given.build}: ${reading.reason}`)
      unclassified.push({
        kind: 'build',
        text: given.build,
        pool: given.pool,
        users: 0,
        reason: reading.reason,
        origin: given.origin,
      })
      continue
    }
    servers.set(poolKey(given.pool), {
      pool: given.pool,
      product: reading.product,
      ...(reading.version === undefined ? {} : { version: reading.version }),
      ...(reading.update === undefined ? {} : { update: reading.update }),
      origin: given.origin,
    })
  }

  // Each distinct user agent is classified once, however many pools and rows carry it.
  const classes = new Map<string, AgentClass>()
  const classOf = (userAgent: string) => {
    let found = classes.get(userAgent)
    if (found === undefined) {
      found = classifyUserAgent(userAgent)
      classes.set(userAgent, found)
    }
    return found
  }
  // Pool names repeat on every count: each is lower-cased once.
  const keys = new Map<string, string>()
  const keyOf = (pool: string | undefined): string => {
    if (pool === undefined) return ''
    let key = keys.get(pool)
    if (key === undefined) keys.set(pool, (key = poolKey(pool)))
    return key
  }
  // By product, then by pool key, then by user agent: no key string is built per count (a million
  // distinct agents made that the import's largest cost).
  const populations = new Map<
    string,
    Map<string, { population: ImportedPopulation; agents: Map<string, { users: number }> }>
  >()
  /** In order of first appearance. */
  const imported: ImportedPopulation[] = []
  const serverAgents = new Map<string, number>()
  // By reason, then by pool key: the reason (which family, which version no source maps) is what
  // a person acts on, not each build of it; the entry is named by its most common string.
  const unknownAgents = new Map<
    string,
    Map<string, { entry: Unclassified; strings: Map<string, number> }>
  >()
  const poolsWithoutServer = new Map<string, Unclassified>()
  for (const count of inputs.agents) {
    const found = classOf(count.userAgent)
    const key = keyOf(count.pool)
    if (found.kind === 'server-agent') {
      serverAgents.set(found.name, (serverAgents.get(found.name) ?? 0) + count.users)
      continue
    }
    if (found.kind === 'unknown') {
      let byPool = unknownAgents.get(found.reason)
      if (byPool === undefined) unknownAgents.set(found.reason, (byPool = new Map()))
      let known = byPool.get(key)
      if (known === undefined) {
        known = {
          entry: {
            kind: 'user-agent',
            text: count.userAgent,
            ...(count.pool === undefined ? {} : { pool: count.pool }),
            users: 0,
            reason: found.reason,
            origin: count.origin,
          },
          strings: new Map(),
        }
        byPool.set(key, known)
      }
      const { entry, strings } = known
      const users = (strings.get(count.userAgent) ?? 0) + count.users
      strings.set(count.userAgent, users)
      entry.users += count.users
      if (users > (strings.get(entry.text) ?? 0) || entry.text === count.userAgent) {
        entry.text = count.userAgent
        entry.origin = count.origin
      }
      continue
    }
    const server = count.pool === undefined ? undefined : servers.get(key)
    if (count.pool !== undefined && server === undefined) {
      const known = poolsWithoutServer.get(key)
      if (known) known.users += count.users
      else
        poolsWithoutServer.set(key, {
          kind: 'pool',
          text: count.pool,
          pool: count.pool,
          users: count.users,
          reason:
            unknownPools.get(key) ??
            `no build or product is given for this pool: add it to the server inventory, or --server ${count.pool}=BUILD`,
          origin: count.origin,
        })
      continue
    }
    let byPool = populations.get(found.product)
    if (byPool === undefined) populations.set(found.product, (byPool = new Map()))
    let held = byPool.get(key)
    if (held === undefined) {
      held = {
        population: {
          product: found.product,
          ...(server === undefined ? {} : { pool: server.pool }),
          users: 0,
          agents: [],
        },
        agents: new Map(),
      }
      byPool.set(key, held)
      imported.push(held.population)
    }
    const { population, agents } = held
    population.users += count.users
    const agent = agents.get(count.userAgent)
    if (agent) agent.users += count.users
    else {
      const added = { userAgent: count.userAgent, users: count.users }
      agents.set(count.userAgent, added)
      population.agents.push(added)
    }
  }

  for (const population of imported)
    population.agents.sort((a, b) => b.users - a.users || compareText(a.userAgent, b.userAgent))

  return {
    servers: [...servers.values()],
    populations: imported,
    unclassified: [
      ...unclassified,
      ...poolsWithoutServer.values(),
      ...[...unknownAgents.values()]
        .flatMap((byPool) =>
          [...byPool.values()].map(({ entry, strings }) => ({ ...entry, agents: strings.size })),
        )
        .sort((a, b) => b.users - a.users),
    ],
    serverAgents: [...serverAgents]
      .map(([name, users]): ServerAgent => ({ name, users }))
      .sort((a, b) => b.users - a.users || compareText(a.name, b.name)),
    provenance: [...inputs.provenance],
    serversListed: inputs.serversListed,
  }
}
