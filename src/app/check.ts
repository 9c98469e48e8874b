import { markPreexisting } from '../core/baseline.js'
import { buildReport, checkDocument, fileReport } from '../core/check.js'
import type { FileReport, Report } from '../core/types.js'
import { readAtRevision } from '../io/git.js'
import { policyOf, type RunOptions } from './options.js'
import { TopologyReader, type MatrixOptionProblem, type ReadingEnvironment } from './topologies.js'

/** What `check` gives the shells: the report, with its `notice` when allow-empty let a pattern match nothing. */
export type CheckReport = Report

export interface RunEnvironment extends ReadingEnvironment {
  /** The moment exceptions are judged against. */
  now: Date
}

export type CheckOutcome =
  { ok: true; report: CheckReport } | { ok: false; problem: MatrixOptionProblem }

/**
 * `coexist check`, for both shells: expands the topology patterns, reads each file and runs the
 * pure check on it; a file that cannot be read, or a pattern that cannot be expanded or matches
 * nothing, is reported (an error at 1:1), not thrown. With a base revision (new-only mode), each
 * file is also checked as that commit had it, and findings already there are marked pre-existing.
 * When the base cannot be read at all, every finding stays new: failing closed is the safe side
 * of a gate. A matrix option that cannot be used stops the run before any file is read.
 */
export async function check(
  options: RunOptions,
  environment: RunEnvironment,
): Promise<CheckOutcome> {
  const opened = TopologyReader.open(options, environment)
  if (!opened.ok) return opened
  const { reader } = opened
  const checkOptions = {
    policy: policyOf(options, environment.now),
    budget: reader.budget,
    ...(options.matrix === undefined ? {} : { matrixOverride: options.matrix }),
  }
  const files: FileReport[] = []
  let baselineProblem: string | undefined
  for await (const topology of reader.files()) {
    if (!topology.ok) {
      files.push(topology.report, ...reader.takeInvalidMatrixFiles())
      continue
    }
    let report = checkDocument(topology.parsed.document, reader.matrixFor(topology), checkOptions)
    // Standard input has no history to compare with (the CLI refuses --base with `-`).
    if (
      options.baseRevision &&
      topology.absolute !== undefined &&
      baselineProblem === undefined &&
      report.errors.length === 0
    ) {
      const base = await readAtRevision(
        environment.root ?? environment.cwd,
        options.baseRevision,
        reader.relative(topology.absolute),
        options.maxBytes,
      )
      if (base.ok) {
        const parsed = reader.parse(topology.file, base.bytes)
        const before = parsed.ok
          ? checkDocument(
              parsed.document,
              reader.matrixFor({ ...topology, parsed }, false),
              checkOptions,
            )
          : fileReport({ file: topology.file, errors: parsed.errors })
        report = markPreexisting(report, before)
      } else if (base.reason === 'unavailable') baselineProblem = base.message
    }
    files.push(report, ...reader.takeInvalidMatrixFiles())
  }
  if (baselineProblem !== undefined) {
    // Marks made before the base turned out unreadable would make the verdict depend on file order.
    for (const [i, file] of files.entries()) {
      files[i] = {
        ...file,
        results: file.results.map((r) => ({ ...r, preexisting: false })),
        ...(file.estate ? { estate: file.estate.map((f) => ({ ...f, preexisting: false })) } : {}),
      }
    }
  }
  const baseline = options.baseRevision
    ? {
        revision: options.baseRevision,
        ...(baselineProblem === undefined ? {} : { problem: baselineProblem }),
      }
    : undefined
  const report: CheckReport = buildReport(files, baseline)
  if (reader.notice !== undefined) report.notice = reader.notice
  return { ok: true, report }
}
