import { describe, expect, it } from 'vitest'
import { resolveBuiltinMatrix } from '../../src/core/builtin-matrices.js'
import { buildReport, checkTopology } from '../../src/core/check.js'
import { parseDocument } from '../../src/core/document.js'
import { evaluate } from '../../src/core/evaluate.js'
import type { Policy } from '../../src/core/policy.js'
import { Matrix, type MatrixData } from '../../src/core/matrix.js'
import { parseFailOn } from '../../src/core/policy.js'
import type { MatrixResolution } from '../../src/core/matrix.js'
import { readTopology, type Topology } from '../../src/core/topology.js'
import type { FileReport, PairResult, Status } from '../../src/core/types.js'
import { seedMatrix } from '../support/matrix.js'
import { check, pairTopology, policy, utf8, where } from '../support/pipeline.js'
import { fixtureText } from '../support/fixtures.js'
import { FIXED_NOW } from '../support/runtimes.js'

/** The single result of a one-pair topology. */
function only(report: FileReport): PairResult {
  expect(report.errors).toEqual([])
  expect(report.results).toHaveLength(1)
  return report.results[0] as PairResult
}

function failOn(text: string): Set<Status> {
  const parsed = parseFailOn(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.failOn
}

/** The sentence every Lync 2010 Attendee on Lync Server 2013 message ends with, from matrices/lync-server-2013.json. */
const ALT_ATTENDEE =
  ' Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010; Lync 2010 Attendee is supported on Lync Server 2010.'

const FOOTNOTE_1 =
  'In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010. Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.'
const FOOTNOTE_2 =
  'Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.'
const FOOTNOTE_3 =
  'The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not. During migration from Office Communications Server 2007 R2, Office Communicator 2007 R2 is suitable for presence and IM interoperability, but users should use Lync Web App 2013 to join Lync Server 2013 meetings.'

describe('footnote 3: Office Communicator 2007 R2 on Lync Server 2013', () => {
  it('with im, presence and conferencing: not supported, because of conferencing', () => {
    const result = only(
      check(
        pairTopology('Office Communicator 2007 R2', 'Lync Server 2013', [
          'im',
          'presence',
          'conferencing',
        ]),
      ),
    )
    expect(result.status).toBe('not-supported')
    expect(result.severity).toBe('error')
    expect(result.workloads).toEqual(['conferencing'])
    expect(result.footnotes).toEqual([{ id: '3', text: FOOTNOTE_3 }])
    expect(result.replacement).toBe('Lync Web App 2013')
    expect(result.waived).toBe(false)
    expect(result.title).toBe(
      'Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported',
    )
    expect(result.message).toBe(
      'c1 (Office Communicator 2007 R2) declares conferencing (meetings), which is not supported on s1 (Lync Server 2013). Join Lync Server 2013 meetings with Lync Web App 2013.' +
        // Lync Web App 2013, the footnote's replacement, offers neither IM nor presence: not an alternative for this population.
        ' Alternatives: Lync Server 2013 supports Lync 2013, Lync 2010; Office Communicator 2007 R2 is supported on Lync Server 2010, Office Communications Server 2007 R2.',
    )
    expect(result.message).toContain('conferencing')
    expect(result.message).toContain('Lync Web App 2013')
  })

  it('with im and presence: interoperable, a warning under the default fail-on', () => {
    const result = only(
      check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013', ['im', 'presence'])),
    )
    expect(result.status).toBe('interoperable')
    expect(result.severity).toBe('warning')
    expect(result.workloads).toEqual([])
    expect(result.footnotes.map((f) => f.id)).toEqual(['3'])
    expect(result.replacement).toBeUndefined()
    expect(result.title).toBe('Office Communicator 2007 R2 on Lync Server 2013: interoperable only')
    expect(result.message).toBe(
      'c1 (Office Communicator 2007 R2) on s1 (Lync Server 2013) is interoperable only, not fully supported. Use Office Communicator 2007 R2 for presence and IM only during the migration.',
    )
  })

  it('with no workloads: interoperable', () => {
    const result = only(check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013')))
    expect(result.status).toBe('interoperable')
    expect(result.severity).toBe('warning')
    expect(result.workloads).toEqual([])
    expect(result.footnotes.map((f) => f.id)).toEqual(['3'])
  })

  it('the order of the declared workloads does not matter', () => {
    const result = only(
      check(
        pairTopology('Office Communicator 2007 R2', 'Lync Server 2013', ['conferencing', 'im']),
      ),
    )
    expect([result.status, result.workloads]).toEqual(['not-supported', ['conferencing']])
  })

  it('on the other servers, conferencing changes nothing', () => {
    expect(
      only(check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2010', ['conferencing'])))
        .status,
    ).toBe('supported')
    expect(
      only(
        check(
          pairTopology('Office Communicator 2007 R2', 'Office Communications Server 2007 R2', [
            'conferencing',
          ]),
        ),
      ).status,
    ).toBe('supported')
  })
})

describe('footnote 1: group chat and Lync Server 2010', () => {
  it('Lync 2013 on Lync Server 2010 declaring group-chat: not supported, footnote 1', () => {
    const result = only(check(pairTopology('Lync 2013', 'Lync Server 2010', ['group-chat'])))
    expect(result.status).toBe('not-supported')
    expect(result.severity).toBe('error')
    expect(result.workloads).toEqual(['group-chat'])
    expect(result.footnotes).toEqual([{ id: '1', text: FOOTNOTE_1 }])
    expect(result.replacement).toBe('Lync 2010 Group Chat')
    expect(result.title).toBe('Lync 2013 on Lync Server 2010: group chat not supported')
    // The alternatives' servers are pinned down in 'offers no server on which the declared workload fails' below.
    expect(
      result.message.startsWith(
        'c1 (Lync 2013) declares group chat, which is not supported on s1 (Lync Server 2010). Keep Lync 2010 Group Chat for group chat on Lync Server 2010. Alternatives: ',
      ),
    ).toBe(true)
    // Only clients that offer group chat and are supported on Lync Server 2010: the replacement, the Group Chat client.
    expect(result.alternatives?.clients).toEqual(['Lync 2010 Group Chat'])
  })

  it('Lync 2013 on Lync Server 2010 without group-chat: supported, no footnote', () => {
    for (const workloads of [undefined, ['im', 'presence', 'conferencing']]) {
      const result = only(check(pairTopology('Lync 2013', 'Lync Server 2010', workloads)))
      expect(result.status).toBe('supported')
      expect(result.severity).toBe('none')
      expect(result.footnotes).toEqual([])
      expect(result.workloads).toEqual([])
      expect(result.replacement).toBeUndefined()
      expect(result.message).toBe('c1 (Lync 2013) is supported on s1 (Lync Server 2010).')
    }
  })

  it('Lync 2010 Group Chat on Lync Server 2010: supported with footnote 1, a notice', () => {
    const result = only(
      check(pairTopology('Lync 2010 Group Chat', 'Lync Server 2010', ['group-chat'])),
    )
    expect(result.status).toBe('supported')
    expect(result.severity).toBe('notice')
    expect(result.footnotes).toEqual([{ id: '1', text: FOOTNOTE_1 }])
    expect(result.workloads).toEqual([])
    expect(result.title).toBe('Lync 2010 Group Chat on Lync Server 2010: supported')
  })
})

describe('footnote 2: Lync 2010 Attendee on Lync Server 2013', () => {
  it('not supported, Lync Web App 2013 named as the replacement', () => {
    const result = only(check(pairTopology('Lync 2010 Attendee', 'Lync Server 2013')))
    expect(result.status).toBe('not-supported')
    expect(result.severity).toBe('error')
    expect(result.replacement).toBe('Lync Web App 2013')
    expect(result.footnotes).toEqual([{ id: '2', text: FOOTNOTE_2 }])
    expect(result.title).toBe('Lync 2010 Attendee on Lync Server 2013: not supported')
    expect(result.message).toBe(
      `c1 (Lync 2010 Attendee) is not supported on s1 (Lync Server 2013). Use Lync Web App 2013 instead.${ALT_ATTENDEE}`,
    )
    expect(result.message).toContain('Lync Web App 2013')
  })
})

describe('severity under fail-on', () => {
  // One population per status: supported (no footnote), supported with a footnote, interoperable,
  // not supported and not applicable, all on the same two servers.
  const text = [
    'servers:',
    '  - name: s2013',
    '    product: Lync Server 2013',
    '  - name: s2010',
    '    product: Lync Server 2010',
    'clients:',
    '  - name: plain', // supported on s2013
    '    product: Lync 2013',
    '    servers: [s2013]',
    '  - name: chat', // supported with footnote 1 on s2010, not applicable on s2013
    '    product: Lync 2010 Group Chat',
    '  - name: oc', // interoperable on s2013
    '    product: Office Communicator 2007 R2',
    '    servers: [s2013]',
    '  - name: attendee', // not supported on s2013
    '    product: Lync 2010 Attendee',
    '    servers: [s2013]',
    '',
  ].join('\n')
  const severities = (fail: string) =>
    Object.fromEntries(
      check(text, { failOn: [...failOn(fail)] }).results.map((r) => [
        `${r.client}@${r.server}:${r.status}`,
        r.severity,
      ]),
    )

  it('default (not-supported): error for not supported; warning for interoperable and not applicable; notice for a footnote; none otherwise', () => {
    expect(severities('')).toEqual({
      'plain@s2013:supported': 'none',
      'chat@s2013:not-applicable': 'warning',
      'chat@s2010:supported': 'notice',
      'oc@s2013:interoperable': 'warning',
      'attendee@s2013:not-supported': 'error',
    })
  })

  it('interoperable,not-supported: interoperable becomes an error too', () => {
    expect(severities('interoperable,not-supported')).toEqual({
      'plain@s2013:supported': 'none',
      'chat@s2013:not-applicable': 'warning',
      'chat@s2010:supported': 'notice',
      'oc@s2013:interoperable': 'error',
      'attendee@s2013:not-supported': 'error',
    })
  })

  it('none: nothing is an error; every unsupported status is a warning', () => {
    expect(severities('none')).toEqual({
      'plain@s2013:supported': 'none',
      'chat@s2013:not-applicable': 'warning',
      'chat@s2010:supported': 'notice',
      'oc@s2013:interoperable': 'warning',
      'attendee@s2013:not-supported': 'warning',
    })
    expect(buildReport([check(text, { failOn: [...failOn('none')] })]).passed).toBe(true)
  })

  it('not-applicable: only not applicable fails', () => {
    expect(severities('not-applicable')).toMatchObject({
      'chat@s2013:not-applicable': 'error',
      'attendee@s2013:not-supported': 'warning',
    })
  })

  it('the report fails exactly when some result is an error', () => {
    expect(buildReport([check(text)]).passed).toBe(false)
    expect(
      buildReport([check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013'))]).passed,
    ).toBe(true)
  })
})

describe('exceptions', () => {
  const withException = (
    expires: string,
    reason = 'Partners move to Lync Web App 2013 in wave 3 (CHG-1234)',
  ) =>
    `${pairTopology('Lync 2010 Attendee', 'Lync Server 2013')}exceptions:\n  - client: c1\n    server: s1\n    reason: ${reason}\n    expires: ${expires}\n    product: Lync 2010 Attendee\n`

  it('a valid exception waives the pair: waived, a notice, and the report passes', () => {
    const report = check(withException('2027-03-31'))
    const result = only(report)
    expect(result.status).toBe('not-supported')
    expect(result.waived).toBe(true)
    expect(result.severity).toBe('notice')
    expect(result.exception).toEqual({
      reason: 'Partners move to Lync Web App 2013 in wave 3 (CHG-1234)',
      expires: '2027-03-31',
    })
    expect(result.message).toBe(
      `c1 (Lync 2010 Attendee) is not supported on s1 (Lync Server 2013). Use Lync Web App 2013 instead.${ALT_ATTENDEE} Waived until the end of 2027-03-31 (UTC): Partners move to Lync Web App 2013 in wave 3 (CHG-1234)`,
    )
    expect(report.warnings).toEqual([])
    expect(buildReport([report]).passed).toBe(true)
  })

  it('an expired exception waives nothing and warns at its `expires` value', () => {
    const report = check(withException('2027-03-31'), { now: new Date('2027-06-01T00:00:00Z') })
    const result = only(report)
    expect(result.waived).toBe(false)
    expect(result.severity).toBe('error')
    expect(result.exception).toBeUndefined()
    expect(result.message).not.toContain('Waived')
    expect(where(report.warnings)).toEqual([
      {
        line: 11,
        column: 14,
        endLine: 11,
        endColumn: 24,
        message:
          'the exception for "c1" on "s1" expired at the end of 2027-03-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      },
    ])
    expect(buildReport([report]).passed).toBe(false)
  })

  it('still waives at the last second of the expiry day (UTC)', () => {
    const report = check(withException('2027-03-31'), { now: new Date('2027-03-31T23:59:59Z') })
    expect(only(report).waived).toBe(true)
    expect(report.warnings).toEqual([])
  })

  it('waives nothing from the first instant of the next day (UTC)', () => {
    const report = check(withException('2027-03-31'), { now: new Date('2027-04-01T00:00:00Z') })
    expect(only(report).waived).toBe(false)
    expect(only(report).severity).toBe('error')
    expect(report.warnings.map((w) => [w.line, w.column])).toEqual([[11, 14]])
  })

  it('keeps the expiry in UTC whatever the offset of `now`', () => {
    // 2027-04-01T01:30+02:00 is still 2027-03-31 in UTC.
    expect(
      only(check(withException('2027-03-31'), { now: new Date('2027-04-01T01:30:00+02:00') }))
        .waived,
    ).toBe(true)
  })

  it('does not mark a supported pair as waived', () => {
    const text = `${pairTopology('Lync 2013', 'Lync Server 2013')}exceptions:\n  - {client: c1, server: s1, product: Lync 2013, reason: belt and braces, expires: 2099-01-01}\n`
    const result = only(check(text))
    expect([result.status, result.waived, result.severity, result.exception]).toEqual([
      'supported',
      false,
      'none',
      undefined,
    ])
  })

  it('waives under any fail-on, and only its own pair', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: a',
      '    product: Lync 2010 Attendee',
      '  - name: b',
      '    product: Lync 2010 Attendee',
      'exceptions:',
      '  - {client: a, server: s1, product: Lync 2010 Attendee, reason: wave 3, expires: 2099-12-31}',
      '',
    ].join('\n')
    const results = check(text, { failOn: ['not-supported', 'interoperable'] }).results
    expect(results.map((r) => [r.client, r.waived, r.severity])).toEqual([
      ['a', true, 'notice'],
      ['b', false, 'error'],
    ])
  })
})

describe('pairs and positions', () => {
  it('gives one result per client/server pair, in file order, each at the client entry’s product value', () => {
    const report = check(fixtureText('core', 'estate.yml'), { file: 'estate.yml' })
    expect(report.errors).toEqual([])
    expect(
      report.results.map((r) => [
        r.client,
        r.server,
        r.status,
        r.severity,
        r.waived,
        r.footnotes.map((f) => f.id).join(','),
        r.line,
        r.column,
        r.endLine,
        r.endColumn,
      ]),
    ).toEqual([
      ['knowledge-workers', 'ams-pool01', 'supported', 'none', false, '', 17, 14, 17, 23],
      ['knowledge-workers', 'lon-pool-2010', 'supported', 'none', false, '', 17, 14, 17, 23],
      ['trading-floor', 'lon-pool-2010', 'supported', 'notice', false, '1', 22, 14, 22, 34],
      ['trading-floor', 'ams-pool01', 'not-applicable', 'warning', false, '', 22, 14, 22, 34],
      ['sales-desktops', 'ams-pool01', 'interoperable', 'warning', false, '3', 27, 14, 27, 41],
      ['sales-desktops', 'nyc-ocs', 'supported', 'none', false, '', 27, 14, 27, 41],
      ['field-engineers', 'ams-pool01', 'not-supported', 'error', false, '3', 32, 14, 32, 41],
      ['external-partners', 'ams-pool01', 'not-supported', 'notice', true, '2', 37, 14, 37, 32],
      ['external-partners', 'lon-pool-2010', 'supported', 'none', false, '', 37, 14, 37, 32],
      ['reception', 'nyc-ocs', 'supported', 'none', false, '', 42, 14, 42, 70],
    ])
    expect(new Set(report.results.map((r) => r.file))).toEqual(new Set(['estate.yml']))
  })

  it('a client without `servers` is checked against every server of the file', () => {
    const text = [
      'servers:',
      '  - name: new',
      '    product: Lync Server 2013',
      '  - name: old',
      '    product: Lync Server 2010',
      '  - name: legacy',
      '    product: OCS 2007 R2',
      'clients:',
      '  - name: everyone',
      '    product: Lync 2010',
      '',
    ].join('\n')
    const results = check(text).results
    expect(results.map((r) => [r.server, r.serverProduct, r.status, r.line, r.column])).toEqual([
      ['new', 'Lync Server 2013', 'supported', 10, 14],
      ['old', 'Lync Server 2010', 'supported', 10, 14],
      ['legacy', 'Office Communications Server 2007 R2', 'not-supported', 10, 14],
    ])
  })

  it('pairs of the same products and workloads share their frozen findings; each message names its own population and server', () => {
    const text = [
      'servers:',
      '  - {name: ams, product: Lync Server 2013}',
      '  - {name: lon, product: lync server 2013}',
      'clients:',
      '  - {name: guests, product: Lync 2010 Attendee, workloads: [conferencing]}',
      '  - {name: visitors, product: Lync 2010 Attendee, workloads: [conferencing]}',
      '  - {name: partners, product: Lync 2010 Attendee}',
      '',
    ].join('\n')
    const results = check(text).results
    expect(results.map((r) => [r.client, r.server, r.status])).toEqual([
      ['guests', 'ams', 'not-supported'],
      ['guests', 'lon', 'not-supported'],
      ['visitors', 'ams', 'not-supported'],
      ['visitors', 'lon', 'not-supported'],
      ['partners', 'ams', 'not-supported'],
      ['partners', 'lon', 'not-supported'],
    ])
    const [first, ...others] = results as [PairResult, ...PairResult[]]
    const shared = (r: PairResult) => [
      r.workloads,
      r.footnotes,
      r.source,
      r.alternatives,
      r.alternatives?.clients,
      r.alternatives?.servers,
    ]
    for (const value of shared(first)) expect(Object.isFrozen(value)).toBe(true)
    for (const other of others.slice(0, 3))
      shared(other).forEach((value, i) => expect(value).toBe(shared(first)[i]))
    expect(results.map((r) => r.message.split(' is not supported')[0])).toEqual([
      'guests (Lync 2010 Attendee)',
      'guests (Lync 2010 Attendee)',
      'visitors (Lync 2010 Attendee)',
      'visitors (Lync 2010 Attendee)',
      'partners (Lync 2010 Attendee)',
      'partners (Lync 2010 Attendee)',
    ])
    expect(results.map((r) => r.message.includes(` on ${r.server} (Lync Server 2013)`))).toEqual(
      Array(6).fill(true),
    )
  })

  it('names products by their display names even when the file uses an alias', () => {
    const result = only(check(pairTopology('oc 2007 r2', 'microsoft lync server 2013')))
    expect([result.clientProduct, result.serverProduct]).toEqual([
      'Office Communicator 2007 R2',
      'Lync Server 2013',
    ])
    expect(result.title).toBe('Office Communicator 2007 R2 on Lync Server 2013: interoperable only')
  })

  it('explains a not-applicable pair', () => {
    const result = only(check(pairTopology('Lync 2010 Group Chat', 'Lync Server 2013')))
    expect(result.title).toBe('Lync 2010 Group Chat on Lync Server 2013: not applicable')
    expect(result.status).toBe('not-applicable')
    expect(result.message.startsWith('c1 (Lync 2010 Group Chat) ')).toBe(true)
    expect(result.message).toContain('s1 (Lync Server 2013)')
    expect(result.message).toContain('matrix lync-server-2013')
    expect(result.message).toContain('not applicable')
  })
})

describe('evaluate on its own, with a matrix of our own', () => {
  const tiny = Matrix.load(JSON.parse(fixtureText('core', 'matrix-tiny.json')) as MatrixData)
  if (!tiny.ok) throw new Error(tiny.problems.join('; '))
  const lookup = (id: string): MatrixResolution =>
    id === 'tiny' ? { ok: true, matrix: tiny.matrix } : resolveBuiltinMatrix(id)

  function topologyOf(text: string): Topology {
    const parsed = parseDocument(text, 'tiny.yml', 'yaml')
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message)
    const read = readTopology(
      parsed.document,
      lookup(/^matrix: tiny$/m.test(text) ? 'tiny' : 'lync-server-2013'),
    )
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('; '))
    return read.topology
  }

  const pair = (workloads: string) =>
    `matrix: tiny\nservers:\n  - {name: old, product: Server Old}\nclients:\n  - {name: pop, product: Client A, workloads: ${workloads}}\n`
  const policy: Policy = { failOn: new Set(['not-supported']), now: FIXED_NOW }

  it('a workload whose refinement is better than the cell does not improve it', () => {
    const { results } = evaluate(topologyOf(pair('[im]')), policy)
    expect(results.map((r) => [r.status, r.workloads, r.footnotes.map((f) => f.id)])).toEqual([
      ['interoperable', [], ['1']],
    ])
  })

  it('the worst workload wins, and every workload with that verdict is named', () => {
    const { results } = evaluate(topologyOf(pair('[im, video, voice]')), policy)
    expect(results.map((r) => [r.status, r.workloads])).toEqual([
      ['not-supported', ['video', 'voice']],
    ])
    expect(results[0]?.title).toBe('Client A on Server Old: video calls, voice calls not supported')
    expect(
      results[0]?.message.startsWith(
        'pop (Client A) declares video calls and voice calls, which are not supported on old (Server Old).',
      ),
    ).toBe(true)
  })

  it('a replacement without advice is offered as "Use … instead."', () => {
    const { results } = evaluate(topologyOf(pair('[video]')), policy)
    expect(results[0]?.replacement).toBe('Client B')
    // The deciding refinement's footnote first, then the pair's own.
    expect(results[0]?.footnotes).toEqual([
      { id: 'n2', text: 'Second footnote.' },
      { id: '1', text: 'First footnote.' },
    ])
    // The replacement is named, but it is no alternative: Server Old does not support Client B. Nor does it support anything else.
    expect(results[0]?.alternatives).toEqual({ clients: [], servers: ['Server New'] })
    expect(results[0]?.message).toBe(
      "pop (Client A) declares video calls, which is not supported on old (Server Old). Use Client B instead. Alternatives: Server Old supports none of the matrix's clients for these workloads; Client A is supported on Server New.",
    )
  })

  it('advice takes the place of the replacement sentence', () => {
    const text =
      'matrix: tiny\nservers:\n  - {name: old, product: Server Old}\nclients:\n  - {name: pop, product: Client B}\n'
    const { results } = evaluate(topologyOf(text), policy)
    expect(results[0]?.replacement).toBe('Client A')
    // Client A is only interoperable on Server Old: advised, but no alternative.
    expect(results[0]?.alternatives).toEqual({ clients: [], servers: [] })
    expect(results[0]?.message).toBe(
      "pop (Client B) is not supported on old (Server Old). Move to Client A. Alternatives: Server Old supports none of the matrix's clients for these workloads; no server of the matrix supports Client B.",
    )
  })

  it('returns no warnings when no exception expired, and one per expired exception', () => {
    const text = `${pair('[video]')}exceptions:\n  - {client: pop, server: old, product: Client A, reason: r, expires: 2026-05-31}\n`
    const topology = topologyOf(text)
    expect(
      evaluate(topology, { ...policy, now: new Date('2026-05-31T12:00:00Z') }).warnings,
    ).toEqual([])
    const { warnings, results } = evaluate(topology, policy)
    expect(warnings.map((w) => [w.file, w.line, w.column])).toEqual([['tiny.yml', 7, 71]])
    expect(results[0]?.waived).toBe(false)
  })

  it('checkTopology uses the matrices it is given', () => {
    const report = checkTopology('tiny.yml', utf8(pair('[]')), { policy, matrices: lookup })
    expect(report.matrix).toBe('tiny')
    expect(report.results.map((r) => r.status)).toEqual(['interoperable'])
  })
})

describe('exceptions: owner, ticket, expiring soon, and waiving nothing', () => {
  /**
   * A one-pair topology with one exception: `- client: c1` on line 8 (column 5), `expires:` on line
   * 13 with its value at columns 14 to 23.
   */
  const withOwner = (expires: string, client = 'Lync 2010 Attendee') =>
    `${pairTopology(client, 'Lync Server 2013')}exceptions:\n  - client: c1\n    server: s1\n    reason: Partners move to Lync Web App 2013 in wave 3\n    owner: uc-platform-team\n    ticket: CHG-1234\n    expires: ${expires}\n    product: ${client}\n`
  const run = (text: string, expiryWarningDays?: number, now = FIXED_NOW) =>
    checkTopology('coexist.yml', utf8(text), {
      policy: {
        failOn: failOn(''),
        now,
        ...(expiryWarningDays === undefined ? {} : { expiryWarningDays }),
      },
    })
  const EXPIRES_AT = { line: 13, column: 14, endLine: 13, endColumn: 24 }

  it('one expiring tomorrow: still waives, and a notice at its expires value names the ticket and the owner', () => {
    // FIXED_NOW is 2026-06-01T12:00Z; the exception lasts through 2026-06-02 (UTC): tomorrow.
    const report = run(withOwner('2026-06-02'), 30)
    const result = only(report)
    expect([result.waived, result.severity]).toEqual([true, 'notice'])
    expect(report.warnings).toEqual([])
    expect(report.notices).toEqual([
      {
        file: 'coexist.yml',
        ...EXPIRES_AT,
        message:
          'the exception for "c1" on "s1" (CHG-1234) expires at the end of 2026-06-02 (UTC), tomorrow; owner: uc-platform-team',
      },
    ])
    expect(buildReport([report]).passed).toBe(true)
  })

  it('one expiring at the end of today: "today"', () => {
    expect(run(withOwner('2026-06-01'), 30).notices.map((n) => n.message)).toEqual([
      'the exception for "c1" on "s1" (CHG-1234) expires at the end of 2026-06-01 (UTC), today; owner: uc-platform-team',
    ])
  })

  describe('counts calendar days (UTC), whatever the time of day', () => {
    const countdown = (expires: string, now: string, expiryWarningDays = 30) =>
      run(withOwner(expires), expiryWarningDays, new Date(now)).notices.map(
        (n) => /\(UTC\), ([^;]+);/.exec(n.message)?.[1],
      )

    it.each([
      ['2026-06-01T00:00:00.000Z', '2026-06-01', 'today'],
      ['2026-06-01T23:59:59.999Z', '2026-06-01', 'today'],
      ['2026-06-01T00:00:00.000Z', '2026-06-02', 'tomorrow'],
      ['2026-06-01T23:59:59.999Z', '2026-06-02', 'tomorrow'],
      ['2026-06-02T00:00:00.000Z', '2026-06-02', 'today'],
      ['2026-06-01T00:00:00.000Z', '2026-06-03', 'in 2 days'],
      ['2026-06-01T23:59:59.999Z', '2026-06-03', 'in 2 days'],
      ['2026-06-02T00:00:00.000Z', '2026-06-03', 'tomorrow'],
      ['2026-06-01T12:00:00.000Z', '2026-06-30', 'in 29 days'],
      // 2026-06-02T01:30+02:00 is still June 1 in UTC.
      ['2026-06-02T01:30:00.000+02:00', '2026-06-02', 'tomorrow'],
    ])('at %s, one expiring at the end of %s: "%s"', (now, expires, said) => {
      expect(countdown(expires, now)).toEqual([said])
    })

    it('takes in the exceptions expiring within expiry-warning-days days, the last of them included', () => {
      for (const now of ['2026-06-01T00:00:00.000Z', '2026-06-01T23:59:59.999Z']) {
        expect(countdown('2026-07-01', now)).toEqual(['in 30 days'])
        expect(countdown('2026-07-02', now)).toEqual([])
        expect(countdown('2026-06-02', now, 1)).toEqual(['tomorrow'])
        expect(countdown('2026-06-03', now, 1)).toEqual([])
      }
    })
  })

  it('expiry-warning-days 0 (or none given) turns the notices off, and the exception still waives', () => {
    for (const days of [0, undefined]) {
      const report = run(withOwner('2026-06-01'), days)
      expect(report.notices).toEqual([])
      expect(only(report).waived).toBe(true)
    }
  })

  it('one expired yesterday: waives nothing, a warning at its expires value, no notice', () => {
    const report = run(withOwner('2026-05-31'), 30)
    const result = only(report)
    expect([result.waived, result.severity, result.exception]).toEqual([false, 'error', undefined])
    expect(report.notices).toEqual([])
    expect(report.warnings).toEqual([
      {
        file: 'coexist.yml',
        ...EXPIRES_AT,
        message:
          'the exception for "c1" on "s1" (CHG-1234) expired at the end of 2026-05-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      },
    ])
    expect(buildReport([report]).passed).toBe(false)
  })

  it('one on a supported pair waives nothing: a warning at the start of the exception, and the report still passes', () => {
    const report = run(withOwner('2099-12-31', 'Lync 2013'), 30)
    const result = only(report)
    expect([result.status, result.waived, result.severity, result.exception]).toEqual([
      'supported',
      false,
      'none',
      undefined,
    ])
    expect(report.warnings).toEqual([
      {
        file: 'coexist.yml',
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 6,
        message:
          'the exception for "c1" on "s1" (CHG-1234) waives nothing: the pair is supported; remove the exception',
      },
    ])
    expect(buildReport([report]).passed).toBe(true)
  })

  it('gives the waived result the owner and the ticket, in its exception and its message', () => {
    const result = only(run(withOwner('2099-12-31'), 30))
    expect(result.exception).toStrictEqual({
      reason: 'Partners move to Lync Web App 2013 in wave 3',
      expires: '2099-12-31',
      owner: 'uc-platform-team',
      ticket: 'CHG-1234',
    })
    expect(result.message).toBe(
      `c1 (Lync 2010 Attendee) is not supported on s1 (Lync Server 2013). Use Lync Web App 2013 instead.${ALT_ATTENDEE} Waived until the end of 2099-12-31 (UTC) by uc-platform-team (CHG-1234): Partners move to Lync Web App 2013 in wave 3`,
    )
  })

  it('names only what is there: an owner without a ticket, a ticket without an owner', () => {
    const ownerOnly = only(run(withOwner('2026-06-02').replace('    ticket: CHG-1234\n', ''), 30))
    expect(ownerOnly.exception).toStrictEqual({
      reason: 'Partners move to Lync Web App 2013 in wave 3',
      expires: '2026-06-02',
      owner: 'uc-platform-team',
    })
    expect(
      ownerOnly.message.endsWith(
        ' Waived until the end of 2026-06-02 (UTC) by uc-platform-team: Partners move to Lync Web App 2013 in wave 3',
      ),
    ).toBe(true)
    const ticketOnly = run(withOwner('2026-06-02').replace('    owner: uc-platform-team\n', ''), 30)
    expect(
      only(ticketOnly).message.endsWith(
        ' Waived until the end of 2026-06-02 (UTC) (CHG-1234): Partners move to Lync Web App 2013 in wave 3',
      ),
    ).toBe(true)
    expect(ticketOnly.notices.map((n) => n.message)).toEqual([
      'the exception for "c1" on "s1" (CHG-1234) expires at the end of 2026-06-02 (UTC), tomorrow',
    ])
  })

  it('lists the warnings of several exceptions in line order, whatever made each', () => {
    const text = [
      'servers:',
      '  - {name: s1, product: Lync Server 2013}',
      'clients:',
      '  - {name: fine, product: Lync 2013}',
      '  - {name: old, product: Lync 2010 Attendee}',
      'exceptions:',
      '  - {client: old, server: s1, product: Lync 2010 Attendee, reason: wave 3, expires: 2026-01-31}',
      '  - {client: fine, server: s1, product: Lync 2013, reason: just in case, expires: 2099-01-01}',
      '',
    ].join('\n')
    expect(
      run(text, 30).warnings.map((w) => [
        w.line,
        w.message.split(' waives')[0]?.split(' expired')[0],
      ]),
    ).toEqual([
      [7, 'the exception for "old" on "s1"'],
      [8, 'the exception for "fine" on "s1"'],
    ])
  })
})

describe('alternatives', () => {
  // The built-in table as plain data, to compute alternatives independently of src/.
  const seed = seedMatrix() as ReturnType<typeof seedMatrix> & {
    cells: { client: string; server: string; status: string; replacement?: string }[]
  }
  const name = (kind: 'clients' | 'servers', id: string) =>
    seed[kind].find((p) => p.id === id)?.name ?? id
  const status = (client: string, server: string) =>
    seed.cells.find((c) => c.client === client && c.server === server)?.status

  it('Lync 2010 Attendee on Lync Server 2013: Lync Web App 2013 (the replacement) first, then what Lync Server 2013 supports; Lync Server 2010 for the client', () => {
    const result = only(check(pairTopology('Lync 2010 Attendee', 'Lync Server 2013')))
    expect(result.alternatives).toStrictEqual({
      clients: ['Lync Web App 2013', 'Lync 2013', 'Lync 2010'],
      servers: ['Lync Server 2010'],
    })
    expect(result.message.endsWith(ALT_ATTENDEE)).toBe(true)
  })

  it('a not-applicable cell (Lync 2010 Group Chat on Lync Server 2013) has them too, without a replacement', () => {
    const result = only(check(pairTopology('Lync 2010 Group Chat', 'Lync Server 2013')))
    expect(result.status).toBe('not-applicable')
    // No workloads declared: the first three clients Lync Server 2013 supports, in table order.
    expect(result.alternatives).toStrictEqual({
      clients: ['Lync 2013', 'Lync Web App 2013', 'Lync 2010'],
      servers: ['Lync Server 2010'],
    })
    expect(
      result.message.endsWith(
        ' Alternatives: Lync Server 2013 supports Lync 2013, Lync Web App 2013, Lync 2010; Lync 2010 Group Chat is supported on Lync Server 2010.',
      ),
    ).toBe(true)
  })

  it('a client no server of the matrix supports, on a server that supports nothing else, is said so', () => {
    const tiny = Matrix.load(JSON.parse(fixtureText('core', 'matrix-tiny.json')) as MatrixData)
    if (!tiny.ok) throw new Error(tiny.problems.join('; '))
    const text =
      'matrix: tiny\nservers:\n  - {name: new, product: Server New}\nclients:\n  - {name: pop, product: Client B}\n'
    const report = checkTopology('t.yml', utf8(text), {
      policy: policy(),
      matrices: (id) =>
        id === 'tiny' ? { ok: true, matrix: tiny.matrix } : resolveBuiltinMatrix(id),
    })
    const result = only(report)
    expect([result.status, result.alternatives]).toEqual([
      'not-applicable',
      { clients: ['Client A'], servers: [] },
    ])
    expect(
      result.message.endsWith(
        ' Alternatives: Server New supports Client A; no server of the matrix supports Client B.',
      ),
    ).toBe(true)
  })

  it('supported and interoperable results have none', () => {
    expect(only(check(pairTopology('Lync 2013', 'Lync Server 2013'))).alternatives).toBeUndefined()
    expect(
      only(check(pairTopology('Lync 2010 Group Chat', 'Lync Server 2010'))).alternatives,
    ).toBeUndefined()
    const interoperable = only(
      check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013')),
    )
    expect([interoperable.status, interoperable.alternatives]).toEqual(['interoperable', undefined])
    expect(interoperable.message).not.toContain('Alternatives')
  })

  it('for every not-supported or not-applicable cell of lync-server-2013, as computed from the JSON by hand', () => {
    let checked = 0
    for (const cell of seed.cells) {
      if (cell.status !== 'not-supported' && cell.status !== 'not-applicable') continue
      // The replacement first if the server supports it, then the table's order; three at most.
      const supportedHere = (id: string) => status(id, cell.server) === 'supported'
      const ordered = [
        ...(cell.replacement && supportedHere(cell.replacement) ? [cell.replacement] : []),
        ...seed.clients
          .map((c) => c.id)
          .filter((id) => id !== cell.replacement && supportedHere(id)),
      ]
      const clients = ordered
        .filter((id) => id !== cell.client)
        .slice(0, 3)
        .map((id) => name('clients', id))
      const servers = seed.servers
        .filter((s) => status(cell.client, s.id) === 'supported')
        .slice(0, 3)
        .map((s) => s.name)
      const result = only(
        check(pairTopology(name('clients', cell.client), name('servers', cell.server))),
      )
      expect([cell.client, cell.server, result.alternatives]).toEqual([
        cell.client,
        cell.server,
        { clients, servers },
      ])
      checked++
    }
    expect(checked).toBe(14)
  })

  it('offers no server on which the declared workload fails: Lync 2013 with group chat fails on Lync Server 2010', () => {
    // The cell lync-2013 × lync-server-2010 is supported, but not for group-chat (footnote 1); of the
    // servers, only Lync Server 2013 supports Lync 2013 with group chat.
    const result = only(check(pairTopology('Lync 2013', 'Lync Server 2010', ['group-chat'])))
    expect(result.status).toBe('not-supported')
    expect(result.alternatives?.servers).toEqual(['Lync Server 2013'])
    expect(result.message.endsWith('; Lync 2013 is supported on Lync Server 2013.')).toBe(true)
  })
})

describe('source of each result', () => {
  const GG398499 = {
    matrix: 'lync-server-2013',
    title: 'Supported clients from previous deployments in Lync Server 2013',
    table: 'Supported Server and Client Combinations',
    url: 'https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)',
  }

  it('names the matrix, the document, its table and URL for every result, supported ones included', () => {
    expect(only(check(pairTopology('Lync 2013', 'Lync Server 2013'))).source).toStrictEqual(
      GG398499,
    )
    expect(
      only(check(pairTopology('Lync 2010 Attendee', 'Lync Server 2013'))).source,
    ).toStrictEqual(GG398499)
  })

  it("takes the workload's own source and note when a workload decides the verdict", () => {
    expect(
      only(check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013', ['conferencing'])))
        .source,
    ).toStrictEqual({
      ...GG398499,
      note: 'Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.',
    })
    expect(
      only(check(pairTopology('Office Communicator 2007 R2', 'Lync Server 2013', ['im']))).source,
    ).toStrictEqual(GG398499)
  })

  it("follows the topology's matrix: skype-for-business-server cites its own documents and notes", () => {
    const text = `matrix: skype-for-business-server\n${pairTopology('Lync 2010', 'Skype for Business Server 2019')}`
    const result = only(check(text))
    expect(result.source.matrix).toBe('skype-for-business-server')
    expect([result.source.title, result.source.table, result.source.url]).toEqual([
      'Plan for clients and devices',
      'Legacy clients',
      'https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices',
    ])
    expect(result.source.note).toMatch(/^Implied: the Legacy clients section lists/)
  })
})

describe('exceptions bound to what they waive (issue 10)', () => {
  const topology = (product: string, exceptionProduct: string, expires = '2026-12-31') =>
    `${pairTopology(product, 'Lync Server 2013')}exceptions:\n  - client: c1\n    server: s1\n    product: ${exceptionProduct}\n    reason: Partners move in wave 3\n    expires: ${expires}\n`

  it('an exception written for another product than the population runs waives nothing, with a warning at its product', () => {
    const report = check(topology('Office Live Meeting 2007', 'Lync 2010 Attendee'))
    const [result] = report.results
    expect([result?.status, result?.waived, result?.severity]).toEqual([
      'not-supported',
      false,
      'error',
    ])
    expect(where(report.warnings)).toEqual([
      {
        line: 10,
        column: 14,
        endLine: 10,
        endColumn: 32,
        message:
          'the exception for "c1" on "s1" was written for Lync 2010 Attendee, but "c1" runs Office Live Meeting 2007: it waives nothing until it is reviewed for Office Live Meeting 2007 (set its product and reason anew)',
      },
    ])
  })

  it('matches the product by any of its names: an alias or id is the same product', () => {
    const report = check(topology('Lync 2010 Attendee', 'lync-2010-attendee'))
    expect([report.results[0]?.waived, report.warnings]).toEqual([true, []])
  })

  it('an unknown exception product is an input error at its value', () => {
    expect(where(check(topology('Lync 2010 Attendee', 'Lync 2010 Atendee')).errors)).toEqual([
      {
        line: 10,
        column: 14,
        endLine: 10,
        endColumn: 31,
        message:
          'unknown client product "Lync 2010 Atendee" in matrix lync-server-2013; did you mean "Lync 2010 Attendee"?',
      },
    ])
  })

  it('warns, and still waives, when expires lies beyond max-waiver-days', () => {
    const run = (maxWaiverDays: number | undefined, expires: string) =>
      checkTopology(
        'coexist.yml',
        utf8(topology('Lync 2010 Attendee', 'Lync 2010 Attendee', expires)),
        { policy: { ...policy(), ...(maxWaiverDays === undefined ? {} : { maxWaiverDays }) } },
      )
    // FIXED_NOW is 2026-06-01T12:00Z: 365 days on is the end of 2027-06-01.
    const far = run(365, '2099-12-31')
    expect([far.results[0]?.waived, far.warnings.map((w) => [w.line, w.message])]).toEqual([
      true,
      [
        [
          12,
          'the exception for "c1" on "s1" runs until 2099-12-31, more than 365 days ahead (max-waiver-days); an accepted risk is meant to be reviewed: set a date within 365 days and renew it then if it still holds',
        ],
      ],
    ])
    expect(run(365, '2027-06-01').warnings).toEqual([])
    expect(run(365, '2027-06-02').warnings).toHaveLength(1)
    // Counted in calendar days (UTC) as the expiry notices are: the time of day changes nothing.
    const warned = (now: string, expires: string) =>
      checkTopology(
        'coexist.yml',
        utf8(topology('Lync 2010 Attendee', 'Lync 2010 Attendee', expires)),
        { policy: { ...policy(), now: new Date(now), maxWaiverDays: 1 } },
      ).warnings.length
    for (const now of ['2026-06-01T00:00:00.000Z', '2026-06-01T23:59:59.999Z'])
      expect([warned(now, '2026-06-02'), warned(now, '2026-06-03')]).toEqual([0, 1])
    const midnight = '2026-06-02T00:00:00.000Z'
    expect([warned(midnight, '2026-06-03'), warned(midnight, '2026-06-04')]).toEqual([0, 1])
    expect(run(0, '2099-12-31').warnings).toEqual([])
    expect(run(undefined, '2099-12-31').warnings).toEqual([])
  })
})
