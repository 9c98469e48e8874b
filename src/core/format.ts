// Numbers in messages, written the way people read them ("250,000"). Grouped by hand rather than
// with toLocaleString, which builds an ICU number formatter on first use: start-up time every run
// would pay for a message few runs print.

/** 250000 → "250,000". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1 pair", "2 pairs", "1,000 directories": the count with the word it counts. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** "A", "A and B", "A, B and C" (or with "or"). */
export function listed(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`
}
