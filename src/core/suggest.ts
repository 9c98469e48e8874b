import { compareText } from './order.js'

/** Folds case and runs of whitespace, so "lync  server 2013" finds "Lync Server 2013". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The candidates closest to `input` by edit distance over normalized names, best first: at most
 * `limit`, and only those close enough to be a plausible misspelling.
 */
export function closestNames(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = normalizeName(input)
  const scored: { name: string; distance: number }[] = []
  const seen = new Set<string>()
  for (const name of candidates) {
    if (seen.has(name)) continue
    seen.add(name)
    const folded = normalizeName(name)
    const distance = folded.includes(wanted) || wanted.includes(folded) ? Math.abs(folded.length - wanted.length) / 2 : editDistance(wanted, folded)
    if (distance <= Math.max(2, Math.floor(Math.max(wanted.length, folded.length) * 0.4))) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || compareText(a.name, b.name))
    .slice(0, limit)
    .map((s) => s.name)
}

/** "did you mean "a" or "b"?" or "" when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const names = closestNames(input, candidates)
  if (names.length === 0) return ''
  return ` (did you mean ${names.map((n) => JSON.stringify(n)).join(' or ')}?)`
}

function editDistance(a: string, b: string): number {
  // Names are short; cap the work so a hostile 100 kB name costs nothing.
  if (a.length > 200 || b.length > 200) return Number.POSITIVE_INFINITY
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    previous = current
  }
  return previous[b.length] as number
}
