import { describe, expect, it } from 'vitest'
import { RunBudget, SUGGESTION_WORK_PER_RUN } from '../../src/core/limits.js'
import { closestNames, didYouMean, normalizeName, spellingSlipsOf } from '../../src/core/suggest.js'

describe('normalizeName', () => {
  it('folds case, collapses runs of whitespace and trims', () => {
    expect(normalizeName('  office   COMMUNICATIONS\tserver 2007 r2 attendant ')).toBe(
      'office communications server 2007 r2 attendant',
    )
  })

  it('folds compatibility characters (NFKC): full-width letters and non-breaking spaces', () => {
    expect(normalizeName('Ｌｙｎｃ\u00a0Server\u30002013')).toBe('lync server 2013')
  })

  it('keeps hyphens and digits', () => {
    expect(normalizeName('Lync-Server-2013')).toBe('lync-server-2013')
  })
})

describe('closestNames', () => {
  const servers = ['Lync Server 2013', 'Lync Server 2010', 'Office Communications Server 2007 R2']

  it('offers the near misses of a transposed year, best first, ties by name', () => {
    expect(closestNames('Lync Server 2031', servers)).toEqual([
      'Lync Server 2010',
      'Lync Server 2013',
    ])
  })

  it('prefers the closer candidate', () => {
    expect(closestNames('Lync Server 2113', servers)).toEqual([
      'Lync Server 2013',
      'Lync Server 2010',
    ])
  })

  it('ignores case and spacing when measuring', () => {
    expect(closestNames('LYNC   server 2013', servers)).toEqual([
      'Lync Server 2013',
      'Lync Server 2010',
    ])
  })

  it('treats a name contained in a candidate as close', () => {
    expect(closestNames('Communications Server 2007', servers)).toEqual([
      'Office Communications Server 2007 R2',
    ])
  })

  it('offers nothing when nothing is close', () => {
    expect(closestNames('Skype for Business Server 2019', servers)).toEqual([])
    expect(closestNames('video', ['im', 'presence', 'conferencing', 'group-chat'])).toEqual([])
  })

  it('returns at most `limit` names and each candidate once', () => {
    expect(closestNames('ab', ['aa', 'ab', 'ac', 'ad', 'ab'])).toEqual(['ab', 'aa', 'ac'])
    expect(closestNames('ab', ['aa', 'ab', 'ac', 'ad'], 1)).toEqual(['ab'])
  })

  it('finds the key a misspelling meant', () => {
    expect(closestNames('prodcut', ['name', 'product', 'servers', 'workloads'])).toEqual([
      'product',
    ])
    expect(closestNames('presense', ['im', 'presence', 'conferencing', 'group-chat'])).toEqual([
      'presence',
    ])
  })

  it('does not spend time on hostile, huge names', () => {
    const started = performance.now()
    expect(closestNames('x'.repeat(100_000), servers)).toEqual([])
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('didYouMean', () => {
  it('quotes one suggestion', () => {
    expect(didYouMean('prodcut', ['name', 'product'])).toBe(' (did you mean "product"?)')
  })

  it('joins several with "or"', () => {
    expect(didYouMean('s3', ['s1', 's2'])).toBe(' (did you mean "s1" or "s2"?)')
  })

  it('is empty when nothing is close', () => {
    expect(didYouMean('zzzzzzzz', ['im', 'presence'])).toBe('')
  })
})

describe("suggestions within a run's budget", () => {
  it('suggests nothing, rather than a partial best guess, once the budget cannot pay for every candidate', () => {
    const budget = new RunBudget()
    expect(
      closestNames('Lync Server 2031', ['Lync Server 2013', 'Lync Server 2010'], 3, budget),
    ).toEqual(['Lync Server 2010', 'Lync Server 2013'])
    budget.takeSuggestionWork(SUGGESTION_WORK_PER_RUN - 100)
    expect(didYouMean('Lync Server 2031', ['Lync Server 2013', 'Lync Server 2010'], budget)).toBe(
      '',
    )
  })

  it('bounds the work of a thousand misspellings against a thousand long names: the first are suggested, then none', () => {
    // Issue 10: 1,000 unknown 190-character names against 1,000 clients took 395 s, unbounded.
    const names = Array.from({ length: 1_000 }, (_, i) => `${'population-'.repeat(5)}${i}`)
    const budget = new RunBudget()
    const hints = names.map((name) => didYouMean(`${name}x`, names, budget))
    expect(hints[0]).toContain('did you mean')
    expect(hints.at(-1)).toBe('')
    // Spent: whatever is left could not pay for one more candidate list.
    expect(budget.takeSuggestionWork(names.length * 60)).toBe(false)
  })

  it('does not measure names longer than a misspelling could plausibly be', () => {
    expect(closestNames('p'.repeat(70), ['p'.repeat(69)])).toEqual([])
  })
})

describe('spellingSlipsOf: a product name is suggested only for a slip within that name', () => {
  const names = [
    'Lync Server 2013',
    'Lync Server 2010',
    'Office Communications Server 2007 R2',
    'Lync 2010 Attendant',
    'Lync 2013',
    'Lync Web App 2013',
  ]

  it('finds a slip in a word, and other spacing or punctuation of the same words', () => {
    expect(spellingSlipsOf('Lync Sever 2013', names)).toEqual(['Lync Server 2013'])
    expect(spellingSlipsOf('lync server2013', names)).toEqual(['Lync Server 2013'])
    expect(spellingSlipsOf('Lync 2010 Atendant', names)).toEqual(['Lync 2010 Attendant'])
  })

  it('never suggests another product: a number differs, a word is missing or added, or a word is another word', () => {
    expect(spellingSlipsOf('Lync Server 2031', names)).toEqual([])
    expect(spellingSlipsOf('Office Communications Server 2007', names)).toEqual([])
    expect(spellingSlipsOf('Lync 2010 Attendee', names)).toEqual([])
    expect(spellingSlipsOf('LWA 2013', names)).toEqual([])
  })

  it('costs what the budget allows, and gives nothing rather than a partial answer when it runs out', () => {
    let left = 10
    const budget = { takeSuggestionWork: (work: number) => (left -= work) >= 0 }
    expect(spellingSlipsOf('Lync Sever 2013', names, 3, budget)).toEqual([])
    expect(spellingSlipsOf('x'.repeat(65), names)).toEqual([])
  })
})
