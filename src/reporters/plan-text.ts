import {
  bothSides,
  failingMigrations,
  pairChanges,
  planExitCode,
  stillFailing,
  totalCounts,
  type PlanCounts,
  type PopulationPlan,
  type UpgradePlan,
} from '../core/plan.js'
import type { PairResult } from '../core/types.js'
import { citedFootnotes, NOT_CHECKED, STATUS_LABEL } from './shared.js'
import { plural } from '../core/format.js'
import { painter, terminalSafe } from './text.js'

export interface PlanTextOptions {
  /** ANSI colour; the CLI turns it on only for a terminal, and never when NO_COLOR is set. */
  color: boolean
}

const KINDS = [
  ['newlyFailing', 'newly failing', 'red'],
  ['newlyPassing', 'newly passing', 'green'],
  ['changed', 'changed', 'yellow'],
  ['unchanged', 'unchanged', 'dim'],
] as const

/**
 * For people at a terminal: per file the servers that move, then per client population (at the
 * `file:line:col` of its product) each pair as it is and as it would be, newly failing first, with
 * what the new verdict means; the footnotes cited once, and the verdict last.
 */
export function renderPlanText(plans: readonly UpgradePlan[], { color }: PlanTextOptions): string {
  const paint = painter(color)
  const state = (r: PairResult | undefined) =>
    r
      ? `${STATUS_LABEL[r.status]}${r.footnotes.map((f) => ` [${f.id}]`).join('')}${r.waived ? ' (waived)' : ''}`
      : NOT_CHECKED
  const renderPopulation = (population: PopulationPlan): string[] => {
    const lines = [
      `  ${terminalSafe(population.file)}:${population.line}:${population.column}: ${terminalSafe(population.client)} (${terminalSafe(population.clientProduct)})`,
    ]
    for (const [kind, label, style] of KINDS) {
      for (const change of population[kind]) {
        const still = stillFailing(change) ? ' (still failing)' : ''
        const what =
          kind === 'unchanged'
            ? state(change.after)
            : `${state(change.before)} → ${state(change.after)}`
        lines.push(`    ${paint(style, label)} on ${terminalSafe(change.server)}: ${what}${still}`)
        if (kind !== 'unchanged') lines.push(`        ${terminalSafe(change.after.message)}`)
      }
    }
    return lines
  }
  const out: string[] = []
  for (const plan of plans) {
    out.push(
      paint('bold', terminalSafe(plan.file)) +
        paint('dim', `  (matrix ${terminalSafe(plan.matrix)})`),
    )
    for (const u of plan.upgrades) {
      out.push(
        `  upgrade ${terminalSafe(u.server)}: ${u.from === u.to ? `already runs ${terminalSafe(u.to)}` : `${terminalSafe(u.from)} → ${terminalSafe(u.to)}`}`,
      )
      const m = u.migration
      if (m)
        out.push(
          `      ${m.severity === 'error' ? `${paint('red', 'error')}: ` : m.severity === 'warning' ? `${paint('yellow', 'warning')}: ` : ''}${terminalSafe(m.statement)}`,
        )
    }
    out.push('')
    for (const population of plan.populations) out.push(...renderPopulation(population))
    const footnotes = citedFootnotes(plan.populations.flatMap(pairChanges).flatMap(bothSides))
    if (footnotes.length > 0) {
      out.push('', '  Footnotes:')
      for (const f of footnotes) out.push(`  [${terminalSafe(f.id)}] ${terminalSafe(f.text)}`)
    }
    out.push('')
  }
  const counts = totalCounts(plans)
  const paths = failingMigrations(plans)
  const pathNote =
    paths > 0 ? `; ${plural(paths, 'migration path')} that fail${paths === 1 ? 's' : ''}` : ''
  out.push(
    planExitCode(plans) === 1
      ? paint('red', `✖ The upgrade introduces failures: ${tally(counts)}${pathNote}`)
      : paint('green', `✔ No new failures: ${tally(counts)}`),
  )
  return `${out.join('\n')}\n`
}

function tally(c: PlanCounts): string {
  return `${c.newlyFailing} newly failing, ${c.newlyPassing} newly passing, ${c.changed} changed, ${c.unchanged} unchanged in ${plural(c.pairs, 'pair')}${c.stillFailing > 0 ? `, ${c.stillFailing} still failing` : ''}`
}

/** Requests a file cannot carry out (unknown server or product), one `file: error: message` line each. */
export function renderPlanProblems(file: string, problems: readonly string[]): string {
  return problems.map((p) => `${terminalSafe(file)}: error: ${terminalSafe(p)}\n`).join('')
}
