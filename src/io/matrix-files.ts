import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
} from 'node:fs'
import path from 'node:path'
import type { RunBudget } from '../core/limits.js'
import {
  createMatrixResolver,
  isMatrixPath,
  type LoadedMatrixFile,
  type MatrixFileReader,
} from '../core/matrix-resolver.js'
import type { MatrixResolution, MatrixResolver } from '../core/matrix.js'
import { displayPath, isOutside } from './paths.js'

// A matrix is a table of a few hundred cells; anything near this is not one.
const MAX_MATRIX_BYTES = 4 * 1024 * 1024

/**
 * Built-in ids plus matrix files, read relative to the repository root (the workspace), as a
 * matrix file's `extends` names them. A path leaving the workspace is refused: on a pull request
 * the topology, and so `matrix:`, is written by whoever opened it, and must not make coexist read
 * files outside the checkout. One resolver per run: each file is read once, keyed by its real path
 * however it is spelled (`./m.yml`, `a/../m.yml`). `cwd` is where reports name files from.
 */
export function matrixResolver(
  workspace: string,
  budget?: RunBudget,
  cwd = workspace,
): MatrixResolver {
  return createMatrixResolver(readMatrixFile(workspace, cwd), budget)
}

/** The matrices of one run: the two places a matrix is named from, on one resolver. */
export interface MatrixFiles {
  /** The matrix option (--matrix, input matrix): a built-in id, or a path relative to the current directory. */
  named(ref: string): MatrixResolution
  /**
   * A topology's `matrix:`: a built-in id, or a path relative to the topology's `folder`, else to
   * the workspace (where shared matrices live). `folderName` names the folder in messages.
   */
  fromTopology(ref: string, folder: string, folderName?: string): MatrixResolution
}

/** The matrix files of a run that reads inside `workspace`, with paths on the command line relative to `cwd`. */
export function matrixFiles(workspace: string, cwd = workspace, budget?: RunBudget): MatrixFiles {
  const resolve = matrixResolver(workspace, budget, cwd)
  const exists = (absolute: string) => {
    try {
      return lstatSync(absolute, { throwIfNoEntry: false }) !== undefined
    } catch {
      return false
    }
  }
  const leaves = (ref: string): MatrixResolution => ({
    ok: false,
    message: `matrix file ${ref}: the path leaves the repository; name a matrix file inside it`,
  })
  // The resolver reads paths relative to the workspace: a file found elsewhere is handed to it so.
  const fromWorkspace = (absolute: string) =>
    resolve(path.relative(workspace, absolute).split(path.sep).join('/') || './')
  return {
    named(ref) {
      if (!isMatrixPath(ref)) return resolve(ref)
      const absolute = path.resolve(cwd, ref)
      if (isOutside(absolute, workspace)) return leaves(ref)
      if (exists(absolute)) return fromWorkspace(absolute)
      return {
        ok: false,
        message: `matrix file ${ref}: no such file (paths are relative to the ${path.resolve(cwd) === path.resolve(workspace) ? 'repository root' : 'current directory'})`,
      }
    },
    fromTopology(ref, folder, folderName = "the topology's folder") {
      if (!isMatrixPath(ref)) return resolve(ref)
      const nextTo = path.resolve(folder, ref)
      if (isOutside(nextTo, workspace)) return leaves(ref)
      if (exists(nextTo)) return fromWorkspace(nextTo)
      const atRoot = path.resolve(workspace, ref)
      if (!isOutside(atRoot, workspace) && exists(atRoot)) return fromWorkspace(atRoot)
      return {
        ok: false,
        message: `matrix file ${ref}: no such file (paths are relative to ${path.resolve(folder) === path.resolve(workspace) ? 'the repository root' : `${folderName}, then the repository root`})`,
      }
    },
  }
}

function readMatrixFile(workspace: string, cwd: string): MatrixFileReader {
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
      file: displayPath(absolute, cwd, workspace),
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
