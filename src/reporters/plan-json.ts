import {
  bothSides,
  pairChanges,
  planExitCode,
  totalCounts,
  type PairChange,
  type UpgradePlan,
} from '../core/plan.js'
import type { PairResult } from '../core/types.js'
import { citedFootnotes } from './shared.js'

/**
 * The machine-readable plan: per file the servers that move and per client population the four
 * lists of pairs, each pair as it is (`before`) and would be (`after`) with footnote ids; the texts
 * of those footnotes once per file.
 */
export function renderPlanJson(plans: readonly UpgradePlan[]): string {
  const state = (r: PairResult) => ({
    serverProduct: r.serverProduct,
    status: r.status,
    severity: r.severity,
    waived: r.waived,
    workloads: r.workloads,
    footnotes: r.footnotes.map((f) => f.id),
    title: r.title,
    message: r.message,
  })
  // No `before` (null): the server runs a product supported nowhere today, so the pair has no verdict to compare.
  const pair = (c: PairChange) => ({
    server: c.server,
    before: c.before ? state(c.before) : null,
    after: state(c.after),
  })
  const body = {
    introducesFailures: planExitCode(plans) === 1,
    counts: totalCounts(plans),
    files: plans.map((plan) => {
      const changes = plan.populations.flatMap(pairChanges)
      return {
        file: plan.file,
        matrix: plan.matrix,
        upgrades: plan.upgrades,
        counts: plan.counts,
        populations: plan.populations.map((p) => ({
          client: p.client,
          clientProduct: p.clientProduct,
          line: p.line,
          column: p.column,
          newlyFailing: p.newlyFailing.map(pair),
          newlyPassing: p.newlyPassing.map(pair),
          changed: p.changed.map(pair),
          unchanged: p.unchanged.map(pair),
        })),
        footnotes: citedFootnotes(changes.flatMap(bothSides)),
      }
    }),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}
