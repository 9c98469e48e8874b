import { describe, expect, it } from 'vitest'
import { parseByteSize } from '../../src/core/byte-size.js'

describe('parseByteSize', () => {
  it.each([
    ['16MiB', 16 * 1024 * 1024],
    ['500KiB', 500 * 1024],
    ['1 GiB', 1024 ** 3],
    ['2048', 2048],
    ['2048B', 2048],
    [' 1mib ', 1024 * 1024],
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes)
  })

  it.each(['', '0', '-1', '16MB', '1.5MiB', '2GiB', 'lots', '16 MiB extra'])(
    'refuses %j',
    (text) => {
      expect(parseByteSize(text)).toBeUndefined()
    },
  )
})
