import { BUILTIN_MATRIX_IDS, builtinFacts, builtinMatrix } from './builtin-matrices.js'
import { decodeSource } from './decode.js'
import { locate, parseDocument } from './document.js'
import { MAX_EXTENDS_DEPTH, type RunBudget } from './limits.js'
import {
  Matrix,
  type MatrixData,
  type MatrixFileProblems,
  type MatrixResolution,
  type MatrixResolver,
} from './matrix.js'
import { schemaDiagnostics } from './schema-errors.js'
import { matrixSchemaErrors } from './schema-validator.js'
import { didYouMean } from './suggest.js'
import type { Diagnostic } from './types.js'
import { formatCount } from './format.js'

/**
 * How the shell hands a matrix file to the core: its display path, the key that identifies the file
 * however it is spelled (its real path), and a way to load its bytes that the resolver calls only
 * for a key it has not seen; or why there is no such file.
 */
export type MatrixFileReader = (
  ref: string,
) =>
  | { ok: true; file: string; key?: string; load: () => LoadedMatrixFile }
  | { ok: false; message: string }

/** A matrix file's bytes, or why they could not be read (not a regular file, too large). */
export type LoadedMatrixFile = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

/** A matrix file as written: a whole matrix, or (with `extends`) the entries it adds or replaces. */
type MatrixOverlay = Partial<MatrixData> & { id: string; extends?: string }

/** A reference names a file when it looks like one; anything else is a built-in id. */
export function isMatrixPath(ref: string): boolean {
  return /[/\\]/.test(ref) || /\.(ya?ml|json)$/i.test(ref)
}

/**
 * Resolves `matrix:` references: built-in ids, and matrix files (YAML or JSON, validated against
 * schema/matrix.schema.json with errors at their lines) that may `extends` a built-in matrix or
 * another file. Each file is read and resolved once per resolver (one resolver per run), however
 * many topologies name it and however they spell its path; its nodes count against the run's budget.
 */
export function createMatrixResolver(
  readFile: MatrixFileReader,
  budget?: RunBudget,
): MatrixResolver {
  /** By the file's key (its real path), and by each spelling already read, so a spelling is read once too. */
  const resolved = new Map<string, MatrixResolution>()
  const bySpelling = new Map<string, MatrixResolution>()

  const resolve = (ref: string, chain: readonly string[]): MatrixResolution => {
    if (!isMatrixPath(ref)) {
      const matrix = builtinMatrix(ref)
      if (matrix) return { ok: true, matrix }
      return {
        ok: false,
        message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}; a matrix file is named by its path (.yml, .yaml or .json)`,
      }
    }
    const spelled = bySpelling.get(ref)
    if (spelled) return spelled
    const read = readFile(ref)
    if (!read.ok) return { ok: false, message: `matrix file ${ref}: ${read.message}` }
    const key = read.key ?? read.file
    if (chain.includes(read.file))
      return {
        ok: false,
        message: `matrix files extend each other in a cycle: ${[...chain, read.file].join(' → ')}`,
      }
    let outcome = resolved.get(key)
    if (!outcome) {
      const loaded = read.load()
      outcome = loaded.ok
        ? resolveFile(read.file, loaded.bytes, [...chain, read.file])
        : { ok: false, message: `matrix file ${ref}: ${loaded.message}` }
      resolved.set(key, outcome)
    }
    bySpelling.set(ref, outcome)
    return outcome
  }

  const resolveFile = (
    file: string,
    bytes: Uint8Array,
    chain: readonly string[],
  ): MatrixResolution => {
    /** This file's problems, and those of the files it extends, each file's once. */
    const invalid = (
      errors: Diagnostic[],
      unlisted = 0,
      bases: readonly MatrixFileProblems[] = [],
    ): MatrixResolution => {
      const count = errors.length + unlisted
      return {
        ok: false,
        message: `matrix file ${file} is invalid (${count === 1 ? 'see the error there' : `see the ${formatCount(count)} errors there`})`,
        invalidFiles: [{ file, errors, unlisted }, ...bases],
      }
    }
    const decoded = decodeSource(bytes)
    if (!decoded.ok)
      return invalid([
        {
          file,
          line: decoded.line,
          column: decoded.column,
          endLine: decoded.line,
          endColumn: decoded.column,
          message: decoded.message,
        },
      ])
    const parsed = parseDocument(
      decoded.text,
      file,
      /\.json$/i.test(file) ? 'json' : 'yaml',
      budget,
    )
    if (!parsed.ok) return invalid(parsed.errors)
    const { document } = parsed
    const schemaErrors = matrixSchemaErrors(document.value)
    if (schemaErrors.length > 0) {
      const described = schemaDiagnostics(document, schemaErrors, budget)
      return invalid(described.diagnostics, described.unlisted)
    }
    const overlay = document.value as MatrixOverlay
    // A file that took a built-in id would read as that matrix in every report: a pull request could
    // then present its own verdicts as Microsoft's.
    if (BUILTIN_MATRIX_IDS.includes(overlay.id)) {
      return invalid([
        {
          file,
          ...locate(document, ['id']),
          message: `"${overlay.id}" is the id of a built-in matrix; a matrix file needs an id of its own (e.g. ${overlay.id}-house-rules), so that no report mistakes it for the built-in one`,
        },
      ])
    }

    let data: MatrixData
    if (overlay.extends === undefined) {
      data = overlay as MatrixData
    } else {
      if (chain.length > MAX_EXTENDS_DEPTH) {
        return invalid([
          {
            file,
            ...locate(document, ['extends']),
            message: `matrix files extend each other more than ${MAX_EXTENDS_DEPTH} deep: ${chain.join(' → ')} → …; flatten the chain`,
          },
        ])
      }
      const base = resolve(overlay.extends, chain)
      if (!base.ok)
        return invalid(
          [{ file, ...locate(document, ['extends']), message: base.message }],
          0,
          base.invalidFiles,
        )
      data = mergeMatrix(base.matrix.data, overlay)
    }
    // Product facts (capabilities, builds, server rules) come from a built-in matrix only: a file
    // cannot redefine what Microsoft's documents state about a product by naming another file.
    const facts = data.facts === undefined ? undefined : builtinFacts(data.facts)
    if (data.facts !== undefined && !facts) {
      const path = overlay.facts === undefined ? ['extends'] : ['facts']
      return invalid([
        {
          file,
          ...locate(document, path),
          message: `facts: "${data.facts}" is no built-in matrix${didYouMean(data.facts, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}`,
        },
      ])
    }
    // The file passed the schema above, and what it extends is valid: the merge needs no second schema check.
    const loaded = Matrix.fromCheckedShape(data, file, facts)
    if (!loaded.ok) {
      // The schema passed, so what is left is consistency across the merged matrix (a cell for every
      // pair, references that resolve); point at the matrix's id, where the merged result is named.
      const at = locate(document, ['id'])
      const base =
        overlay.extends === undefined ? '' : ` (with what it extends from ${overlay.extends})`
      return invalid(
        loaded.problems.map((problem) => ({
          file,
          ...at,
          message: `matrix ${overlay.id}${base}: ${problem}`,
        })),
        loaded.unlisted,
      )
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
  const byKey = <T>(
    from: readonly T[],
    over: readonly T[] | undefined,
    key: (item: T) => string,
  ): T[] => {
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
    ...(base.unsupportedProducts || overlay.unsupportedProducts
      ? {
          unsupportedProducts: byKey(
            base.unsupportedProducts ?? [],
            overlay.unsupportedProducts,
            id,
          ),
        }
      : {}),
    ...(base.serverRules || overlay.serverRules
      ? { serverRules: byKey(base.serverRules ?? [], overlay.serverRules, id) }
      : {}),
    // The product facts the base takes from a built-in matrix hold for what extends it, unless it names its own.
    ...((overlay.facts ?? base.facts) === undefined ? {} : { facts: overlay.facts ?? base.facts }),
  }
}
