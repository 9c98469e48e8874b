// The options check and plan share, read once for both shells: defaults, checks, and each error
// worded as its shell's user wrote the option.
import { describe, expect, it } from 'vitest'
import { DEFAULT_TOPOLOGY, parseRunOptions, policyOf } from '../../src/app/options.js'
import { DEFAULT_LIMITS, DEFAULT_MAX_BYTES } from '../../src/core/limits.js'
import { DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_MAX_WAIVER_DAYS } from '../../src/core/policy.js'

describe('parseRunOptions', () => {
  it('fills in one set of defaults, whichever shell asks', () => {
    for (const wording of ['input', 'flag'] as const) {
      const parsed = parseRunOptions({}, wording)
      expect(parsed).toEqual({
        ok: true,
        options: {
          topology: [DEFAULT_TOPOLOGY],
          allowEmpty: false,
          failOn: new Set(['not-supported']),
          expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS,
          maxWaiverDays: DEFAULT_MAX_WAIVER_DAYS,
          maxBytes: DEFAULT_MAX_BYTES,
          limits: DEFAULT_LIMITS,
        },
      })
    }
  })

  it('takes every option as given', () => {
    const parsed = parseRunOptions(
      {
        topology: ['a.yml', 'sites/*.yml'],
        allowEmpty: true,
        'fail-on': 'not-supported,undocumented',
        matrix: 'all-generations',
        'expiry-warning-days': '0',
        'max-waiver-days': '90',
        'max-bytes': '500KiB',
        'max-nodes': '1M',
        'max-pairs': '100k',
        base: 'origin/main',
      },
      'flag',
    )
    expect(parsed).toEqual({
      ok: true,
      options: {
        topology: ['a.yml', 'sites/*.yml'],
        allowEmpty: true,
        failOn: new Set(['not-supported', 'undocumented']),
        matrix: 'all-generations',
        expiryWarningDays: 0,
        maxWaiverDays: 90,
        maxBytes: 500 * 1024,
        limits: { maxNodes: 1_000_000, maxPairs: 100_000 },
        baseRevision: 'origin/main',
      },
    })
  })

  it('an empty matrix or base is no choice, as an empty input is', () => {
    expect(parseRunOptions({ matrix: '', base: '' }, 'flag')).toMatchObject({
      ok: true,
      options: { topology: [DEFAULT_TOPOLOGY] },
    })
    const parsed = parseRunOptions({ matrix: '', base: '' }, 'flag')
    expect(parsed.ok && ('matrix' in parsed.options || 'baseRevision' in parsed.options)).toBe(
      false,
    )
  })

  it.each([
    [
      { 'fail-on': 'interop' },
      'input fail-on: unknown status "interop"',
      'fail-on: unknown status "interop"',
    ],
    [
      { 'expiry-warning-days': '' },
      'input expiry-warning-days: "" is not a whole number of days from 0 to 3650',
      '--expiry-warning-days must be a whole number of days from 0 to 3650, not ""',
    ],
    [
      { 'max-waiver-days': '3651' },
      'input max-waiver-days: "3651" is not a whole number of days from 0 to 3650',
      '--max-waiver-days must be a whole number of days from 0 to 3650, not "3651"',
    ],
    [
      { 'max-bytes': '16MB' },
      'input max-bytes: "16MB" is not a size such as 16MiB, 500KiB or 1000000',
      '--max-bytes must be a size such as 16MiB, 500KiB or 1000000, not "16MB"',
    ],
    [
      { 'max-nodes': '3M' },
      'input max-nodes: "3M" is not a whole number from 1 to 2,000,000 (250000, 250k or 1M)',
      '--max-nodes must be a whole number from 1 to 2,000,000 (250000, 250k or 1M), not "3M"',
    ],
    [
      { 'max-pairs': '0' },
      'input max-pairs: "0" is not a whole number from 1 to 500,000 (250000, 250k or 1M)',
      '--max-pairs must be a whole number from 1 to 500,000 (250000, 250k or 1M), not "0"',
    ],
  ])('%j: one check, worded for each shell', (text, asInput, asFlag) => {
    const input = parseRunOptions(text, 'input')
    const flag = parseRunOptions(text, 'flag')
    expect(input.ok ? 'accepted' : input.message.slice(0, asInput.length)).toBe(asInput)
    expect(flag.ok ? 'accepted' : flag.message.slice(0, asFlag.length)).toBe(asFlag)
  })
})

describe('policyOf', () => {
  it("is the options' policy at the given moment", () => {
    const parsed = parseRunOptions({ 'fail-on': 'none', 'max-waiver-days': '7' }, 'flag')
    if (!parsed.ok) throw new Error(parsed.message)
    const now = new Date('2026-06-01T12:00:00Z')
    expect(policyOf(parsed.options, now)).toEqual({
      failOn: new Set(),
      now,
      expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS,
      maxWaiverDays: 7,
    })
  })
})
