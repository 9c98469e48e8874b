import { compareText } from './order.js'

/** Folds case and runs of whitespace, so "lync  server 2013" finds "Lync Server 2013". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * What a run lets suggestions cost (RunBudget in limits.ts). Without one, a call is bounded only by
 * its own candidates: fine for the short fixed lists of keys, statuses and commands.
 */
export interface SuggestionBudget {
  takeSuggestionWork(work: number): boolean
}

// A misspelling of a longer name is not worth guessing at, and the distance of two names costs the
// product of their lengths: hostile 100 kB names must cost nothing.
const MAX_SUGGESTED_LENGTH = 64

/**
 * The candidates closest to `input` by edit distance over normalized names, best first: at most
 * `limit`, and only those close enough to be a plausible misspelling. With a budget, each candidate
 * is paid for before it is measured; when the budget runs out the answer is "none" rather than a
 * partial (and so possibly wrong) best guess.
 */
export function closestNames(input: string, candidates: Iterable<string>, limit = 3, budget?: SuggestionBudget): string[] {
  const wanted = normalizeName(input)
  if (wanted.length > MAX_SUGGESTED_LENGTH) return []
  const scored: { name: string; distance: number }[] = []
  const seen = new Set<string>()
  for (const name of candidates) {
    if (seen.has(name)) continue
    seen.add(name)
    if (budget && !budget.takeSuggestionWork(name.length * (wanted.length + 1))) return []
    const folded = normalizeName(name)
    if (folded.length > MAX_SUGGESTED_LENGTH) continue
    const allowed = Math.max(2, Math.floor(Math.max(wanted.length, folded.length) * 0.4))
    const distance = folded.includes(wanted) || wanted.includes(folded) ? Math.abs(folded.length - wanted.length) / 2 : editDistance(wanted, folded, allowed)
    if (distance <= allowed) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || compareText(a.name, b.name))
    .slice(0, limit)
    .map((s) => s.name)
}

/** "did you mean "a" or "b"?" or "" when nothing is close (or the run's budget is spent). */
export function didYouMean(input: string, candidates: Iterable<string>, budget?: SuggestionBudget): string {
  const names = closestNames(input, candidates, 3, budget)
  if (names.length === 0) return ''
  return ` (did you mean ${names.map((n) => JSON.stringify(n)).join(' or ')}?)`
}

/** Levenshtein distance, or anything above `allowed` once every path is known to exceed it. */
function editDistance(a: string, b: string, allowed: number): number {
  if (Math.abs(a.length - b.length) > allowed) return allowed + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      current[j] = value
      if (value < best) best = value
    }
    if (best > allowed) return allowed + 1
    previous = current
  }
  return previous[b.length] as number
}
