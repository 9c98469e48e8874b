import { PROBLEMS_LISTED_PER_FILE } from './limits.js'
import { matrixSchemaErrors } from './schema-validator.js'
import { closestNames, normalizeName, type SuggestionBudget } from './suggest.js'
import type { Footnote, Status } from './types.js'

// The shapes below are what schema/matrix.schema.json describes; the schema is the authority.
export interface Product {
  id: string
  name: string
  aliases?: string[]
}
export interface SourceDocument {
  title: string
  table?: string
  url: string
  lastModified?: string
}
export interface Verdict {
  status: Status
  footnotes?: string[]
  replacement?: string
  advice?: string
  source: { ref: string; note?: string }
}
export interface Cell extends Verdict {
  client: string
  server: string
  workloads?: Record<string, Verdict>
}
export interface MatrixData {
  id: string
  title: string
  description?: string
  sources: Record<string, SourceDocument>
  workloads: { id: string; name: string }[]
  servers: Product[]
  clients: Product[]
  footnotes: Footnote[]
  cells: Cell[]
}

export type ProductKind = 'client' | 'server'

/** A product found by name; or none, with the product of the other kind the name belongs to, if any. */
export type ProductLookup = { ok: true; product: Product } | { ok: false; otherKind?: { kind: ProductKind; product: Product } }

/** What Matrix.load found wrong: the first problems, and how many more there were. */
export interface MatrixProblems {
  problems: string[]
  unlisted: number
}

/** A validated matrix with the lookups evaluation needs. */
export class Matrix {
  private readonly byName = new Map<string, { kind: ProductKind; product: Product }>()
  private readonly lookups = new Map<string, ProductLookup>()
  private readonly names = new Map<ProductKind, { names: string[]; listing: string }>()
  private readonly cells = new Map<string, Cell>()
  private readonly footnotesById: Map<string, Footnote>
  private readonly workloadsById: Map<string, string>

  private constructor(
    readonly data: MatrixData,
    /** The repository file a custom matrix was read from; undefined for a built-in matrix. */
    readonly file: string | undefined,
  ) {
    this.footnotesById = new Map(data.footnotes.map((f) => [f.id, f]))
    this.workloadsById = new Map(data.workloads.map((w) => [w.id, w.name]))
    for (const cell of data.cells) this.cells.set(cellKey(cell.client, cell.server), cell)
    for (const [kind, products] of [['server', data.servers], ['client', data.clients]] as const) {
      for (const product of products) {
        for (const name of namesOf(product)) this.byName.set(normalizeName(name), { kind, product })
      }
    }
  }

  /**
   * Validates `data` against the matrix schema and the rules a schema cannot state. `file` is where
   * a custom matrix was read from; reports name it, so that no file can pass for a built-in matrix.
   */
  static load(data: unknown, file?: string): ({ ok: true; matrix: Matrix } | ({ ok: false } & MatrixProblems)) {
    const schemaErrors = matrixSchemaErrors(data)
    if (schemaErrors.length > 0) {
      const problems = schemaErrors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
      return { ok: false, problems: problems.slice(0, PROBLEMS_LISTED_PER_FILE), unlisted: Math.max(0, problems.length - PROBLEMS_LISTED_PER_FILE) }
    }
    const matrix = new Matrix(data as MatrixData, file)
    const found = matrix.consistencyProblems()
    return found.problems.length > 0 ? { ok: false, ...found } : { ok: true, matrix }
  }

  get id(): string {
    return this.data.id
  }

  /** The product a topology means by `name` (display name, id or alias, case and spacing folded). */
  find(name: string): { kind: ProductKind; product: Product } | undefined {
    return this.byName.get(normalizeName(name))
  }

  /** The product of this kind a topology means by `name` (display name, id or alias). */
  lookup(name: string, kind: ProductKind): ProductLookup {
    // A large topology names the same few products many thousands of times: each name is
    // normalised and looked up once per matrix.
    const key = `${kind}\u0000${name}`
    let lookup = this.lookups.get(key)
    if (!lookup) {
      const found = this.find(name)
      lookup = found?.kind === kind ? { ok: true, product: found.product } : found ? { ok: false, otherKind: found } : { ok: false }
      this.lookups.set(key, lookup)
    }
    return lookup
  }

  /**
   * Why `name` names no product of this kind: a product of the other kind, or an unknown name with
   * the closest display names (once per product, even when the close match was an id or an
   * alias), found within the run's suggestion budget.
   */
  lookupProblem(name: string, kind: ProductKind, budget?: SuggestionBudget): string {
    const { names, listing } = this.namesOfKind(kind)
    const found = this.find(name)
    if (found) return `"${name}" is a ${found.kind} product, not a ${kind}; ${listing}`
    const suggestions = [...new Set(closestNames(name, names, 3, budget).map((n) => this.find(n)?.product.name ?? n))]
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : listing
    return `unknown ${kind} product "${name}" in matrix ${this.id}; ${hint}`
  }

  /**
   * Every name a product of this kind answers to (for "did you mean"), and the sentence listing
   * their display names: built once per kind, as a file of thousands of unknown names asks each time.
   */
  private namesOfKind(kind: ProductKind): { names: string[]; listing: string } {
    let names = this.names.get(kind)
    if (!names) {
      const products = kind === 'client' ? this.data.clients : this.data.servers
      names = { names: products.flatMap(namesOf), listing: `${kind}s of matrix ${this.id}: ${this.displayNames(kind).join(', ')}` }
      this.names.set(kind, names)
    }
    return names
  }

  /** Display names of the products of this kind, in table order. */
  displayNames(kind: ProductKind): string[] {
    return (kind === 'client' ? this.data.clients : this.data.servers).map((p) => p.name)
  }

  cell(clientId: string, serverId: string): Cell {
    const cell = this.cells.get(cellKey(clientId, serverId))
    // load() proved the grid complete, so a miss is a bug in coexist, not in the input.
    if (!cell) throw new Error(`matrix ${this.id} has no cell for ${clientId} on ${serverId}`)
    return cell
  }

  footnote(id: string): Footnote {
    const footnote = this.footnotesById.get(id)
    if (!footnote) throw new Error(`matrix ${this.id} has no footnote ${id}`)
    return footnote
  }

  workloadName(id: string): string | undefined {
    return this.workloadsById.get(id)
  }

  get workloadIds(): string[] {
    return [...this.workloadsById.keys()]
  }

  productName(kind: ProductKind, id: string): string {
    const product = (kind === 'client' ? this.data.clients : this.data.servers).find((p) => p.id === id)
    return product?.name ?? id
  }

  private consistencyProblems(): MatrixProblems {
    // A small file can describe a huge grid (1,000 clients by 1,000 servers with one cell): the
    // problems are listed up to the limit and counted beyond it, never all spelled out.
    const problems: string[] = []
    let unlisted = 0
    const problem = (text: string) => {
      if (problems.length < PROBLEMS_LISTED_PER_FILE) problems.push(text)
      else unlisted++
    }
    const { data } = this
    const seenNames = new Map<string, string>()
    const clientIds = new Set<string>()
    const serverIds = new Set<string>()
    for (const [kind, products, ids] of [['server', data.servers, serverIds], ['client', data.clients, clientIds]] as const) {
      for (const product of products) {
        if (clientIds.has(product.id) || serverIds.has(product.id)) problem(`${kind} id "${product.id}" is declared twice`)
        ids.add(product.id)
        for (const name of namesOf(product)) {
          const folded = normalizeName(name)
          const owner = seenNames.get(folded)
          if (owner !== undefined && owner !== product.id) problem(`the name "${name}" of ${product.id} already names ${owner}`)
          seenNames.set(folded, product.id)
        }
      }
    }
    const footnoteIds = new Set(data.footnotes.map((f) => f.id))
    const workloadIds = new Set(data.workloads.map((w) => w.id))
    if (footnoteIds.size !== data.footnotes.length) problem('a footnote id is declared twice')
    if (workloadIds.size !== data.workloads.length) problem('a workload id is declared twice')
    const checkVerdict = (where: string, verdict: Verdict) => {
      for (const id of verdict.footnotes ?? []) if (!footnoteIds.has(id)) problem(`${where} cites footnote "${id}", which the matrix does not declare`)
      if (verdict.replacement !== undefined && !clientIds.has(verdict.replacement)) problem(`${where} names replacement "${verdict.replacement}", which is not a client`)
      if (!Object.hasOwn(data.sources, verdict.source.ref)) problem(`${where} cites source "${verdict.source.ref}", which the matrix does not declare`)
    }
    /** The servers each client has a cell for. */
    const cellsOf = new Map<string, Set<string>>()
    for (const cell of data.cells) {
      const where = `the cell ${cell.client} on ${cell.server}`
      if (!clientIds.has(cell.client)) problem(`${where} names an unknown client`)
      if (!serverIds.has(cell.server)) problem(`${where} names an unknown server`)
      const servers = cellsOf.get(cell.client) ?? new Set<string>()
      if (servers.has(cell.server)) problem(`${where} is declared twice`)
      else if (serverIds.has(cell.server)) cellsOf.set(cell.client, servers.add(cell.server))
      checkVerdict(where, cell)
      for (const [workload, verdict] of Object.entries(cell.workloads ?? {})) {
        if (!workloadIds.has(workload)) problem(`${where} refines unknown workload "${workload}"`)
        checkVerdict(`${where} for ${workload}`, verdict)
      }
    }
    // Missing cells are counted per client; only those that will be listed are looked for.
    for (const client of clientIds) {
      const present = cellsOf.get(client)
      let missing = serverIds.size - (present?.size ?? 0)
      if (problems.length >= PROBLEMS_LISTED_PER_FILE) unlisted += missing
      else {
        for (const server of serverIds) {
          if (missing === 0) break
          if (present?.has(server)) continue
          problem(`no cell for ${client} on ${server}; every pair needs one`)
          missing--
        }
      }
    }
    return { problems, unlisted }
  }
}

function namesOf(product: Product): string[] {
  return [product.name, product.id, ...(product.aliases ?? [])]
}

function cellKey(client: string, server: string): string {
  return `${client}\u0000${server}`
}
