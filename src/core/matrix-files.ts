import { BUILTIN_MATRIX_IDS, builtinMatrix } from './builtin-matrices.js'
import { decodeSource } from './decode.js'
import { locate, parseDocument } from './document.js'
import { Matrix, type MatrixData } from './matrix.js'
import { schemaDiagnostics } from './schema-errors.js'
import { matrixSchemaErrors } from './schema-validator.js'
import { didYouMean } from './suggest.js'
import type { MatrixResolution, MatrixResolver } from './topology.js'
import type { Diagnostic } from './types.js'

/** How the shell hands a matrix file to the core: its display path and bytes, or why not. */
export type MatrixFileReader = (ref: string) => { ok: true; file: string; bytes: Uint8Array } | { ok: false; message: string }

/** A matrix file as written: a whole matrix, or (with `extends`) the entries it adds or replaces. */
type MatrixOverlay = Partial<MatrixData> & { id: string; extends?: string }

/** A reference names a file when it looks like one; anything else is a built-in id. */
export function isMatrixPath(ref: string): boolean {
  return /[/\\]/.test(ref) || /\.(ya?ml|json)$/i.test(ref)
}

/**
 * Resolves `matrix:` references: built-in ids, and matrix files (YAML or JSON, validated against
 * schema/matrix.schema.json with errors at their lines) that may `extends` a built-in matrix or
 * another file. Each file is read and resolved once per resolver.
 */
export function createMatrixResolver(readFile: MatrixFileReader): MatrixResolver {
  const resolved = new Map<string, MatrixResolution>()

  const resolve = (ref: string, chain: readonly string[]): MatrixResolution => {
    if (!isMatrixPath(ref)) {
      const matrix = builtinMatrix(ref)
      if (matrix) return { ok: true, matrix }
      return {
        ok: false,
        message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}; a matrix file is named by its path (.yml, .yaml or .json)`,
      }
    }
    const cached = resolved.get(ref)
    if (cached) return cached
    const read = readFile(ref)
    if (!read.ok) return { ok: false, message: `matrix file ${ref}: ${read.message}` }
    if (chain.includes(read.file)) return { ok: false, message: `matrix files extend each other in a cycle: ${[...chain, read.file].join(' → ')}` }
    const outcome = resolveFile(read.file, read.bytes, [...chain, read.file])
    resolved.set(ref, outcome)
    return outcome
  }

  const resolveFile = (file: string, bytes: Uint8Array, chain: readonly string[]): MatrixResolution => {
    const invalid = (errors: Diagnostic[]): MatrixResolution => ({ ok: false, message: `matrix file ${file} is invalid (${errors.length === 1 ? 'see the error there' : `see the ${errors.length} errors there`})`, errors })
    const decoded = decodeSource(bytes)
    if (!decoded.ok) return invalid([{ file, line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column, message: decoded.message }])
    const parsed = parseDocument(decoded.text, file, /\.json$/i.test(file) ? 'json' : 'yaml')
    if (!parsed.ok) return invalid(parsed.errors)
    const { document } = parsed
    const schemaErrors = matrixSchemaErrors(document.value)
    if (schemaErrors.length > 0) return invalid(schemaDiagnostics(document, schemaErrors))
    const overlay = document.value as MatrixOverlay

    let data: MatrixData
    if (overlay.extends === undefined) {
      data = overlay as MatrixData
    } else {
      const base = resolve(overlay.extends, chain)
      if (!base.ok) return invalid([{ file, ...locate(document, ['extends']), message: base.message }, ...(base.errors ?? [])])
      data = mergeMatrix(base.matrix.data, overlay)
    }
    const loaded = Matrix.load(data)
    if (!loaded.ok) {
      // The schema passed, so what is left is consistency across the merged matrix (a cell for every
      // pair, references that resolve); point at the matrix's id, where the merged result is named.
      const at = locate(document, ['id'])
      const base = overlay.extends === undefined ? '' : ` (with what it extends from ${overlay.extends})`
      return invalid(loaded.problems.map((problem) => ({ file, ...at, message: `matrix ${overlay.id}${base}: ${problem}` })))
    }
    return { ok: true, matrix: loaded.matrix }
  }

  return (ref) => resolve(ref, [])
}

/**
 * `overlay` on top of `base`: entries with a base entry's id replace it, new ones are added in
 * order after the base's; cells are keyed by client and server, sources by key.
 */
export function mergeMatrix(base: MatrixData, overlay: MatrixOverlay): MatrixData {
  const byKey = <T>(from: readonly T[], over: readonly T[] | undefined, key: (item: T) => string): T[] => {
    const merged = new Map(from.map((item) => [key(item), item]))
    for (const item of over ?? []) merged.set(key(item), item)
    return [...merged.values()]
  }
  const id = (item: { id: string }) => item.id
  return {
    id: overlay.id,
    title: overlay.title ?? base.title,
    // A description says what one matrix covers; the base's would describe the base.
    ...(overlay.description === undefined ? {} : { description: overlay.description }),
    sources: { ...base.sources, ...overlay.sources },
    workloads: byKey(base.workloads, overlay.workloads, id),
    servers: byKey(base.servers, overlay.servers, id),
    clients: byKey(base.clients, overlay.clients, id),
    footnotes: byKey(base.footnotes, overlay.footnotes, id),
    cells: byKey(base.cells, overlay.cells, (cell) => `${cell.client}\u0000${cell.server}`),
  }
}
