import { PROBLEMS_LISTED_PER_FILE } from './limits.js'
import { matrixSchemaErrors } from './schema-validator.js'
import {
  nameWords,
  normalizeName,
  spellingSlipsOf,
  type NameWords,
  type SuggestionBudget,
} from './suggest.js'
import type { Diagnostic, Footnote, Status } from './types.js'

// The shapes below are what schema/matrix.schema.json describes; the schema is the authority and
// says what each field means.
export interface Product {
  id: string
  name: string
  aliases?: string[]
}
/** Where a verdict, a capability, a build or a rule is stated. */
export interface CellSource {
  ref: string
  note?: string
  quote?: string
}
export type CapabilityLevel = 'yes' | 'partial' | 'no' | 'undocumented'
export interface Capability {
  level: CapabilityLevel
  source?: CellSource
  note?: string
}
export interface ClientProduct extends Product {
  offers?: Record<string, Capability>
}
export interface Update {
  id: string
  name: string
  aliases?: string[]
  build?: string
  released?: string
  source: CellSource
}
export interface Builds {
  line: string
  source: CellSource
  updates: Update[]
}
export interface ServerProduct extends Product {
  builds?: Builds
}
export interface CitedPage {
  title: string
  table?: string
  url: string
  lastModified?: string
}
export interface Requirement {
  update: string
  unmet: Status
  note: string
  source: CellSource
}
export interface Conflict {
  ref: string
  status: Status
  footnotes?: string[]
  note?: string
}
export interface Verdict {
  status: Status
  footnotes?: string[]
  replacement?: string
  advice?: string
  /** Absent only for an `undocumented` verdict: no source states it. */
  source?: CellSource
  conflicts?: Conflict[]
  requires?: Requirement
}
export interface Cell extends Verdict {
  client: string
  server: string
  workloads?: Record<string, Verdict>
}
export interface UnsupportedProduct extends Product {
  kind: ProductKind
  statement: string
  source: CellSource
}
export type ServerRule =
  | {
      id: string
      kind: 'together'
      servers: string[]
      status: 'supported' | 'not-supported'
      source: CellSource
    }
  | {
      id: string
      kind: 'migration'
      from: string[]
      to: string
      status: 'supported' | 'not-supported'
      exclusive?: true
      source: CellSource
    }
export interface MatrixFootnote extends Footnote {
  /** How coexist applies the footnote. */
  reading?: string
}
export interface MatrixData {
  id: string
  title: string
  description?: string
  /** A built-in matrix whose product facts apply to the products this one does not describe. */
  facts?: string
  sources: Record<string, CitedPage>
  workloads: { id: string; name: string }[]
  servers: ServerProduct[]
  clients: ClientProduct[]
  footnotes: MatrixFootnote[]
  cells: Cell[]
  unsupportedProducts?: UnsupportedProduct[]
  serverRules?: ServerRule[]
}

export type ProductKind = 'client' | 'server'

/**
 * A product found by name: one of the matrix's own, or one it knows but supports with nothing
 * (`unsupported`: the matrix says why); or none, with the product of the other kind the name
 * belongs to, if any.
 */
export type ProductLookup =
  | { ok: true; product: Product; unsupported?: UnsupportedProduct }
  | { ok: false; otherKind?: { kind: ProductKind; product: Product } }

/** What Matrix.load found wrong: the first problems, and how many more there were. */
export interface MatrixProblems {
  problems: string[]
  unlisted: number
}

/** The problems of one invalid matrix file: the first ones at their places, and how many more. */
export interface MatrixFileProblems {
  file: string
  errors: Diagnostic[]
  unlisted: number
}

/**
 * What a topology's `matrix:` names: a matrix, or why there is none. A matrix file that is itself
 * invalid also brings its problems, and those of any file it extends, to be reported once per run
 * with those files rather than with every topology that names them.
 */
export type MatrixResolution =
  { ok: true; matrix: Matrix } | { ok: false; message: string; invalidFiles?: MatrixFileProblems[] }
export type MatrixResolver = (ref: string) => MatrixResolution

/** A validated matrix with the lookups evaluation needs. */
export class Matrix {
  private readonly byName = new Map<
    string,
    { kind: ProductKind; product: Product; unsupported?: UnsupportedProduct }
  >()
  private readonly lookups = new Map<string, ProductLookup>()
  private readonly names = new Map<ProductKind, NameWords[]>()
  private readonly listings = new Map<ProductKind, string>()
  private readonly cells = new Map<string, Cell>()
  private readonly footnotesById: Map<string, MatrixFootnote>
  private readonly workloadsById: Map<string, string>
  private readonly clientsById: Map<string, ClientProduct>
  private readonly serversById: Map<string, ServerProduct>
  /** The unsupported products and server rules in force: this matrix's own, then its facts' (own ids win). */
  readonly unsupportedProducts: readonly UnsupportedProduct[]
  readonly serverRules: readonly ServerRule[]

  private constructor(
    readonly data: MatrixData,
    /** The repository file a custom matrix was read from; undefined for a built-in matrix. */
    readonly file: string | undefined,
    /** The matrix `data.facts` names, whose product facts fill in what this one does not state. */
    private readonly facts: Matrix | undefined,
  ) {
    this.footnotesById = new Map(data.footnotes.map((f) => [f.id, f]))
    this.workloadsById = new Map(data.workloads.map((w) => [w.id, w.name]))
    this.clientsById = new Map(data.clients.map((c) => [c.id, c]))
    this.serversById = new Map(data.servers.map((s) => [s.id, s]))
    for (const cell of data.cells) this.cells.set(cellKey(cell.client, cell.server), cell)
    this.unsupportedProducts = byId(
      data.unsupportedProducts ?? [],
      facts?.unsupportedProducts ?? [],
    )
    this.serverRules = byId(data.serverRules ?? [], facts?.serverRules ?? [])
    // The unsupported products are known by name too, so that they are explained, never "corrected"
    // to a similar product the matrix has; a name of the matrix's own products wins.
    for (const unsupported of this.unsupportedProducts) {
      for (const name of namesOf(unsupported))
        this.byName.set(normalizeName(name), {
          kind: unsupported.kind,
          product: unsupported,
          unsupported,
        })
    }
    for (const [kind, products] of [
      ['server', data.servers],
      ['client', data.clients],
    ] as const) {
      for (const product of products) {
        for (const name of namesOf(product)) this.byName.set(normalizeName(name), { kind, product })
      }
    }
  }

  /**
   * Validates `data` against the matrix schema and the rules a schema cannot state. `file` is where
   * a custom matrix was read from; reports name it, so that no file can pass for a built-in matrix.
   * `facts` is the matrix `data.facts` names, already loaded.
   */
  static load(
    data: unknown,
    file?: string,
    facts?: Matrix,
  ): { ok: true; matrix: Matrix } | ({ ok: false } & MatrixProblems) {
    const schemaErrors = matrixSchemaErrors(data)
    if (schemaErrors.length > 0) {
      const problems = schemaErrors.map(
        (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
      )
      return {
        ok: false,
        problems: problems.slice(0, PROBLEMS_LISTED_PER_FILE),
        unlisted: Math.max(0, problems.length - PROBLEMS_LISTED_PER_FILE),
      }
    }
    return Matrix.fromCheckedShape(data as MatrixData, file, facts)
  }

  /**
   * A built-in matrix, as shipped: the test suite checks every file under matrices/ against the
   * schema and for consistency (test/matrices.test.ts) before a release is built, and checking the
   * catalogue of every generation again cost some 12 ms of every start-up.
   */
  static builtin(data: MatrixData, facts?: Matrix): Matrix {
    return new Matrix(data, undefined, facts)
  }

  /**
   * A matrix whose data the caller has checked against the schema already (a matrix file, with its
   * problems at their lines): checked for what a schema cannot state.
   */
  static fromCheckedShape(
    data: MatrixData,
    file: string | undefined,
    facts: Matrix | undefined,
  ): { ok: true; matrix: Matrix } | ({ ok: false } & MatrixProblems) {
    const matrix = new Matrix(data, file, facts)
    const found = matrix.consistencyProblems()
    return found.problems.length > 0 ? { ok: false, ...found } : { ok: true, matrix }
  }

  get id(): string {
    return this.data.id
  }

  /** The product a topology means by `name` (display name, id or alias, case and spacing folded). */
  find(
    name: string,
  ): { kind: ProductKind; product: Product; unsupported?: UnsupportedProduct } | undefined {
    return this.findFolded(normalizeName(name))
  }

  /** find() for a name already folded by normalizeName. */
  findFolded(
    folded: string,
  ): { kind: ProductKind; product: Product; unsupported?: UnsupportedProduct } | undefined {
    return this.byName.get(folded)
  }

  /** The product of this kind a topology means by `name` (display name, id or alias). */
  lookup(name: string, kind: ProductKind): ProductLookup {
    // A large topology names the same few products many thousands of times: each name is
    // normalised and looked up once per matrix.
    const key = `${kind}\u0000${name}`
    let lookup = this.lookups.get(key)
    if (!lookup) {
      const found = this.find(name)
      if (found?.kind === kind)
        lookup = found.unsupported
          ? { ok: true, product: found.product, unsupported: found.unsupported }
          : { ok: true, product: found.product }
      else
        lookup = found
          ? { ok: false, otherKind: { kind: found.kind, product: found.product } }
          : { ok: false }
      this.lookups.set(key, lookup)
    }
    return lookup
  }

  /**
   * Why `name` names no product of this kind: a product of the other kind, or an unknown name with
   * the names it is a spelling slip of (shown by display name), found within the run's suggestion
   * budget. Only a slip within one product's name is suggested: "OCS 2007" is not a slip of
   * "OCS 2007 R2", nor "Lync 2010 Attendee" of "Lync 2010 Attendant".
   */
  lookupProblem(
    name: string,
    kind: ProductKind,
    budget?: SuggestionBudget,
    folded = normalizeName(name),
  ): string {
    const found = this.findFolded(folded)
    if (found) return `"${name}" is a ${found.kind} product, not a ${kind}; ${this.listing(kind)}`
    const suggestions = [
      ...new Set(
        spellingSlipsOf(name, this.namesOfKind(kind), 3, budget, folded).map(
          (n) => this.find(n)?.product.name ?? n,
        ),
      ),
    ]
    const hint =
      suggestions.length > 0
        ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`
        : this.listing(kind)
    return `unknown ${kind} product "${name}" in matrix ${this.id}; ${hint}`
  }

  /** "clients of matrix M: A, B, …", the sentence that lists the display names of the products of this kind. */
  listing(kind: ProductKind): string {
    let listing = this.listings.get(kind)
    if (listing === undefined) {
      listing = `${kind}s of matrix ${this.id}: ${this.displayNames(kind).join(', ')}`
      this.listings.set(kind, listing)
    }
    return listing
  }

  /** Every name a product of this kind answers to, with its words, for "did you mean": built once per kind, as a file of thousands of unknown names asks each time. */
  private namesOfKind(kind: ProductKind): NameWords[] {
    let names = this.names.get(kind)
    if (!names) {
      names = (kind === 'client' ? this.data.clients : this.data.servers)
        .flatMap(namesOf)
        .map(nameWords)
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

  footnote(id: string): MatrixFootnote {
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
    const product = kind === 'client' ? this.clientsById.get(id) : this.serversById.get(id)
    return (
      product?.name ??
      this.unsupportedProducts.find((p) => p.id === id)?.name ??
      this.facts?.productName(kind, id) ??
      id
    )
  }

  /**
   * Whether client `clientId` offers `workload` at all, as this matrix states it or, for a client it
   * describes no capabilities of, its facts matrix. Undefined when neither speaks of the client:
   * then nothing is known and nothing is checked.
   */
  offers(clientId: string, workload: string): Capability | undefined {
    const own = this.clientsById.get(clientId)
    if (own?.offers) return own.offers[workload] ?? { level: 'undocumented' }
    return this.facts?.offers(clientId, workload)
  }

  /** The server products of this matrix, then those of its facts that it does not have. */
  serverProducts(): readonly ServerProduct[] {
    return this.facts ? byId(this.data.servers, this.facts.serverProducts()) : this.data.servers
  }

  /** The builds and updates of server product `serverId`, from this matrix or its facts. */
  builds(serverId: string): Builds | undefined {
    return this.serversById.get(serverId)?.builds ?? this.facts?.builds(serverId)
  }

  /** Update `updateId` of server product `serverId`, from this matrix or its facts. */
  update(serverId: string, updateId: string): Update | undefined {
    return this.builds(serverId)?.updates.find((u) => u.id === updateId)
  }

  /** The document a source reference names, in this matrix or its facts. */
  document(ref: string): CitedPage | undefined {
    return this.data.sources[ref] ?? this.facts?.document(ref)
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
    for (const [kind, products, ids] of [
      ['server', data.servers, serverIds],
      ['client', data.clients, clientIds],
    ] as const) {
      for (const product of products) {
        if (clientIds.has(product.id) || serverIds.has(product.id))
          problem(`${kind} id "${product.id}" is declared twice`)
        ids.add(product.id)
        for (const name of namesOf(product)) {
          const folded = normalizeName(name)
          const owner = seenNames.get(folded)
          if (owner !== undefined && owner !== product.id)
            problem(`the name "${name}" of ${product.id} already names ${owner}`)
          seenNames.set(folded, product.id)
        }
      }
    }
    for (const unsupported of data.unsupportedProducts ?? []) {
      if (clientIds.has(unsupported.id) || serverIds.has(unsupported.id))
        problem(
          `unsupported product "${unsupported.id}" is also a ${clientIds.has(unsupported.id) ? 'client' : 'server'} of the matrix`,
        )
    }
    const footnoteIds = new Set(data.footnotes.map((f) => f.id))
    const workloadIds = new Set(data.workloads.map((w) => w.id))
    if (footnoteIds.size !== data.footnotes.length) problem('a footnote id is declared twice')
    if (workloadIds.size !== data.workloads.length) problem('a workload id is declared twice')
    const checkSource = (where: string, source: CellSource | undefined) => {
      if (source && this.document(source.ref) === undefined)
        problem(`${where} cites source "${source.ref}", which the matrix does not declare`)
    }
    const checkVerdict = (where: string, verdict: Verdict, server: string) => {
      for (const id of verdict.footnotes ?? [])
        if (!footnoteIds.has(id))
          problem(`${where} cites footnote "${id}", which the matrix does not declare`)
      if (verdict.replacement !== undefined && !clientIds.has(verdict.replacement))
        problem(`${where} names replacement "${verdict.replacement}", which is not a client`)
      checkSource(where, verdict.source)
      for (const conflict of verdict.conflicts ?? []) {
        checkSource(`a conflict of ${where}`, conflict)
        for (const id of conflict.footnotes ?? [])
          if (!footnoteIds.has(id))
            problem(
              `a conflict of ${where} cites footnote "${id}", which the matrix does not declare`,
            )
      }
      if (verdict.requires) {
        checkSource(`the requirement of ${where}`, verdict.requires.source)
        if (!this.update(server, verdict.requires.update))
          problem(
            `${where} requires update "${verdict.requires.update}", which server ${server} does not list`,
          )
      }
    }
    for (const client of data.clients) {
      for (const [workload, capability] of Object.entries(client.offers ?? {})) {
        if (!workloadIds.has(workload))
          problem(`client ${client.id} offers unknown workload "${workload}"`)
        checkSource(`the capability of ${client.id} for ${workload}`, capability.source)
      }
    }
    const knownServers = new Set([
      ...serverIds,
      ...this.unsupportedProducts.filter((p) => p.kind === 'server').map((p) => p.id),
      ...(this.facts ? this.facts.data.servers.map((s) => s.id) : []),
    ])
    for (const rule of data.serverRules ?? []) {
      checkSource(`server rule ${rule.id}`, rule.source)
      for (const id of rule.kind === 'together' ? rule.servers : [...rule.from, rule.to]) {
        if (!knownServers.has(id))
          problem(
            `server rule ${rule.id} names "${id}", which is no server product the matrix knows`,
          )
      }
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
      checkVerdict(where, cell, cell.server)
      for (const [workload, verdict] of Object.entries(cell.workloads ?? {})) {
        if (!workloadIds.has(workload)) problem(`${where} refines unknown workload "${workload}"`)
        // A refinement for a workload the client does not offer could never apply: the population gets a capability finding instead.
        if (this.offers(cell.client, workload)?.level === 'no')
          problem(`${where} refines workload "${workload}", which ${cell.client} does not offer`)
        checkVerdict(`${where} for ${workload}`, verdict, cell.server)
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

/** `own` followed by the entries of `inherited` whose ids `own` does not have. */
function byId<T extends { id: string }>(own: readonly T[], inherited: readonly T[]): readonly T[] {
  const ids = new Set(own.map((item) => item.id))
  return [...own, ...inherited.filter((item) => !ids.has(item.id))]
}
