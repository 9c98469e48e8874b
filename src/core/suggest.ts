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
export function closestNames(
  input: string,
  candidates: Iterable<string>,
  limit = 3,
  budget?: SuggestionBudget,
): string[] {
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
    const distance =
      folded.includes(wanted) || wanted.includes(folded)
        ? Math.abs(folded.length - wanted.length) / 2
        : editDistance(wanted, folded, allowed)
    if (distance <= allowed) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || compareText(a.name, b.name))
    .slice(0, limit)
    .map((s) => s.name)
}

/**
 * The candidates `input` is a spelling slip of, best first, at most `limit`: names with the same
 * words, every number exactly as written and every other word at most one edit away (two for a
 * word of more than four letters). A product name is not guessed from a similar one: "OCS 2007" is
 * not a slip of "OCS 2007 R2", "Lync 2012" not of "Lync 2013", "Attendee" not of "Attendant".
 */
export function spellingSlipsOf(
  input: string,
  candidates: Iterable<string | NameWords>,
  limit = 3,
  budget?: SuggestionBudget,
  folded?: string,
): string[] {
  if (input.length > MAX_SUGGESTED_LENGTH) return []
  // Worked out once the budget has paid for a first comparison: a file of thousands of unknown
  // names runs it dry, and the names after that must cost next to nothing.
  let wanted: string[] | undefined
  const scored: { name: string; distance: number }[] = []
  const seen = new Set<string>()
  for (const candidate of candidates) {
    const { name, words: theirs } = typeof candidate === 'string' ? nameWords(candidate) : candidate
    if (seen.has(name) || name.length > MAX_SUGGESTED_LENGTH) continue
    seen.add(name)
    if (budget && !budget.takeSuggestionWork(name.length * (input.length + 1))) return []
    wanted ??= wordsOfFolded(folded ?? normalizeName(input))
    if (theirs.length !== wanted.length) continue
    let distance = 0
    for (const [i, word] of wanted.entries()) {
      const their = theirs[i] as string
      if (word === their) continue
      const allowed =
        /\d/.test(word) || /\d/.test(their) ? 0 : Math.max(word.length, their.length) > 4 ? 2 : 1
      const apart = editDistance(word, their, allowed)
      if (apart > allowed) {
        distance = Number.POSITIVE_INFINITY
        break
      }
      distance += apart
    }
    // Distance 0: the same words, written with other spacing or punctuation ("Lync2013").
    if (distance < Number.POSITIVE_INFINITY) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || compareText(a.name, b.name))
    .slice(0, limit)
    .map((s) => s.name)
}

/** A name with its words, worked out once for a list of candidates that many inputs are compared with. */
export interface NameWords {
  name: string
  words: string[]
}

export function nameWords(name: string): NameWords {
  return { name, words: words(name) }
}

/** A name's words, folded, with letters and digits apart: "Lync2013" and "lync 2013" have the same words. */
function words(name: string): string[] {
  return wordsOfFolded(normalizeName(name))
}

/** The words of a name already folded by normalizeName. */
function wordsOfFolded(folded: string): string[] {
  return folded
    .replace(/(\p{L})(\d)|(\d)(\p{L})/gu, '$1$3 $2$4')
    .split(/[\s\-_/]+/)
    .filter((w) => w !== '')
}

/** "did you mean "a" or "b"?" or "" when nothing is close (or the run's budget is spent). */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  budget?: SuggestionBudget,
): string {
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
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = value
      if (value < best) best = value
    }
    if (best > allowed) return allowed + 1
    previous = current
  }
  return previous[b.length] as number
}
