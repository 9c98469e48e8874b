import type { Matrix } from '../core/matrix.js'
import type { Reporter } from './reporter.js'

/** A matrix as the data it was read from (after `extends`), indented: what `coexist matrix --format json` prints. */
export const matrixJsonReporter: Reporter<Matrix> = {
  chunks: (matrix) => [`${JSON.stringify(matrix.data, null, 2)}\n`],
}
