import { locate, type SourceDocument } from './document.js'
import type { RunBudget } from './limits.js'
import { knownProduct } from './builtin-matrices.js'
import type {
  Matrix,
  MatrixResolution,
  Product,
  ProductKind,
  UnsupportedProduct,
} from './matrix.js'
import { schemaDiagnostics } from './schema-errors.js'
import { topologySchemaErrors } from './schema-validator.js'
import { didYouMean, normalizeName, type SuggestionBudget } from './suggest.js'
import type { Diagnostic, Span } from './types.js'
import { readVersion, type DeclaredVersion } from './versions.js'

/**
 * The shape schema/topology.schema.json guarantees once validation passed. A file that failed it is
 * salvaged into the same shape, with holes where an entry has no name and without the values of the
 * wrong shape: only there is a server or client without its product, or an exception without one
 * of its keys.
 */
interface ServerData {
  name: string
  product?: string
  version?: string
}
interface ClientData {
  name: string
  product?: string
  servers?: string[]
  workloads?: string[]
}
interface ExceptionData {
  client: string
  server: string
  /** The client product the exception was written for: it waives nothing for another product. */
  product: string
  reason: string
  expires: string
  owner?: string
  ticket?: string
}
interface TopologyData {
  matrix?: string
  servers: (ServerData | undefined)[]
  clients: (ClientData | undefined)[]
  exceptions?: (Partial<ExceptionData> | undefined)[]
}

/**
 * Whether every name of a section is known, so that a name missing from it is a mistake of the
 * name that refers to it. True in a file that passed the schema.
 */
interface NamesKnown {
  servers: boolean
  clients: boolean
}

export interface ServerEntry {
  name: string
  product: Product
  /** Set when the matrix knows the product only to say that nothing is supported on it. */
  unsupported?: UnsupportedProduct
  /** Its index under `servers:`, for Topology.locate. */
  index: number
  productSpan: Span
  version?: DeclaredVersion & { span: Span }
}
export interface ClientEntry {
  name: string
  product: Product
  /** Set when the matrix knows the product only to say that nothing is supported on it. */
  unsupported?: UnsupportedProduct
  /** Its index under `clients:`, for Topology.locate. */
  index: number
  servers: ServerEntry[]
  workloads: string[]
  /** Where the client's `product:` value stands: every result for the population points here. */
  productSpan: Span
}
export interface ExceptionEntry extends Omit<ExceptionData, 'product'> {
  /** The client product the exception was written for, as the matrix knows it. */
  product: Product
  /** Where the exception starts (its first key), for warnings about the whole exception. */
  span: Span
  productSpan: Span
  /** First instant (ms since the epoch, UTC) at which the exception no longer waives anything. */
  expiresAt: number
  expiresSpan: Span
}
export interface Topology {
  file: string
  matrix: Matrix
  servers: ServerEntry[]
  clients: ClientEntry[]
  exceptions: ExceptionEntry[]
  /** Where the node at a path (keys and indexes) of the file stands; for the few findings that point inside an entry. */
  locate: (path: readonly (string | number)[]) => Span
}

/** A topology, or its problems: the first ones at their places, and how many more there were (past what is described). */
export type TopologyOutcome =
  { ok: true; topology: Topology } | { ok: false; errors: Diagnostic[]; unlisted?: number }

export interface ReadOptions {
  /** The matrix was chosen outside the file (action input, --matrix), not by its `matrix:`. */
  overridden?: boolean
  budget?: RunBudget
}

/**
 * Checks a parsed document against the topology schema and against its matrix, resolved by the
 * caller (products exist, names are unique, references resolve), reporting every problem of the
 * file at once.
 */
export function readTopology(
  document: SourceDocument,
  resolution: MatrixResolution,
  options: ReadOptions = {},
): TopologyOutcome {
  const { budget } = options
  const schemaErrors = topologySchemaErrors(document.value)
  // A schema violation must not hide the file's other problems, so the checks below still run on
  // every value that has the right shape. A reference is checked only against a section whose names
  // are all known (NamesKnown): a server "missing" because its section or its name is misspelled is
  // not a second mistake.
  const intact = schemaErrors.length === 0
  const { data, namesKnown } = intact
    ? { data: document.value as TopologyData, namesKnown: { servers: true, clients: true } }
    : salvage(document.value)
  const described = intact
    ? { diagnostics: [], unlisted: 0 }
    : schemaDiagnostics(document, schemaErrors, budget)
  const errors: Diagnostic[] = described.diagnostics
  const schemaErrorCount = errors.length
  const fail = (path: (string | number)[], message: string, part: 'key' | 'value' = 'value') =>
    errors.push({ file: document.file, ...locate(document, path, part), message })

  if (!resolution.ok) {
    // The matrix file's own errors are reported with that file, once, by whoever resolved it.
    // A prefix, not a parenthesis: many of the resolver's messages end in one already.
    fail(
      ['matrix'],
      options.overridden ? `matrix option: ${resolution.message}` : resolution.message,
    )
    return { ok: false, errors, unlisted: described.unlisted }
  }
  const { matrix } = resolution

  /** One message per distinct unknown name: a large file repeats the same few mistakes. */
  const productProblems = new Map<string, string>()
  /** The product named by the `product:` of entry `i` of `section`. */
  const resolveProduct = (
    section: 'servers' | 'clients' | 'exceptions',
    i: number,
    kind: ProductKind,
    name: string,
  ): { product: Product; unsupported?: UnsupportedProduct } | undefined => {
    const found = matrix.lookup(name, kind)
    if (found.ok) return found
    const key = `${kind}\u0000${name}`
    let message = productProblems.get(key)
    if (message === undefined) {
      message = productProblem(matrix, name, kind, budget)
      productProblems.set(key, message)
    }
    fail([section, i, 'product'], message)
    return undefined
  }

  // Names are checked on their own, so a duplicate is reported even when a product is misspelled.
  /** Records the first entry of each name and reports any later one; returns the earlier index, if any. */
  const claimName = (
    seen: Map<string, number>,
    section: 'servers' | 'clients',
    i: number,
    name: string,
  ): number | undefined => {
    const first = seen.get(name)
    if (first === undefined) seen.set(name, i)
    else
      fail(
        [section, i, 'name'],
        `duplicate ${section === 'servers' ? 'server' : 'client'} name "${name}"; it is already declared at line ${locate(document, [section, first, 'name']).line}`,
      )
    return first
  }
  const firstServerIndex = new Map<string, number>()
  const servers = new Map<string, ServerEntry>()
  data.servers.forEach((server, i) => {
    if (!server) return
    const first = claimName(firstServerIndex, 'servers', i, server.name)
    if (server.product === undefined) return
    const found = resolveProduct('servers', i, 'server', server.product)
    if (!found || first !== undefined) return
    const entry: ServerEntry = {
      name: server.name,
      product: found.product,
      index: i,
      productSpan: locate(document, ['servers', i, 'product']),
    }
    if (found.unsupported) entry.unsupported = found.unsupported
    else if (server.version !== undefined) {
      const reading = readVersion(server.version, found.product, matrix)
      if (!reading.ok) fail(['servers', i, 'version'], reading.message)
      else entry.version = { ...reading.version, span: locate(document, ['servers', i, 'version']) }
    }
    servers.set(server.name, entry)
  })

  const allServerNames = [...firstServerIndex.keys()]
  /**
   * The usable servers among those named. Made with map(), which sizes the list exactly: push()
   * would reserve room for 17 servers in each of a large topology's 100,000 lists.
   */
  const reached = (names: readonly string[]): ServerEntry[] => {
    const found = names.map((name) => servers.get(name))
    return found.every(isDefined) ? found : found.filter(isDefined)
  }
  const firstClientIndex = new Map<string, number>()
  const clients: ClientEntry[] = []
  data.clients.forEach((client, i) => {
    if (!client) return
    const first = claimName(firstClientIndex, 'clients', i, client.name)
    const found =
      client.product === undefined
        ? undefined
        : resolveProduct('clients', i, 'client', client.product)
    const names = client.servers ?? allServerNames
    // Indexed loops: these run once per pair and per declared workload, and make nothing.
    for (let j = 0; namesKnown.servers && j < names.length; j++) {
      const name = names[j] as string
      if (!firstServerIndex.has(name)) {
        fail(
          ['clients', i, 'servers', j],
          `client "${client.name}" names server "${name}", which is not declared under servers${didYouMean(name, allServerNames, budget)}`,
        )
      }
    }
    const workloads = client.workloads ?? []
    for (let j = 0; j < workloads.length; j++) {
      const workload = workloads[j] as string
      if (matrix.workloadName(workload) === undefined)
        fail(
          ['clients', i, 'workloads', j],
          `unknown workload "${workload}"${didYouMean(workload, matrix.workloadIds, budget)}; workloads of matrix ${matrix.id}: ${matrix.workloadIds.join(', ')}`,
        )
    }
    if (found && first === undefined) {
      const entry: ClientEntry = {
        name: client.name,
        product: found.product,
        index: i,
        servers: reached(names),
        workloads: client.workloads ?? [],
        productSpan: locate(document, ['clients', i, 'product']),
      }
      if (found.unsupported) entry.unsupported = found.unsupported
      clients.push(entry)
    }
  })

  /**
   * The server names a population connects to, as its first entry writes them (or every server by
   * default); undefined for an undeclared client.
   */
  const serversOf = (name: string): readonly string[] | undefined => {
    const first = firstClientIndex.get(name)
    return first === undefined ? undefined : (data.clients[first]?.servers ?? allServerNames)
  }
  /** Whether a list of server names has `server`: a short list is searched, a long one hashed. */
  const serverSets = new Map<readonly string[], ReadonlySet<string>>()
  const listsServer = (names: readonly string[], server: string): boolean => {
    if (names.length <= SHORT_LIST) return names.includes(server)
    let set = serverSets.get(names)
    if (!set) {
      set = new Set(names)
      serverSets.set(names, set)
    }
    return set.has(server)
  }

  const exceptions: ExceptionEntry[] = []
  const waivedPairs = new Map<string, number>()
  for (const [i, exception] of (data.exceptions ?? []).entries()) {
    if (!exception) continue
    const { client, server } = exception
    const connected = client === undefined ? undefined : serversOf(client)
    const serverDeclared = server !== undefined && firstServerIndex.has(server)
    if (client !== undefined && !connected && namesKnown.clients)
      fail(
        ['exceptions', i, 'client'],
        `exception names client "${client}", which is not declared under clients${didYouMean(client, firstClientIndex.keys(), budget)}`,
      )
    if (server !== undefined && !serverDeclared && namesKnown.servers)
      fail(
        ['exceptions', i, 'server'],
        `exception names server "${server}", which is not declared under servers${didYouMean(server, allServerNames, budget)}`,
      )
    if (connected && serverDeclared && !listsServer(connected, server)) {
      fail(
        ['exceptions', i, 'server'],
        `exception names the pair "${client}" on "${server}", but that client does not connect to that server`,
      )
    }
    if (client !== undefined && server !== undefined) {
      const pair = `${client}\u0000${server}`
      const earlier = waivedPairs.get(pair)
      if (earlier !== undefined)
        fail(
          ['exceptions', i],
          `a second exception for "${client}" on "${server}"; the first is at line ${locate(document, ['exceptions', earlier]).line}`,
        )
      waivedPairs.set(pair, earlier ?? i)
    }
    const product =
      exception.product === undefined
        ? undefined
        : resolveProduct('exceptions', i, 'client', exception.product)?.product
    const expiresAt = exception.expires === undefined ? undefined : endOfDayUtc(exception.expires)
    if (exception.expires !== undefined && expiresAt === undefined)
      fail(['exceptions', i, 'expires'], `"${exception.expires}" is not a calendar date`)
    // Only a file that passed the schema is evaluated, and there every exception has all its keys.
    if (!intact || expiresAt === undefined || !product) continue
    exceptions.push({
      ...(exception as ExceptionData),
      product,
      expiresAt,
      span: locate(document, ['exceptions', i]),
      productSpan: locate(document, ['exceptions', i, 'product']),
      expiresSpan: locate(document, ['exceptions', i, 'expires']),
    })
  }

  if (errors.length > 0) {
    // Where the schema already objected to a value, a second opinion on it adds nothing.
    const schemaPlaces = new Set(
      errors.slice(0, schemaErrorCount).map((e) => `${e.line}:${e.column}`),
    )
    const unique = errors.filter(
      (e, i) => i < schemaErrorCount || !schemaPlaces.has(`${e.line}:${e.column}`),
    )
    return {
      ok: false,
      errors: unique.sort((a, b) => a.line - b.line || a.column - b.column),
      unlisted: described.unlisted,
    }
  }
  // Unreachable with schema errors: they are in `errors`. Stated for the type checker.
  if (!intact) return { ok: false, errors, unlisted: described.unlisted }
  return {
    ok: true,
    topology: {
      file: document.file,
      matrix,
      servers: [...servers.values()],
      clients,
      exceptions,
      locate: (path) => locate(document, path),
    },
  }
}

/**
 * Why `name` names no product of this kind in `matrix`: a product another built-in matrix has (or
 * one coexist knows is supported nowhere) is named and explained, never "corrected" to a similar
 * product of this matrix; otherwise the matrix says what it has.
 */
function productProblem(
  matrix: Matrix,
  name: string,
  kind: ProductKind,
  budget: SuggestionBudget | undefined,
): string {
  // Folded once: a file can hold tens of thousands of unknown names.
  const folded = normalizeName(name)
  const known = matrix.findFolded(folded) ? undefined : knownProduct(folded)
  if (!known) return matrix.lookupProblem(name, kind, budget, folded)
  const what = known.product.name === name ? `"${name}"` : `"${name}" (${known.product.name})`
  if (known.kind !== kind)
    return `${what} is a ${known.kind} product, not a ${kind}; ${matrix.listing(kind)}`
  const elsewhere = known.matrices.filter((id) => id !== matrix.id)
  const where =
    elsewhere.length > 0
      ? `built-in matrices that have it: ${elsewhere.join(', ')}`
      : 'no built-in matrix supports it'
  return `${what} is not a ${kind} of matrix ${matrix.id} (${where}); ${matrix.listing(kind)}`
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}

/**
 * What of a file that failed the schema still has the shape the checks need: an entry without a
 * string name becomes a hole, so every entry keeps its index (and so its position in the file), and
 * a value of the wrong shape is left out of its entry. With it, which sections have every name known.
 */
function salvage(value: unknown): { data: TopologyData; namesKnown: NamesKnown } {
  const record = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined
  const text = (entry: Record<string, unknown> | undefined, key: string): string | undefined =>
    typeof entry?.[key] === 'string' ? entry[key] : undefined
  /** The keys of `entry` that hold text, each only if it does. */
  const texts = <K extends string>(
    entry: Record<string, unknown>,
    keys: readonly K[],
  ): { [key in K]?: string } => {
    const found: { [key in K]?: string } = {}
    for (const key of keys) {
      const v = entry[key]
      if (typeof v === 'string') found[key] = v
    }
    return found
  }
  const top = record(value) ?? {}
  // A list under an unknown top-level key may be a section misspelled (`severs:`), with names in it.
  const strayList = Object.entries(top).some(
    ([key, v]) => !TOP_LEVEL_KEYS.has(key) && Array.isArray(v),
  )
  const allNamed = (section: unknown): boolean =>
    !strayList &&
    Array.isArray(section) &&
    section.every((entry) => text(record(entry), 'name') !== undefined)
  const data: TopologyData = {
    ...(typeof top.matrix === 'string' ? { matrix: top.matrix } : {}),
    servers: list(top.servers).map((v): ServerData | undefined => {
      const entry = record(v)
      const name = text(entry, 'name')
      if (entry === undefined || name === undefined) return undefined
      return { ...texts(entry, ['product', 'version']), name }
    }),
    clients: list(top.clients).map((v): ClientData | undefined => {
      const entry = record(v)
      const name = text(entry, 'name')
      if (entry === undefined || name === undefined) return undefined
      const [servers, workloads] = [strings(entry.servers), strings(entry.workloads)]
      return {
        ...texts(entry, ['product']),
        name,
        ...(servers ? { servers } : {}),
        ...(workloads ? { workloads } : {}),
      }
    }),
    exceptions: list(top.exceptions).map((v): Partial<ExceptionData> | undefined => {
      const entry = record(v)
      if (entry === undefined) return undefined
      const { expires, ...rest } = texts(entry, ['client', 'server', 'product', 'expires'])
      // A date not written YYYY-MM-DD is the schema's error; only a well-written one is checked.
      return expires !== undefined && DATE.test(expires) ? { ...rest, expires } : rest
    }),
  }
  return { data, namesKnown: { servers: allNamed(top.servers), clients: allNamed(top.clients) } }
}

/** How long a list of server names may be and still be searched item by item. */
const SHORT_LIST = 16

const TOP_LEVEL_KEYS = new Set(['$schema', 'matrix', 'servers', 'clients', 'exceptions'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The instant after the last moment of `date` (YYYY-MM-DD) in UTC, or undefined for 2027-02-30 and the like. */
function endOfDayUtc(date: string): number | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const start = Date.UTC(year, month - 1, day)
  const check = new Date(start)
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return undefined
  return Date.UTC(year, month - 1, day + 1)
}
