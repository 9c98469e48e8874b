import { BUILTIN_MATRICES } from '../generated/matrices.js'
import { Matrix, type MatrixData, type MatrixResolution, type Product, type ProductKind } from './matrix.js'
import { didYouMean, normalizeName } from './suggest.js'

// The matrices shipped with coexist: every file under matrices/, listed at build time
// (src/generated/matrices.js), so that a new built-in matrix is a new data file and nothing else.

export const DEFAULT_MATRIX_ID = 'lync-server-2013'

/** The built-in ids, the default first, then by name. */
export const BUILTIN_MATRIX_IDS: readonly string[] = [DEFAULT_MATRIX_ID, ...Object.keys(BUILTIN_MATRICES).filter((id) => id !== DEFAULT_MATRIX_ID).sort()]

const loaded = new Map<string, Matrix>()

/**
 * The built-in matrix `id`, with the facts matrix it names, made on first use; undefined for an
 * unknown id. The test suite has validated every one (test/matrices.test.ts).
 */
export function builtinMatrix(id: string): Matrix | undefined {
  const cached = loaded.get(id)
  if (cached) return cached
  if (!Object.hasOwn(BUILTIN_MATRICES, id)) return undefined
  const data = BUILTIN_MATRICES[id] as MatrixData
  const facts = data.facts === undefined || data.facts === id ? undefined : builtinMatrix(data.facts)
  if (data.facts !== undefined && !facts) throw new Error(`the built-in matrix ${id} takes its facts from ${data.facts}, which is no other built-in matrix`)
  const matrix = Matrix.builtin(data, facts)
  loaded.set(id, matrix)
  return matrix
}

/** Resolves a built-in id; the CLI and the action add matrix files on top (src/io/matrix-files.ts). */
export function resolveBuiltinMatrix(ref: string): MatrixResolution {
  const matrix = builtinMatrix(ref)
  if (matrix) return { ok: true, matrix }
  return { ok: false, message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}` }
}

/** A product some built-in matrix knows, and the built-in matrices that have it as a client or server. */
export interface KnownProduct {
  kind: ProductKind
  product: Product
  matrices: string[]
}

let known: Map<string, KnownProduct> | undefined

/**
 * The product any built-in matrix means by `name`, whichever matrix a topology uses: so that a
 * product the chosen matrix lacks is recognised and explained, never "corrected" to a similar one.
 * Built on first use (only topologies with a product their matrix lacks pay for it).
 */
export function knownProduct(name: string): KnownProduct | undefined {
  if (!known) {
    known = new Map()
    for (const id of BUILTIN_MATRIX_IDS) {
      const matrix = builtinMatrix(id) as Matrix
      const products = [...matrix.data.clients.map((p) => ['client', p] as const), ...matrix.data.servers.map((p) => ['server', p] as const)]
      for (const [kind, product] of products) {
        for (const alias of [product.name, product.id, ...(product.aliases ?? [])]) {
          const key = normalizeName(alias)
          const entry = known.get(key) ?? { kind, product, matrices: [] }
          if (!entry.matrices.includes(id)) entry.matrices.push(id)
          known.set(key, entry)
        }
      }
      for (const unsupported of matrix.unsupportedProducts) {
        for (const alias of [unsupported.name, unsupported.id, ...(unsupported.aliases ?? [])]) {
          const key = normalizeName(alias)
          if (!known.has(key)) known.set(key, { kind: unsupported.kind, product: unsupported, matrices: [] })
        }
      }
    }
  }
  return known.get(normalizeName(name))
}
