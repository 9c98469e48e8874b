import type { Span } from './types.js'

// What `coexist import` learns from an estate's inventories, between reading them and writing the
// topology: the reading side (inventory.ts) produces the counts, the classifiers (user-agents.ts,
// server-builds.ts) name their products, and the writer (topology-writer.ts) turns the result into
// a new topology or merges it into an existing one.

/** Pools are host names (FQDNs): the same pool written in two cases is one pool, keyed so. */
export function poolKey(pool: string): string {
  return pool.toLowerCase()
}

/** Where a fact came from: a cell of an inventory file, or a command-line option. */
export interface Origin extends Span {
  file: string
}

/** Distinct user agents per pool, as counted from a client inventory. */
export interface AgentCount {
  userAgent: string
  /** The pool the agent registered with; absent when the inventory has no pool column. */
  pool?: string
  /** Users (or registrations, or rows: whatever the inventory counts) with this agent and pool. */
  users: number
  /** Its first row. */
  origin: Origin
}

/** A pool's build, from a server inventory or `--server POOL=BUILD`. */
export interface ServerBuild {
  pool: string
  /** A four-part build (5.0.8308.857) or a server product's name, as given. */
  build: string
  origin: Origin
}

/** A server pool the import could name the product of. */
export interface ImportedServer {
  pool: string
  /** The server product's display name in the matrix. */
  product: string
  /** The build, when one was given (a product given by name has none). */
  version?: string
  /** The cumulative update the build is, when the matrix names one. */
  update?: string
  origin: Origin
}

/** One client population: the users of one client product on one pool. */
export interface ImportedPopulation {
  /** The client product's display name in the matrix. */
  product: string
  /** Absent when the inventory names no pools: the population then uses every server. */
  pool?: string
  users: number
  /** The distinct user-agent strings that made it, most users first, for the output's comments. */
  agents: { userAgent: string; users: number }[]
}

/** Something the import could not classify: never dropped, always reported with its users. */
export interface Unclassified {
  kind: 'user-agent' | 'build' | 'pool'
  /** The user agent, the build, or the pool's name. */
  text: string
  pool?: string
  users: number
  /** Why: which source lacks what. */
  reason: string
  /**
   * User agents only: how many distinct strings share this reason on this pool (`text` is the one
   * with the most users). A rollout leaves dozens of builds of one unknown client: one line says it.
   */
  agents?: number
  origin: Origin
}

/** Server-side agents (Mediation Server, AV-MCU, Exchange UM, …): recognised and left out. */
export interface ServerAgent {
  /** The family the user-agent table names (MediationServer, MSExchangeUM, …). */
  name: string
  users: number
}

export interface ImportedEstate {
  servers: ImportedServer[]
  populations: ImportedPopulation[]
  unclassified: Unclassified[]
  serverAgents: ServerAgent[]
  /** One line each for the output's header comment: which file or option gave which part. */
  provenance: string[]
  /**
   * Whether a server inventory file listed the estate's pools: only then is a pool it lacks gone.
   * Pools given one by one (`--server`) say nothing of the others.
   */
  serversListed: boolean
}
