// The all-generations catalogue (matrices/all-generations.json) against its sources, read from
// ../shared/sources/ (and the seed page) at test time. The file is read directly and validated with
// the schema, not loaded through Matrix.load: the engine may not know its keys yet.
//   - seed cells (source gg398499) are the seed page, cell for cell; a differing Table 1 cell is a
//     conflict that names that table's status and footnotes;
//   - Table 1 and Table 4 cells are those tables, cell for cell;
//   - "Implied:" cells of a feature comparison are columns of that comparison;
//   - every other cell quotes a sentence of its source, verbatim, and is listed below;
//   - an undocumented cell has no source, and none of the parsed statements names its pair.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { matrixSchemaErrors } from '../../src/core/schema-validator.js'
import { normalizeName } from '../../src/core/suggest.js'
import {
  CATALOGUE_SOURCE_FILES,
  catalogueSourceFile,
  fileVerdicts,
  isQuoted,
  parseStatusGrid,
  pipeTables,
  plainText,
  readMatrixFile,
  readSeedPage,
  readSource,
  section,
  splitList,
  withoutMicrosoft,
  type FileCell,
  type FileProduct,
  type MatrixFile,
  COLUMN_CLIENTS,
} from '../support/source-pages.js'

const ID = 'all-generations'
const OTHER_BUILTINS = [
  'lync-server-2013',
  'lync-2013-client-interoperability',
  'skype-for-business-server',
]
const S19 = 'skype-for-business-server-2019'
const S15 = 'skype-for-business-server-2015'
const L13 = 'lync-server-2013'
const L10 = 'lync-server-2010'
const R2 = 'ocs-2007-r2'

const raw = readFileSync(`matrices/${ID}.json`, 'utf8')
const matrix: MatrixFile = readMatrixFile(ID)
const others = Object.fromEntries(OTHER_BUILTINS.map((id) => [id, readMatrixFile(id)]))

// ------------------------------------------------------------------------------------------ sources
const interop = readSource('lync2013-client-interoperability.md')
const table1 = parseStatusGrid(section(interop, 'Table 1 - Server and Client Compatibility'))
const table2 = pipeTables(section(interop, 'Table 2 - Peer-to-Peer Feature Support'))[0] ?? []
const table4 = pipeTables(section(interop, 'Table 4 - Scheduling Add-in Support'))[0] ?? []
const legacyPage = readSource('sfb2015-2019-legacy-clients.md')
const comparison2013 = readSource('lync2013-desktop-client-comparison-tables.md')
const comparison2015 = readSource('sfb2015-desktop-feature-comparison.md')
const comparison2019 = readSource('sfb2019-desktop-feature-comparison.md')
const mobility = readSource('lync2013-mobility-client-server-support.md')

const seed = readSeedPage()

// ------------------------------------------------------------------------------------------ names
const products = (kind: 'client' | 'server'): FileProduct[] =>
  kind === 'client' ? matrix.clients : matrix.servers
const namesOf = (p: { id: string; name: string; aliases?: string[] }): string[] => [
  p.name,
  p.id,
  ...(p.aliases ?? []),
]

/** The catalogue product(s) a source means by `name`; [] when the catalogue has none. */
function idsOf(kind: 'client' | 'server', name: string): string[] {
  const cleaned = name.replace(/\*/g, '').trim()
  if (kind === 'client' && COLUMN_CLIENTS[cleaned]) return COLUMN_CLIENTS[cleaned]
  const wanted = [cleaned, withoutMicrosoft(cleaned), cleaned.replace(/\s*\([^)]*\)\s*$/, '')].map(
    normalizeName,
  )
  const found = products(kind).filter((p) =>
    namesOf(p).some((n) => wanted.includes(normalizeName(n))),
  )
  return found.map((p) => p.id)
}
function idOf(kind: 'client' | 'server', name: string): string {
  const ids = idsOf(kind, name)
  if (ids.length !== 1)
    throw new Error(`"${name}" names ${ids.length} ${kind}s of the catalogue: ${ids.join(', ')}`)
  return ids[0] as string
}
const key = (client: string, server: string) => `${client}|${server}`
const cellOf = (client: string, server: string): FileCell => {
  const found = matrix.cells.find((c) => c.client === client && c.server === server)
  if (!found) throw new Error(`no cell ${client} on ${server}`)
  return found
}

// ------------------------------------------------------------------------- what the sources state
function match(text: string, pattern: RegExp): string {
  const m = pattern.exec(text)
  if (!m) throw new Error(`no match for ${pattern}`)
  return m[1] as string
}
const legacy = section(legacyPage, 'Legacy clients')
const legacyList = {
  [S19]: splitList(
    match(
      legacy,
      /Skype for Business Server 2019 and Skype for Business Online support the following previously released clients: ([^.]+)\./,
    ),
  ),
  [S15]: splitList(
    match(
      legacy,
      /Skype for Business Server 2015 supports the following previously released clients: ([^.]+)\./,
    ),
  ),
}
const fullFeatured = [
  ...legacyPage.matchAll(
    /"([^"]+?) is (?:the recommended |a )full-featured client for Skype for Business Server 2015 (?:and|or) 2019\."/g,
  ),
].map((m) => m[1] as string)
const lync2013Previous = splitList(
  match(
    comparison2013,
    /Lync Server 2013 supports the following previously released clients: ([^.]+)\./,
  ),
)
/** Every column heading of every table of a comparison page. */
const columnsOf = (page: string): string[] => [
  ...new Set(pipeTables(page).flatMap((t) => (t[0] ?? []).slice(1))),
]
const COMPARISON: Record<string, { server: string; page: string }> = {
  gg425836: { server: L13, page: comparison2013 },
  'sfb2015-feature-comparison': { server: S15, page: comparison2015 },
  'sfb2019-feature-comparison': { server: S19, page: comparison2019 },
}
const comparisonClients = (ref: string): string[] =>
  columnsOf((COMPARISON[ref] as { page: string }).page).flatMap((c) => idsOf('client', c))
const PUBLIC_IM = /^Public IM/
const table2Clients = table2
  .slice(1)
  .map((r) => r[0] as string)
  .filter((c) => !PUBLIC_IM.test(c))

// Table 4: "Scheduling Client" rows, cells "Supported", "Not Supported" or "Supported (new add-in features not available)".
const table4Cells = (() => {
  const [header, ...rows] = table4
  if (header?.[0] !== 'Scheduling Client')
    throw new Error('Table 4 has no "Scheduling Client" column')
  return rows.flatMap((row) =>
    row.slice(1).map((cell, i) => {
      const m = /^(Supported|Not Supported)(?: \((.+)\))?$/.exec(cell)
      if (!m) throw new Error(`unrecognised Table 4 cell ${cell}`)
      return {
        client: (row[0] as string).replace(/\s*\([^)]*\)$/, ''),
        server: header[i + 1] as string,
        status: m[1] === 'Supported' ? 'supported' : 'not-supported',
        raw: cell,
      }
    }),
  )
})()

/** Every pair the parsed tables, columns and lists state, with what states it. */
const stated = new Map<string, string[]>()
const state = (client: string, server: string, by: string) =>
  stated.set(key(client, server), [...(stated.get(key(client, server)) ?? []), by])
for (const c of seed.cells) state(idOf('client', c.client), idOf('server', c.server), 'seed')
for (const c of table1.cells) state(idOf('client', c.client), idOf('server', c.server), 'Table 1')
for (const c of table4Cells) state(idOf('client', c.client), idOf('server', c.server), 'Table 4')
for (const [ref, { server }] of Object.entries(COMPARISON))
  for (const id of comparisonClients(ref)) state(id, server, `${ref} column`)
for (const name of legacyList[S19]) state(idOf('client', name), S19, '2019 legacy list')
for (const name of legacyList[S15]) {
  state(idOf('client', name), S15, '2015 legacy list')
  state(idOf('client', name), S19, '2015 legacy list only, unsupported on 2019')
}
for (const name of fullFeatured)
  for (const server of [S15, S19]) state(idOf('client', name), server, 'full-featured client')
for (const name of lync2013Previous)
  state(idOf('client', name), L13, 'previously released clients of Lync Server 2013')
for (const name of table2Clients)
  for (const server of [L13, L10]) state(idOf('client', name), server, 'Table 2 row')
state(
  idOf('client', match(mobility, /can provide services only for (Lync 2010 Mobile)\./)),
  L13,
  'mobility',
)
state(
  idOf('client', match(mobility, /mobility for (Lync 2013 Mobile) client features/)),
  L13,
  'mobility',
)
state(
  idOf(
    'client',
    match(
      mobility,
      /Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to (Lync 2010 Mobile) clients/,
    ),
  ),
  L10,
  'mobility',
)

// ------------------------------------------------------------------ cells stated by a sentence
const LEGACY_2019 =
  'Skype for Business Server 2019 and Skype for Business Online support the following previously released clients: Skype for Business 2016, Skype for Business 2015, Lync 2013.'
const LEGACY_2015 =
  'Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.'
const UNSUPPORTED_LEGACY =
  'there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019'
const L13_PREVIOUS =
  'Lync Server 2013 supports the following previously released clients: Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.'
const SFB_EXPERIENCE_13 =
  'Lync Server 2013 supports the new Skype for Business client experience as well as the Lync client experience.'
const SFB_EXPERIENCE_10 = 'Lync Server 2010 or Lync Server 2013 (with correct patches)'
const UCWA =
  'All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.'

// [client, server, status, source, quote]: every cell a sentence states, rather than a table cell or a column.
const SENTENCE_CELLS: [string, string, string, string, string][] = [
  [
    'skype-for-business-2019',
    S19,
    'supported',
    'sfb-clients',
    'Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.',
  ],
  [
    'skype-for-business-2019',
    S15,
    'supported',
    'sfb-clients',
    'Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.',
  ],
  [
    'skype-for-business-2016',
    S19,
    'supported',
    'sfb-clients',
    'Skype for Business 2016 is a full-featured client for Skype for Business Server 2015 or 2019.',
  ],
  [
    'skype-for-business-2016',
    S15,
    'supported',
    'sfb-clients',
    'Skype for Business 2016 is a full-featured client for Skype for Business Server 2015 or 2019.',
  ],
  ['skype-for-business-2016', L13, 'supported', 'dn954919', SFB_EXPERIENCE_13],
  ['skype-for-business-2016', L10, 'supported', 'dn954919', SFB_EXPERIENCE_10],
  [
    'skype-for-business-2015',
    S19,
    'supported',
    'sfb-clients',
    'Skype for Business 2015 is a full-featured client for Skype for Business Server 2015 or 2019.',
  ],
  [
    'skype-for-business-2015',
    S15,
    'supported',
    'sfb-clients',
    'Skype for Business 2015 is a full-featured client for Skype for Business Server 2015 or 2019.',
  ],
  ['skype-for-business-2015', L13, 'supported', 'dn954919', SFB_EXPERIENCE_13],
  ['skype-for-business-2015', L10, 'supported', 'dn954919', SFB_EXPERIENCE_10],
  ['skype-for-business-mobile', S19, 'supported', 'sfb-clients', UCWA],
  ['lync-2013', S19, 'supported', 'sfb-legacy-clients', LEGACY_2019],
  ['lync-2013', S15, 'supported', 'sfb-legacy-clients', LEGACY_2015],
  [
    'lync-2013-mobile',
    L13,
    'supported',
    'hh690037',
    'Applying the Cumulative Updates for Lync Server 2013: February 2013 adds the UCWA web components to support mobility for Lync 2013 Mobile client features',
  ],
  ['lync-2010', S19, 'not-supported', 'sfb-legacy-clients', UNSUPPORTED_LEGACY],
  ['lync-2010', S15, 'supported', 'sfb-legacy-clients', LEGACY_2015],
  ['lync-2010-attendant', S19, 'not-supported', 'sfb-legacy-clients', UNSUPPORTED_LEGACY],
  ['lync-2010-attendant', S15, 'supported', 'sfb-legacy-clients', LEGACY_2015],
  [
    'lync-2010-mobile',
    S19,
    'not-supported',
    'sfb-clients',
    'MCX (Mobility Service) support for legacy mobile clients is no longer available in Skype for Business Server 2019.',
  ],
  ['lync-2010-mobile', S15, 'supported', 'sfb-legacy-clients', LEGACY_2015],
  ['lync-2010-mobile', L13, 'supported', 'gg425836', L13_PREVIOUS],
  [
    'lync-2010-mobile',
    L10,
    'supported',
    'hh690037',
    'Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.',
  ],
  ['lync-phone-edition', S19, 'not-supported', 'sfb-legacy-clients', UNSUPPORTED_LEGACY],
  ['lync-phone-edition', S15, 'supported', 'sfb-legacy-clients', LEGACY_2015],
  ['lync-phone-edition', L13, 'supported', 'gg425836', L13_PREVIOUS],
  [
    'lync-phone-edition',
    L10,
    'supported',
    'jj204672-t2',
    'The following table compares feature availability in peer-to-peer sessions where the client is signed in to either Lync Server 2013 or Lync Server 2010.',
  ],
]

type Kind = 'seed' | 'table 1' | 'table 4' | 'column' | 'sentence' | 'undocumented'
function kindOf(cell: FileCell): Kind {
  if (cell.status === 'undocumented') return 'undocumented'
  const ref = cell.source?.ref
  if (ref === 'gg398499') return 'seed'
  if (ref === 'jj204672-t1') return 'table 1'
  if (ref === 'jj204672-t4') return 'table 4'
  if (
    ref !== undefined &&
    ref in COMPARISON &&
    cell.source?.note?.startsWith('Implied: ') &&
    cell.source.note.includes(' is a column of the ')
  )
    return 'column'
  return 'sentence'
}

// ------------------------------------------------------------------------------------------ tests
describe('the schema', () => {
  const cellBase = { client: 'c', server: 's' }
  const tiny = (cell: object) => ({
    id: 'tiny',
    title: 'T',
    sources: { doc: { title: 'D', url: 'https://example.com/' } },
    workloads: [],
    servers: [{ id: 's', name: 'S' }],
    clients: [{ id: 'c', name: 'C' }],
    footnotes: [],
    cells: [{ ...cellBase, ...cell }],
  })

  it('accepts an undocumented cell without a source, and a documented one only with a source', () => {
    expect(matrixSchemaErrors(tiny({ status: 'undocumented' }))).toEqual([])
    expect(
      matrixSchemaErrors(tiny({ status: 'supported', source: { ref: 'doc', quote: 'words' } })),
    ).toEqual([])
    expect(matrixSchemaErrors(tiny({ status: 'supported' })).map((e) => e.keyword)).toContain(
      'required',
    )
    expect(
      matrixSchemaErrors(
        tiny({ status: 'undocumented', conflicts: [{ ref: 'doc', status: 'supported' }] }),
      ),
    ).not.toEqual([])
    expect(
      matrixSchemaErrors(
        tiny({
          status: 'supported',
          source: { ref: 'doc' },
          conflicts: [{ ref: 'doc', status: 'undocumented' }],
        }),
      ),
    ).not.toEqual([])
  })

  it('needs a source for a capability unless it is undocumented, and keeps offers to clients and builds to servers', () => {
    const withClient = (client: object) => ({
      ...tiny({ status: 'undocumented' }),
      clients: [{ id: 'c', name: 'C', ...client }],
    })
    expect(matrixSchemaErrors(withClient({ offers: { im: { level: 'undocumented' } } }))).toEqual(
      [],
    )
    expect(matrixSchemaErrors(withClient({ offers: { im: { level: 'yes' } } }))).not.toEqual([])
    expect(
      matrixSchemaErrors(
        withClient({ builds: { line: '5.0.8308', source: { ref: 'doc' }, updates: [] } }),
      ),
    ).not.toEqual([])
  })

  it('tells together rules from migration rules', () => {
    const withRules = (serverRules: object[]) => ({
      ...tiny({ status: 'undocumented' }),
      serverRules,
    })
    const source = { ref: 'doc', quote: 'q' }
    expect(
      matrixSchemaErrors(
        withRules([
          { id: 'r', kind: 'together', servers: ['a', 'b'], status: 'supported', source },
        ]),
      ),
    ).toEqual([])
    expect(
      matrixSchemaErrors(
        withRules([
          {
            id: 'r',
            kind: 'migration',
            from: ['a'],
            to: 'b',
            exclusive: true,
            status: 'supported',
            source,
          },
        ]),
      ),
    ).toEqual([])
    expect(
      matrixSchemaErrors(
        withRules([{ id: 'r', kind: 'together', servers: ['a'], status: 'supported', source }]),
      ),
    ).not.toEqual([])
    expect(
      matrixSchemaErrors(
        withRules([
          { id: 'r', kind: 'together', servers: ['a', 'b'], to: 'c', status: 'supported', source },
        ]),
      ),
    ).not.toEqual([])
    expect(
      matrixSchemaErrors(
        withRules([
          { id: 'r', kind: 'migration', servers: ['a', 'b'], status: 'supported', source },
        ]),
      ),
    ).not.toEqual([])
  })
})

describe(`the ${ID} file`, () => {
  it('is valid against schema/matrix.schema.json, and so are the other built-in matrices', () => {
    expect(matrixSchemaErrors(JSON.parse(raw))).toEqual([])
    for (const [id, other] of Object.entries(others))
      expect(matrixSchemaErrors(other), id).toEqual([])
  })

  it('is the catalogue the other built-in matrices take their product facts from, and they keep none of their own', () => {
    expect(matrix.id).toBe(ID)
    expect(matrix.facts).toBeUndefined()
    for (const [id, other] of Object.entries(others)) {
      expect(other.facts, id).toBe(ID)
      expect(
        other.clients.filter((c) => c.offers !== undefined).map((c) => c.id),
        id,
      ).toEqual([])
      expect(
        other.servers.filter((s) => s.builds !== undefined).map((s) => s.id),
        id,
      ).toEqual([])
      expect(other.unsupportedProducts, id).toBeUndefined()
      expect(other.serverRules, id).toBeUndefined()
    }
  })

  it('has the five servers, newest first', () => {
    expect(matrix.servers.map((s) => s.id)).toEqual([S19, S15, L13, L10, R2])
    expect(matrix.servers.map((s) => s.name)).toEqual([
      'Skype for Business Server 2019',
      'Skype for Business Server 2015',
      'Lync Server 2013',
      'Lync Server 2010',
      'Office Communications Server 2007 R2',
    ])
  })

  it('has these clients, newest generation first', () => {
    expect(matrix.clients.map((c) => c.id)).toEqual([
      'skype-for-business-2019',
      'skype-for-business-2016',
      'skype-for-business-2015',
      'skype-for-business-on-mac',
      'skype-for-business-web-app',
      'skype-meetings-app',
      'skype-for-business-mobile',
      'lync-2013',
      'lync-2013-basic',
      'lync-web-app-2013',
      'lync-windows-store-app',
      'lync-2013-mobile',
      'online-meeting-add-in-for-lync-2013',
      'lync-2013-web-scheduler',
      'lync-2010',
      'lync-2010-attendant',
      'lync-2010-group-chat',
      'lync-web-app-2010',
      'lync-2010-attendee',
      'lync-2010-mobile',
      'lync-phone-edition',
      'lync-for-mac-2011',
      'online-meeting-add-in-for-lync-2010',
      'office-communicator-2007-r2',
      'communicator-for-mac-2011',
      'ocs-2007-r2-attendant',
      'office-communicator-2007-r2-conferencing-add-in',
      'office-communicator-2007',
      'office-live-meeting-2007',
    ])
  })

  it('holds every client the sources name for these servers: table rows and columns, lists, notes and sentences', () => {
    const named = [
      ...seed.clients,
      ...table1.clients,
      ...table2Clients,
      ...table4Cells.map((c) => c.client),
      ...Object.values(COMPARISON).flatMap(({ page }) => columnsOf(page)),
      ...legacyList[S19],
      ...legacyList[S15],
      ...fullFeatured,
      ...lync2013Previous,
      match(mobility, /mobility for (Lync 2013 Mobile) client features/),
      // The meetings-only note names two clients; the Skype Meetings App is in no table.
      ...match(comparison2019, /> The (Skype for Business Web App) browser client and/).split('|'),
      match(
        comparison2019,
        /browser client and (Skype Meetings App) Windows 10 app only provide Meetings support/,
      ),
      match(
        readSource('sfb2015-2019-legacy-clients.md'),
        /All current (Skype for Business mobile) clients already use/,
      ),
    ]
    const unknown = named.filter((name) => idsOf('client', name).length === 0)
    expect(unknown).toEqual([])
    const covered = new Set(named.flatMap((name) => idsOf('client', name)))
    expect(matrix.clients.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([])
    // Table 2's public IM rows are federated networks, not clients that sign in to these servers.
    expect(
      table2
        .slice(1)
        .map((r) => r[0])
        .filter((c) => PUBLIC_IM.test(c as string)),
    ).toEqual(['Public IM (AOL, Yahoo!)', 'Public IM (MSN, Windows Live Messenger)'])
  })

  it('has exactly one cell for every client and server', () => {
    expect(matrix.cells).toHaveLength(matrix.clients.length * matrix.servers.length)
    const keys = matrix.cells.map((c) => key(c.client, c.server))
    expect(new Set(keys).size).toBe(keys.length)
    for (const client of matrix.clients)
      for (const server of matrix.servers)
        expect(keys, key(client.id, server.id)).toContain(key(client.id, server.id))
  })

  it('counts 145 cells: 61 supported, 23 not supported, 2 not applicable, 1 interoperable and 58 undocumented', () => {
    const count = (status: string) => matrix.cells.filter((c) => c.status === status).length
    expect([
      count('supported'),
      count('not-supported'),
      count('not-applicable'),
      count('interoperable'),
      count('undocumented'),
    ]).toEqual([61, 23, 2, 1, 58])
  })

  it('uses the four workloads of the other built-in matrices', () => {
    for (const other of Object.values(others)) expect(matrix.workloads).toEqual(other.workloads)
  })

  it('cites only declared sources, and every declared source is cited', () => {
    const cited = new Set<string>()
    const cite = (where: string, ref: string | undefined) => {
      if (ref === undefined) return
      expect(Object.hasOwn(matrix.sources, ref), `${where} cites ${ref}`).toBe(true)
      cited.add(ref)
    }
    for (const { where, verdict } of fileVerdicts(matrix)) {
      cite(where, verdict.source?.ref)
      for (const conflict of verdict.conflicts ?? []) cite(`${where} (conflict)`, conflict.ref)
      cite(`${where} (requires)`, verdict.requires?.source.ref)
    }
    for (const client of matrix.clients)
      for (const [w, cap] of Object.entries(client.offers ?? {}))
        cite(`${client.id} offers ${w}`, cap.source?.ref)
    for (const server of matrix.servers) {
      cite(`${server.id} builds`, server.builds?.source.ref)
      for (const u of server.builds?.updates ?? []) cite(`${server.id} ${u.id}`, u.source.ref)
    }
    for (const p of matrix.unsupportedProducts ?? []) cite(p.id, p.source.ref)
    for (const r of matrix.serverRules ?? []) cite(r.id, r.source.ref)
    expect([...cited].sort()).toEqual(Object.keys(matrix.sources).sort())
  })

  it('names each source document as its source file does: its title and its URL (or repository path and commit)', () => {
    for (const [ref, doc] of Object.entries(matrix.sources)) {
      const text = catalogueSourceFile(ref)
      const github =
        /^https:\/\/github\.com\/MicrosoftDocs\/[\w-]+\/blob\/([0-9a-f]{40})\/(.+)$/.exec(doc.url)
      if (github) {
        const [, commit, file] = github as unknown as [string, string, string]
        // The builds source names the path (or, for cmdlet pages, the file under the folder it names) and the commit it read.
        const name = file.split('/').pop() as string
        expect(
          text.includes(name) &&
            (text.includes(file) || text.includes(file.slice(0, file.length - name.length))) &&
            text.includes(commit),
          `${ref}: ${file} @ ${commit}`,
        ).toBe(true)
      } else if (text.includes(doc.url)) {
        // The URL itself is in the source file.
      } else if (doc.title.includes('its path is not resolved')) {
        // The builds source names these pages only by what they are.
        expect(doc.url, ref).toBe('https://learn.microsoft.com/')
        expect(text, ref).toContain(
          `${doc.title
            .replace(/^Microsoft /, '')
            .replace(/ \(its path is not resolved in the sources\)$/, '')
            .replace('hybrid / PSTN', 'hybrid/PSTN')} (path not resolved)`,
        )
      } else if (ref === 'sfb2019-migration') {
        expect(text).toContain(
          'Skype/SfBServer2019/migration/migration-to-skype-for-business-server-2019.md',
        )
        expect(doc.url).toBe(
          'https://learn.microsoft.com/skypeforbusiness/sfbserver2019/migration/migration-to-skype-for-business-server-2019',
        )
      } else {
        expect.fail(`${ref}: ${doc.url} is not in ${CATALOGUE_SOURCE_FILES[ref]}`)
      }
      if (doc.lastModified)
        expect(
          text.includes(`Topic Last Modified ${doc.lastModified}`) ||
            text.includes(`Topic Last Modified: ${doc.lastModified}`) ||
            text.includes(`(Topic last modified ${doc.lastModified})`) ||
            text.includes(`Topic Last Modified: ${doc.lastModified}`),
          `${ref} last modified ${doc.lastModified}`,
        ).toBe(true)
      if (doc.table && ref.startsWith('jj204672')) expect(interop, ref).toContain(`## ${doc.table}`)
    }
  })
})

describe('every cell as its source states it', () => {
  const seedFootnote = (id: string) => `seed-${id}`
  const interopFootnote = (id: string) => `interop-${id}`

  for (const cell of matrix.cells) {
    const kind = kindOf(cell)
    it(`${cell.client} on ${cell.server}: ${cell.status} (${kind})`, () => {
      switch (kind) {
        case 'seed': {
          const s = seed.cells.find(
            (c) =>
              idOf('client', c.client) === cell.client && idOf('server', c.server) === cell.server,
          )
          expect(s, 'a seed cell').toBeDefined()
          expect([cell.status, cell.footnotes ?? []]).toEqual([
            s?.status,
            (s?.footnotes ?? []).map(seedFootnote),
          ])
          break
        }
        case 'table 1': {
          const t = table1.cells.find(
            (c) =>
              idOf('client', c.client) === cell.client && idOf('server', c.server) === cell.server,
          )
          expect(t, 'a Table 1 cell').toBeDefined()
          expect([cell.status, cell.footnotes ?? []]).toEqual([
            t?.status,
            (t?.footnotes ?? []).map(interopFootnote),
          ])
          // Where the seed speaks, the seed wins: Table 1 is cited only for the rows the seed lacks.
          expect(seed.clients.map((c) => idOf('client', c))).not.toContain(cell.client)
          expect(cell.source?.note).toBe(
            `The seed table (Gg398499) has no row for ${cell.client === 'lync-windows-store-app' ? 'the ' : ''}${matrix.clients.find((c) => c.id === cell.client)?.name}.`,
          )
          break
        }
        case 'table 4': {
          const t = table4Cells.find(
            (c) =>
              idOf('client', c.client) === cell.client && idOf('server', c.server) === cell.server,
          )
          expect(t, 'a Table 4 cell').toBeDefined()
          expect(cell.status).toBe(t?.status)
          if (t?.raw !== 'Supported' && t?.raw !== 'Not Supported')
            expect(cell.source?.note).toContain(`"${t?.raw}"`)
          break
        }
        case 'column': {
          const ref = cell.source?.ref as string
          expect(cell.status).toBe('supported')
          expect(COMPARISON[ref]?.server).toBe(cell.server)
          expect(comparisonClients(ref)).toContain(cell.client)
          // Stated by no list of supported clients: else it would cite the list.
          expect(SENTENCE_CELLS.some(([c, s]) => c === cell.client && s === cell.server)).toBe(
            false,
          )
          if (cell.source?.quote)
            expect(isQuoted(catalogueSourceFile(ref), cell.source.quote)).toBe(true)
          break
        }
        case 'sentence': {
          const listed = SENTENCE_CELLS.find(([c, s]) => c === cell.client && s === cell.server)
          expect(listed, 'a cell stated by a sentence is listed in SENTENCE_CELLS').toBeDefined()
          const [, , status, ref, quote] = listed as [string, string, string, string, string]
          expect([cell.status, cell.source?.ref, cell.source?.quote]).toEqual([status, ref, quote])
          expect(
            isQuoted(catalogueSourceFile(ref), quote),
            `"${quote}" in ${CATALOGUE_SOURCE_FILES[ref]}`,
          ).toBe(true)
          if (status === 'not-supported' || cell.source?.note?.startsWith('Implied'))
            expect(cell.source?.note).toMatch(/^Implied: /)
          break
        }
        case 'undocumented': {
          expect(cell.source).toBeUndefined()
          expect(cell.workloads).toBeUndefined()
          expect(
            stated.get(key(cell.client, cell.server)),
            'a parsed source states this pair',
          ).toBeUndefined()
          break
        }
      }
    })
  }

  it('every pair a parsed table, column or list states is documented', () => {
    const missing = [...stated.keys()].filter((k) => {
      const [client, server] = k.split('|') as [string, string]
      return cellOf(client, server).status === 'undocumented'
    })
    expect(missing).toEqual([])
  })

  it('every documented cell is stated by a parsed table, column or list, or by a listed sentence', () => {
    for (const cell of matrix.cells.filter((c) => c.status !== 'undocumented')) {
      const bySentence = SENTENCE_CELLS.some(([c, s]) => c === cell.client && s === cell.server)
      expect(
        stated.has(key(cell.client, cell.server)) || bySentence,
        `${cell.client} on ${cell.server}`,
      ).toBe(true)
    }
    // No listed sentence names a pair the catalogue leaves undocumented.
    for (const [client, server] of SENTENCE_CELLS)
      expect(cellOf(client, server).status, `${client} on ${server}`).not.toBe('undocumented')
  })

  it('reads the lists of supported clients as they are written', () => {
    const names = (quote: string) =>
      splitList(match(quote, /clients: ([^.]+)\./)).map((n) => idOf('client', n))
    for (const [client, server, status, , quote] of SENTENCE_CELLS) {
      if (quote === LEGACY_2019 || quote === LEGACY_2015 || quote === L13_PREVIOUS) {
        expect(status).toBe('supported')
        expect(names(quote), `${client} on ${server}`).toContain(client)
      }
      if (quote === UNSUPPORTED_LEGACY) {
        // In the 2015 list, not in the 2019 list.
        expect(legacyList[S15].map((n) => idOf('client', n))).toContain(client)
        expect(legacyList[S19].map((n) => idOf('client', n))).not.toContain(client)
      }
    }
  })

  it('the seed cells are exactly the 33 cells of the seed page', () => {
    const seedCells = matrix.cells.filter((c) => kindOf(c) === 'seed')
    expect(seedCells).toHaveLength(33)
    expect(seedCells.map((c) => key(c.client, c.server)).sort()).toEqual(
      seed.cells.map((c) => key(idOf('client', c.client), idOf('server', c.server))).sort(),
    )
    expect(seed.servers.map((s) => idOf('server', s))).toEqual([L13, L10, R2])
  })
})

describe('conflicts: where Table 1 says otherwise than the seed, the seed wins and Table 1 is kept', () => {
  const footnoteText = (id: string) => matrix.footnotes.find((f) => f.id === id)?.text
  const t1Text = (id: string) => table1.footnotes.find((f) => f.id === id)?.text
  const seedText = (id: string) => seed.footnotes.find((f) => f.id === id)?.text
  const conflicting = seed.cells.filter((s) => {
    const t = table1.cells.find((c) => c.client === s.client && c.server === s.server)
    return (
      t !== undefined &&
      (t.status !== s.status ||
        JSON.stringify(t.footnotes.map(t1Text)) !== JSON.stringify(s.footnotes.map(seedText)))
    )
  })

  it('the seed and Table 1 differ in status or footnote text in three cells', () => {
    expect(conflicting.map((c) => `${c.client} on ${c.server}`)).toEqual([
      'Lync 2013 on Lync Server 2010',
      'Lync 2010 Group Chat on Lync Server 2013',
      'Lync 2010 Attendee on Lync Server 2013',
    ])
  })

  it("each such cell keeps the seed verdict and has exactly one conflict, Table 1's", () => {
    for (const s of conflicting) {
      const cell = cellOf(idOf('client', s.client), idOf('server', s.server))
      const t = table1.cells.find((c) => c.client === s.client && c.server === s.server)
      expect(cell.status).toBe(s.status)
      expect(cell.conflicts).toHaveLength(1)
      const [conflict] = cell.conflicts ?? []
      expect(conflict?.ref).toBe('jj204672-t1')
      expect(conflict?.status).toBe(t?.status)
      expect((conflict?.footnotes ?? []).map(footnoteText)).toEqual(t?.footnotes.map(t1Text))
      expect(conflict?.note).toContain(`Table 1 says "${t?.raw}"`)
    }
  })

  it('no other cell has a conflict', () => {
    const withConflicts = matrix.cells
      .filter((c) => c.conflicts !== undefined)
      .map((c) => key(c.client, c.server))
    expect(withConflicts.sort()).toEqual(
      conflicting.map((s) => key(idOf('client', s.client), idOf('server', s.server))).sort(),
    )
  })
})

describe('products shared with the other built-in matrices', () => {
  const all = [
    ...matrix.clients.map((p) => ({ kind: 'client', p })),
    ...matrix.servers.map((p) => ({ kind: 'server', p })),
  ]

  it('have the same id, display name and aliases wherever any of their names meets', () => {
    let shared = 0
    for (const [otherId, other] of Object.entries(others)) {
      const theirs = [
        ...other.clients.map((p) => ({ kind: 'client', p })),
        ...other.servers.map((p) => ({ kind: 'server', p })),
      ]
      for (const { kind, p } of all) {
        const matches = theirs.filter(
          ({ p: q }) =>
            q.id === p.id ||
            namesOf(q).some((n) => namesOf(p).some((m) => normalizeName(m) === normalizeName(n))),
        )
        expect(matches.length, `${p.id} in ${otherId}`).toBeLessThanOrEqual(1)
        const [found] = matches
        if (!found) continue
        shared++
        expect(
          { kind: found.kind, id: found.p.id, name: found.p.name, aliases: found.p.aliases },
          `${kind} ${p.id} in ${otherId}`,
        ).toEqual({ kind, id: p.id, name: p.name, aliases: p.aliases })
      }
    }
    // 11 + 3 in lync-server-2013, 13 + 3 in lync-2013-client-interoperability, 10 + 2 in skype-for-business-server
    expect(shared).toBe(42)
  })

  it('no two products of the catalogue, and no unsupported product, share a name', () => {
    const names = [...all.map(({ p }) => p), ...(matrix.unsupportedProducts ?? [])].flatMap((p) =>
      namesOf(p).map((n) => [normalizeName(n), p.id] as const),
    )
    const owners = new Map<string, string>()
    for (const [name, id] of names) {
      expect(owners.get(name) ?? id, `"${name}"`).toBe(id)
      owners.set(name, id)
    }
    // Nor does an unsupported product take a name of a product of any built-in matrix.
    for (const other of Object.values(others)) {
      for (const p of [...other.clients, ...other.servers])
        for (const n of namesOf(p))
          for (const u of matrix.unsupportedProducts ?? [])
            expect(namesOf(u).map(normalizeName)).not.toContain(normalizeName(n))
    }
  })
})

describe('footnotes', () => {
  const sfbPages = plainText(
    [legacyPage, comparison2015, comparison2019, readSource('lync2013-server-coexistence.md')].join(
      '\n',
    ),
  )

  it('have distinct ids: seed-N (seed page), interop-N (Table 1), sfb-N (the Skype for Business pages)', () => {
    const ids = matrix.footnotes.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^(seed|interop|sfb)-\d$/)
    expect(matrix.description).toContain('seed-N')
  })

  it('quote their source verbatim', () => {
    for (const f of matrix.footnotes) {
      const [prefix, n] = f.id.split('-') as [string, string]
      if (prefix === 'seed') expect(f.text, f.id).toBe(seed.footnotes.find((s) => s.id === n)?.text)
      else if (prefix === 'interop')
        expect(f.text, f.id).toBe(table1.footnotes.find((s) => s.id === n)?.text)
      else expect(sfbPages, f.id).toContain(f.text)
    }
  })

  it('keep the skype-for-business-server numbering for the sfb-N footnotes', () => {
    const sfb = others['skype-for-business-server'] as MatrixFile
    for (const f of matrix.footnotes.filter((x) => x.id.startsWith('sfb-')))
      expect(sfb.footnotes.find((x) => `sfb-${x.id}` === f.id)?.text, f.id).toBe(f.text)
  })

  it('each has a reading, in every built-in matrix', () => {
    for (const m of [matrix, ...Object.values(others)])
      for (const f of m.footnotes)
        expect(f.reading?.trim(), `${m.id} footnote ${f.id}`).toBeTruthy()
  })

  it('each is applied (cited by a cell, a workload refinement or a conflict), and only declared footnotes are cited, in every built-in matrix', () => {
    for (const m of [matrix, ...Object.values(others)]) {
      const cited = new Set<string>()
      for (const { where, verdict } of fileVerdicts(m)) {
        for (const id of [
          ...(verdict.footnotes ?? []),
          ...(verdict.conflicts ?? []).flatMap((c) => c.footnotes ?? []),
        ]) {
          expect(
            m.footnotes.map((f) => f.id),
            `${m.id}: ${where} cites footnote ${id}`,
          ).toContain(id)
          cited.add(id)
        }
      }
      expect(
        m.footnotes.map((f) => f.id).filter((id) => !cited.has(id)),
        m.id,
      ).toEqual([])
    }
  })

  it('the readings name what the data does: refinements where a footnote refines, conflicts where it only rides with one', () => {
    for (const f of matrix.footnotes) {
      const inRefinement = fileVerdicts(matrix).some(
        ({ workload, verdict }) =>
          workload !== undefined && (verdict.footnotes ?? []).includes(f.id),
      )
      const onlyInConflict = !fileVerdicts(matrix).some(({ verdict }) =>
        (verdict.footnotes ?? []).includes(f.id),
      )
      if (inRefinement) expect(f.reading, f.id).toMatch(/refinement/)
      if (onlyInConflict) expect(f.reading, f.id).toMatch(/conflict/)
    }
  })
})

describe('workload refinements', () => {
  // [client, server, workload, status, footnotes]
  const expected: [string, string, string, string, string[]][] = [
    // Not Skype for Business on Mac, nor the web app's im, presence and group chat: those clients do not
    // offer the workload at all, a capability finding on any server (capabilities.test.ts).
    ...['skype-for-business-2019', 'skype-for-business-2016', 'skype-for-business-2015'].map(
      (c): [string, string, string, string, string[]] => [
        c,
        S19,
        'group-chat',
        'not-supported',
        ['sfb-3'],
      ],
    ),
    ['skype-for-business-mobile', S19, 'group-chat', 'not-supported', ['sfb-3']],
    ['lync-2013', S19, 'group-chat', 'not-supported', ['sfb-3']],
    ['lync-2013', L10, 'group-chat', 'not-supported', ['seed-1']],
    ['lync-2013', L10, 'conferencing', 'interoperable', ['interop-5']],
    ['lync-2013-basic', L10, 'group-chat', 'not-supported', ['interop-2']],
    ['lync-2013-basic', L10, 'conferencing', 'interoperable', ['interop-5']],
    ['lync-windows-store-app', L10, 'conferencing', 'supported', []],
    ['office-communicator-2007-r2', L13, 'conferencing', 'not-supported', ['seed-3']],
    ['office-communicator-2007-r2', L13, 'group-chat', 'not-supported', ['seed-3']],
  ]

  it('refine exactly these cells', () => {
    const actual = fileVerdicts(matrix)
      .filter((v) => v.workload !== undefined)
      .map(({ cell, workload, verdict }) => [
        cell.client,
        cell.server,
        workload,
        verdict.status,
        verdict.footnotes ?? [],
      ])
    expect(actual.map((a) => JSON.stringify(a)).sort()).toEqual(
      expected.map((e) => JSON.stringify(e)).sort(),
    )
  })

  it('every supported cell on Skype for Business Server 2019 refines group-chat with the Persistent Chat removal', () => {
    const offersGroupChat = (client: string) =>
      matrix.clients.find((c) => c.id === client)?.offers?.['group-chat']?.level !== 'no'
    const cells = matrix.cells.filter((c) => c.server === S19 && c.status === 'supported')
    for (const cell of cells.filter((c) => offersGroupChat(c.client)))
      expect(cell.workloads?.['group-chat']?.footnotes, cell.client).toContain('sfb-3')
    for (const cell of cells.filter((c) => !offersGroupChat(c.client)))
      expect(cell.workloads?.['group-chat'], cell.client).toBeUndefined()
  })

  it('quote the footnote or sentence they rest on', () => {
    for (const { where, workload, verdict } of fileVerdicts(matrix)) {
      if (workload === undefined) continue
      expect(verdict.source?.quote, where).toBeTruthy()
      expect(
        isQuoted(
          catalogueSourceFile(verdict.source?.ref as string),
          verdict.source?.quote as string,
        ),
        where,
      ).toBe(true)
      for (const id of verdict.footnotes ?? []) {
        expect(verdict.source?.note, where).toMatch(/^(Derived|Inferred) from footnotes? /)
        expect(verdict.source?.note, where).toMatch(new RegExp(`\\b${id}\\b`))
      }
    }
  })

  it('only not-supported verdicts name a replacement, and it is a client of the catalogue', () => {
    for (const { where, verdict } of fileVerdicts(matrix)) {
      if (verdict.replacement === undefined) continue
      expect(verdict.status, where).toBe('not-supported')
      expect(
        matrix.clients.map((c) => c.id),
        where,
      ).toContain(verdict.replacement)
    }
  })
})

describe('requirements: a verdict that holds only from a server update on', () => {
  // [client, server, workload, update, unmet]
  const expected: [string, string, string | undefined, string, string][] = [
    ['skype-for-business-2016', L13, undefined, 'dec-2014', 'supported'],
    ['skype-for-business-2016', L10, undefined, 'feb-2015', 'supported'],
    ['skype-for-business-2015', L13, undefined, 'dec-2014', 'supported'],
    ['skype-for-business-2015', L10, undefined, 'feb-2015', 'supported'],
    ['skype-for-business-on-mac', S15, undefined, 'cu6', 'supported'],
    ['skype-for-business-on-mac', L13, undefined, 'cu8-hf1', 'supported'],
    ['lync-windows-store-app', L10, undefined, 'feb-2012', 'not-supported'],
    ['lync-windows-store-app', L10, 'conferencing', 'oct-2012', 'not-supported'],
    ['lync-2013-mobile', L13, undefined, 'feb-2013', 'not-supported'],
    ['lync-2010-mobile', L10, undefined, 'nov-2011', 'not-supported'],
  ]

  it('are exactly these', () => {
    const actual = fileVerdicts(matrix)
      .filter((v) => v.verdict.requires !== undefined)
      .map(({ cell, workload, verdict }) => [
        cell.client,
        cell.server,
        workload,
        verdict.requires?.update,
        verdict.requires?.unmet,
      ])
    expect(actual).toEqual(expected)
  })

  for (const [client, server, workload, update, unmet] of expected) {
    it(`${client} on ${server}${workload ? ` for ${workload}` : ''} requires ${update} (else ${unmet}), as its source says`, () => {
      const cell = cellOf(client, server)
      const requires = (workload ? cell.workloads?.[workload] : cell)?.requires
      const found = matrix.servers
        .find((s) => s.id === server)
        ?.builds?.updates.find((u) => u.id === update)
      expect(found, `${update} is an update of ${server}`).toBeDefined()
      const quote = requires?.source.quote as string
      expect(quote).toBeTruthy()
      expect(isQuoted(catalogueSourceFile(requires?.source.ref as string), quote), quote).toBe(true)
      // The quote names the update: its build, its month and year, or its name.
      const [year, month] = (found?.released ?? '').split('-')
      const monthName = month
        ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-US', {
            month: 'long',
            timeZone: 'UTC',
          })
        : undefined
      const named = [found?.name, ...(found?.aliases ?? [])].some(
        (n) => n !== undefined && quote.includes(n),
      )
      expect(
        (found?.build !== undefined && quote.includes(found.build)) ||
          (monthName !== undefined && quote.includes(`${monthName} ${year}`)) ||
          named,
        `${quote} names ${update}`,
      ).toBe(true)
      expect(requires?.note.length).toBeGreaterThan(20)
    })
  }

  it('the Skype for Business client keeps working without the update, in the Lync client experience', () => {
    const page = readSource('lync2013-skype-for-business-client-on-lync-server.md')
    expect(page).toContain(
      '| Lync Server 2010 or Lync Server 2013 (without patches) | Default | User asked to switch to Lync client experience (user cannot switch to Skype for Business later) |',
    )
    for (const [client, server, , , unmet] of expected.filter(
      ([c]) => c === 'skype-for-business-2015' || c === 'skype-for-business-2016',
    )) {
      expect(unmet).toBe('supported')
      expect(cellOf(client, server).requires?.note).toContain(
        'User asked to switch to Lync client experience (user cannot switch to Skype for Business later)',
      )
    }
  })
})
