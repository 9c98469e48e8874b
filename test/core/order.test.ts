import { describe, expect, it } from 'vitest'
import { compareIds, compareText } from '../../src/core/order.js'

describe('compareIds', () => {
  it('orders digit runs as numbers and the rest by code units', () => {
    expect(['10', '2', '1', 'b', 'a', '3a', '3'].sort(compareIds)).toEqual([
      '1',
      '2',
      '3',
      '3a',
      '10',
      'a',
      'b',
    ])
    expect(['note-10', 'note-9', 'note-09x'].sort(compareIds)).toEqual([
      'note-09x',
      'note-9',
      'note-10',
    ])
  })

  it('keeps digit runs of any length exact', () => {
    expect(compareIds('123456789012345678901', '123456789012345678902')).toBeLessThan(0)
    expect(compareIds('007', '7')).not.toBe(0)
    expect(compareIds('1', '1')).toBe(0)
  })
})

describe('compareText', () => {
  it('orders by code units, the same on every machine', () => {
    expect(['b', 'B', 'a', 'ä'].sort(compareText)).toEqual(['B', 'a', 'b', 'ä'])
  })
})
