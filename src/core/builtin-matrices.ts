import lync2013ClientInteroperability from '../../matrices/lync-2013-client-interoperability.json' with { type: 'json' }
import lyncServer2013 from '../../matrices/lync-server-2013.json' with { type: 'json' }
import skypeForBusinessServer from '../../matrices/skype-for-business-server.json' with { type: 'json' }
import { Matrix } from './matrix.js'
import { didYouMean } from './suggest.js'
import type { MatrixResolution } from './topology.js'

// The matrices shipped with coexist. Their content is data under matrices/; this list only says
// which files are built in.
const BUILTIN: Record<string, unknown> = {
  'lync-server-2013': lyncServer2013,
  'lync-2013-client-interoperability': lync2013ClientInteroperability,
  'skype-for-business-server': skypeForBusinessServer,
}

export const DEFAULT_MATRIX_ID = 'lync-server-2013'

export const BUILTIN_MATRIX_IDS: readonly string[] = Object.keys(BUILTIN)

const loaded = new Map<string, Matrix>()

/**
 * The built-in matrix `id`, validated on first use. Undefined for an unknown id; a built-in matrix
 * that fails validation is a defect of this release, so it throws.
 */
export function builtinMatrix(id: string): Matrix | undefined {
  const cached = loaded.get(id)
  if (cached) return cached
  if (!Object.hasOwn(BUILTIN, id)) return undefined
  const outcome = Matrix.load(BUILTIN[id])
  if (!outcome.ok) throw new Error(`the built-in matrix ${id} is invalid: ${outcome.problems.join('; ')}`)
  loaded.set(id, outcome.matrix)
  return outcome.matrix
}

/** Resolves a built-in id; the CLI and the action add matrix files on top (src/io/matrix-files.ts). */
export function resolveBuiltinMatrix(ref: string): MatrixResolution {
  const matrix = builtinMatrix(ref)
  if (matrix) return { ok: true, matrix }
  return { ok: false, message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}` }
}
