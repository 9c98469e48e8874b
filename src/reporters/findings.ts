import { SEVERITY_RANK } from '../core/check.js'
import { compareIds, compareText } from '../core/order.js'
import type { FileReport, Footnote, PairResult } from '../core/types.js'

/** Results a person should read: everything but plain supported pairs, worst first, then by line. */
export function findingsOf(file: FileReport): PairResult[] {
  return file.results
    .filter((r) => r.severity !== 'none')
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.line - b.line || a.column - b.column || compareText(a.server, b.server))
}

/** Each footnote cited by `results` once, in the order the source numbers them. */
export function citedFootnotes(results: readonly PairResult[]): Footnote[] {
  const cited = new Map<string, Footnote>()
  for (const result of results) for (const footnote of result.footnotes) cited.set(footnote.id, footnote)
  return [...cited.values()].sort((a, b) => compareIds(a.id, b.id))
}

export const STATUS_LABEL = {
  supported: 'supported',
  interoperable: 'interoperable',
  'not-supported': 'not supported',
  'not-applicable': 'not applicable',
} as const

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
