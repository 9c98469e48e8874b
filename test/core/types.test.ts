import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/core/types.js'

describe('STATUSES', () => {
  it('lists the statuses of a matrix cell, the four of the tables best first, then the one no source states', () => {
    expect(STATUSES).toEqual([
      'supported',
      'interoperable',
      'not-supported',
      'not-applicable',
      'undocumented',
    ])
  })
})
