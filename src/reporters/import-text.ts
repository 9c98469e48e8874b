import { formatCount, plural } from '../core/format.js'
import type { ImportedEstate, Unclassified } from '../core/imported.js'
import { terminalSafe } from './text.js'

// What `coexist import` tells the person running it, on standard error (standard output carries
// the topology): what it imported, and every agent, build or pool it could not classify, with its
// users, so that nothing leaves the estate without a line saying so.

/** Lines of unclassified items printed before the rest are counted: the output's comment block has them too. */
export const UNCLASSIFIED_LINES = 1000

/** One line: the populations, users and pools imported. */
export function importedLine(estate: ImportedEstate): string {
  const users = estate.populations.reduce((sum, p) => sum + p.users, 0)
  const pools = new Set(estate.populations.map((p) => p.pool?.toLowerCase() ?? ''))
  return `coexist: imported ${plural(estate.populations.length, 'client population')} (${plural(users, 'user')}) on ${plural(estate.servers.length, 'server pool')}${pools.has('') ? ' (one population set per product: the inventory names no pools)' : ''}\n`
}

/**
 * Every unclassified item in the estate's order (builds, then pools, then user agents by users),
 * then the server agents left out; `written`: a topology (with its comment block) was written.
 */
export function renderUnclassified(estate: ImportedEstate, written = true): string {
  const lines: string[] = []
  const { unclassified, serverAgents } = estate
  if (unclassified.length > 0) {
    const kinds = (['user-agent', 'build', 'pool'] as const)
      .map(
        (kind) =>
          [
            kind,
            unclassified
              .filter((u) => u.kind === kind)
              .reduce((sum, u) => sum + (u.agents ?? 1), 0),
          ] as const,
      )
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => plural(n, kind.replace('-', ' ')))
    const users = unclassified.reduce((sum, u) => sum + u.users, 0)
    lines.push(
      `coexist: not imported, because no source classifies them: ${kinds.join(', ')} (${plural(users, 'user')})${written ? `; they are listed in the topology's "not classified" comment block too` : ''}:\n`,
    )
    for (const item of unclassified.slice(0, UNCLASSIFIED_LINES)) lines.push(unclassifiedLine(item))
    if (unclassified.length > UNCLASSIFIED_LINES)
      lines.push(`  … and ${formatCount(unclassified.length - UNCLASSIFIED_LINES)} more\n`)
  }
  if (serverAgents.length > 0)
    lines.push(
      `coexist: left out as server-side agents, not client populations: ${serverAgents.map((a) => `${terminalSafe(a.name)} (${formatCount(a.users)})`).join(', ')}\n`,
    )
  return lines.join('')
}

function unclassifiedLine(item: Unclassified): string {
  const { origin } = item
  const where = `${terminalSafe(origin.file)}:${origin.line}:${origin.column}`
  const users = item.kind === 'build' ? '' : ` ${plural(item.users, 'user')}`
  const pool =
    item.pool !== undefined && item.kind !== 'pool' ? ` on ${terminalSafe(item.pool)}` : ''
  const others =
    item.agents !== undefined && item.agents > 1
      ? ` and ${plural(item.agents - 1, 'other user agent')} like it`
      : ''
  return `  ${where}: ${item.kind.replace('-', ' ')} ${JSON.stringify(terminalSafe(item.text))}${others}${pool}:${users}${users ? ';' : ''} ${terminalSafe(item.reason)}\n`
}
