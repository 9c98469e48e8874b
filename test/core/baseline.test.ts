// markPreexisting: which findings of the head the base commit already had (same client, server and
// status), on reports from the real pipeline.
import { describe, expect, it } from 'vitest'
import { markPreexisting } from '../../src/core/baseline.js'
import { buildReport, countFindings } from '../../src/core/check.js'
import type { FileReport } from '../../src/core/types.js'
import { check } from '../support/pipeline.js'

/** Servers s13 (Lync Server 2013) and s10 (Lync Server 2010); clients as `name: product` lines. */
function topology(
  clients: Record<string, string | { product: string; workloads?: string[]; servers?: string[] }>,
  exceptions = '',
): string {
  const lines = [
    'servers:',
    '  - name: s13',
    '    product: Lync Server 2013',
    '  - name: s10',
    '    product: Lync Server 2010',
    'clients:',
  ]
  for (const [name, value] of Object.entries(clients)) {
    const client = typeof value === 'string' ? { product: value } : value
    lines.push(`  - name: ${name}`, `    product: ${client.product}`)
    if (client.workloads) lines.push(`    workloads: [${client.workloads.join(', ')}]`)
    if (client.servers) lines.push(`    servers: [${client.servers.join(', ')}]`)
  }
  return `${lines.join('\n')}\n${exceptions}`
}

const marks = (file: FileReport) =>
  file.results.map(
    (r) => `${r.client}@${r.server}:${r.status}:${r.severity}${r.preexisting ? ':pre' : ''}`,
  )

describe('markPreexisting', () => {
  const base = check(
    topology({
      guests: 'Lync 2010 Attendee',
      legacy: 'Office Communicator 2007 R2',
      workers: 'Lync 2013',
    }),
  )

  it('marks the findings the base had, and nothing else', () => {
    const head = check(
      topology({
        workers: 'Lync 2013',
        guests: 'Lync 2010 Attendee',
        visitors: 'Lync 2010 Attendee',
        legacy: 'Office Communicator 2007 R2',
      }),
    )
    expect(marks(markPreexisting(head, base))).toEqual([
      'workers@s13:supported:none',
      'workers@s10:supported:none',
      'guests@s13:not-supported:error:pre',
      'guests@s10:supported:none',
      'visitors@s13:not-supported:error',
      'visitors@s10:supported:none',
      'legacy@s13:interoperable:warning:pre',
      'legacy@s10:supported:none',
    ])
  })

  it('does not touch what is not a finding: supported pairs without remarks stay unmarked', () => {
    const head = check(topology({ workers: 'Lync 2013' }))
    expect(markPreexisting(head, base).results.every((r) => !r.preexisting)).toBe(true)
  })

  it('keeps everything else of the report as it was, and does not change its input', () => {
    const head = check(topology({ guests: 'Lync 2010 Attendee' }))
    const before = structuredClone(head)
    const marked = markPreexisting(head, base)
    expect(head).toEqual(before)
    expect({
      ...marked,
      results: marked.results.map((r) => ({ ...r, preexisting: false })),
    }).toEqual(before)
  })

  it('treats a pair whose status changed as new: a workload that made it worse', () => {
    // Communicator 2007 R2 on Lync Server 2013 is interoperable; with conferencing it is not supported.
    const head = check(
      topology({
        legacy: { product: 'Office Communicator 2007 R2', workloads: ['im', 'conferencing'] },
      }),
    )
    expect(marks(markPreexisting(head, base))).toEqual([
      'legacy@s13:not-supported:error',
      'legacy@s10:supported:none',
    ])
  })

  it('treats a renamed population, or one moved to another server, as new', () => {
    const head = check(
      topology({
        guests2: 'Lync 2010 Attendee',
        legacy: { product: 'Office Communicator 2007 R2', servers: ['s13'] },
      }),
    )
    const only13 = check(topology({ guests: { product: 'Lync 2010 Attendee', servers: ['s10'] } }))
    expect(marks(markPreexisting(head, base))).toEqual([
      'guests2@s13:not-supported:error',
      'guests2@s10:supported:none',
      'legacy@s13:interoperable:warning:pre',
    ])
    expect(
      marks(markPreexisting(check(topology({ guests: 'Lync 2010 Attendee' })), only13)),
    ).toEqual(['guests@s13:not-supported:error', 'guests@s10:supported:none'])
  })

  it('matches on status, not severity: a warning that fail-on turned into an error was there before', () => {
    const head = check(topology({ legacy: 'Office Communicator 2007 R2' }), {
      failOn: ['not-supported', 'interoperable'],
    })
    expect(marks(markPreexisting(head, base))).toEqual([
      'legacy@s13:interoperable:error:pre',
      'legacy@s10:supported:none',
    ])
  })

  it('keeps a pair that is waived in both waived, and does not call it pre-existing: the base accepted it, it did not fail', () => {
    const exception =
      'exceptions:\n  - client: guests\n    server: s13\n    product: Lync 2010 Attendee\n    reason: CHG-1\n    expires: 2099-01-01\n'
    const waivedBase = check(topology({ guests: 'Lync 2010 Attendee' }, exception))
    const head = check(topology({ guests: 'Lync 2010 Attendee' }, exception))
    const [first] = markPreexisting(head, waivedBase).results
    expect(first).toMatchObject({
      client: 'guests',
      server: 's13',
      severity: 'notice',
      waived: true,
      preexisting: false,
    })
  })

  it("does not launder a waiver: a pull request that drops the base's exception gets a new failure, not a pre-existing one", () => {
    const exception =
      'exceptions:\n  - client: guests\n    server: s13\n    product: Lync 2010 Attendee\n    reason: CHG-1\n    expires: 2099-01-01\n'
    const waivedBase = check(topology({ guests: 'Lync 2010 Attendee' }, exception))
    const dropped = check(topology({ guests: 'Lync 2010 Attendee' }))
    expect(marks(markPreexisting(dropped, waivedBase))).toEqual([
      'guests@s13:not-supported:error',
      'guests@s10:supported:none',
    ])
  })

  it('matches on the products too: the same pair with another failing client product is new', () => {
    const base = check(topology({ guests: 'Lync 2010 Attendee' }))
    const moved = check(topology({ guests: 'Office Live Meeting 2007' }))
    expect(marks(markPreexisting(moved, base))).toEqual([
      'guests@s13:not-supported:error',
      'guests@s10:supported:none',
    ])
  })

  it('marks nothing when there is no base file', () => {
    const head = check(topology({ guests: 'Lync 2010 Attendee' }))
    expect(markPreexisting(head, undefined)).toBe(head)
  })

  it('marks nothing when the base file could not be evaluated', () => {
    const head = check(topology({ guests: 'Lync 2010 Attendee' }))
    const broken = check('servers: []\n')
    expect(broken.errors.length).toBeGreaterThan(0)
    expect(markPreexisting(head, broken)).toBe(head)
  })

  it('lets a report whose only errors are pre-existing pass, and counts them apart', () => {
    const head = check(
      topology({ guests: 'Lync 2010 Attendee', legacy: 'Office Communicator 2007 R2' }),
    )
    expect(buildReport([head]).passed).toBe(false)
    const report = buildReport([markPreexisting(head, base)])
    expect(report.passed).toBe(true)
    expect(countFindings(report)).toEqual({
      errors: 0,
      warnings: 0,
      notices: 0,
      waived: 0,
      preexisting: 2,
      pairs: 4,
    })
  })

  it('does not confuse names that only run together: client "a b" on "c" is not client "a" on "b c"', () => {
    const tricky = (client: string, server: string) =>
      check(
        [
          'servers:',
          `  - name: ${server}`,
          '    product: Lync Server 2013',
          'clients:',
          `  - name: ${client}`,
          '    product: Lync 2010 Attendee',
          '',
        ].join('\n'),
      )
    expect(markPreexisting(tricky('a b', 'c'), tricky('a', 'b c')).results[0]?.preexisting).toBe(
      false,
    )
    expect(markPreexisting(tricky('a b', 'c'), tricky('a b', 'c')).results[0]?.preexisting).toBe(
      true,
    )
  })
})
