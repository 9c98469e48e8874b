import { BUILTIN_FACTS, BUILTIN_MATRICES } from '../generated/matrices.js'
import {
  Matrix,
  type MatrixData,
  type MatrixResolution,
  type Product,
  type ProductKind,
} from './matrix.js'
import { didYouMean, normalizeName } from './suggest.js'

// The matrices shipped with coexist: every file under matrices/, listed at build time
// (src/generated/matrices.js), so that a new built-in matrix is a new data file and nothing else.

export const DEFAULT_MATRIX_ID = 'lync-server-2013'

/** The catalogue: every client and server product the sources name, with the servers' builds. */
export const CATALOGUE_MATRIX_ID = 'all-generations'

/** The built-in ids, the default first, then by name. */
export const BUILTIN_MATRIX_IDS: readonly string[] = [
  DEFAULT_MATRIX_ID,
  ...Object.keys(BUILTIN_MATRICES)
    .filter((id) => id !== DEFAULT_MATRIX_ID)
    .sort(),
]

const loaded = new Map<string, Matrix>()
const factsLoaded = new Map<string, Matrix>()

/**
 * The built-in matrix `id`, with the facts matrix it names, made on first use; undefined for an
 * unknown id. The test suite has validated every one (test/matrices.test.ts).
 */
export function builtinMatrix(id: string): Matrix | undefined {
  const cached = loaded.get(id)
  if (cached) return cached
  if (!Object.hasOwn(BUILTIN_MATRICES, id)) return undefined
  const matrix = fromData(JSON.parse(BUILTIN_MATRICES[id] as string) as MatrixData)
  loaded.set(id, matrix)
  return matrix
}

/**
 * The product facts of built-in matrix `id` (its clients' capabilities, its servers' builds, its
 * server rules and products supported nowhere), for a matrix that names it as `facts`: the whole
 * matrix when it is loaded already, else only that part of it. Undefined for an id no built-in
 * matrix takes facts from.
 */
export function builtinFacts(id: string): Matrix | undefined {
  const cached = loaded.get(id) ?? factsLoaded.get(id)
  if (cached) return cached
  if (!Object.hasOwn(BUILTIN_FACTS, id)) return builtinMatrix(id)
  const facts = fromData(JSON.parse(BUILTIN_FACTS[id] as string) as MatrixData)
  factsLoaded.set(id, facts)
  return facts
}

function fromData(data: MatrixData): Matrix {
  const facts = data.facts === undefined ? undefined : builtinFacts(data.facts)
  if (data.facts !== undefined && !facts)
    throw new Error(
      `the built-in matrix ${data.id} takes its facts from ${data.facts}, which is no other built-in matrix`,
    )
  return Matrix.builtin(data, facts)
}

/** Resolves a built-in id; the CLI and the action add matrix files on top (src/io/matrix-files.ts). */
export function resolveBuiltinMatrix(ref: string): MatrixResolution {
  const matrix = builtinMatrix(ref)
  if (matrix) return { ok: true, matrix }
  return {
    ok: false,
    message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}`,
  }
}

/** A product some built-in matrix knows, and the built-in matrices that have it as a client or server. */
export interface KnownProduct {
  kind: ProductKind
  product: Product
  matrices: string[]
}

let known: Map<string, KnownProduct> | undefined

/**
 * The product any built-in matrix means by a name (folded by normalizeName), whichever matrix a
 * topology uses: so that a product the chosen matrix lacks is recognised and explained, never
 * "corrected" to a similar one. Built on first use (only topologies with a product their matrix
 * lacks pay for it).
 */
export function knownProduct(folded: string): KnownProduct | undefined {
  if (!known) {
    known = new Map()
    for (const id of BUILTIN_MATRIX_IDS) {
      const matrix = builtinMatrix(id) as Matrix
      const products = [
        ...matrix.data.clients.map((p) => ['client', p] as const),
        ...matrix.data.servers.map((p) => ['server', p] as const),
      ]
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
          if (!known.has(key))
            known.set(key, { kind: unsupported.kind, product: unsupported, matrices: [] })
        }
      }
    }
  }
  return known.get(folded)
}
