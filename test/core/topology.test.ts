import { describe, expect, it } from 'vitest'
import { resolveBuiltinMatrix } from '../../src/core/builtin-matrices.js'
import { parseTopology } from '../../src/core/check.js'
import { parseDocument, type SourceDocument } from '../../src/core/document.js'
import { readTopology, type Topology } from '../../src/core/topology.js'
import { check, lcm, pairTopology, where } from '../support/pipeline.js'
import { fixtureText } from '../support/fixtures.js'

function doc(text: string): SourceDocument {
  const outcome = parseDocument(text, 'coexist.yml', 'yaml')
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('; '))
  return outcome.document
}

function read(text: string): Topology {
  const outcome = readTopology(doc(text), resolveBuiltinMatrix('lync-server-2013'))
  if (!outcome.ok)
    throw new Error(outcome.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; '))
  return outcome.topology
}

/** The pipeline's errors as [line, column, message], after checking that nothing was evaluated. */
function errorsOf(text: string): [number, number, string][] {
  const report = check(text)
  expect(report.results).toEqual([])
  expect(report.warnings).toEqual([])
  expect(report.topology).toBeUndefined()
  expect(report.errors.length).toBeGreaterThan(0)
  return lcm(report.errors)
}

const base = pairTopology('Lync 2013', 'Lync Server 2013')
const twoServers = [
  'servers:',
  '  - name: s1',
  '    product: Lync Server 2013',
  '  - name: s2',
  '    product: Lync Server 2010',
  'clients:',
  '  - name: c1',
  '    product: Lync 2013',
  '    servers: [s1]',
  '',
].join('\n')

describe('readTopology: a valid file', () => {
  it('resolves products, defaults and spans', () => {
    const topology = read(fixtureText('core', 'estate.yml'))
    expect(topology.file).toBe('coexist.yml')
    expect(topology.matrix.id).toBe('lync-server-2013')
    expect(topology.servers.map((s) => [s.name, s.product.id])).toEqual([
      ['ams-pool01', 'lync-server-2013'],
      ['lon-pool-2010', 'lync-server-2010'],
      ['nyc-ocs', 'ocs-2007-r2'],
    ])
    expect(
      topology.clients.map((c) => [
        c.name,
        c.product.id,
        c.servers.map((s) => s.name),
        c.workloads,
      ]),
    ).toEqual([
      [
        'knowledge-workers',
        'lync-2013',
        ['ams-pool01', 'lon-pool-2010'],
        ['im', 'presence', 'conferencing'],
      ],
      ['trading-floor', 'lync-2010-group-chat', ['lon-pool-2010', 'ams-pool01'], ['group-chat']],
      [
        'sales-desktops',
        'office-communicator-2007-r2',
        ['ams-pool01', 'nyc-ocs'],
        ['im', 'presence'],
      ],
      [
        'field-engineers',
        'office-communicator-2007-r2',
        ['ams-pool01'],
        ['im', 'presence', 'conferencing'],
      ],
      [
        'external-partners',
        'lync-2010-attendee',
        ['ams-pool01', 'lon-pool-2010'],
        ['conferencing'],
      ],
      ['reception', 'ocs-2007-r2-attendant', ['nyc-ocs'], []],
    ])
    expect(topology.clients[0]?.productSpan).toEqual({
      line: 17,
      column: 14,
      endLine: 17,
      endColumn: 23,
    })
    expect(topology.clients[5]?.productSpan).toEqual({
      line: 42,
      column: 14,
      endLine: 42,
      endColumn: 70,
    })
    expect(topology.exceptions).toEqual([
      {
        client: 'external-partners',
        server: 'ams-pool01',
        // The client product the exception was written for, as the matrix knows it.
        product: topology.clients[4]?.product,
        reason: 'Partners switch to Lync Web App 2013 in migration wave 3 (CHG-1234)',
        expires: '2099-03-31',
        expiresAt: Date.UTC(2099, 3, 1),
        // The exception's first key, where a warning about the whole exception points.
        span: { line: 46, column: 5, endLine: 46, endColumn: 6 },
        productSpan: { line: 48, column: 14, endLine: 48, endColumn: 32 },
        expiresSpan: { line: 50, column: 14, endLine: 50, endColumn: 24 },
      },
    ])
  })

  it('gives a client without `servers` every server of the file, in file order', () => {
    const topology = read(twoServers.replace('    servers: [s1]\n', ''))
    expect(topology.clients[0]?.servers.map((s) => s.name)).toEqual(['s1', 's2'])
  })

  it('finds products by id, alias, case and spacing', () => {
    const topology = read(
      [
        'servers:',
        '  - {name: a, product: lync-server-2013}',
        '  - {name: b, product: OCS 2007 R2}',
        '  - {name: c, product: "microsoft   LYNC server 2010"}',
        'clients:',
        '  - {name: x, product: "  office   COMMUNICATIONS server 2007 r2 attendant "}',
        '  - {name: y, product: oc 2007 r2}',
        '',
      ].join('\n'),
    )
    expect(topology.servers.map((s) => s.product.id)).toEqual([
      'lync-server-2013',
      'ocs-2007-r2',
      'lync-server-2010',
    ])
    expect(topology.clients.map((c) => c.product.id)).toEqual([
      'ocs-2007-r2-attendant',
      'office-communicator-2007-r2',
    ])
  })

  it('names the default matrix when `matrix:` is absent, and the named one otherwise, for the shell to resolve', () => {
    const named = (text: string) => {
      const parsed = parseTopology('coexist.yml', new TextEncoder().encode(text))
      return parsed.ok ? parsed.matrixRef : undefined
    }
    expect(named(base)).toBe('lync-server-2013')
    expect(named(`matrix: my-own\n${base}`)).toBe('my-own')
    expect(
      readTopology(doc(`matrix: my-own\n${base}`), resolveBuiltinMatrix('lync-server-2013')).ok,
    ).toBe(true)
  })

  it('accepts an exception expiring on 29 February of a leap year', () => {
    const topology = read(
      `${base}exceptions:\n  - {client: c1, server: s1, reason: r, expires: 2028-02-29, product: Lync 2013}\n`,
    )
    expect(topology.exceptions[0]?.expiresAt).toBe(Date.UTC(2028, 2, 1))
  })
})

describe('schema problems, each at its node, with no results', () => {
  it('a misspelled key: at the key, with did-you-mean', () => {
    expect(errorsOf(base.replace('    product: Lync 2013', '    prodcut: Lync 2013'))).toEqual([
      [5, 5, 'clients[0]: missing required key "product"'],
      [
        6,
        5,
        'clients[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, servers, workloads, users',
      ],
    ])
  })

  it('a misspelled key: the span is the key itself', () => {
    const report = check(base.replace('    product: Lync 2013', '    prodcut: Lync 2013'))
    expect(report.errors[1]).toMatchObject({ line: 6, column: 5, endLine: 6, endColumn: 12 })
    expect(report.errors[1]?.message).toContain('unknown key "prodcut"')
  })

  it('a misspelled top-level key', () => {
    expect(errorsOf(base.replace('servers:', 'server:'))).toEqual([
      [1, 1, 'the file: missing required key "servers"'],
      [
        1,
        1,
        'the file: unknown key "server" (did you mean "servers"?); allowed: matrix, servers, clients, exceptions',
      ],
    ])
  })

  it('a missing required field, at the entry', () => {
    expect(
      errorsOf('servers:\n  - name: s1\nclients:\n  - name: c1\n    product: Lync 2013\n'),
    ).toEqual([[2, 5, 'servers[0]: missing required key "product"']])
  })

  it('a missing required section, at the top', () => {
    expect(errorsOf('servers:\n  - name: s1\n    product: Lync Server 2013\n')).toEqual([
      [1, 1, 'the file: missing required key "clients"'],
    ])
  })

  it('a number for a name', () => {
    const report = check(base.replace('  - name: s1', '  - name: 42'))
    expect(where(report.errors)).toEqual([
      {
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 13,
        message: 'servers[0].name: must be a string, not number 42',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('a string for `servers`', () => {
    expect(errorsOf(`${base}    servers: s1\n`)).toEqual([
      [7, 14, 'clients[0].servers: must be a list, not "s1"'],
    ])
  })

  it('a list for the whole file', () => {
    expect(errorsOf('- servers\n- clients\n')).toEqual([
      [1, 1, 'the file: must be a mapping, not a list'],
    ])
  })

  it('empty lists', () => {
    expect(errorsOf('servers: []\nclients: []\n')).toEqual([
      [1, 10, 'servers: needs at least 1 entry'],
      [2, 10, 'clients: needs at least 1 entry'],
    ])
  })

  it('a blank reason and an expiry not written YYYY-MM-DD', () => {
    expect(
      errorsOf(
        `${base}exceptions:\n  - client: c1\n    server: s1\n    reason: "  "\n    expires: 2027-3-1\n    product: Lync 2013\n`,
      ),
    ).toEqual([
      [10, 14, 'exceptions[0].reason: must not be blank'],
      [11, 14, 'exceptions[0].expires: must be a date written YYYY-MM-DD, not "2027-3-1"'],
    ])
  })

  it('a workload that is not an identifier', () => {
    expect(errorsOf(`${base}    workloads: [Video]\n`)).toEqual([
      [
        7,
        17,
        'clients[0].workloads[0]: "Video" is not a valid identifier (lower-case letters, digits, dots and hyphens)',
      ],
    ])
  })

  it('a server listed twice by a client, at the second occurrence', () => {
    expect(errorsOf(`${base}    servers: [s1, s1]\n`)).toEqual([
      [7, 19, 'clients[0].servers: lists the same value twice (entries 1 and 2)'],
    ])
  })

  it('a workload listed twice, at the second occurrence', () => {
    expect(errorsOf(`${base}    workloads: [im, presence, im]\n`)).toEqual([
      [7, 31, 'clients[0].workloads: lists the same value twice (entries 1 and 3)'],
    ])
  })
})

describe('schema problems hide no other problem of the file that can be told apart (issue 13)', () => {
  const typos = [
    'servers:', //                         1
    '  - name: s1', //                     2
    '    prodcut: Lync Server 2013', //    3
    'clients:', //                         4
    '  - name: c1', //                     5
    '    product: Lync 2013', //           6
    '    servers: [s1, s9]', //            7
    'exceptions:', //                      8
    '  - client: c1', //                   9
    '    server: s1', //                  10
    '    product: Lync 2013', //          11
    '    reason: r', //                   12
    '    expires: 2027-02-30', //         13
    '',
  ].join('\n')

  it('a misspelled key, an undeclared server and an impossible date, all at once', () => {
    expect(errorsOf(typos)).toEqual([
      [2, 5, 'servers[0]: missing required key "product"'],
      [
        3,
        5,
        'servers[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, version',
      ],
      [
        7,
        19,
        'client "c1" names server "s9", which is not declared under servers (did you mean "s1"?)',
      ],
      [13, 14, '"2027-02-30" is not a calendar date'],
    ])
  })

  it('an exception naming an undeclared client and server, next to a misspelled key of its own', () => {
    const text = typos
      .replace('    server: s1', '    server: s2\n    ownr: me')
      .replace('  - client: c1', '  - client: c2')
      .replace('2027-02-30', '2027-02-28')
    expect(errorsOf(text)).toEqual([
      [2, 5, 'servers[0]: missing required key "product"'],
      [
        3,
        5,
        'servers[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, version',
      ],
      [
        7,
        19,
        'client "c1" names server "s9", which is not declared under servers (did you mean "s1"?)',
      ],
      [
        9,
        13,
        'exception names client "c2", which is not declared under clients (did you mean "c1"?)',
      ],
      [
        10,
        13,
        'exception names server "s2", which is not declared under servers (did you mean "s1"?)',
      ],
      [
        11,
        5,
        'exceptions[0]: unknown key "ownr" (did you mean "owner"?); allowed: client, server, product, reason, expires, owner, ticket',
      ],
    ])
  })

  it('no server is called undeclared while a server name is misspelled or of the wrong type', () => {
    for (const unnamed of ['  - nmae: s1', '  - name: [s1]'])
      expect(
        errorsOf(typos.replace('  - name: s1', unnamed)).map(([, , m]) => m),
      ).not.toContainEqual(expect.stringContaining('not declared'))
  })

  it('no server is called undeclared while a list stands under an unknown top-level key', () => {
    const stray = `${typos}severs:\n  - name: s9\n    product: Lync Server 2010\n`
    expect(errorsOf(stray).map(([, , m]) => m)).not.toContainEqual(
      expect.stringContaining('not declared'),
    )
  })

  it('no client is called undeclared while a client name is missing', () => {
    const text = typos
      .replace('servers: [s1, s9]', 'servers: [s1]')
      .replace('  - client: c1', '  - client: c2')
      .replace('clients:\n', 'clients:\n  - product: Lync 2010\n')
    expect(errorsOf(text).map(([, , m]) => m)).not.toContainEqual(
      expect.stringContaining('not declared under clients'),
    )
  })

  it("a blank name is the schema's one error, not also an undeclared one", () => {
    expect(errorsOf(typos.replace('  - client: c1', '  - client: " "'))).toEqual([
      [2, 5, 'servers[0]: missing required key "product"'],
      [
        3,
        5,
        'servers[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, version',
      ],
      [
        7,
        19,
        'client "c1" names server "s9", which is not declared under servers (did you mean "s1"?)',
      ],
      [9, 14, 'exceptions[0].client: must not be blank'],
      [13, 14, '"2027-02-30" is not a calendar date'],
    ])
  })

  it("a date not written YYYY-MM-DD is the schema's one error", () => {
    expect(errorsOf(typos.replace('2027-02-30', 'soon')).map(([l, , m]) => [l, m])).toContainEqual([
      13,
      'exceptions[0].expires: must be a date written YYYY-MM-DD, not "soon"',
    ])
    expect(errorsOf(typos.replace('2027-02-30', 'soon')).filter(([l]) => l === 13)).toHaveLength(1)
  })
})

describe('matrix and reference problems, each at its value, with no results', () => {
  it('an unknown server product with a spelling slip: the product it is a slip of', () => {
    const report = check(pairTopology('Lync 2013', 'Lync Sever 2013'))
    expect(where(report.errors)).toEqual([
      {
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 29,
        message:
          'unknown server product "Lync Sever 2013" in matrix lync-server-2013; did you mean "Lync Server 2013"?',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('an unknown server product that differs in a number is another product: no guess, the servers are listed', () => {
    expect(errorsOf(pairTopology('Lync 2013', 'Lync Server 2031'))).toEqual([
      [
        3,
        14,
        'unknown server product "Lync Server 2031" in matrix lync-server-2013; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
      ],
    ])
  })

  it('a product the matrix lacks but coexist knows is named and explained, never corrected to a similar one', () => {
    // Office Communications Server 2007 is not Office Communications Server 2007 R2: the matrix knows it only to say it is supported nowhere.
    const ocs = check(pairTopology('Lync 2013', 'OCS 2007'))
    expect(ocs.errors).toEqual([])
    expect(ocs.estate?.map((f) => [f.kind, f.title])).toEqual([
      ['server-product', 'Office Communications Server 2007: not supported'],
    ])
    // Lync 2010 Attendee is no Lync 2010 Attendant; LWA 2013 (Lync Web App 2013) is no Lync 2013.
    const sfb = (client: string) =>
      lcm(
        check(
          pairTopology(client, 'Skype for Business Server 2015').replace(
            /^/,
            'matrix: skype-for-business-server\n',
          ),
        ).errors,
      )
    expect(sfb('Lync 2010 Attendee')).toEqual([
      [
        7,
        14,
        '"Lync 2010 Attendee" is not a client of matrix skype-for-business-server (built-in matrices that have it: lync-server-2013, all-generations, lync-2013-client-interoperability); clients of matrix skype-for-business-server: Skype for Business 2019, Skype for Business 2016, Skype for Business 2015, Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, Lync 2010 Attendant, Skype for Business on Mac, Skype for Business Web App',
      ],
    ])
    expect(sfb('LWA 2013')[0]?.[2]).toMatch(
      /^"LWA 2013" \(Lync Web App 2013\) is not a client of matrix skype-for-business-server \(built-in matrices that have it: lync-server-2013, all-generations, lync-2013-client-interoperability\); /,
    )
    // Office Communicator 2007 where the matrix lacks it: explained, not "Office Communicator 2007 R2".
    expect(sfb('Office Communicator 2007')[0]?.[2]).toMatch(
      /^"Office Communicator 2007" is not a client of matrix skype-for-business-server \(built-in matrices that have it: lync-server-2013, all-generations, lync-2013-client-interoperability\); /,
    )
  })

  it('an unknown client product with nothing close lists the clients of the matrix', () => {
    expect(errorsOf(pairTopology('Skype for Business 2016', 'Lync Server 2013'))).toEqual([
      [
        6,
        14,
        '"Skype for Business 2016" is not a client of matrix lync-server-2013 (built-in matrices that have it: all-generations, skype-for-business-server); clients of matrix lync-server-2013: Lync 2013, Lync Web App 2013, Lync 2010, Lync 2010 Attendant, Lync 2010 Group Chat, Lync Web App 2010, Lync 2010 Attendee, Office Communicator 2007 R2, Microsoft Office Communications Server 2007 R2 Attendant, Office Communicator 2007, Office Live Meeting 2007',
      ],
    ])
  })

  it('a server product used as a client product', () => {
    expect(errorsOf(pairTopology('Lync Server 2010', 'Lync Server 2013'))).toEqual([
      [
        6,
        14,
        '"Lync Server 2010" is a server product, not a client; clients of matrix lync-server-2013: Lync 2013, Lync Web App 2013, Lync 2010, Lync 2010 Attendant, Lync 2010 Group Chat, Lync Web App 2010, Lync 2010 Attendee, Office Communicator 2007 R2, Microsoft Office Communications Server 2007 R2 Attendant, Office Communicator 2007, Office Live Meeting 2007',
      ],
    ])
  })

  it('a client product used as a server product', () => {
    expect(errorsOf(pairTopology('Lync 2013', 'lync web app 2013'))).toEqual([
      [
        3,
        14,
        '"lync web app 2013" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
      ],
    ])
  })

  it('a client naming an undeclared server, at the list item', () => {
    const report = check(`${base}    servers: [s1, s2]\n`)
    expect(where(report.errors)).toEqual([
      {
        line: 7,
        column: 19,
        endLine: 7,
        endColumn: 21,
        message:
          'client "c1" names server "s2", which is not declared under servers (did you mean "s1"?)',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('duplicate server and client names, at the second name, citing the first', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2013',
      '  - name: s1',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: c1',
      '    product: Lync 2013',
      '  - name: c1',
      '    product: Lync 2010',
      '',
    ].join('\n')
    expect(errorsOf(text)).toEqual([
      [4, 11, 'duplicate server name "s1"; it is already declared at line 2'],
      [9, 11, 'duplicate client name "c1"; it is already declared at line 7'],
    ])
  })

  it('an exception naming an unknown client', () => {
    expect(
      errorsOf(
        `${base}exceptions:\n  - client: c9\n    server: s1\n    reason: r\n    expires: 2027-01-01\n    product: Lync 2013\n`,
      ),
    ).toEqual([
      [
        8,
        13,
        'exception names client "c9", which is not declared under clients (did you mean "c1"?)',
      ],
    ])
  })

  it('an exception naming an unknown server', () => {
    expect(
      errorsOf(
        `${base}exceptions:\n  - client: c1\n    server: pool-9\n    reason: r\n    expires: 2027-01-01\n    product: Lync 2013\n`,
      ),
    ).toEqual([[9, 13, 'exception names server "pool-9", which is not declared under servers']])
  })

  it('an exception naming a pair that is not connected', () => {
    expect(
      errorsOf(
        `${twoServers}exceptions:\n  - client: c1\n    server: s2\n    reason: r\n    expires: 2027-01-01\n    product: Lync 2013\n`,
      ),
    ).toEqual([
      [
        12,
        13,
        'exception names the pair "c1" on "s2", but that client does not connect to that server',
      ],
    ])
  })

  it('an exception naming a pair that is not connected, for a client with a long list of servers', () => {
    const servers = Array.from({ length: 21 }, (_, i) => `s${i + 1}`)
    const text = [
      'servers:',
      ...servers.flatMap((name) => [`  - name: ${name}`, '    product: Lync Server 2013']),
      'clients:',
      '  - name: c1',
      '    product: Lync 2013',
      `    servers: [${servers.slice(0, 20).join(', ')}]`,
      'exceptions:',
      ...['s20', 's21'].flatMap((server) => [
        '  - client: c1',
        `    server: ${server}`,
        '    reason: r',
        '    expires: 2027-01-01',
        '    product: Lync 2013',
      ]),
      '',
    ].join('\n')
    expect(errorsOf(text)).toEqual([
      [
        55,
        13,
        'exception names the pair "c1" on "s21", but that client does not connect to that server',
      ],
    ])
  })

  it('two exceptions for the same pair, at the second, citing the first', () => {
    const exception =
      '  - client: c1\n    server: s1\n    reason: r\n    expires: 2027-01-01\n    product: Lync 2013\n'
    expect(errorsOf(`${base}exceptions:\n${exception}${exception}`)).toEqual([
      [13, 5, 'a second exception for "c1" on "s1"; the first is at line 8'],
    ])
  })

  it.each([
    ['2027-02-30', '30 February'],
    ['2026-02-29', '29 February of a common year'],
    ['2027-13-01', 'month 13'],
    ['2027-00-10', 'month 0'],
    ['2027-04-31', '31 April'],
    ['2027-01-00', 'day 0'],
  ])('an expiry that is no calendar date: %s (%s), at the value', (date) => {
    const report = check(
      `${base}exceptions:\n  - client: c1\n    server: s1\n    reason: r\n    expires: ${date}\n    product: Lync 2013\n`,
    )
    expect(where(report.errors)).toEqual([
      {
        line: 11,
        column: 14,
        endLine: 11,
        endColumn: 24,
        message: `"${date}" is not a calendar date`,
      },
    ])
    expect(report.results).toEqual([])
  })

  it('an unknown workload, with the workloads of the matrix', () => {
    expect(errorsOf(`${base}    workloads: [im, video]\n`)).toEqual([
      [
        7,
        21,
        'unknown workload "video"; workloads of matrix lync-server-2013: im, presence, conferencing, group-chat',
      ],
    ])
  })

  it('a misspelled workload, with did-you-mean', () => {
    expect(errorsOf(`${base}    workloads: [presense]\n`)).toEqual([
      [
        7,
        17,
        'unknown workload "presense" (did you mean "presence"?); workloads of matrix lync-server-2013: im, presence, conferencing, group-chat',
      ],
    ])
  })

  it('an unknown matrix id, alone (nothing else can be checked without it)', () => {
    const report = check(
      `matrix: lync-server-2031\n${pairTopology('No Such Client', 'Lync Server 2013')}`,
    )
    expect(where(report.errors)).toEqual([
      {
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 25,
        message:
          'unknown matrix "lync-server-2031" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('several problems in one file: all reported at once, sorted by line', () => {
    const report = check(fixtureText('core', 'several-problems.yml'))
    expect(report.results).toEqual([])
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [5, 14],
      [6, 11],
      [8, 14],
      [12, 23],
      [13, 21],
      [15, 11],
      [16, 14],
      [22, 14],
    ])
    const messages = report.errors.map((e) => e.message)
    expect(messages[0]).toBe(
      '"Lync 2010" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
    )
    expect(messages[1]).toBe('duplicate server name "pool-a"; it is already declared at line 3')
    expect(messages[2]).toContain('unknown server product "Lync Server 2031"')
    expect(messages[3]).toBe(
      'client "desk" names server "pool-z", which is not declared under servers (did you mean "pool-a" or "pool-b"?)',
    )
    expect(messages[4]).toBe(
      'unknown workload "presense" (did you mean "presence"?); workloads of matrix lync-server-2013: im, presence, conferencing, group-chat',
    )
    expect(messages[5]).toBe('duplicate client name "desk"; it is already declared at line 10')
    expect(messages[6]).toContain('"Lync Server 2013" is a server product, not a client')
    expect(messages[7]).toBe('"2027-02-30" is not a calendar date')
    // Every diagnostic names the file.
    expect(new Set(report.errors.map((e) => e.file))).toEqual(new Set(['coexist.yml']))
  })

  // A name is taken once it is written, whether or not its product resolved: the duplicate is a
  // problem of its own and belongs in the same report.
  it('a duplicate server name after a server whose product is unknown', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2031',
      '  - name: s1',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: c1',
      '    product: Lync 2013',
      '',
    ].join('\n')
    const report = check(text)
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 14],
      [4, 11],
    ])
    expect(report.errors[1]?.message).toBe(
      'duplicate server name "s1"; it is already declared at line 2',
    )
  })

  it('a duplicate client name after a client whose product is unknown', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: c1',
      '    product: Lync 2031',
      '  - name: c1',
      '    product: Lync 2010',
      '',
    ].join('\n')
    const report = check(text)
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [6, 14],
      [7, 11],
    ])
    expect(report.errors[1]?.message).toBe(
      'duplicate client name "c1"; it is already declared at line 5',
    )
  })

  // A server whose product is unknown is still declared, and the client still connects to it: the
  // unknown product is the one problem; the exception on that pair is not a second one.
  it('an exception on a pair whose server has an unknown product reports the product only', () => {
    const text = `${pairTopology('Lync 2013', 'Lync Server 2031')}exceptions:\n  - client: c1\n    server: s1\n    reason: r\n    expires: 2027-01-01\n    product: Lync 2013\n`
    const report = check(text)
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[3, 14]])
    expect(report.errors[0]?.message).toContain('unknown server product "Lync Server 2031"')
  })
})
