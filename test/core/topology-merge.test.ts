import { CORE_SCHEMA, load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import type { ImportedEstate } from '../../src/core/imported.js'
import { formatChanges, mergeTopology, type TopologyChange } from '../../src/core/topology-merge.js'
import { renderTopology } from '../../src/core/topology-writer.js'
import { check } from '../support/pipeline.js'
import {
  server,
  population,
  unclassified,
  estateOf,
  ids,
  UCCAPI_2013,
  fabrikam,
  existing,
  merged,
  refusal,
  lineDiff,
  block,
  parsed,
} from '../support/import-estates.js'

describe('mergeTopology', () => {
  const first = merged(existing, fabrikam)

  it('changes only what the inventory says, keeping every other line byte for byte', () => {
    const { removed, added } = lineDiff(existing, first.text)
    expect(removed).toEqual([
      '    version: "5.0.8308.857"        # December 2014 cumulative update',
      '    users: 900                     # counted by hand in 2024',
    ])
    // Blank lines are left out: which blank line is new is a matter of how a diff aligns them.
    expect(added.filter((line) => line !== '')).toEqual([
      '    version: 5.0.8308.992       # July 2017 cumulative update',
      '    version: 4.0.7577.710       # February 2015 cumulative update',
      '  # coexist import: not in the inventory (kept; remove it when it is gone)',
      '  - name: pool03.fabrikam.com',
      '    product: Skype for Business Server 2015',
      '    version: 6.0.9319.281',
      `    users: 1234                 # "${UCCAPI_2013}": 1,200, "UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)": 34`,
      '    users: 50                   # "UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)": 50',
      '  # coexist import: not in the inventory (kept; remove it when it is gone)',
      '  - name: skype-for-business-2016@pool03.fabrikam.com',
      '    product: Skype for Business 2016',
      '    servers: [pool03.fabrikam.com]',
      '    users: 300                  # "UCCAPI/16.0.7766.5281 OC/16.0.7766.2047 (Skype for Business)": 300',
      '# coexist import: begin sources (rewritten by each import)',
      '# Imported by coexist import from:',
      '#   clients.csv: user agents and pools',
      '#   servers.csv: builds',
      '# Found 3 server pools; 3 client populations with 1,584 users; 1 not classified (4 users); 1 server agent left out (12 users).',
      '# coexist import: end sources',
      '# coexist import: begin not classified (rewritten by each import)',
      '# Not classified (in no population above):',
      '#   user agent "Foo/1.0" on "pool01.fabrikam.com": 4 users; no row of the user-agent table names Foo',
      '# Server agents left out (services, not client populations):',
      '#   "MediationServer": 12 users',
      '# coexist import: end not classified',
    ])
    expect(added.filter((line) => line === '')).toHaveLength(3)
  })

  it('puts each edit where it belongs', () => {
    const lines = first.text.split('\n')
    const after = (line: string) => lines[lines.indexOf(line) + 1]
    expect(after('    product: lync-server-2010      # an id, not the display name')).toBe(
      '    version: 4.0.7577.710       # February 2015 cumulative update',
    )
    expect(
      after('  # coexist import: not in the inventory (kept; remove it when it is gone)'),
    ).toBe('  - name: retired.fabrikam.com')
    expect(after('      - presence')).toBe(
      '    users: 50                   # "UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)": 50',
    )
    expect(
      lines[
        lines.lastIndexOf(
          '  # coexist import: not in the inventory (kept; remove it when it is gone)',
        ) + 1
      ],
    ).toBe('  - name: meeting-guests')
    expect(after('    workloads: [conferencing]')).toBe('')
    expect(lines[lines.indexOf('    workloads: [conferencing]') + 2]).toBe(
      '  - name: skype-for-business-2016@pool03.fabrikam.com',
    )
  })

  it('reports each change at its line in the merged text', () => {
    const lines = first.text.split('\n')
    const lineOf = (text: string) => lines.indexOf(text) + 1
    expect(first.changes).toEqual<TopologyChange[]>([
      {
        kind: 'updated',
        what: 'server',
        name: 'pool01.fabrikam.com',
        detail: 'version 5.0.8308.857 → 5.0.8308.992 (July 2017 cumulative update)',
        line: lineOf('    version: 5.0.8308.992       # July 2017 cumulative update'),
      },
      {
        kind: 'updated',
        what: 'server',
        name: 'POOL02.fabrikam.com',
        detail: 'version 4.0.7577.710 (February 2015 cumulative update) (added)',
        line: lineOf('    version: 4.0.7577.710       # February 2015 cumulative update'),
      },
      {
        kind: 'marked',
        what: 'server',
        name: 'retired.fabrikam.com',
        detail: 'not in the inventory (marked)',
        line: lineOf('  - name: retired.fabrikam.com') - 1,
      },
      {
        kind: 'added',
        what: 'server',
        name: 'pool03.fabrikam.com',
        detail: 'Skype for Business Server 2015 6.0.9319.281',
        line: lineOf('  - name: pool03.fabrikam.com'),
      },
      {
        kind: 'updated',
        what: 'client',
        name: 'desktops',
        detail: 'users 900 → 1,234',
        line: lines.findIndex((l) => l.startsWith('    users: 1234')) + 1,
      },
      {
        kind: 'updated',
        what: 'client',
        name: 'old desktops',
        detail: 'users 50 (added)',
        line: lines.findIndex((l) => l.startsWith('    users: 50')) + 1,
      },
      {
        kind: 'marked',
        what: 'client',
        name: 'meeting-guests',
        detail: 'not in the inventory (marked)',
        line: lineOf('  - name: meeting-guests') - 1,
      },
      {
        kind: 'added',
        what: 'client',
        name: 'skype-for-business-2016@pool03.fabrikam.com',
        detail: 'Skype for Business 2016 on pool03.fabrikam.com, 300 users',
        line: lineOf('  - name: skype-for-business-2016@pool03.fabrikam.com'),
      },
    ])
    expect(formatChanges(first.changes)).toBe(
      [
        '~ server pool01.fabrikam.com: version 5.0.8308.857 → 5.0.8308.992 (July 2017 cumulative update)',
        '~ server POOL02.fabrikam.com: version 4.0.7577.710 (February 2015 cumulative update) (added)',
        '! server retired.fabrikam.com: not in the inventory (marked)',
        '+ server pool03.fabrikam.com: Skype for Business Server 2015 6.0.9319.281',
        '~ client desktops: users 900 → 1,234',
        '~ client old desktops: users 50 (added)',
        '! client meeting-guests: not in the inventory (marked)',
        '+ client skype-for-business-2016@pool03.fabrikam.com: Skype for Business 2016 on pool03.fabrikam.com, 300 users',
        '',
      ].join('\n'),
    )
  })

  it('writes a topology coexist check still reads, exceptions and all', () => {
    const report = check(first.text)
    expect(report.errors).toEqual([])
    expect(report.topology?.clients.map((c) => c.name)).toEqual([
      'desktops',
      'old desktops',
      'kiosks',
      'meeting-guests',
      'skype-for-business-2016@pool03.fabrikam.com',
    ])
  })

  it('changes nothing when run again on the same inventory', () => {
    const again = merged(first.text, fabrikam)
    expect(again.changes).toEqual([])
    expect(again.text).toBe(first.text)
  })

  it('changes nothing when merging an estate into its own rendering', () => {
    const poolless = estateOf({
      servers: [server('p1', 'Lync Server 2013', '5.0.8308.857')],
      populations: [population('Lync 2013', undefined, 5), population('Lync 2010', undefined, 2)],
      unclassified: [unclassified('pool', 'p9', 3, 'no build was given for this pool')],
    })
    for (const estate of [fabrikam, poolless, estateOf({})]) {
      const text = renderTopology(estate, { matrix: 'all-generations' })
      const again = merged(text, estate)
      expect(again.changes).toEqual([])
      expect(again.text).toBe(text)
    }
  })

  it('removes the marker of an entry back in the inventory, and its count of users follows the inventory', () => {
    const back = estateOf({
      ...fabrikam,
      servers: [...fabrikam.servers, server('retired.fabrikam.com', 'Lync Server 2010')],
      populations: [
        ...fabrikam.populations,
        population('Lync Web App 2013', 'pool01.fabrikam.com', 7),
        population('Lync 2013', 'pool01.fabrikam.com', 6, [[UCCAPI_2013, 6]]),
      ],
    })
    const second = merged(first.text, back)
    expect(formatChanges(second.changes)).toBe(
      [
        '~ server retired.fabrikam.com: back in the inventory (marker removed)',
        `~ client desktops: users 1,234 → 1,240`,
        // Its pool is in the server inventory now, and no one on it uses Lync 2010.
        '! client kiosks: not in the inventory (marked)',
        '~ client meeting-guests: back in the inventory (marker removed)',
        '~ client meeting-guests: users 7 (added)',
        '',
      ].join('\n'),
    )
    expect(second.text.match(/not in the inventory/g)).toHaveLength(1)
    expect(merged(second.text, back).text).toBe(second.text)
  })

  it('rewrites the comment of `users:` when only the user agents changed', () => {
    const agents = estateOf({
      ...fabrikam,
      populations: fabrikam.populations.map((p) =>
        p.product === 'Lync 2013' ? { ...p, agents: [{ userAgent: 'OC/15.0', users: 1234 }] } : p,
      ),
    })
    const second = merged(first.text, agents)
    expect(formatChanges(second.changes)).toBe('~ client desktops: user agents listed again\n')
    expect(second.text).toContain('    users: 1234                 # "OC/15.0": 1,234\n')
  })

  it('matches products through their aliases and ids, and pools whatever their case', () => {
    const text = [
      'servers:',
      '  - name: Pool01',
      '    product: lync-server-2013',
      'clients:',
      '  - name: mine',
      '    product: Microsoft Lync 2013',
      '    servers: [Pool01]',
      '',
    ].join('\n')
    const outcome = merged(
      text,
      estateOf({
        servers: [server('pool01', 'Lync Server 2013')],
        populations: [population('Lync 2013', 'POOL01', 3)],
      }),
    )
    expect(formatChanges(outcome.changes)).toBe('~ client mine: users 3 (added)\n')
  })

  it('changes a pool’s product in place, loudly', () => {
    const outcome = merged(
      existing,
      estateOf({ servers: [server('retired.fabrikam.com', 'Lync Server 2013')] }),
    )
    expect(outcome.changes.filter((c) => c.kind === 'updated')).toEqual([
      expect.objectContaining({
        name: 'retired.fabrikam.com',
        detail:
          'product Lync Server 2010 → Lync Server 2013 (a pool does not change product in place: check the inventory)',
      }),
    ])
    expect(lineDiff(existing, outcome.text).removed).toEqual(['    product: Lync Server 2010'])
  })

  it('removes a version the inventory no longer shows: no pool is credited with an update it may lack', () => {
    const text = [
      'matrix: all-generations',
      'servers:',
      '  - name: p1',
      '    product: Lync Server 2013',
      '    version: 5.0.8308.857       # December 2014 cumulative update',
      '    # the pool in wave 1',
      'clients:',
      '  - name: desktops',
      '    product: Skype for Business 2016',
      '    servers: [p1]',
      '',
    ].join('\n')
    // A base build (one computer behind the others, or Get-CsServerVersion's 5.0.8308): no version.
    const estate = estateOf({ servers: [server('p1', 'Lync Server 2013')] })
    const outcome = merged(text, estate)
    expect(outcome.changes).toEqual([
      expect.objectContaining({
        kind: 'updated',
        name: 'p1',
        detail: 'version 5.0.8308.857 removed: the inventory gives no whole build for it',
      }),
    ])
    expect(lineDiff(text, outcome.text).removed).toEqual([
      '    version: 5.0.8308.857       # December 2014 cumulative update',
    ])
    // The gate now asks for the version rather than passing the pair on the old one.
    expect(
      check(outcome.text)
        .warnings.map((w) => w.message)
        .join('\n'),
    ).toMatch(/5\.0\.8308\.857/)
    expect(merged(outcome.text, estate).changes).toEqual([])
  })

  it('names a new population uniquely against the file’s names', () => {
    const text = [
      'servers:',
      '  - name: p1',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: LYNC-2013@p1',
      '    product: Lync 2010',
      '    servers: [p1]',
      '',
    ].join('\n')
    const outcome = merged(text, estateOf({ populations: [population('Lync 2013', 'p1', 3)] }))
    expect(outcome.changes.map((c) => c.name)).toEqual(['lync-2013@p1-2'])
    expect(check(outcome.text).errors).toEqual([])
  })

  describe('judging what is no longer in the inventory', () => {
    const text = [
      'servers:',
      '  - name: p1',
      '    product: Lync Server 2013',
      '  - name: p2',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: on-p1',
      '    product: Lync 2010',
      '    servers: [p1]',
      '  - name: on-p2',
      '    product: Lync 2010',
      '    servers: [p2]',
      '  - name: everywhere',
      '    product: Lync 2010',
      '',
    ].join('\n')
    const marked = (estate: ImportedEstate) =>
      merged(text, estate)
        .changes.filter((c) => c.kind === 'marked')
        .map((c) => `${c.what} ${c.name}`)

    it('marks populations on pools the server inventory lists, and leaves the others alone', () => {
      expect(
        marked(
          estateOf({
            servers: [server('p1', 'Lync Server 2013')],
            populations: [population('Lync 2013', 'p1', 3)],
          }),
        ),
      ).toEqual(['server p2', 'client on-p1'])
    })

    it('judges a population of every server only when the inventory lists every server', () => {
      expect(
        marked(
          estateOf({
            servers: [server('p1', 'Lync Server 2013'), server('p2', 'Lync Server 2013')],
            populations: [population('Lync 2013', 'p1', 3)],
          }),
        ),
      ).toEqual(['client on-p1', 'client on-p2', 'client everywhere'])
    })

    it('judges only populations of every server when the client inventory has no pools', () => {
      expect(
        marked(
          estateOf({
            servers: [server('p1', 'Lync Server 2013'), server('p2', 'Lync Server 2013')],
            populations: [population('Lync 2013', undefined, 3)],
          }),
        ),
      ).toEqual(['client everywhere'])
    })

    it('marks no population without client data, and no server without a server inventory', () => {
      expect(marked(estateOf({ servers: [server('p1', 'Lync Server 2013')] }))).toEqual([
        'server p2',
      ])
      expect(
        marked(estateOf({ populations: [population('Lync 2010', 'p1', 3)], serversListed: false })),
      ).toEqual([])
    })

    it('marks no server when pools were given one by one (--server): they say nothing of the others', () => {
      expect(
        marked(estateOf({ servers: [server('p1', 'Lync Server 2013')], serversListed: false })),
      ).toEqual([])
    })

    it('keeps a server the inventory mentions without a build (an unclassified one)', () => {
      expect(
        marked(
          estateOf({
            servers: [server('p1', 'Lync Server 2013')],
            unclassified: [unclassified('build', '9.9.9.9', 0, 'unknown build', 'p2')],
          }),
        ),
      ).toEqual([])
    })
  })

  it('does not split the users of a population several entries share, and says so', () => {
    const text = [
      'servers:',
      '  - name: p1',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: sales',
      '    product: Lync 2013',
      '    servers: [p1]',
      '    users: 5',
      '  - name: engineering',
      '    product: Lync 2013',
      '    servers: [p1]',
      '    workloads: [group-chat]',
      '',
    ].join('\n')
    const estate = estateOf({
      servers: [server('p1', 'Lync Server 2013')],
      populations: [population('Lync 2013', 'p1', 30)],
    })
    const outcome = merged(text, estate)
    expect(outcome.changes).toEqual([])
    expect(lineDiff(text, outcome.text).removed).toEqual([])
    expect(block(outcome.text, 'not classified')).toEqual([
      '# Populations that several clients above share (their users are not split):',
      '#   "sales", "engineering": Lync 2013 on "p1", 30 users',
    ])
  })

  it('fills empty lists and adds a missing one', () => {
    const estate = estateOf({
      servers: [server('p1', 'Lync Server 2013', '5.0.8308.857')],
      populations: [population('Lync 2013', 'p1', 3)],
    })
    for (const text of [
      'servers: []   # none yet\nclients:\n',
      'servers:\nclients: []\n',
      'servers: []\n',
    ]) {
      const outcome = merged(text, estate)
      expect(parsed(outcome.text).servers).toEqual([
        { name: 'p1', product: 'Lync Server 2013', version: '5.0.8308.857' },
      ])
      expect(parsed(outcome.text).clients).toEqual([
        { name: 'lync-2013@p1', product: 'Lync 2013', servers: ['p1'], users: 3 },
      ])
      expect(merged(outcome.text, estate).text).toBe(outcome.text)
    }
    expect(merged('servers: []   # none yet\nclients:\n', estate).text).toMatch(
      /^servers: {3}# none yet\n {2}- name: p1\n/,
    )
  })

  it('keeps CRLF line ends, and writes its own lines with them', () => {
    const crlf = existing.replace(/\n/g, '\r\n')
    const outcome = merged(crlf, fabrikam)
    expect(outcome.text).toBe(first.text.replace(/\n/g, '\r\n'))
    expect(merged(outcome.text, fabrikam).text).toBe(outcome.text)
  })

  it('keeps a missing final line break missing', () => {
    const outcome = merged(existing.replace(/\n$/, ''), fabrikam)
    expect(`${outcome.text}\n`).toBe(first.text)
    expect(merged(outcome.text, fabrikam).text).toBe(outcome.text)
  })

  it('rewrites its blocks where they are and leaves what is around them', () => {
    const moved = first.text.replace(
      '# coexist import: end sources\n',
      '# coexist import: end sources\n# my own comment\n',
    )
    const other = estateOf({ ...fabrikam, provenance: ['another.csv'] })
    const outcome = merged(moved, other)
    expect(lineDiff(moved, outcome.text)).toEqual({
      removed: ['#   clients.csv: user agents and pools', '#   servers.csv: builds'],
      added: ['#   another.csv'],
    })
  })

  it('appends hostile names so that they read back exactly', () => {
    const pool = 'evil\n  - name: injected # "x": y'
    const outcome = merged(
      existing,
      estateOf({
        servers: [...fabrikam.servers, server(pool, 'Lync Server 2013')],
        populations: [population('Lync 2013', pool, 2, [['agent\n# "x"', 2]])],
      }),
    )
    const value = parsed(outcome.text)
    expect(value.servers.map((s) => s.name)).toContain(pool)
    expect(value.clients.find((c) => c.servers?.[0] === pool)).toEqual({
      name: 'lync-2013@evil-name-injected-x-y',
      product: 'Lync 2013',
      servers: [pool],
      users: 2,
    })
    expect(
      merged(
        outcome.text,
        estateOf({
          servers: [...fabrikam.servers, server(pool, 'Lync Server 2013')],
          populations: [population('Lync 2013', pool, 2, [['agent\n# "x"', 2]])],
        }),
      ).changes,
    ).toEqual([])
  })

  describe('refuses, with the place and what to do, what it cannot splice', () => {
    const estate = estateOf({
      servers: [server('p1', 'Lync Server 2013', '5.0.8308.992')],
      populations: [population('Lync 2013', 'p1', 3)],
    })
    const refused = (text: string, file = 'coexist.yml') =>
      refusal(mergeTopology({ file, text }, estate, ids))

    it('a JSON topology', () => {
      expect(refused('{"servers": [], "clients": []}', 'coexist.json')).toEqual([
        [1, 1, expect.stringContaining('coexist import --into edits YAML topologies')],
      ])
    })

    it('a file that does not parse', () => {
      expect(refused('servers:\n  - name: [\n')).toEqual([
        [3, 1, expect.stringContaining('invalid YAML')],
      ])
    })

    it('flow-style lists and entries', () => {
      expect(refused('servers: [{name: p1, product: Lync Server 2013}]\nclients: []\n')).toEqual([
        [1, 10, expect.stringContaining('`servers:` is a flow-style list')],
      ])
      expect(refused('servers:\n  - {name: p1, product: Lync Server 2013}\nclients: []\n')).toEqual(
        [[2, 5, expect.stringContaining('this server is written in flow style')]],
      )
      expect(refused('{servers: [], clients: []}\n')).toEqual([
        [1, 1, expect.stringContaining('the topology is written in flow style')],
      ])
    })

    it('anchors and aliases', () => {
      expect(
        refused(
          [
            'servers:',
            '  - name: p1',
            '    product: Lync Server 2013',
            '    version: &v 5.0.8308.857',
            '  - name: p2',
            '    product: Lync Server 2013',
            '    version: *v',
            'clients: []',
            '',
          ].join('\n'),
        ),
      ).toEqual([[7, 5, expect.stringContaining('`version:` of server "p2" uses an alias')]])
      expect(
        refused(
          [
            'servers:',
            '  - name: p1',
            '    product: Lync Server 2013',
            '    version: &v 5.0.8308.857',
            'clients: []',
            'other: *v',
            '',
          ].join('\n'),
        ),
      ).toEqual([[4, 5, expect.stringContaining('`version:` has an anchor (&name)')]])
      expect(
        refused(
          [
            'servers:',
            '  - &p',
            '    name: p1',
            '    product: Lync Server 2013',
            'clients:',
            '  - *p',
            '',
          ].join('\n'),
        ),
      ).toEqual([
        [3, 5, expect.stringContaining('this server does not start as `- name: …` on one line')],
        [6, 5, expect.stringContaining('this client is an alias')],
      ])
      expect(refused('base: &s []\nservers: *s\nclients: []\n')).toEqual([
        [2, 10, expect.stringContaining('`servers:` is an alias')],
      ])
    })

    it('a value it would rewrite that is not on one line', () => {
      expect(
        refused(
          [
            'servers:',
            '  - name: p1',
            '    product: Lync Server 2013',
            '    version: |',
            '      5.0.8308.857',
            'clients: []',
            '',
          ].join('\n'),
        ),
      ).toEqual([[4, 5, expect.stringContaining('a block scalar')]])
    })

    it('a merge key', () => {
      expect(
        refused(
          [
            'base: &b {product: Lync Server 2013}',
            'servers:',
            '  - name: p1',
            '    <<: *b',
            'clients: []',
            '',
          ].join('\n'),
        ),
      ).toEqual([[3, 5, expect.stringContaining('this server uses a merge key (<<)')]])
    })

    it('a layout whose edit would not read back as intended, rather than a damaged file', () => {
      // The second line of the quoted product looks like a comment: `users:` inserted after the
      // entry's last line of keys would land inside the string.
      const text = [
        'servers:',
        '  - name: p1',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: c1',
        '    servers: [p1]',
        '    product: "Lync',
        '      # 2013"',
        '',
      ].join('\n')
      expect(load(text, { schema: CORE_SCHEMA })).toMatchObject({
        clients: [{ product: 'Lync # 2013' }],
      })
      const outcome = mergeTopology(
        { file: 'coexist.yml', text },
        estateOf({ populations: [population('Lync # 2013', 'p1', 3)] }),
        ids,
      )
      expect(refusal(outcome)).toEqual([
        [1, 1, expect.stringContaining('coexist import cannot edit this file safely')],
      ])
    })

    it('two servers that differ only in case', () => {
      expect(
        refused(
          [
            'servers:',
            '  - name: p1',
            '    product: Lync Server 2013',
            '  - name: P1',
            '    product: Lync Server 2013',
            'clients: []',
            '',
          ].join('\n'),
        ),
      ).toEqual([[4, 1, expect.stringContaining('name the same pool')]])
    })

    it('a damaged import block', () => {
      const base = 'servers: []\nclients: []\n'
      expect(
        refused(`${base}# coexist import: begin sources (rewritten by each import)\n# x\n`),
      ).toEqual([[3, 1, expect.stringContaining('has no `# coexist import: end sources` line')]])
      expect(
        refused(
          `# coexist import: begin sources (rewritten by each import)\n${base}# coexist import: end sources\n`,
        ),
      ).toEqual([
        [2, 1, expect.stringContaining('inside the coexist import block that begins at line 1')],
        [3, 1, expect.stringContaining('inside the coexist import block that begins at line 1')],
      ])
      expect(refused(`${base}# coexist import: end sources\n`)).toEqual([
        [3, 1, expect.stringContaining('has no matching begin line')],
      ])
    })
  })
})

describe('formatChanges', () => {
  it('gives one line per change, escaped, at most 200, then how many more', () => {
    const change = (i: number): TopologyChange => ({
      kind: 'added',
      what: 'client',
      name: `c${i}\n! fake`,
      detail: 'Lync 2013',
      line: i,
    })
    const text = formatChanges(Array.from({ length: 203 }, (_, i) => change(i)))
    const lines = text.split('\n')
    expect(lines).toHaveLength(202)
    expect(lines[0]).toBe('+ client c0\\n! fake: Lync 2013')
    expect(lines[200]).toBe('… and 3 more')
    expect(formatChanges([])).toBe('')
  })
})
