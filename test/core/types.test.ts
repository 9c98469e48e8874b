import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/core/types.js'

describe('STATUSES', () => {
  it('lists the four statuses of a matrix cell, best first, as messages name them', () => {
    expect(STATUSES).toEqual(['supported', 'interoperable', 'not-supported', 'not-applicable'])
  })
})
