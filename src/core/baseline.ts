import type { EstateFinding, FileReport, PairResult } from './types.js'

/**
 * New-only mode: a finding that the base commit's version of the file already had — same client
 * and server, same products, same status, and not waived there — is pre-existing. It stays in the
 * report (summary, comment, JSON) but is not annotated and does not fail the run, so a pull request
 * is judged on what it adds. A file the base commit did not have, or could not evaluate, has
 * nothing pre-existing.
 *
 * The match is deliberately strict: a base finding that an exception waived was accepted, not
 * tolerated, so a pull request that drops the exception (or changes the population's product to
 * another failing one) adds a failure rather than inheriting an old one.
 */
export function markPreexisting(current: FileReport, base: FileReport | undefined): FileReport {
  if (!base || base.errors.length > 0) return current
  const known = new Set(
    base.results.filter((r) => r.severity !== 'none' && !r.waived).map(findingKey),
  )
  const knownEstate = new Set((base.estate ?? []).map(estateKey))
  const marked: FileReport = {
    ...current,
    results: current.results.map((r) =>
      r.severity !== 'none' && known.has(findingKey(r)) ? { ...r, preexisting: true } : r,
    ),
  }
  if (current.estate)
    marked.estate = current.estate.map((f) =>
      knownEstate.has(estateKey(f)) ? { ...f, preexisting: true } : f,
    )
  return marked
}

/** The same kind of finding about the same population or pools, with the same products (in its title) and status. */
function estateKey(f: EstateFinding): string {
  return [f.kind, f.subject, f.title, f.status].join('\u0000')
}

function findingKey(r: PairResult): string {
  return [r.client, r.server, r.clientProduct, r.serverProduct, r.status].join('\u0000')
}
