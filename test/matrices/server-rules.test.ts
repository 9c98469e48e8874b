// Server facts of the all-generations catalogue against their sources, read at test time: which
// server products may be deployed side by side (serverRules), products it supports with nothing
// (unsupportedProducts), and the build line and updates of each server (builds).
import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../src/core/suggest.js'
import {
  catalogueSourceFile,
  isQuoted,
  readMatrixFile,
  readSource,
  withoutMicrosoft,
  type FileServerRule,
} from '../support/source-pages.js'

const matrix = readMatrixFile('all-generations')
const rules = matrix.serverRules ?? []
const unsupported = matrix.unsupportedProducts ?? []
const S19 = 'skype-for-business-server-2019'
const S15 = 'skype-for-business-server-2015'
const L13 = 'lync-server-2013'
const L10 = 'lync-server-2010'
const R2 = 'ocs-2007-r2'

const coexistence = readSource('lync2013-server-coexistence.md')
const clientExperience = readSource('lync2013-skype-for-business-client-on-lync-server.md')
const lync2010 = readSource('lync2010-supported-clients-and-interop.md')
const buildsPage = readSource('deployment-inventory-user-agents-and-builds.md')

/** A server product (of the matrix, or an unsupported one) a sentence names, "Microsoft " and all. */
function serverId(name: string): string {
  const wanted = [name, withoutMicrosoft(name)].map(normalizeName)
  const found = [...matrix.servers, ...unsupported.filter((u) => u.kind === 'server')].filter((p) =>
    [p.name, p.id, ...(p.aliases ?? [])].some((n) => wanted.includes(normalizeName(n))),
  )
  if (found.length !== 1) throw new Error(`"${name}" names ${found.length} server products`)
  return (found[0] as { id: string }).id
}
function match(text: string, pattern: RegExp): string[] {
  const m = pattern.exec(text)
  if (!m) throw new Error(`no match for ${pattern}`)
  return m.slice(1) as string[]
}

/** A rule without its id and source: what it says. */
const shape = (
  r: Pick<FileServerRule, 'kind' | 'servers' | 'from' | 'to' | 'status' | 'exclusive'>,
): string =>
  JSON.stringify({
    kind: r.kind,
    servers: r.servers ? [...r.servers].sort() : undefined,
    from: r.from ? [...r.from].sort() : undefined,
    to: r.to,
    status: r.status,
    exclusive: r.exclusive ?? false,
  })

// ------------------------------------------------------------------------- the statements
/** Every server-to-server statement of the sources, turned into the rule it states. */
function statedRules(): { says: string; rule: Omit<FileServerRule, 'id' | 'source'> }[] {
  const out: { says: string; rule: Omit<FileServerRule, 'id' | 'source'> }[] = []
  // Lync Server 2013 (Gg425764)
  const [from13] = match(
    coexistence,
    /Lync Server 2013 supports migration from either of the following: (.+)$/m,
  )
  out.push({
    says: 'migration to Lync Server 2013',
    rule: {
      kind: 'migration',
      from: (from13 as string).split(/;\s*/).map(serverId),
      to: L13,
      status: 'supported',
    },
  })
  const [earlier] = match(
    coexistence,
    /Migration from earlier versions, such as (.+?), is not supported\./,
  )
  out.push({
    says: 'no migration from earlier versions',
    rule: {
      kind: 'migration',
      from: (earlier as string).split(' or ').map(serverId),
      to: L13,
      status: 'not-supported',
    },
  })
  const [a, b] = match(
    coexistence,
    /Lync Server 2013 can coexist with components of either an? (.+?) deployment or an? (.+?) deployment\./,
  )
  for (const other of [a, b])
    out.push({
      says: `Lync Server 2013 coexists with ${other}`,
      rule: { kind: 'together', servers: [L13, serverId(other as string)], status: 'supported' },
    })
  const three13 = match(
    coexistence,
    /Concurrent deployment of (Lync Server 2013) with both (.+?) and (.+?) \(concurrent deployment of all three versions\) is not supported\./,
  )
  out.push({
    says: 'not all three with Lync Server 2013',
    rule: { kind: 'together', servers: three13.map(serverId), status: 'not-supported' },
  })
  // Skype for Business Server 2019 (migration page, quoted in the coexistence source)
  const to2019 = match(coexistence, /Migration to SfB Server 2019 is from "(.+?) or (.+?)"/)
  out.push({
    says: 'migration to Skype for Business Server 2019',
    rule: {
      kind: 'migration',
      from: to2019.map(serverId),
      to: S19,
      status: 'supported',
      exclusive: true,
    },
  })
  // Skype for Business Server 2015 next to Lync Server 2013 (Dn954919)
  const both = match(clientExperience, /If your organization has both (.+?) and (.+?) deployed/)
  out.push({
    says: 'Skype for Business Server 2015 and Lync Server 2013 deployed',
    rule: { kind: 'together', servers: both.map(serverId), status: 'supported' },
  })
  // Lync Server 2010 (Gg413014, Italian edition, translated)
  const [x, y] = match(
    lync2010,
    /\(IT, translated\) Note: Lync Server 2010 can coexist with components of an (.+?) or (.+?) deployment\./,
  )
  for (const other of [x, y])
    out.push({
      says: `Lync Server 2010 coexists with ${other}`,
      rule: { kind: 'together', servers: [L10, serverId(other as string)], status: 'supported' },
    })
  const three10 = match(
    lync2010,
    /Concurrent deployment of (Lync Server 2010) with both (.+?) and (.+?) \(all three versions\) is not supported\./,
  )
  out.push({
    says: 'not all three with Lync Server 2010',
    rule: { kind: 'together', servers: three10.map(serverId), status: 'not-supported' },
  })
  return out
}

// [id, kind, servers or from -> to, status, exclusive, source, quote]
const EXPECTED: [string, string, string, string, string, string][] = [
  [
    'lync-server-2013-migration',
    `migration ${L10},${R2} -> ${L13}`,
    'supported',
    'gg425764',
    'Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2',
    '',
  ],
  [
    'lync-server-2013-migration-from-earlier',
    `migration ocs-2007,lcs-2005 -> ${L13}`,
    'not-supported',
    'gg425764',
    'Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.',
    '',
  ],
  [
    'lync-server-2013-with-lync-server-2010',
    `together ${L13},${L10}`,
    'supported',
    'gg425764',
    'Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.',
    '',
  ],
  [
    'lync-server-2013-with-ocs-2007-r2',
    `together ${L13},${R2}`,
    'supported',
    'gg425764',
    'Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.',
    '',
  ],
  [
    'lync-server-2013-with-both',
    `together ${L13},${L10},${R2}`,
    'not-supported',
    'gg425764',
    'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.',
    '',
  ],
  [
    'skype-for-business-server-2015-with-lync-server-2013',
    `together ${S15},${L13}`,
    'supported',
    'dn954919',
    'If your organization has both Skype for Business Server 2015 and Lync Server 2013 deployed',
    '',
  ],
  [
    'skype-for-business-server-2019-migration',
    `migration ${L13},${S15} -> ${S19}`,
    'supported',
    'sfb2019-migration',
    'Lync Server 2013 or Skype for Business Server 2015',
    'exclusive',
  ],
  [
    'lync-server-2010-with-ocs-2007',
    `together ${L10},ocs-2007`,
    'supported',
    'gg413014-it',
    'Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.',
    '',
  ],
  [
    'lync-server-2010-with-ocs-2007-r2',
    `together ${L10},${R2}`,
    'supported',
    'gg413014-it',
    'Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.',
    '',
  ],
  [
    'lync-server-2010-with-both',
    `together ${L10},ocs-2007,${R2}`,
    'not-supported',
    'gg413014-it',
    'Concurrent deployment of Lync Server 2010 with both OCS 2007 and OCS 2007 R2 (all three versions) is not supported.',
    '',
  ],
]
const describeRule = (r: FileServerRule) =>
  r.kind === 'together'
    ? `together ${r.servers?.join(',')}`
    : `migration ${r.from?.join(',')} -> ${r.to}`

describe('server rules', () => {
  it('are exactly the listed rules, each with the sentence that states it', () => {
    expect(
      rules.map((r) => [
        r.id,
        describeRule(r),
        r.status,
        r.source.ref,
        r.source.quote,
        r.exclusive ? 'exclusive' : '',
      ]),
    ).toEqual(
      EXPECTED.map(([id, what, status, ref, quote, exclusive]) => [
        id,
        what,
        status,
        ref,
        quote,
        exclusive,
      ]),
    )
  })

  it('say what the statements of the sources say, no more and no less', () => {
    const stated = statedRules()
    expect(stated).toHaveLength(10)
    expect(rules.map(shape).sort()).toEqual(stated.map((s) => shape(s.rule)).sort())
  })

  for (const rule of rules) {
    it(`${rule.id}: the quote is in its source, verbatim`, () => {
      expect(isQuoted(catalogueSourceFile(rule.source.ref), rule.source.quote as string)).toBe(true)
      if (rule.source.ref === 'gg413014-it')
        expect(rule.source.note).toMatch(/[Tt]ranslated from the Italian/)
    })
  }

  it('name server products of the catalogue (or unsupported ones) only, with distinct ids', () => {
    const known = new Set([
      ...matrix.servers.map((s) => s.id),
      ...unsupported.filter((u) => u.kind === 'server').map((u) => u.id),
    ])
    for (const r of rules)
      for (const id of [...(r.servers ?? []), ...(r.from ?? []), ...(r.to ? [r.to] : [])])
        expect(known.has(id), `${r.id}: ${id}`).toBe(true)
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })

  it('keep the statements they fold in, in their notes', () => {
    const note = (id: string) => rules.find((r) => r.id === id)?.source.note ?? ''
    const quoteOf = (pattern: RegExp) => match(coexistence, pattern)[0] as string
    expect(note('lync-server-2013-with-both')).toContain(
      quoteOf(
        /(Migration from an environment running both of these previous versions is not supported\.)/,
      ),
    )
    expect(note('lync-server-2013-migration')).toContain(
      quoteOf(
        /(Lync Server 2013 supports only the following migration method: Side-by-side migration\.)/,
      ),
    )
    expect(note('lync-server-2013-with-lync-server-2010')).toContain(
      quoteOf(/"(The Edge Server can be a Lync Server 2010 Edge Server\.)"/),
    )
    expect(note('skype-for-business-server-2019-migration')).toContain(
      quoteOf(/(are no longer supported in Skype for Business Server 2019)/),
    )
  })

  it('leave the pairs no statement covers undocumented: no rule pairs Skype for Business Server 2015 with Lync Server 2010 or Office Communications Server 2007 R2', () => {
    const covers = (a: string, b: string) =>
      rules.some(
        (r) =>
          (r.servers?.includes(a) && r.servers.includes(b)) ||
          (r.to === a && r.from?.includes(b)) ||
          (r.to === b && r.from?.includes(a)),
      )
    expect(covers(S15, L10)).toBe(false)
    expect(covers(S15, R2)).toBe(false)
    expect(covers(S19, S15)).toBe(true)
  })
})

describe('unsupported products', () => {
  // [id, kind, source, quote]
  const EXPECTED_UNSUPPORTED = [
    [
      'ocs-2007',
      'server',
      'gg425764',
      'Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.',
    ],
    [
      'lcs-2005',
      'server',
      'gg425764',
      'Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.',
    ],
    [
      'office-communicator-2005',
      'client',
      'gg398499-2010',
      'Interaction with Microsoft Office Communicator 2005 clients (basic presence and IM) is supported only if the Office Communicator 2005 user is on a federated network.',
    ],
  ]

  it('are exactly these, each explained with the words of its source', () => {
    expect(unsupported.map((u) => [u.id, u.kind, u.source.ref, u.source.quote])).toEqual(
      EXPECTED_UNSUPPORTED,
    )
    for (const u of unsupported) {
      expect(isQuoted(catalogueSourceFile(u.source.ref), u.source.quote as string), u.id).toBe(true)
      expect(u.statement, u.id).toContain(u.source.quote)
      // The quote names the product.
      expect(u.source.quote, u.id).toContain(withoutMicrosoft(u.name))
    }
  })

  it('have no cells: they are neither clients nor servers of the catalogue', () => {
    for (const u of unsupported) {
      expect(matrix.clients.map((c) => c.id)).not.toContain(u.id)
      expect(matrix.servers.map((s) => s.id)).not.toContain(u.id)
    }
  })
})

// ------------------------------------------------------------------------------------ builds
/** §5.4 of the builds source: rows of Build | Product / update | Verbatim evidence | Source, escaped pipes kept. */
const buildRows = (() => {
  const start = buildsPage.indexOf('### 5.4 Build numbers')
  const text = buildsPage.slice(start, buildsPage.indexOf('\n---', start))
  return (
    text
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|[:\s-|]+\|$/.test(l))
      .map((l) =>
        l
          .replace(/^\|/, '')
          .replace(/\|$/, '')
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\\|/g, '|')),
      )
      .filter((r) => r[0] !== 'Build')
      // "same file": the source of the row above.
      .map(
        (r, i, all) =>
          (r[3] === 'same file' ? [r[0], r[1], r[2], (all[i - 1] as string[])[3]] : r) as string[],
      )
  )
})()
const unescaped = buildsPage.replace(/\\\|/g, '|').replace(/\\\./g, '.')
const PRODUCT_PREFIX: Record<string, string> = {
  'Lync Server 2010': L10,
  'Lync Server 2013': L13,
  'SfB Server 2015': S15,
  'SfB Server 2019': S19,
}
const rowServer = (row: string[]) => PRODUCT_PREFIX[(row[1] ?? '').split(',')[0]?.trim() ?? '']

describe('server builds', () => {
  it('read §5.4 of the builds source as a table of builds', () => {
    expect(buildRows.length).toBeGreaterThan(12)
    for (const row of buildRows) expect(row, JSON.stringify(row)).toHaveLength(4)
  })

  for (const server of matrix.servers) {
    it(`${server.name}: the line and every update build are stated in the builds source`, () => {
      const builds = server.builds
      if (server.id === R2) {
        // "OCS 2007 R2 server build (3.5.6907.x?) | — | — | **NOT found** in Microsoft docs"
        expect(builds).toBeUndefined()
        expect(buildRows.find((r) => r[0]?.startsWith('OCS 2007 R2 server build'))?.[3]).toContain(
          'NOT found',
        )
        return
      }
      expect(builds).toBeDefined()
      // Microsoft's statements only, and not the build the source quotes as a typo ("17.0.2046.123").
      const stated = buildRows.filter(
        (r) => rowServer(r) === server.id && r[3]?.startsWith('[MS-DOC]') && /^\d/.test(r[0] ?? ''),
      )
      // The line: the first three parts of the builds stated for the product (or its base, where a row states it).
      const lines = new Set(
        stated.map((r) =>
          (r[0] as string)
            .replace(/\s*\(base\)$/, '')
            .split('.')
            .slice(0, 3)
            .join('.'),
        ),
      )
      expect([...lines]).toEqual([builds?.line])
      expect(
        isQuoted(unescaped, builds?.source.quote as string) ||
          isQuoted(
            catalogueSourceFile(builds?.source.ref as string),
            builds?.source.quote as string,
          ),
      ).toBe(true)
      for (const u of builds?.updates ?? []) {
        if (u.build !== undefined) {
          expect(u.build.startsWith(`${builds?.line}.`), `${u.id} ${u.build}`).toBe(true)
          const row = stated.find((r) => r[0] === u.build)
          expect(row, `${u.id}: a [MS-DOC] row states ${u.build} for ${server.name}`).toBeDefined()
          expect(
            isQuoted(row?.[2] ?? '', u.source.quote as string) ||
              (row?.[2] ?? '').includes(u.source.quote as string),
            `${u.id}: "${u.source.quote}" is the row's evidence`,
          ).toBe(true)
        }
        expect(
          isQuoted(unescaped, u.source.quote as string) ||
            isQuoted(catalogueSourceFile(u.source.ref), u.source.quote as string),
          `${u.id}: "${u.source.quote}"`,
        ).toBe(true)
      }
      // Every 4-part build Microsoft states for the product is an update here.
      const fourPart = stated
        .map((r) => r[0] as string)
        .filter((b) => /^\d+\.\d+\.\d+\.\d+$/.test(b))
      expect(fourPart.filter((b) => !(builds?.updates ?? []).some((u) => u.build === b))).toEqual(
        [],
      )
    })
  }

  it('ignore the "17.0.2046.123" typo except in a note', () => {
    expect(buildRows.some((r) => r[0] === '"17.0.2046.123"')).toBe(true)
    const s19 = matrix.servers.find((s) => s.id === S19)
    expect(s19?.builds?.updates.map((u) => u.build)).not.toContain('17.0.2046.123')
    expect(s19?.builds?.updates.find((u) => u.id === 'cu1')?.build).toBeUndefined()
    expect(s19?.builds?.updates.find((u) => u.id === 'cu1')?.source.note).toContain('17.0.2046.123')
  })

  it('date the updates the CU list dates, under their CU number and KB', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    const listed = [
      ...buildsPage.matchAll(
        /"\|(Lync Server 2013|Lync Server 2010|Skype for Business Server 2019) Cumulative Update (\d+) ?\|\[KB (\d+)\]… ?\| ?(\w+) (\d{4}) ?\|"/g,
      ),
    ]
    expect(listed).toHaveLength(3)
    for (const [, product, n, kb, month, year] of listed) {
      const server = matrix.servers.find((s) => s.name === product)
      const update = server?.builds?.updates.find((u) => u.name === `Cumulative Update ${n}`)
      expect(update, `${product} CU${n}`).toBeDefined()
      expect(update?.aliases).toContain(`KB ${kb}`)
      expect(update?.released).toBe(
        `${year}-${String(months.indexOf(month as string) + 1).padStart(2, '0')}`,
      )
    }
  })

  it('date every update whose name has a month and year by it', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    for (const server of matrix.servers) {
      for (const u of server.builds?.updates ?? []) {
        const m = /^(\w+) (\d{4}) cumulative update$/.exec(u.name)
        if (m)
          expect(u.released, u.id).toBe(
            `${m[2]}-${String(months.indexOf(m[1] as string) + 1).padStart(2, '0')}`,
          )
      }
    }
  })

  it('list the updates other sources name, with the words that name them', () => {
    // [server, update, source, words naming it]
    const named: [string, string, string, string][] = [
      [L13, 'feb-2013', 'hh690037', 'Cumulative Updates for Lync Server 2013: February 2013'],
      [L13, 'dec-2014', 'dn954919', 'December 2014 Cumulative Update (5.0.8308.857)'],
      [L13, 'cu8-hf1', 'gg425836', 'Requires Lync Server 2013 CU8 HF1 or later'],
      [L10, 'nov-2011', 'hh690037', 'Cumulative Update for Lync Server 2010: November 2011'],
      [L10, 'feb-2012', 'jj823129', 'February 2012 (KB 2670352)'],
      [L10, 'oct-2012', 'jj823129', 'October 2012 (KB 2737915)'],
      [L10, 'feb-2015', 'dn954919', 'February 2015 Cumulative Update (4.0.7577.710)'],
      [
        S15,
        'cu4',
        'sfb2015-feature-comparison',
        'Requires Skype for Business Server 2015 CU4 or later',
      ],
      [
        S15,
        'cu6',
        'sfb2015-feature-comparison',
        'Requires Skype for Business Server 2015 CU6 or later',
      ],
    ]
    for (const [server, id, ref, words] of named) {
      const u = matrix.servers
        .find((s) => s.id === server)
        ?.builds?.updates.find((x) => x.id === id)
      expect(u, `${server} ${id}`).toBeDefined()
      expect(u?.source.ref).toBe(ref)
      expect(u?.source.quote).toContain(words)
      expect(
        isQuoted(catalogueSourceFile(ref), u?.source.quote as string),
        `${id}: ${u?.source.quote}`,
      ).toBe(true)
    }
  })

  it('have distinct update ids and names per server, and order dated updates oldest first', () => {
    for (const server of matrix.servers) {
      const updates = server.builds?.updates ?? []
      expect(new Set(updates.map((u) => u.id)).size, server.id).toBe(updates.length)
      expect(new Set(updates.map((u) => u.name)).size, server.id).toBe(updates.length)
      const dated = updates.filter((u) => u.released !== undefined).map((u) => u.released as string)
      expect(dated, server.id).toEqual([...dated].sort())
      const built = updates
        .filter((u) => u.build !== undefined)
        .map((u) => (u.build as string).split('.').map(Number))
      expect(
        built.map((b) => b.join('.')),
        server.id,
      ).toEqual(
        [...built].sort((p, q) => (p[3] as number) - (q[3] as number)).map((b) => b.join('.')),
      )
    }
  })
})
