import { describe, expect, it } from 'vitest'
import { loadTopology } from '../../src/core/check.js'
import { renderTopology } from '../../src/core/topology-writer.js'
import { check, utf8 } from '../support/pipeline.js'
import {
  server,
  population,
  unclassified,
  estateOf,
  UCCAPI_2013,
  fabrikam,
  block,
  parsed,
} from '../support/import-estates.js'

describe('renderTopology', () => {
  const text = renderTopology(fabrikam, { matrix: 'all-generations' })

  it('writes a topology that coexist check evaluates without an error', () => {
    const report = check(text, { file: 'imported.yml' })
    expect(report.errors).toEqual([])
    expect(report.matrix).toBe('all-generations')
    expect(report.topology?.servers).toEqual([
      { name: 'pool01.fabrikam.com', product: 'Lync Server 2013' },
      { name: 'pool02.fabrikam.com', product: 'Lync Server 2010' },
      { name: 'pool03.fabrikam.com', product: 'Skype for Business Server 2015' },
    ])
    expect(report.topology?.clients).toEqual([
      {
        name: 'lync-2013@pool01.fabrikam.com',
        product: 'Lync 2013',
        servers: ['pool01.fabrikam.com'],
      },
      {
        name: 'lync-2010@pool02.fabrikam.com',
        product: 'Lync 2010',
        servers: ['pool02.fabrikam.com'],
      },
      {
        name: 'skype-for-business-2016@pool03.fabrikam.com',
        product: 'Skype for Business 2016',
        servers: ['pool03.fabrikam.com'],
      },
    ])
  })

  it('writes the house style: header block, matrix, servers with builds, populations with users and agents', () => {
    expect(text).toBe(
      [
        '# coexist import: begin sources (rewritten by each import)',
        '# Imported by coexist import from:',
        '#   clients.csv: user agents and pools',
        '#   servers.csv: builds',
        '# Found 3 server pools; 3 client populations with 1,584 users; 1 not classified (4 users); 1 server agent left out (12 users).',
        '# coexist import: end sources',
        '',
        'matrix: all-generations',
        '',
        'servers:',
        '  - name: pool01.fabrikam.com',
        '    product: Lync Server 2013',
        '    version: 5.0.8308.992       # July 2017 cumulative update',
        '  - name: pool02.fabrikam.com',
        '    product: Lync Server 2010',
        '    version: 4.0.7577.710       # February 2015 cumulative update',
        '  - name: pool03.fabrikam.com',
        '    product: Skype for Business Server 2015',
        '    version: 6.0.9319.281',
        '',
        'clients:',
        '  - name: lync-2013@pool01.fabrikam.com',
        '    product: Lync 2013',
        '    servers: [pool01.fabrikam.com]',
        `    users: 1234                 # "${UCCAPI_2013}": 1,200, "UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)": 34`,
        '',
        '  - name: lync-2010@pool02.fabrikam.com',
        '    product: Lync 2010',
        '    servers: [pool02.fabrikam.com]',
        '    users: 50                   # "UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)": 50',
        '',
        '  - name: skype-for-business-2016@pool03.fabrikam.com',
        '    product: Skype for Business 2016',
        '    servers: [pool03.fabrikam.com]',
        '    users: 300                  # "UCCAPI/16.0.7766.5281 OC/16.0.7766.2047 (Skype for Business)": 300',
        '',
        '# coexist import: begin not classified (rewritten by each import)',
        '# Not classified (in no population above):',
        '#   user agent "Foo/1.0" on "pool01.fabrikam.com": 4 users; no row of the user-agent table names Foo',
        '# Server agents left out (services, not client populations):',
        '#   "MediationServer": 12 users',
        '# coexist import: end not classified',
        '',
      ].join('\n'),
    )
  })

  it('leaves out `matrix:` without one, and `servers:` for a population with no pool (every server)', () => {
    const text = renderTopology(
      estateOf({
        servers: [server('p1', 'Lync Server 2013')],
        populations: [population('Lync 2013', undefined, 7)],
      }),
    )
    expect(text).not.toMatch(/^matrix:/m)
    expect(parsed(text).clients).toEqual([{ name: 'lync-2013', product: 'Lync 2013', users: 7 }])
    expect(check(text).errors).toEqual([])
  })

  it('orders servers by pool and populations by pool, then most users, then product, whatever the input order', () => {
    const estate = estateOf({
      servers: [server('b-pool', 'Lync Server 2013'), server('A-pool', 'Lync Server 2010')],
      populations: [
        population('Lync 2010', 'b-pool', 5),
        population('Lync 2013', 'b-pool', 5),
        population('Lync 2013', 'A-pool', 1),
        population('Lync Web App 2013', 'b-pool', 9),
        population('Lync 2013', undefined, 2),
      ],
    })
    const text = renderTopology(estate)
    const { servers, clients } = parsed(text)
    expect(servers.map((s) => s.name)).toEqual(['A-pool', 'b-pool'])
    expect(clients.map((c) => [c.product, c.servers?.[0], c.users])).toEqual([
      ['Lync 2013', undefined, 2],
      ['Lync 2013', 'A-pool', 1],
      ['Lync Web App 2013', 'b-pool', 9],
      ['Lync 2010', 'b-pool', 5],
      ['Lync 2013', 'b-pool', 5],
    ])
    const reversed = estateOf({
      servers: [...estate.servers].reverse(),
      populations: [...estate.populations].reverse(),
    })
    expect(renderTopology(reversed)).toBe(text)
  })

  it('folds populations of one product and pool into one, adding their users and agents', () => {
    const text = renderTopology(
      estateOf({
        servers: [server('p1', 'Lync Server 2013')],
        populations: [
          population('Lync 2013', 'p1', 10, [
            ['A', 6],
            ['B', 4],
          ]),
          population('Lync 2013', 'P1', 5, [['B', 5]]),
        ],
      }),
    )
    expect(parsed(text).clients).toEqual([
      { name: 'lync-2013@p1', product: 'Lync 2013', servers: ['p1'], users: 15 },
    ])
    expect(text).toContain('users: 15                   # "B": 9, "A": 6\n')
  })

  it('names at most three user agents per population, then how many more', () => {
    const text = renderTopology(
      estateOf({
        servers: [server('p1', 'Lync Server 2013')],
        populations: [
          population('Lync 2013', 'p1', 15, [
            ['A', 5],
            ['B', 4],
            ['C', 3],
            ['D', 2],
            ['E', 1],
          ]),
        ],
      }),
    )
    expect(text).toContain('# "A": 5, "B": 4, "C": 3, and 2 more\n')
  })

  it('makes every name unique, readable and at most 200 characters', () => {
    const long = `${'x'.repeat(300)}.contoso.com`
    const estate = estateOf({
      servers: [
        server('pool_01.contoso.com', 'Lync Server 2013'),
        server('pool-01.contoso.com', 'Lync Server 2013'),
        server(long, 'Lync Server 2013'),
      ],
      populations: [
        population('Lync 2013', 'pool_01.contoso.com', 3),
        population('Lync 2013', 'pool-01.contoso.com', 2),
        population('Lync 2013', long, 1),
        population('日本語', long, 1),
      ],
    })
    const names = parsed(renderTopology(estate)).clients.map((c) => c.name)
    expect(names).toEqual([
      'lync-2013@pool-01.contoso.com',
      'lync-2013@pool-01.contoso.com-2',
      `lync-2013@${'x'.repeat(180)}`,
      `clients@${'x'.repeat(182)}`,
    ])
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(200)
  })

  it('lists a population whose pool no server declares instead of writing an undeclared server', () => {
    const text = renderTopology(
      estateOf({
        servers: [server('p1', 'Lync Server 2013')],
        populations: [population('Lync 2013', 'p1', 3), population('Lync 2010', 'p9', 8)],
      }),
    )
    expect(parsed(text).clients.map((c) => c.name)).toEqual(['lync-2013@p1'])
    expect(block(text, 'not classified')).toEqual([
      '# Populations left out (their pool is declared under no server):',
      '#   Lync 2010 on "p9", 8 users',
    ])
    expect(check(text).errors).toEqual([])
  })

  it('lists what it could not classify, at most 200 lines, then how many more', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      unclassified('user-agent', `Agent/${String(i).padStart(3, '0')}`, 1, 'unknown'),
    )
    const lines = block(renderTopology(estateOf({ unclassified: many })), 'not classified')
    expect(lines).toHaveLength(202)
    expect(lines[0]).toBe('# Not classified (in no population above):')
    expect(lines[1]).toBe('#   user agent "Agent/000": 1 user; unknown')
    expect(lines.at(-1)).toBe("#   … and 50 more (the import's standard error lists them all)")
    const kinds = block(
      renderTopology(
        estateOf({
          unclassified: [
            unclassified('build', '9.9.9.9', 0, 'no matrix names this build', 'p2'),
            unclassified('pool', 'p3', 20, 'no build was given for this pool'),
          ],
        }),
      ),
      'not classified',
    )
    expect(kinds).toEqual([
      '# Not classified (in no population above):',
      '#   pool "p3": 20 users; no build was given for this pool',
      '#   build "9.9.9.9" on "p2": 0 users; no matrix names this build',
    ])
    expect(block(renderTopology(estateOf({})), 'not classified')).toEqual([
      '# Nothing was left unclassified.',
    ])
  })

  it('writes empty lists for an estate without servers or populations (coexist check then says so)', () => {
    const text = renderTopology(estateOf({}))
    expect(parsed(text)).toEqual({ servers: [], clients: [] })
    expect(check(text).errors).not.toEqual([])
  })

  it('quotes a build or product that would not read back as itself', () => {
    const text = renderTopology(
      estateOf({
        servers: [
          server('p1', 'Lync Server 2013', '5.0.8308.857'),
          server('p2', 'Lync Server 2013', '2013', 'CU: "x"\n# y'),
          server('p3', 'true', '=1'),
        ],
      }),
    )
    expect(parsed(text).servers).toEqual([
      { name: 'p1', product: 'Lync Server 2013', version: '5.0.8308.857' },
      { name: 'p2', product: 'Lync Server 2013', version: '2013' },
      { name: 'p3', product: 'true', version: '=1' },
    ])
    expect(text).toContain('    version: "2013"             # CU: "x"\\n# y\n')
  })

  describe('hostile inventory text', () => {
    const hostile = [
      'pool\n  - name: injected',
      'pool # not a comment',
      'key: value',
      '"quoted"',
      "'single'",
      '=sum(1)',
      '*alias',
      '&anchor',
      '!tag',
      '{flow}',
      '[flow]',
      '- dash',
      '? question',
      '@at',
      '`tick',
      '%percent',
      '|literal',
      '>folded',
      'true',
      'null',
      '~',
      '123',
      '0x1F',
      '1e5',
      '2027-03-31',
      'yes',
      ' padded ',
      'tab\there',
      'back\\slash',
      'bell\u0007nul\u0000',
      'nel\u0085ls\u2028ps\u2029',
      'bidi\u202eevil',
      'bom\ufeff',
      'lone\ud800surrogate',
      'emoji 😀 and ünïcödé',
      'not\ufffe a character',
      'cr\rlf\r\n',
    ]
    const estate = estateOf({
      servers: hostile.map((pool) => server(pool, 'Lync Server 2013')),
      populations: hostile.map((pool, i) =>
        population('Lync 2013', pool, i + 1, [[hostile[(i + 1) % hostile.length] as string, 1]]),
      ),
      unclassified: hostile.map((text, i) =>
        unclassified('user-agent', text, i, hostile[(i + 2) % hostile.length] as string, text),
      ),
      serverAgents: hostile.map((name, i) => ({ name, users: i })),
      provenance: hostile,
    })
    const text = renderTopology(estate, { matrix: 'all-generations' })

    it('reads back as exactly the strings the inventory gave', () => {
      const value = parsed(text)
      expect(Object.keys(value)).toEqual(['matrix', 'servers', 'clients'])
      const sorted = [...hostile].sort((a, b) => {
        const [x, y] = [a.toLowerCase(), b.toLowerCase()]
        return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
      })
      expect(value.servers.map((s) => s.name)).toEqual(sorted)
      expect(value.clients.map((c) => c.servers)).toEqual(sorted.map((pool) => [pool]))
      expect(value.clients.map((c) => c.users)).toEqual(
        sorted.map((pool) => hostile.indexOf(pool) + 1),
      )
    })

    it('passes coexist check, and keeps every comment on one line without raw control characters', () => {
      const loaded = loadTopology('imported.yml', utf8(text), {})
      expect(loaded.ok ? [] : loaded.errors).toEqual([])
      expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\ufffe\uffff]/u)
      expect(block(text, 'sources')).toHaveLength(hostile.length + 2)
      expect(block(text, 'not classified')).toHaveLength(2 * hostile.length + 2)
    })
  })
})
