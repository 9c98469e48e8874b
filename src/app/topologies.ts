import path from 'node:path'
import { fileReport, parseTopology, unreadable, type ParsedTopology } from '../core/check.js'
import { RunBudget } from '../core/limits.js'
import type { MatrixFileProblems, MatrixResolution, MatrixResolver } from '../core/matrix.js'
import type { FileReport } from '../core/types.js'
import { matrixFiles, type MatrixFiles } from '../io/matrix-files.js'
import { displayPath } from '../io/paths.js'
import { readTopologyBytes, type TopologyBytes } from '../io/read-topology.js'
import { expandTopologyFiles, unmatchedNotice } from '../io/topology-files.js'
import type { RunOptions } from './options.js'

// The part of a run that `check` and `plan` share: which files, read how, on which matrix. Written
// once so that every option of the files (patterns, allow-empty, max-bytes, max-nodes, matrix)
// means the same in both.

/** How reports name the topology read from standard input. */
export const STDIN_NAME = '<stdin>'

/**
 * One topology file of the run, parsed as far as it goes without its matrix, or why it could not
 * be. `absolute` is absent for standard input; `folder` is where its `matrix:` path starts.
 */
export type TopologyFile =
  | {
      ok: true
      file: string
      absolute?: string
      folder: string
      parsed: Extract<ParsedTopology, { ok: true }>
    }
  | { ok: false; report: FileReport }

/** Where a run reads from. */
export interface ReadingEnvironment {
  /** Where command-line paths start, and reports name files from (the workspace in the action). */
  cwd: string
  /** The folder reads may not leave (a topology's `matrix:`, patterns, `..`); `cwd` if absent. */
  root?: string
  /** Standard input, for a topology given as `-` (the CLI); without it `-` is a file name. */
  stdin?: (maxBytes: number) => Promise<TopologyBytes>
  /** Tests only: matrices from elsewhere than files under the root. */
  matrices?: MatrixResolver
}

/** A matrix named by the run's options that cannot be used: no file of the run can be checked. */
export interface MatrixOptionProblem {
  message: string
  /** The problems of an invalid matrix file, each at its place. */
  invalidFiles: readonly MatrixFileProblems[]
}

/** What a run reads its topologies and matrices with, and spends. */
export class TopologyReader {
  private readonly matrices: MatrixFiles
  private readonly root: string
  private readonly reported = new Set<string>()
  /** Matrix files found invalid and not yet handed out with `takeInvalidMatrixFiles`. */
  private readonly invalidMatrixFiles: FileReport[] = []
  private override: MatrixResolution | undefined
  /** Set once `files()` has been gone through: what allow-empty let match nothing, as one line. */
  notice: string | undefined

  private constructor(
    private readonly options: RunOptions,
    private readonly environment: ReadingEnvironment,
    readonly budget: RunBudget,
  ) {
    this.root = environment.root ?? environment.cwd
    const given = environment.matrices
    // Matrices given by a test answer every name the same way, wherever it is written.
    this.matrices = given
      ? { named: given, fromTopology: (ref) => given(ref) }
      : matrixFiles(this.root, environment.cwd, budget)
  }

  /**
   * The reader of one run of `check` or `plan`, with its budget, once the matrix option (if any)
   * is known to be usable; otherwise why not, and the run stops there, before any file is read.
   */
  static open(
    options: RunOptions,
    environment: ReadingEnvironment,
  ): { ok: true; reader: TopologyReader } | { ok: false; problem: MatrixOptionProblem } {
    const reader = new TopologyReader(options, environment, new RunBudget(options.limits))
    const problem = reader.chooseMatrix()
    return problem ? { ok: false, problem } : { ok: true, reader }
  }

  /**
   * Resolves the matrix option, once for the whole run. Undefined when there is none or it is
   * usable; otherwise why not, and the run should stop there.
   */
  private chooseMatrix(): MatrixOptionProblem | undefined {
    if (this.options.matrix === undefined) return undefined
    this.override = this.matrices.named(this.options.matrix)
    return this.override.ok
      ? undefined
      : { message: this.override.message, invalidFiles: this.override.invalidFiles ?? [] }
  }

  /** Every topology file of the run, in order; then `notice` says what allow-empty let match nothing. */
  async *files(): AsyncGenerator<TopologyFile> {
    const { cwd, stdin } = this.environment
    const expanded = await expandTopologyFiles(this.options.topology, this.root, {
      allowEmpty: this.options.allowEmpty,
      cwd,
      stdin: stdin !== undefined,
    })
    let count = 0
    for (const entry of expanded.entries) {
      count++
      if (entry.kind === 'problem') {
        yield { ok: false, report: unreadable(entry.pattern, entry.message) }
        continue
      }
      if (entry.kind === 'refused') {
        yield { ok: false, report: unreadable(this.display(entry.absolute), entry.message) }
        continue
      }
      // Standard input has no folder: its `matrix:` path starts where its other paths would.
      const [file, absolute, folder, read] =
        entry.kind === 'stdin'
          ? [
              STDIN_NAME,
              undefined,
              cwd,
              await (stdin as NonNullable<typeof stdin>)(this.options.maxBytes),
            ]
          : [
              this.display(entry.absolute),
              entry.absolute,
              path.dirname(entry.absolute),
              await readTopologyBytes(entry.absolute, this.options.maxBytes),
            ]
      const parsed = read.ok
        ? this.parse(file, read.bytes)
        : { ok: false as const, errors: unreadable(file, read.message).errors }
      yield parsed.ok
        ? { ok: true, file, ...(absolute === undefined ? {} : { absolute }), folder, parsed }
        : { ok: false, report: fileReport({ file, errors: parsed.errors }) }
    }
    this.notice = unmatchedNotice(expanded.unmatched, count)
  }

  parse(file: string, bytes: Uint8Array): ParsedTopology {
    return parseTopology(file, bytes, this.budget)
  }

  private display(absolute: string): string {
    return displayPath(absolute, this.environment.cwd, this.root)
  }

  /** The path of a file of the run relative to the root, where git runs. */
  relative(absolute: string): string {
    return path.relative(this.root, absolute)
  }

  /**
   * The matrix a parsed topology is checked on: the matrix option's, else the one the file names.
   * An invalid matrix file is kept (once per run, however many files name it) for
   * takeInvalidMatrixFiles, unless `reportInvalid` is false: a base-commit check names matrices
   * the current files already reported on.
   */
  matrixFor(
    topology: { parsed: Extract<ParsedTopology, { ok: true }>; folder: string; absolute?: string },
    reportInvalid = true,
  ): MatrixResolution {
    if (this.override) return this.override
    const resolution = this.matrices.fromTopology(
      topology.parsed.matrixRef,
      topology.folder,
      topology.absolute === undefined ? 'the current directory' : undefined,
    )
    if (resolution.ok || !reportInvalid) return resolution
    for (const invalid of resolution.invalidFiles ?? []) {
      if (this.reported.has(invalid.file)) continue
      this.reported.add(invalid.file)
      this.invalidMatrixFiles.push(
        fileReport({
          file: invalid.file,
          kind: 'matrix',
          errors: invalid.errors,
          unlistedErrors: invalid.unlisted,
        }),
      )
    }
    return resolution
  }

  /** Invalid matrix files found since the last call: each is listed right after the first topology naming it. */
  takeInvalidMatrixFiles(): FileReport[] {
    return this.invalidMatrixFiles.splice(0)
  }

  /** Whether the matrix option chose the matrix (messages then say so). */
  get matrixOverridden(): boolean {
    return this.override !== undefined
  }
}
