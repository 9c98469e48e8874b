import {
  poolKey,
  type AgentCount,
  type ImportedEstate,
  type ImportedPopulation,
  type ImportedServer,
  type Origin,
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
  const populations = new Map<string, ImportedPopulation>()
  const agentsByKey = new Map<string, { userAgent: string; users: number }>()
  const serverAgents = new Map<string, number>()
  const unknownAgents = new Map<
    string,
    { entry: Unclassified; strings: Map<string, { users: number; origin: Origin }> }
  >()
  const poolsWithoutServer = new Map<string, Unclassified>()
  for (const count of inputs.agents) {
    const found = classOf(count.userAgent)
    if (found.kind === 'server-agent') {
      serverAgents.set(found.name, (serverAgents.get(found.name) ?? 0) + count.users)
      continue
    }
    if (found.kind === 'unknown') {
      // One entry per reason and pool, named by its most common string: the reason (which family,
      // which version no source maps) is what a person acts on, not each build of it.
      const key = `${found.reason}\u0000${count.pool === undefined ? '' : poolKey(count.pool)}`
      const known = unknownAgents.get(key)
      if (known) {
        known.entry.users += count.users
        const seen = known.strings.get(count.userAgent) ?? { users: 0, origin: count.origin }
        seen.users += count.users
        known.strings.set(count.userAgent, seen)
      } else
        unknownAgents.set(key, {
          entry: {
            kind: 'user-agent',
            text: count.userAgent,
            ...(count.pool === undefined ? {} : { pool: count.pool }),
            users: count.users,
            reason: found.reason,
            origin: count.origin,
          },
          strings: new Map([[count.userAgent, { users: count.users, origin: count.origin }]]),
        })
      continue
    }
    if (count.pool !== undefined && !servers.has(poolKey(count.pool))) {
      const key = poolKey(count.pool)
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
    const server = count.pool === undefined ? undefined : servers.get(poolKey(count.pool))
    const key = `${found.product}\u0000${server === undefined ? '' : poolKey(server.pool)}`
    let population = populations.get(key)
    if (population === undefined) {
      population = {
        product: found.product,
        ...(server === undefined ? {} : { pool: server.pool }),
        users: 0,
        agents: [],
      }
      populations.set(key, population)
    }
    population.users += count.users
    // By map, not by searching the list: a pool may see thousands of distinct builds of one client.
    const agentKey = `${key}\u0000${count.userAgent}`
    const agent = agentsByKey.get(agentKey)
    if (agent) agent.users += count.users
    else {
      const added = { userAgent: count.userAgent, users: count.users }
      agentsByKey.set(agentKey, added)
      population.agents.push(added)
    }
  }
  for (const population of populations.values())
    population.agents.sort((a, b) => b.users - a.users || compareText(a.userAgent, b.userAgent))

  return {
    servers: [...servers.values()],
    populations: [...populations.values()],
    unclassified: [
      ...unclassified,
      ...poolsWithoutServer.values(),
      ...[...unknownAgents.values()]
        .map(({ entry, strings }): Unclassified => {
          const [text, top] = [...strings].reduce((best, next) =>
            next[1].users > best[1].users ? next : best,
          )
          return { ...entry, text, origin: top.origin, agents: strings.size }
        })
        .sort((a, b) => b.users - a.users),
    ],
    serverAgents: [...serverAgents]
      .map(([name, users]): ServerAgent => ({ name, users }))
      .sort((a, b) => b.users - a.users || compareText(a.name, b.name)),
    provenance: [...inputs.provenance],
  }
}
