import type { FileReport } from './types.js'

/**
 * New-only mode: a finding whose client, server and status were already found in the base
 * commit's version of the file is pre-existing. It stays in the report (summary, comment, JSON)
 * but is not annotated and does not fail the run, so a pull request is judged on what it adds.
 * A file the base commit did not have, or could not evaluate, has nothing pre-existing.
 */
export function markPreexisting(current: FileReport, base: FileReport | undefined): FileReport {
  if (!base || base.errors.length > 0) return current
  const known = new Set(base.results.filter((r) => r.severity !== 'none').map((r) => findingKey(r.client, r.server, r.status)))
  return {
    ...current,
    results: current.results.map((r) => (r.severity !== 'none' && known.has(findingKey(r.client, r.server, r.status)) ? { ...r, preexisting: true } : r)),
  }
}

function findingKey(client: string, server: string, status: string): string {
  return `${client}\u0000${server}\u0000${status}`
}
