import path from 'node:path'
import { builtinMatrix, CATALOGUE_MATRIX_ID } from '../core/builtin-matrices.js'
import { loadTopology, parseTopology, unreadable } from '../core/check.js'
import { decodeInventory } from '../core/decode.js'
import { classifyEstate } from '../core/import.js'
import { poolKey, type ImportedEstate, type ServerBuild } from '../core/imported.js'
import { parseServerOption, readClientInventory, readServerInventory } from '../core/inventory.js'
import { DEFAULT_MAX_BYTES, LIMIT_CEILINGS, RunBudget } from '../core/limits.js'
import type { Matrix, MatrixResolution } from '../core/matrix.js'
import { mergeTopology, type TopologyChange } from '../core/topology-merge.js'
import { renderTopology } from '../core/topology-writer.js'
import type { Diagnostic } from '../core/types.js'
import { plural } from '../core/format.js'
import { matrixFiles } from '../io/matrix-files.js'
import { displayPath } from '../io/paths.js'
import { readTopologyBytes } from '../io/read-topology.js'
import { resolvePlainFile } from '../io/topology-files.js'
import { writeFileInside } from '../io/write-file.js'

// `coexist import`: inventories in, a checked topology out. The order matters for the promise that
// nothing is written on error: every input is read and every problem collected first; the topology
// is then rendered (or merged) and evaluated as `coexist check` would, and only a topology that
// evaluates is written, whole, by renaming a fresh file into place.

export interface ImportRequest {
  /** The client inventory, relative to `cwd`. */
  clients: string
  /** The server inventory, relative to `cwd`. */
  servers?: string
  /** `POOL=BUILD` (or `POOL=PRODUCT`), each winning over the server inventory's row for its pool. */
  serverOptions: readonly string[]
  /** The topology to merge into, relative to `cwd`; absent: a new topology for standard output. */
  into?: string
  /** The matrix a new topology names (`matrix:`); a merged one keeps its own. */
  matrix?: string
  /** Each inventory file's size limit. */
  maxBytes: number
}

export interface ImportEnvironment {
  cwd: string
  /** The folder reads may not leave, nor the write. */
  root: string
}

export type ImportOutcome =
  | {
      ok: true
      text: string
      estate: ImportedEstate
      /** What the import read past but someone should know (a pool's computers on different builds). */
      warnings: Diagnostic[]
      /**
       * With `into`: what the merge changed (empty when nothing did, or when the file was
       * `created`), the file, and whether it was written (not when nothing changed).
       */
      merged?: { changes: TopologyChange[]; file: string; written: boolean; created: boolean }
    }
  /**
   * Problems with the inputs, each at its file, line and column, and how many more: nothing was
   * written. With the estate when the inventories were read but gave too little to write.
   */
  | {
      ok: false
      errors: Diagnostic[]
      /** Per file, how many more errors it had than it lists. */
      unlisted?: { file: string; count: number }[]
      estate?: ImportedEstate
    }
  /** An option that cannot be used: nothing was read. */
  | { ok: false; usage: string }

export async function importTopology(
  request: ImportRequest,
  environment: ImportEnvironment,
): Promise<ImportOutcome> {
  const { cwd, root } = environment
  const shown = (absolute: string) => displayPath(absolute, cwd, root)
  const catalogue = builtinMatrix(CATALOGUE_MATRIX_ID)
  if (catalogue === undefined)
    throw new Error(`the built-in matrix ${CATALOGUE_MATRIX_ID} is missing`)
  // The import writes YAML: a JSON topology would be rewritten in another language, or not parse.
  if (request.into !== undefined && /\.json$/i.test(request.into))
    return {
      ok: false,
      usage: `--into ${request.into}: the import writes and merges YAML topologies, not JSON`,
    }

  const errors: Diagnostic[] = []
  const warnings: Diagnostic[] = []
  const provenance: string[] = []

  const readText = async (given: string): Promise<{ file: string; text: string } | undefined> => {
    const resolved = await resolvePlainFile(given, cwd, root)
    const file = resolved.ok ? shown(resolved.absolute) : given
    if (!resolved.ok) {
      errors.push(...unreadable(file, resolved.message).errors)
      return undefined
    }
    const read = await readTopologyBytes(resolved.absolute, request.maxBytes, 'inventories')
    if (!read.ok) {
      errors.push(...unreadable(file, read.message).errors)
      return undefined
    }
    const decoded = decodeInventory(read.bytes)
    if (!decoded.ok) {
      errors.push(...unreadable(file, decoded.message, decoded.line, decoded.column).errors)
      return undefined
    }
    return { file, text: decoded.text }
  }

  const clients = await readText(request.clients)
  const inventory = clients && readClientInventory(clients.file, clients.text)
  const unlisted: { file: string; count: number }[] = []
  if (clients && inventory && !inventory.ok) {
    errors.push(...inventory.errors)
    if (inventory.unlisted > 0) unlisted.push({ file: clients.file, count: inventory.unlisted })
  }
  if (clients && inventory?.ok) {
    const { columns } = inventory
    provenance.push(
      `clients: ${clients.file}, ${plural(inventory.rows, 'row')} (user agent: ${columns.userAgent}${columns.pool ? `, pool: ${columns.pool}` : ', no pool column'}${columns.count ? `, users: ${columns.count}` : ', one user per row'})`,
    )
  }

  const builds = new Map<string, ServerBuild>()
  if (request.servers !== undefined) {
    const servers = await readText(request.servers)
    const read = servers && readServerInventory(servers.file, servers.text)
    if (servers && read && !read.ok) {
      errors.push(...read.errors)
      if (read.unlisted > 0) unlisted.push({ file: servers.file, count: read.unlisted })
    }
    if (servers && read?.ok) {
      warnings.push(...read.warnings)
      for (const build of read.builds) builds.set(poolKey(build.pool), build)
      provenance.push(`servers: ${servers.file}, ${plural(read.builds.length, 'pool')}`)
    }
  }
  for (const text of request.serverOptions) {
    const parsed = parseServerOption(text)
    if (!parsed.ok) return { ok: false, usage: `--server ${text}: ${parsed.message}` }
    builds.set(poolKey(parsed.pool), {
      pool: parsed.pool,
      build: parsed.build,
      // Messages name the option as it was given, where a file would be named.
      origin: { file: `--server ${text}`, line: 1, column: 1, endLine: 1, endColumn: 1 },
    })
    provenance.push(`servers: --server ${parsed.pool}=${parsed.build}`)
  }
  if (errors.length > 0 || !inventory?.ok) return { ok: false, errors, unlisted }
  provenance.push(
    `client products: coexist's user-agent table (inventory/user-agents.json); server products and updates: the builds of matrix ${CATALOGUE_MATRIX_ID}`,
  )

  const estate = classifyEstate({
    agents: inventory.agents,
    builds: [...builds.values()],
    catalogue,
    provenance,
    serversListed: request.servers !== undefined,
  })

  // A topology needs a server and a client: say which part of the inventories left none, rather
  // than what the schema would say of the empty list.
  const missing =
    estate.servers.length === 0
      ? builds.size === 0
        ? 'no server pool is given: add --servers FILE or --server POOL=BUILD'
        : 'no server pool could be classified (see the builds below)'
      : estate.populations.length === 0
        ? 'no client population could be classified (see below)'
        : undefined
  if (missing !== undefined)
    return {
      ok: false,
      errors: unreadable(clients?.file ?? request.clients, missing).errors,
      estate,
    }

  // A new topology names the --matrix asked for, else the catalogue.
  const matrixRef = request.matrix ?? CATALOGUE_MATRIX_ID
  // One resolver for the run, as check has: a matrix file is read once.
  const matrices = matrixFiles(root, cwd)
  const newMatrix = matrices.named(matrixRef)
  if (!newMatrix.ok) return { ok: false, usage: `--matrix: ${newMatrix.message}` }
  if (request.into === undefined) {
    const text = renderTopology(estate, { matrix: matrixRef })
    const problems = evaluationProblems(STDOUT_NAME, text, newMatrix)
    if (problems.length > 0) return { ok: false, errors: problems }
    return { ok: true, text, estate, warnings }
  }

  const target = await resolvePlainFile(request.into, cwd, root)
  if (!target.ok) return { ok: false, errors: unreadable(request.into, target.message).errors }
  const file = shown(target.absolute)
  // The file to merge into is a topology: the topologies' size limit, not the inventories'.
  const existing = await readTopologyBytes(target.absolute, DEFAULT_MAX_BYTES)
  let text: string
  let changes: TopologyChange[] = []
  let matrix: MatrixResolution
  if (!existing.ok) {
    if (!existing.missing) return { ok: false, errors: unreadable(file, existing.message).errors }
    // A first import: the file is created.
    matrix = newMatrix
    text = renderTopology(estate, { matrix: matrixRef })
  } else {
    if (request.matrix !== undefined)
      return {
        ok: false,
        usage: `--matrix names the matrix of a new topology; ${file} exists and keeps its own matrix:`,
      }
    const parsed = parseTopology(file, existing.bytes, new RunBudget(LIMIT_CEILINGS))
    if (!parsed.ok) return { ok: false, errors: parsed.errors }
    matrix = matrices.fromTopology(parsed.matrixRef, path.dirname(target.absolute))
    if (!matrix.ok) return { ok: false, errors: unreadable(file, matrix.message).errors }
    const resolvedMatrix: Matrix = matrix.matrix
    // The text parseTopology decoded: its line index holds it.
    const { text: before } = parsed.document.lines
    const merged = mergeTopology({ file, text: before }, estate, {
      clientId: (name) => lookupId(resolvedMatrix, name, 'client'),
      serverId: (name) => lookupId(resolvedMatrix, name, 'server'),
    })
    if (!merged.ok) return { ok: false, errors: merged.errors }
    text = merged.text
    changes = merged.changes
    if (text === before)
      return {
        ok: true,
        text,
        estate,
        warnings,
        merged: { changes, file, written: false, created: false },
      }
  }
  const problems = evaluationProblems(file, text, matrix)
  if (problems.length > 0) return { ok: false, errors: problems }
  const written = await writeFileInside(root, target.absolute, [text])
  if (!written.ok) return { ok: false, errors: unreadable(file, written.message).errors }
  return {
    ok: true,
    text,
    estate,
    warnings,
    merged: { changes, file, written: true, created: existing.ok === false },
  }
}

function lookupId(matrix: Matrix, name: string, kind: 'client' | 'server'): string | undefined {
  const found = matrix.lookup(name, kind)
  return found.ok ? found.product.id : undefined
}

/**
 * What keeps `text` from evaluating as `coexist check` would read it, on `matrix`: an import never
 * writes a topology the gate cannot evaluate (a client product the file's matrix does not know,
 * for one). The limits are the ceilings: the import wrote the file, the run's limits are the gate's.
 */
function evaluationProblems(file: string, text: string, matrix: MatrixResolution): Diagnostic[] {
  const loaded = loadTopology(file, new TextEncoder().encode(text), {
    matrices: () => matrix,
    budget: new RunBudget(LIMIT_CEILINGS),
  })
  // The lines are those of a text that was never written: named as such, at the file's start.
  return loaded.ok
    ? []
    : loaded.errors.flatMap(
        (e) =>
          unreadable(
            file,
            `the topology the import would write does not evaluate (its line ${e.line}, column ${e.column}: ${e.message})`,
          ).errors,
      )
}

/** How messages name the topology a run without --into prints. */
const STDOUT_NAME = '<stdout>'
