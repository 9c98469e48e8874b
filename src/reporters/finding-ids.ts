import { createRequire } from 'node:module'
import type { Diagnostic, EstateFinding, PairResult } from '../core/types.js'

// What identifies a finding in every format that tracks findings across runs (SARIF, GitLab Code
// Quality, JUnit): the ids of the checks that are not pairs, and the fingerprints.

export const INVALID_TOPOLOGY_RULE = 'coexist/invalid-topology'
export const EXCEPTION_RULE = 'coexist/exception'
export const SERVER_VERSION_RULE = 'coexist/server-version'
export const INVALID_MATRIX_RULE = 'coexist/invalid-matrix'

// The fingerprints say which finding a result is, so that a viewer (code scanning, GitLab's merge
// request widget) matches it across runs: never its line, so moving a population keeps it.

/** A pair's fingerprint: the pair and its status. */
export function pairFingerprint(r: PairResult): string {
  return sha256(r.file, r.client, r.server, r.status)
}

/** An estate finding's: what it is about and its products (in the title). */
export function estateFingerprint(f: EstateFinding): string {
  return sha256(f.file, f.kind, f.subject, f.title, f.status)
}

/**
 * The fingerprints of one file's input problems, given each with its rule's id. Two identical
 * messages in one file (say, the same unknown product twice) stay two alerts; counting occurrences
 * instead of hashing the line keeps each stable when lines move.
 */
export function inputFingerprints(): (ruleId: string, d: Diagnostic) => string {
  const occurrences = new Map<string, number>()
  return (ruleId, d) => {
    const seen = occurrences.get(`${ruleId}\u0000${d.message}`) ?? 0
    occurrences.set(`${ruleId}\u0000${d.message}`, seen + 1)
    return sha256(d.file, d.message, ...(seen > 0 ? [String(seen)] : []))
  }
}

// node:crypto is loaded by the runs that write a format with fingerprints, not by every run (see src/io/random.ts).
const require = createRequire(import.meta.url)

function sha256(...parts: string[]): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto')
  // NUL cannot occur in a name, so ("ab", "c") and ("a", "bc") hash differently.
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}
