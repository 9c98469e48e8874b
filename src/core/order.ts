// Orderings that need no ICU collator: String.prototype.localeCompare builds one on first use, and
// that alone cost about 10 ms of every run's start-up (measured with the bench's start-up part).

/** By UTF-16 code units: stable across machines and locales, and fast enough for 100,000 findings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** For ids such as footnote numbers: runs of digits compare as numbers ("2" before "10"), the rest by code units. */
export function compareIds(a: string, b: string): number {
  const x = a.split(/(\d+)/)
  const y = b.split(/(\d+)/)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string]
    if (p === q) continue
    // split() with a capturing group puts the digit runs at the odd indexes.
    if (i % 2 === 1) {
      const [m, n] = [p.replace(/^0+(?=\d)/, ''), q.replace(/^0+(?=\d)/, '')]
      if (m.length !== n.length) return m.length - n.length
    }
    return compareText(p, q)
  }
  return x.length - y.length
}
