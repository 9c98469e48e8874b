import { frozen } from './frozen.js'
import type { Matrix } from './matrix.js'

// What would work instead of an unsupported pair, from the matrix alone: used by the pair findings
// (evaluate.ts) and by the capability findings (estate.ts).

/** At most this many clients, and servers, are offered as alternatives: a reader weighs three, not ten. */
const ALTERNATIVES_LISTED = 3

/**
 * What would work instead, from the matrix alone and for the workloads a population declares: for a
 * server, the clients that offer every one of them and are supported on it; for a client, the
 * servers that support it. Built lazily and cached per server or client and workload set, so
 * findings with the same ones share the list.
 */
export class AlternativesIndex {
  private readonly clientsOn = new Map<string, string[]>()
  private readonly serversOf = new Map<string, string[]>()

  constructor(private readonly matrix: Matrix) {}

  /**
   * Clients other than `clientId` for `declared` on every one of `serverIds`: the footnote's
   * replacement first when it qualifies, then in the table's order (newest first), at most three.
   */
  clientsFor(
    serverIds: string | readonly string[],
    declared: readonly string[],
    clientId: string,
    replacementId?: string,
  ): string[] {
    const servers = typeof serverIds === 'string' ? [serverIds] : serverIds
    const key = `${servers.join(',')}\u0000${declared.join(',')}\u0000${clientId}\u0000${replacementId ?? ''}`
    return this.cached(this.clientsOn, key, () => {
      const candidates = this.matrix.data.clients.filter((c) => c.id !== clientId)
      const ordered = replacementId
        ? [
            ...candidates.filter((c) => c.id === replacementId),
            ...candidates.filter((c) => c.id !== replacementId),
          ]
        : candidates
      return ordered
        .filter((c) => servers.every((s) => this.supported(c.id, s, declared)))
        .slice(0, ALTERNATIVES_LISTED)
        .map((c) => c.name)
    })
  }

  /** Servers of the matrix that support `clientId` for `declared`, in the table's order, at most three. */
  serversFor(clientId: string, declared: readonly string[]): string[] {
    return this.cached(this.serversOf, `${clientId}\u0000${declared.join(',')}`, () =>
      this.matrix.data.servers
        .filter((s) => this.supported(clientId, s.id, declared))
        .slice(0, ALTERNATIVES_LISTED)
        .map((s) => s.name),
    )
  }

  /** Supported for every declared workload: the client offers each one, and neither the pair nor any workload verdict is worse than supported. */
  private supported(clientId: string, serverId: string, declared: readonly string[]): boolean {
    const cell = this.matrix.cell(clientId, serverId)
    if (cell.status !== 'supported') return false
    return declared.every((w) => {
      const level = this.matrix.offers(clientId, w)?.level
      return (
        (level === undefined || level === 'yes') &&
        (cell.workloads?.[w]?.status ?? 'supported') === 'supported'
      )
    })
  }

  private cached(cache: Map<string, string[]>, key: string, compute: () => string[]): string[] {
    let names = cache.get(key)
    if (!names) {
      names = frozen(compute())
      cache.set(key, names)
    }
    return names
  }
}
