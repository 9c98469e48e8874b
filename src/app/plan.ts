import { planUpgrade, type UpgradePlan, type UpgradeRequest } from '../core/plan.js'
import { readTopology } from '../core/topology.js'
import { fileReport } from '../core/check.js'
import type { FileReport } from '../core/types.js'
import type { RunEnvironment } from './check.js'
import { policyOf, type RunOptions } from './options.js'
import { TopologyReader, type MatrixOptionProblem } from './topologies.js'

/** Why a file has no plan: it could not be read or checked, or it cannot carry out the requests. */
export type PlanProblem =
  | { kind: 'file'; report: FileReport }
  | { kind: 'request'; file: string; problems: readonly string[] }

export interface PlanRun {
  plans: UpgradePlan[]
  /** In file order. Any problem means no plan is shown: a partial what-if would mislead. */
  problems: PlanProblem[]
  /** What allow-empty let match nothing, as one line; absent otherwise. */
  notice?: string
}

export type PlanOutcome = { ok: true; run: PlanRun } | { ok: false; problem: MatrixOptionProblem }

/**
 * `coexist plan`: each topology file of the run, read exactly as `check` reads it (the same
 * patterns, limits and matrix option), evaluated as it is and with the requested upgrades.
 */
export async function plan(
  options: RunOptions,
  requests: readonly UpgradeRequest[],
  environment: RunEnvironment,
): Promise<PlanOutcome> {
  const opened = TopologyReader.open(options, environment)
  if (!opened.ok) return opened
  const { reader } = opened
  const policy = policyOf(options, environment.now)
  const run: PlanRun = { plans: [], problems: [] }
  const fileProblem = (report: FileReport) => run.problems.push({ kind: 'file', report })
  for await (const topology of reader.files()) {
    if (!topology.ok) fileProblem(topology.report)
    else {
      const read = readTopology(topology.parsed.document, reader.matrixFor(topology), {
        overridden: reader.matrixOverridden,
        budget: reader.budget,
      })
      if (!read.ok)
        fileProblem(
          fileReport({
            file: topology.file,
            errors: read.errors,
            unlistedErrors: read.unlisted ?? 0,
          }),
        )
      else {
        const planned = planUpgrade(read.topology, requests, policy, reader.budget)
        if (planned.ok) run.plans.push(planned.plan)
        else run.problems.push({ kind: 'request', file: topology.file, problems: planned.problems })
      }
    }
    for (const invalid of reader.takeInvalidMatrixFiles()) fileProblem(invalid)
  }
  if (reader.notice !== undefined) run.notice = reader.notice
  return { ok: true, run }
}
