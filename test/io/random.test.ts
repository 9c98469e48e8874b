import { describe, expect, it } from 'vitest'
import { randomHex } from '../../src/io/random.js'

describe('randomHex', () => {
  it('gives the bytes asked for, as lower-case hex', () => {
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/)
    expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/)
  })

  it('never gives the same token twice in a thousand draws', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomHex(16)))
    expect(tokens.size).toBe(1000)
  })
})
