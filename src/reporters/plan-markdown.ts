import {
  bothSides,
  failingMigrations,
  pairChanges,
  planExitCode,
  stillFailing,
  totalCounts,
  type UpgradePlan,
} from '../core/plan.js'
import type { PairResult } from '../core/types.js'
import { citedFootnotes, NOT_CHECKED, STATUS_LABEL } from './shared.js'
import { plural } from '../core/format.js'
import { escapeMarkup } from './markup.js'
import { MARK } from './summary.js'

const CHANGE = {
  newlyFailing: '⛔ **newly failing**',
  newlyPassing: '🟢 **newly passing**',
  changed: '🔁 changed',
  unchanged: 'unchanged',
} as const

/**
 * The plan for a pull-request comment or a job summary: the verdict, then per file the servers that
 * move and one table row per client/server pair (newly failing first within each population) with
 * its status today and after the upgrade, and the footnotes in full. Topology text is escaped.
 */
export function renderPlanMarkdown(plans: readonly UpgradePlan[]): string {
  const c = totalCounts(plans)
  const paths = failingMigrations(plans)
  const lines = [
    `## ${planExitCode(plans) === 1 ? '❌ coexist plan: the upgrade introduces failures' : '✅ coexist plan: no new failures'}`,
    '',
    `${c.newlyFailing} newly failing · ${c.newlyPassing} newly passing · ${c.changed} changed · ${c.unchanged} unchanged · ${plural(c.pairs, 'pair')}${c.stillFailing > 0 ? ` · ${c.stillFailing} still failing` : ''}${paths > 0 ? ` · ${plural(paths, 'migration path')} that fail${paths === 1 ? 's' : ''}` : ''}`,
    '',
  ]
  for (const plan of plans) {
    lines.push(
      `### <code>${escapeMarkup(plan.file)}</code> · matrix <code>${escapeMarkup(plan.matrix)}</code>`,
      '',
    )
    lines.push('| Server | Runs now | After the upgrade | Migration path |', '|---|---|---|---|')
    for (const u of plan.upgrades) {
      const path = u.migration
        ? `${MARK[u.migration.status]} ${escapeMarkup(u.migration.statement)}`
        : '—'
      lines.push(
        `| ${escapeMarkup(u.server)} | ${escapeMarkup(u.from)} | ${escapeMarkup(u.to)}${u.from === u.to ? ' (no change)' : ''} | ${path} |`,
      )
    }
    lines.push(
      '',
      '| Client population | Server | Change | Now | After the upgrade |',
      '|---|---|---|---|---|',
    )
    for (const population of plan.populations) {
      const who = `${escapeMarkup(population.client)}<br><sub>${escapeMarkup(population.clientProduct)}</sub>`
      for (const kind of Object.keys(CHANGE) as (keyof typeof CHANGE)[]) {
        for (const change of population[kind])
          lines.push(
            `| ${who} | ${escapeMarkup(change.server)} | ${CHANGE[kind]}${stillFailing(change) ? ' (still failing)' : ''} | ${state(change.before)} | ${state(change.after)} |`,
          )
      }
    }
    lines.push('')
    const footnotes = citedFootnotes(plan.populations.flatMap(pairChanges).flatMap(bothSides))
    if (footnotes.length > 0) {
      lines.push('**Footnotes**', '')
      for (const f of footnotes)
        lines.push(`<sup>${escapeMarkup(f.id)}</sup> ${escapeMarkup(f.text)}`, '')
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function state(r: PairResult | undefined): string {
  if (!r) return NOT_CHECKED
  return `${r.waived ? '🔕' : ''}${MARK[r.status]} ${STATUS_LABEL[r.status]}${r.footnotes.map((f) => `<sup>${escapeMarkup(f.id)}</sup>`).join('')}`
}
