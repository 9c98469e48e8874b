import { bothSides, failingMigrations, pairChanges, planExitCode, stillFailing, totalCounts, type PlanCounts, type PopulationPlan, type UpgradePlan } from '../core/plan.js'
import type { Diagnostic, PairResult } from '../core/types.js'
import { citedFootnotes, NOT_CHECKED, STATUS_LABEL } from './findings.js'
import { plural } from '../core/format.js'

export interface PlanTextOptions {
  /** ANSI colour; the CLI turns it on only for a terminal, and never when NO_COLOR is set. */
  color: boolean
}

const SGR = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const

const KINDS = [
  ['newlyFailing', 'newly failing', 'red'],
  ['newlyPassing', 'newly passing', 'green'],
  ['changed', 'changed', 'yellow'],
  ['unchanged', 'unchanged', 'dim'],
] as const

// Names come from the file: a terminal escape sequence must not reach the terminal, and a line
// break must not start a line that reads like an entry of its own.
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')

/**
 * For people at a terminal: per file the servers that move, then per client population (at the
 * `file:line:col` of its product) each pair as it is and as it would be, newly failing first, with
 * what the new verdict means; the footnotes cited once, and the verdict last.
 */
export function renderPlanText(plans: readonly UpgradePlan[], { color }: PlanTextOptions): string {
  const paint = (style: keyof typeof SGR, text: string) => (color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text)
  const state = (r: PairResult | undefined) => (r ? `${STATUS_LABEL[r.status]}${r.footnotes.map((f) => ` [${f.id}]`).join('')}${r.waived ? ' (waived)' : ''}` : NOT_CHECKED)
  const renderPopulation = (population: PopulationPlan): string[] => {
    const lines = [`  ${clean(population.file)}:${population.line}:${population.column}: ${clean(population.client)} (${clean(population.clientProduct)})`]
    for (const [kind, label, style] of KINDS) {
      for (const change of population[kind]) {
        const still = stillFailing(change) ? ' (still failing)' : ''
        const what = kind === 'unchanged' ? state(change.after) : `${state(change.before)} → ${state(change.after)}`
        lines.push(`    ${paint(style, label)} on ${clean(change.server)}: ${what}${still}`)
        if (kind !== 'unchanged') lines.push(`        ${clean(change.after.message)}`)
      }
    }
    return lines
  }
  const out: string[] = []
  for (const plan of plans) {
    out.push(paint('bold', clean(plan.file)) + paint('dim', `  (matrix ${clean(plan.matrix)})`))
    for (const u of plan.upgrades) {
      out.push(`  upgrade ${clean(u.server)}: ${u.from === u.to ? `already runs ${clean(u.to)}` : `${clean(u.from)} → ${clean(u.to)}`}`)
      const m = u.migration
      if (m) out.push(`      ${m.severity === 'error' ? `${paint('red', 'error')}: ` : m.severity === 'warning' ? `${paint('yellow', 'warning')}: ` : ''}${clean(m.statement)}`)
    }
    out.push('')
    for (const population of plan.populations) out.push(...renderPopulation(population))
    const footnotes = citedFootnotes(plan.populations.flatMap(pairChanges).flatMap(bothSides))
    if (footnotes.length > 0) {
      out.push('', '  Footnotes:')
      for (const f of footnotes) out.push(`  [${clean(f.id)}] ${clean(f.text)}`)
    }
    out.push('')
  }
  const counts = totalCounts(plans)
  const paths = failingMigrations(plans)
  const pathNote = paths > 0 ? `; ${plural(paths, 'migration path')} that fail${paths === 1 ? 's' : ''}` : ''
  out.push(planExitCode(plans) === 1 ? paint('red', `✖ The upgrade introduces failures: ${tally(counts)}${pathNote}`) : paint('green', `✔ No new failures: ${tally(counts)}`))
  return `${out.join('\n')}\n`
}

function tally(c: PlanCounts): string {
  return `${c.newlyFailing} newly failing, ${c.newlyPassing} newly passing, ${c.changed} changed, ${c.unchanged} unchanged in ${plural(c.pairs, 'pair')}${c.stillFailing > 0 ? `, ${c.stillFailing} still failing` : ''}`
}

/** Files the plan could not read, one `file:line:column: error: message` line each, as `check` prints them. */
export function renderPlanErrors(errors: readonly Diagnostic[]): string {
  return errors.map((e) => `${clean(e.file)}:${e.line}:${e.column}: error: ${clean(e.message)}\n`).join('')
}

/** Requests a file cannot carry out (unknown server or product), one `file: error: message` line each. */
export function renderPlanProblems(file: string, problems: readonly string[]): string {
  return problems.map((p) => `${clean(file)}: error: ${clean(p)}\n`).join('')
}
