import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LIMITS,
  LIMIT_CEILINGS,
  parseLimit,
  RunBudget,
  SUGGESTION_WORK_PER_RUN,
} from '../../src/core/limits.js'

describe('RunBudget', () => {
  it('takes nodes and pairs while they fit, and nothing once a request does not', () => {
    const budget = new RunBudget({ maxNodes: 10, maxPairs: 3 })
    expect(budget.nodes.take(6)).toBe(true)
    expect([budget.nodes.used, budget.nodes.left]).toEqual([6, 4])
    expect(budget.nodes.take(5)).toBe(false)
    expect([budget.nodes.used, budget.nodes.left]).toEqual([6, 4])
    expect(budget.nodes.take(4)).toBe(true)
    expect(budget.nodes.left).toBe(0)
    expect(budget.pairs.take(3)).toBe(true)
    expect(budget.pairs.take(1)).toBe(false)
    expect([budget.pairs.used, budget.pairs.left]).toEqual([3, 0])
  })

  it('spends suggestion work until the run has none left, then refuses every request', () => {
    const budget = new RunBudget()
    expect(budget.takeSuggestionWork(SUGGESTION_WORK_PER_RUN - 10)).toBe(true)
    expect(budget.takeSuggestionWork(11)).toBe(false)
    // Once refused, the rest is gone too: a run does not go back to suggesting half-way through a file.
    expect(budget.takeSuggestionWork(1)).toBe(false)
  })

  it('starts from the default limits', () => {
    expect(new RunBudget().limits).toEqual(DEFAULT_LIMITS)
    expect(DEFAULT_LIMITS.maxNodes).toBeLessThanOrEqual(LIMIT_CEILINGS.maxNodes)
    expect(DEFAULT_LIMITS.maxPairs).toBeLessThanOrEqual(LIMIT_CEILINGS.maxPairs)
  })
})

describe('parseLimit', () => {
  it.each([
    ['250000', 250_000],
    ['250k', 250_000],
    ['2M', 2_000_000],
    [' 1 ', 1],
    ['25K', 25_000],
  ])('reads %j as %i', (text, value) => {
    expect(parseLimit(text, 2_000_000)).toBe(value)
  })

  it.each(['0', '-5', '1.5', '3M', 'many', '', '1e6', '250 000'])('refuses %j', (text) => {
    expect(parseLimit(text, 2_000_000)).toBeUndefined()
  })
})
