import { describe, expect, it } from 'vitest'
import { formatCount, plural } from '../../src/core/format.js'

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [250_000, '250,000'],
    [1_234_567, '1,234,567'],
  ])('%i is %j', (n, expected) => {
    expect(formatCount(n)).toBe(expected)
  })
})

describe('plural', () => {
  it.each([
    [0, 'error', undefined, '0 errors'],
    [1, 'error', undefined, '1 error'],
    [2, 'error', undefined, '2 errors'],
    [11, 'notice', undefined, '11 notices'],
    [1, 'directory', 'directories', '1 directory'],
    [100_000, 'entry', 'entries', '100,000 entries'],
  ])('plural(%i, %j, %j) is %j', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected)
  })
})
