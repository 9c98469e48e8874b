import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { RunBudget } from '../core/limits.js'
import {
  createMatrixResolver,
  type LoadedMatrixFile,
  type MatrixFileReader,
} from '../core/matrix-resolver.js'
import type { MatrixResolver } from '../core/matrix.js'
import { displayPath, isOutside } from './paths.js'

// A matrix is a table of a few hundred cells; anything near this is not one.
const MAX_MATRIX_BYTES = 4 * 1024 * 1024

/**
 * Built-in ids plus matrix files, read relative to the repository root (the workspace). A path
 * leaving the workspace is refused: on a pull request the topology, and so `matrix:`, is written by
 * whoever opened it, and must not make coexist read files outside the checkout. One resolver per
 * run: each file is read once, keyed by its real path however it is spelled (`./m.yml`, `a/../m.yml`).
 */
export function matrixResolver(workspace: string, budget?: RunBudget): MatrixResolver {
  return createMatrixResolver(readMatrixFile(workspace), budget)
}

function readMatrixFile(workspace: string): MatrixFileReader {
  return (ref) => {
    const absolute = path.resolve(workspace, ref)
    if (isOutside(absolute, workspace)) {
      return { ok: false, message: 'the path leaves the repository; name a matrix file inside it' }
    }
    let real: string
    try {
      // A symbolic link inside the checkout may point anywhere; judge where it really leads.
      real = realpathSync(absolute)
    } catch (error) {
      return { ok: false, message: failure(error) }
    }
    if (isOutside(real, realpathSync(workspace)))
      return {
        ok: false,
        message:
          'the path leads out of the repository (through a symbolic link); name a matrix file inside it',
      }
    // The real path is the key: 200 spellings of one file are one file, read once.
    return {
      ok: true,
      file: displayPath(absolute, workspace),
      key: real,
      load: () => loadMatrixFile(real),
    }
  }
}

function loadMatrixFile(file: string): LoadedMatrixFile {
  let fd: number | undefined
  try {
    // O_NONBLOCK: a FIFO must not block the run; it is refused below as not a regular file.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { ok: false, message: 'not a regular file' }
    if (stat.size > MAX_MATRIX_BYTES)
      return {
        ok: false,
        message: `the file is ${stat.size} bytes; coexist reads matrix files up to ${MAX_MATRIX_BYTES} bytes`,
      }
    return { ok: true, bytes: readFileSync(fd) }
  } catch (error) {
    return { ok: false, message: failure(error) }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function failure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT'
    ? 'no such file (paths are relative to the repository root)'
    : code === 'EISDIR'
      ? 'this is a directory'
      : `cannot read it (${code ?? 'unknown error'})`
}
