import { describe, expect, it } from 'vitest'
import { DEFAULT_FAIL_ON, parseFailOn } from '../../src/core/policy.js'

const statuses = (text: string) => {
  const parsed = parseFailOn(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return [...parsed.failOn]
}
const message = (text: string) => {
  const parsed = parseFailOn(text)
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`)
  return parsed.message
}

const USE =
  'use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none'

describe('parseFailOn', () => {
  it('defaults to not-supported, for an empty or blank input too', () => {
    expect(DEFAULT_FAIL_ON).toBe('not-supported')
    expect(statuses('')).toEqual(['not-supported'])
    expect(statuses('   ')).toEqual(['not-supported'])
  })

  it('reads none as: nothing fails', () => {
    expect(statuses('none')).toEqual([])
    expect(statuses(' NONE ')).toEqual([])
  })

  it('reads a comma-separated list, folding case and spaces', () => {
    expect(statuses('interoperable,not-supported')).toEqual(['interoperable', 'not-supported'])
    expect(statuses(' Not-Supported , INTEROPERABLE ')).toEqual(['not-supported', 'interoperable'])
    expect(statuses('not-applicable')).toEqual(['not-applicable'])
    expect(statuses('supported')).toEqual(['supported'])
  })

  it('ignores empty items and repeated statuses', () => {
    expect(statuses('not-supported,,not-supported,')).toEqual(['not-supported'])
  })

  it('rejects an unknown word with did-you-mean', () => {
    expect(message('not-suported')).toBe(
      `fail-on: unknown status "not-suported" (did you mean "not-supported"?); ${USE}`,
    )
    expect(message('interoprable,not-supported')).toBe(
      `fail-on: unknown status "interoprable" (did you mean "interoperable"?); ${USE}`,
    )
  })

  it('rejects an unknown word with nothing close', () => {
    expect(message('everything')).toBe(`fail-on: unknown status "everything"; ${USE}`)
  })

  it('rejects none combined with statuses', () => {
    expect(message('none,supported')).toBe(
      `fail-on: unknown status "none" ("none" cannot be combined with statuses); ${USE}`,
    )
    expect(message('not-supported, none')).toBe(
      `fail-on: unknown status "none" ("none" cannot be combined with statuses); ${USE}`,
    )
  })
})
