// The estate, not only the cell (issue 11): each describe block below is one of the false passes the
// issue lists, run through the real pipeline on the built-in matrices.
import { describe, expect, it } from 'vitest'
import type { EstateFinding, FileReport, PairResult, Status } from '../../src/core/types.js'
import { resolveBuiltinMatrix } from '../../src/core/builtin-matrices.js'
import { checkTopology } from '../../src/core/check.js'
import { Matrix, type MatrixData } from '../../src/core/matrix.js'
import { check, policy, utf8 } from '../support/pipeline.js'
import { fixtureText } from '../support/fixtures.js'

interface Server {
  name: string
  product: string
  version?: string
}
interface Client {
  name: string
  product: string
  servers?: string[]
  workloads?: string[]
}

/** A topology as YAML, one key per line, so that `lineOf` finds each value. */
function topology(matrix: string, servers: Server[], clients: Client[]): string {
  return [
    `matrix: ${matrix}`,
    'servers:',
    ...servers.flatMap((s) => [
      `  - name: ${s.name}`,
      `    product: ${s.product}`,
      ...(s.version ? [`    version: ${s.version}`] : []),
    ]),
    'clients:',
    ...clients.flatMap((c) => [
      `  - name: ${c.name}`,
      `    product: ${c.product}`,
      ...(c.servers ? [`    servers: [${c.servers.join(', ')}]`] : []),
      ...(c.workloads ? ['    workloads:', ...c.workloads.map((w) => `      - ${w}`)] : []),
    ]),
    '',
  ].join('\n')
}

/** The 1-based line of the first line of `text` that equals `line` once trimmed, after line `after`. */
function lineOf(text: string, line: string, after = 0): number {
  const index = text.split('\n').findIndex((l, i) => i >= after && l.trim() === line)
  if (index < 0) throw new Error(`no line "${line}"`)
  return index + 1
}

const estate = (report: FileReport): EstateFinding[] => {
  expect(report.errors).toEqual([])
  return report.estate ?? []
}
const brief = (f: EstateFinding) => [f.kind, f.subject, f.status, f.severity, f.line]
const pairs = (report: FileReport) =>
  report.results.map((r: PairResult) => [
    r.client,
    r.server,
    r.status,
    r.footnotes.map((f) => f.id),
  ])

describe('server rules: products that may run side by side, and migrations (lync2013-server-coexistence.md)', () => {
  const three = topology(
    'lync-server-2013',
    [
      { name: 'pool13', product: 'Lync Server 2013' },
      { name: 'pool10', product: 'Lync Server 2010' },
      { name: 'ocs', product: 'Office Communications Server 2007 R2' },
    ],
    [{ name: 'users', product: 'Lync 2013', servers: ['pool13'] }],
  )

  it('all three versions side by side: one error at the last of the three pools, naming the others, quoting the source', () => {
    const [finding, ...rest] = estate(check(three))
    expect(rest).toEqual([])
    expect(brief(finding as EstateFinding)).toEqual([
      'server-rule',
      'ocs, pool10, pool13',
      'not-supported',
      'error',
      lineOf(three, 'product: Office Communications Server 2007 R2'),
    ])
    expect(finding?.title).toBe(
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
    )
    expect(finding?.message).toContain(
      'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.',
    )
    expect(finding?.message).toContain(
      `Lync Server 2013 ("pool13", line ${lineOf(three, 'product: Lync Server 2013')})`,
    )
    expect(finding?.related?.map((r) => [r.line, r.message])).toEqual([
      [lineOf(three, 'product: Lync Server 2013'), 'server "pool13" (Lync Server 2013)'],
      [lineOf(three, 'product: Lync Server 2010'), 'server "pool10" (Lync Server 2010)'],
    ])
    expect(finding?.source).toMatchObject({
      matrix: 'lync-server-2013',
      title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
    })
  })

  it('fails the run by default, and follows fail-on like any finding', () => {
    expect(check(three).estate?.[0]?.severity).toBe('error')
    expect(check(three, { failOn: [] }).estate?.[0]?.severity).toBe('warning')
  })

  it('two generations side by side, as the sources allow, give no server finding', () => {
    for (const other of ['Lync Server 2010', 'Office Communications Server 2007 R2']) {
      const text = topology(
        'lync-server-2013',
        [
          { name: 'a', product: 'Lync Server 2013' },
          { name: 'b', product: other },
        ],
        [{ name: 'users', product: 'Lync 2013', servers: ['a'] }],
      )
      expect(estate(check(text)), other).toEqual([])
    }
  })

  it('Office Communications Server 2007 and Live Communications Server 2005: recognised, supported nowhere, not a migration source', () => {
    for (const [name, product] of [
      ['OCS 2007', 'Office Communications Server 2007'],
      ['LCS 2005', 'Live Communications Server 2005'],
    ] as const) {
      const text = topology(
        'lync-server-2013',
        [
          { name: 'new', product: 'Lync Server 2013' },
          { name: 'old', product: name },
        ],
        [{ name: 'users', product: 'Lync 2013' }],
      )
      const report = check(text)
      const line = lineOf(text, `product: ${name}`)
      expect(estate(report).map(brief), name).toEqual([
        ['server-product', 'old', 'not-supported', 'error', line],
        ['server-rule', 'new, old', 'not-supported', 'error', line],
      ])
      expect(report.estate?.[0]?.message).toContain(`Server "old" runs ${product}.`)
      expect(report.estate?.[1]?.message).toContain(
        'Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.',
      )
      // The pair on the unsupported server has no cell: it is not checked, and the finding says so.
      expect(pairs(report)).toEqual([['users', 'new', 'supported', []]])
      expect(
        report.estate?.[0]?.message.endsWith(
          'coexist does not check the client population that connects to it.',
        ),
      ).toBe(true)
    }
  })

  it('Lync Server 2013 → Skype for Business Server 2019 in one file, on the catalogue of every generation', () => {
    const text = topology(
      'all-generations',
      [
        { name: 'lync', product: 'Lync Server 2013' },
        { name: 'sfb', product: 'Skype for Business Server 2019' },
      ],
      [{ name: 'users', product: 'Skype for Business 2019', servers: ['sfb'] }],
    )
    expect(estate(check(text))).toEqual([])
  })

  it('Skype for Business Server 2019 with Lync Server 2010: not supported (it migrates from Lync Server 2013 or Skype for Business Server 2015 only)', () => {
    const text = topology(
      'all-generations',
      [
        { name: 'sfb', product: 'Skype for Business Server 2019' },
        { name: 'lync', product: 'Lync Server 2010' },
      ],
      [{ name: 'users', product: 'Lync 2010', servers: ['lync'] }],
    )
    const [finding, ...rest] = estate(check(text))
    expect(rest).toEqual([])
    expect(brief(finding as EstateFinding)).toEqual([
      'server-rule',
      'lync, sfb',
      'not-supported',
      'error',
      lineOf(text, 'product: Lync Server 2010'),
    ])
    expect(finding?.message).toContain(
      'Skype for Business Server 2019 coexists with and migrates from Lync Server 2013 or Skype for Business Server 2015 only',
    )
  })

  it('a matrix with no server rules and no facts says nothing about its servers side by side', () => {
    const tiny = Matrix.load(JSON.parse(fixtureText('core', 'matrix-tiny.json')) as MatrixData)
    if (!tiny.ok) throw new Error(tiny.problems.join('; '))
    const text = topology(
      'tiny',
      [
        { name: 'a', product: 'Server New' },
        { name: 'b', product: 'Server Old' },
      ],
      [{ name: 'users', product: 'Client A', servers: ['a'] }],
    )
    const report = checkTopology('t.yml', utf8(text), {
      policy: policy(),
      matrices: (id) =>
        id === 'tiny' ? { ok: true, matrix: tiny.matrix } : resolveBuiltinMatrix(id),
    })
    expect(estate(report)).toEqual([])
  })

  it('two products no source speaks of: undocumented, a warning by default, and "no source states" in the message', () => {
    const text = topology(
      'all-generations',
      [
        { name: 'ocs', product: 'Office Communications Server 2007 R2' },
        { name: 'sfb15', product: 'Skype for Business Server 2015' },
      ],
      [{ name: 'users', product: 'Lync 2013', servers: ['sfb15'] }],
    )
    const [finding, ...rest] = estate(check(text))
    expect(rest).toEqual([])
    expect(brief(finding as EstateFinding)).toEqual([
      'server-rule',
      'ocs, sfb15',
      'undocumented',
      'warning',
      lineOf(text, 'product: Skype for Business Server 2015'),
    ])
    expect(finding?.message).toContain('no source states that they may (or may not)')
    expect(finding?.source.title).toBeUndefined()
    expect(check(text, { failOn: ['not-supported', 'undocumented'] }).estate?.[0]?.severity).toBe(
      'error',
    )
  })
})

describe('client capabilities: a workload the client does not have is a finding of its own, never inherited from the cell', () => {
  /** The capability findings of one population of `client` on `server` declaring `workloads`, and its pair. */
  function capability(matrix: string, client: string, server: string, workloads: string[]) {
    const text = topology(
      matrix,
      [{ name: 's1', product: server }],
      [{ name: 'c1', product: client, workloads }],
    )
    const report = check(text)
    const findings = estate(report).filter((f) => f.kind === 'capability')
    return { text, report, findings, pair: report.results[0] as PairResult }
  }

  it.each(['Lync Web App 2013', 'Lync Web App 2010', 'Lync 2010 Attendee'])(
    '%s (a meeting-only client) declaring im, presence and group-chat: one error per workload, at its line',
    (client) => {
      const server = client === 'Lync Web App 2013' ? 'Lync Server 2013' : 'Lync Server 2010'
      const { text, findings, pair } = capability('lync-server-2013', client, server, [
        'conferencing',
        'im',
        'presence',
        'group-chat',
      ])
      expect(findings.map((f) => [f.status, f.severity, f.line, f.title])).toEqual([
        [
          'not-supported',
          'error',
          lineOf(text, '- im'),
          `${client} does not offer instant messaging`,
        ],
        ['not-supported', 'error', lineOf(text, '- presence'), `${client} does not offer presence`],
        [
          'not-supported',
          'error',
          lineOf(text, '- group-chat'),
          `${client} does not offer group chat`,
        ],
      ])
      expect(findings[0]?.message).toContain(
        `c1 (${client}) declares instant messaging, which ${client} does not offer at all`,
      )
      // The server has nothing to do with it: the pair is judged on the workload the client offers.
      expect([pair.status, pair.workloadVerdicts]).toEqual([
        'supported',
        [{ workload: 'conferencing', status: 'supported', from: 'pair' }],
      ])
    },
  )

  it.each([
    ['lync-server-2013', 'Lync 2010', 'Lync Server 2010'],
    ['lync-2013-client-interoperability', 'Lync Windows Store app', 'Lync Server 2013'],
    ['skype-for-business-server', 'Lync 2010', 'Skype for Business Server 2015'],
    ['skype-for-business-server', 'Lync 2010 Attendant', 'Skype for Business Server 2015'],
    ['skype-for-business-server', 'Lync Phone Edition', 'Skype for Business Server 2015'],
    ['skype-for-business-server', 'Skype for Business on Mac', 'Skype for Business Server 2015'],
  ])(
    '%s: %s has no Persistent Chat integration: group-chat is an error',
    (matrix, client, server) => {
      const { findings } = capability(matrix, client, server, ['group-chat'])
      expect(findings.map((f) => [f.status, f.title])).toEqual([
        ['not-supported', `${client} does not offer group chat`],
      ])
      expect(findings[0]?.source.title).toMatch(/comparison|interoperability/i)
    },
  )

  it('Office Communicator 2007 R2 declaring group-chat on Lync Server 2013: not supported (footnote 3 makes only presence and IM compatible)', () => {
    const { pair, findings } = capability(
      'lync-server-2013',
      'Office Communicator 2007 R2',
      'Lync Server 2013',
      ['im', 'presence', 'group-chat'],
    )
    expect([pair.status, pair.workloads, pair.footnotes.map((f) => f.id)]).toEqual([
      'not-supported',
      ['group-chat'],
      ['3'],
    ])
    // No source states whether Communicator 2007 R2 offers group chat at all: that is said too, as a warning.
    expect(findings.map((f) => [f.status, f.severity])).toEqual([['undocumented', 'warning']])
  })

  it('a workload offered in part is an interoperable finding (a warning), and the pair is still judged', () => {
    const { findings, pair } = capability(
      'lync-server-2013',
      'Lync 2010 Attendant',
      'Lync Server 2010',
      ['conferencing'],
    )
    expect(findings.map((f) => [f.status, f.severity, f.title])).toEqual([
      [
        'interoperable',
        'warning',
        'Lync 2010 Attendant offers conferencing (meetings) only in part',
      ],
    ])
    expect(pair.status).toBe('supported')
  })

  it("every workload verdict says where it comes from: stated for the workload, or the pair's verdict", () => {
    const { pair } = capability(
      'lync-2013-client-interoperability',
      'Lync 2013',
      'Lync Server 2010',
      ['im', 'conferencing', 'group-chat'],
    )
    expect(pair.workloadVerdicts).toEqual([
      { workload: 'im', status: 'supported', from: 'pair' },
      { workload: 'conferencing', status: 'interoperable', from: 'workload' },
      { workload: 'group-chat', status: 'not-supported', from: 'workload' },
    ])
  })
})

describe("every footnote applied: the union of the pair's and its workloads' footnotes", () => {
  it('lync-2013-client-interoperability: Lync 2013 on Lync Server 2010 declaring conferencing and group-chat shows footnote 2 and keeps footnote 5', () => {
    const text = topology(
      'lync-2013-client-interoperability',
      [{ name: 's1', product: 'Lync Server 2010' }],
      [{ name: 'c1', product: 'Lync 2013', workloads: ['conferencing', 'group-chat'] }],
    )
    const report = check(text)
    expect(pairs(report)).toEqual([['c1', 's1', 'not-supported', ['2', '5']]])
    expect(report.results[0]?.message).toBe(
      "c1 (Lync 2013) declares group chat, which is not supported on s1 (Lync Server 2010), and conferencing (meetings), which is interoperable only. Keep Lync 2010 Group Chat for group chat on Lync Server 2010. Alternatives: Lync Server 2010 supports none of the matrix's clients for these workloads; Lync 2013 is supported on Lync Server 2013.",
    )
  })

  it("skype-for-business-server: footnote 4 (the web app provides meetings only) is applied, through the web app's capabilities", () => {
    const text = topology(
      'skype-for-business-server',
      [{ name: 's1', product: 'Skype for Business Server 2019' }],
      [{ name: 'web', product: 'Skype for Business Web App', workloads: ['conferencing', 'im'] }],
    )
    const report = check(text)
    expect(pairs(report)).toEqual([['web', 's1', 'supported', ['4']]])
    expect(estate(report).map((f) => [f.kind, f.status, f.title])).toEqual([
      [
        'capability',
        'not-supported',
        'Skype for Business Web App does not offer instant messaging',
      ],
    ])
    expect(report.estate?.[0]?.source.quote).toBe(
      'The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.',
    )
  })
})

describe('undocumented pairs: an explicit status, a warning, never a guess', () => {
  it('Skype for Business on Mac on Lync Server 2010: no source states it', () => {
    const text = topology(
      'all-generations',
      [{ name: 's1', product: 'Lync Server 2010' }],
      [{ name: 'mac', product: 'Skype for Business on Mac' }],
    )
    const [pair] = check(text).results
    expect([pair?.status, pair?.severity, pair?.source.title]).toEqual([
      'undocumented',
      'warning',
      undefined,
    ])
    expect(pair?.message).toContain('no source states this combination')
    expect(check(text, { failOn: ['undocumented'] as Status[] }).results[0]?.severity).toBe('error')
  })
})
