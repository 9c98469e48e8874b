// The built-in skype-for-business-server matrix against its sources, read from ../shared/sources/ at
// test time. The sources print lists, not a grid, so the expected grid is rebuilt here from them:
//   - stated: a client the "Legacy clients" lists, or a "... is a full-featured client for Skype for
//     Business Server 2015 or 2019" sentence, names for that server → supported, no "Implied" note;
//   - implied not supported on 2019: a previously released client Skype for Business Server 2015
//     lists and 2019 does not (the page says there are unsupported legacy clients incompatible with
//     2019), or an Mcx mobile client (MCX is gone from 2019) → not-supported, note "Implied: ...";
//   - implied supported: a column of that server's desktop client feature comparison (Meetings
//     support table) that no list names → supported, note "Implied: ...".
// A client with none of these has no place in the matrix. The derived grid at the end of the
// legacy-clients source must agree too, and so must the real pipeline.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import type { Status } from '../../src/core/types.js'
import { check, pairTopology } from '../support/pipeline.js'
import {
  expectSameProductsAsOtherMatrices,
  expectSourcesCited,
  pipeTables,
  plainText,
  readSource,
  section,
  splitList,
  verdicts,
} from '../support/source-pages.js'

const ID = 'skype-for-business-server'
const V2019 = 'Skype for Business Server 2019'
const V2015 = 'Skype for Business Server 2015'

const legacyPage = readSource('sfb2015-2019-legacy-clients.md')
const comparison2015 = readSource('sfb2015-desktop-feature-comparison.md')
const comparison2019 = readSource('sfb2019-desktop-feature-comparison.md')
const coexistence = readSource('lync2013-server-coexistence.md')
const mobility = readSource('lync2013-mobility-client-server-support.md')
const matrix = builtinMatrix(ID) as Matrix

function match(text: string, pattern: RegExp): string {
  const m = pattern.exec(text)
  if (!m) throw new Error(`the source has no match for ${pattern}`)
  return m[1] as string
}

// The statements, as the sources write them.
const legacy = section(legacyPage, 'Legacy clients')
const legacyList = {
  [V2019]: splitList(
    match(
      legacy,
      /Skype for Business Server 2019 and Skype for Business Online support the following previously released clients: ([^.]+)\./,
    ),
  ),
  [V2015]: splitList(
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
const importantBox = {
  [V2015]: splitList(
    match(
      comparison2015,
      /Skype for Business Server 2015 and Skype for Business Online support the following previously released clients: ([^.]+)\./,
    ),
  ),
  [V2019]: match(
    comparison2019,
    /Skype for Business Server 2019 and Skype for Business Online support the following previously released clients: ([^.]+)\./,
  ),
}
const meetingsColumns = {
  [V2015]: (pipeTables(section(comparison2015, 'Meetings support'))[0]?.[0] ?? [])
    .slice(1)
    .map((c) => c.replace(/ client$/, '')),
  [V2019]: (pipeTables(section(comparison2019, 'Meetings support'))[0]?.[0] ?? [])
    .slice(1)
    .map((c) => c.replace(/ client$/, '')),
}
const unsupportedLegacySentence = plainText(
  match(legacyPage, /"(If you've previously used a combination of Lync clients[^"]+)"/),
)
const mcxNote = plainText(match(legacyPage, /"\[!NOTE\] (MCX \(Mobility Service\)[^"]+)"/))
const mcxClients = [match(mobility, /the Mcx service provides services to (.+?) clients/)]
const persistentChatSentence = match(
  coexistence,
  /"(Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features\.)"/,
)
const meetingsOnlyNote = match(
  comparison2019,
  /> (The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support\.)/,
)
const derivedGrid = (() => {
  const [table] = pipeTables(legacyPage.slice(legacyPage.indexOf('Derived grid')))
  if (!table) throw new Error('no derived grid')
  return table
})()

/** A source's name for a client as the matrix knows it: "Skype for Business (2019)" and "Lync 2010 Mobile (MCX)" included. */
function clientId(name: string): string | undefined {
  const found = matrix.find(name) ?? matrix.find(name.replace(/\s*\([^)]*\)\s*$/, ''))
  return found?.kind === 'client' ? found.product.id : undefined
}
const ids = (names: string[]) => names.map((n) => clientId(n) ?? `unknown: ${n}`)

interface Expected {
  status: Status
  implied: boolean
  ref: string
  footnotes: string[]
}

const footnoteId = (text: string) =>
  matrix.data.footnotes.find((f) => f.text === text)?.id ?? `missing: ${text.slice(0, 40)}`

/** What the sources say about `client` on `server`, or undefined when they say nothing. */
function expected(client: string, server: typeof V2019 | typeof V2015): Expected | undefined {
  const meetingsOnly = meetingsOnlyNote.includes(matrix.productName('client', client))
    ? [footnoteId(meetingsOnlyNote)]
    : []
  if (ids(fullFeatured).includes(client))
    return { status: 'supported', implied: false, ref: 'sfb-clients', footnotes: [] }
  if (ids(legacyList[server]).includes(client))
    return { status: 'supported', implied: false, ref: 'sfb-legacy-clients', footnotes: [] }
  if (server === V2019 && ids(legacyList[V2015]).includes(client)) {
    return ids(mcxClients).includes(client)
      ? {
          status: 'not-supported',
          implied: true,
          ref: 'sfb-clients',
          footnotes: [footnoteId(mcxNote)],
        }
      : {
          status: 'not-supported',
          implied: true,
          ref: 'sfb-legacy-clients',
          footnotes: [footnoteId(unsupportedLegacySentence)],
        }
  }
  if (ids(meetingsColumns[server]).includes(client)) {
    return {
      status: 'supported',
      implied: true,
      ref: server === V2019 ? 'sfb2019-feature-comparison' : 'sfb2015-feature-comparison',
      footnotes: meetingsOnly,
    }
  }
  return undefined
}

describe('the sources themselves', () => {
  it('list the previously released clients of each server, the same on the client-planning page and the feature comparisons', () => {
    expect(legacyList[V2019]).toEqual([
      'Skype for Business 2016',
      'Skype for Business 2015',
      'Lync 2013',
    ])
    expect(legacyList[V2015]).toEqual([
      'Lync 2013',
      'Lync 2010',
      'Lync 2010 Mobile',
      'Lync Phone Edition',
      'Lync 2010 Attendant',
    ])
    expect(importantBox[V2015]).toEqual(legacyList[V2015])
    expect(importantBox[V2019]).toBe(
      'Lync 2013, Skype for Business 2015, and Skype for Business 2016, as well as the Skype for Business 2019 client',
    )
    expect(fullFeatured).toEqual([
      'Skype for Business (2019)',
      'Skype for Business 2016',
      'Skype for Business 2015',
    ])
  })

  it('name Skype for Business on Mac and Skype for Business Web App as columns of both Meetings support tables', () => {
    expect(meetingsColumns[V2015]).toEqual([
      'Skype for Business 2016',
      'Skype for Business on Mac',
      'Skype for Business Web App',
      'Skype for Business 2015',
      'Lync 2013',
      'Lync Windows Store app',
      'Lync 2010',
      'Lync 2010 Attendant',
      'Lync Phone Edition',
      'Communicator for Mac 2011',
      'Lync for Mac 2011',
    ])
    expect(meetingsColumns[V2019]).toEqual([
      'Skype for Business 2016',
      'Skype for Business on Mac',
      'Skype for Business Web App',
      'Skype for Business 2015',
      'Lync 2013',
    ])
  })
})

describe(`the built-in ${ID} matrix`, () => {
  it('is built in under its id, with both servers, newest first', () => {
    expect(matrix.id).toBe(ID)
    expect(matrix.displayNames('server')).toEqual([V2019, V2015])
  })

  it('holds every client a list or sentence of the sources names for either server, and the two meetings-table clients both servers share', () => {
    const named = new Set([
      ...ids(fullFeatured),
      ...ids(legacyList[V2019]),
      ...ids(legacyList[V2015]),
    ])
    expect(named.size).toBe(8)
    expect([...named].filter((id) => id.startsWith('unknown'))).toEqual([])
    const clients = matrix.data.clients.map((c) => c.id)
    for (const id of named) expect(clients).toContain(id)
    expect(clients.filter((id) => !named.has(id))).toEqual([
      'skype-for-business-on-mac',
      'skype-for-business-web-app',
    ])
  })

  it('has one cell per client and server', () => {
    expect(matrix.data.cells).toHaveLength(matrix.data.clients.length * 2)
  })

  it('quotes the sources verbatim in its footnotes (links read as their text), and every footnote is cited', () => {
    expect(matrix.data.footnotes.map((f) => f.text)).toEqual([
      unsupportedLegacySentence,
      mcxNote,
      persistentChatSentence,
      meetingsOnlyNote,
    ])
    expect(plainText(comparison2015)).toContain(meetingsOnlyNote)
    expectSourcesCited(matrix)
  })

  it('cites documents the sources name, by URL (or by repository commit and path)', () => {
    for (const [key, source] of Object.entries(matrix.data.sources)) {
      const github =
        /^https:\/\/github\.com\/MicrosoftDocs\/OfficeDocs-SkypeForBusiness\/blob\/([0-9a-f]{40})\/(.+)$/.exec(
          source.url,
        )
      if (github) {
        expect(coexistence, key).toContain(`path ${github[2]} (commit ${github[1]})`)
      } else {
        expect(
          [legacyPage, comparison2015, comparison2019].some(
            (page) => page.includes(`URL: ${source.url}`) || page.includes(`URL: ${source.url} `),
          ),
          key,
        ).toBe(true)
      }
    }
    expect(comparison2015.split('\n')[0]).toBe(
      `# ${matrix.data.sources['sfb2015-feature-comparison']?.title}`,
    )
    expect(comparison2019.split('\n')[0]).toBe(
      `# ${matrix.data.sources['sfb2019-feature-comparison']?.title}`,
    )
    expect(legacyPage).toContain(`## A. ${matrix.data.sources['sfb-clients']?.title} `)
    expect(legacyPage).toContain(`## ${matrix.data.sources['sfb-legacy-clients']?.table}`)
  })

  it('uses the ids, names and aliases of the other built-in matrices for the products they share', () => {
    const shared = expectSameProductsAsOtherMatrices(matrix)
    expect(shared['lync-server-2013']).toEqual(['lync-2013', 'lync-2010', 'lync-2010-attendant'])
    expect(shared['lync-2013-client-interoperability']).toEqual([
      'lync-2013',
      'lync-2010',
      'lync-2010-attendant',
    ])
    expect(matrix.workloadIds).toEqual(builtinMatrix('lync-server-2013')?.workloadIds)
  })
})

describe('every cell as the sources state or imply it', () => {
  for (const client of matrix.data.clients) {
    for (const server of [V2019, V2015] as const) {
      const want = expected(client.id, server)
      it(`${client.name} on ${server}: ${want ? `${want.implied ? 'implied ' : ''}${want.status}` : 'no statement'}`, () => {
        expect(want, 'the sources say nothing about this pair').toBeDefined()
        const cell = matrix.cell(client.id, matrix.find(server)?.product.id as string)
        expect(cell.status).toBe(want?.status)
        expect(cell.footnotes ?? []).toEqual(want?.footnotes)
        expect(cell.source?.ref).toBe(want?.ref)
        if (want?.implied) expect(cell.source?.note).toMatch(/^Implied: /)
        else expect(cell.source?.note).toBeUndefined()
      })
    }
  }

  it('agrees with the derived grid of the legacy-clients source, row by row', () => {
    const [header, ...rows] = derivedGrid
    expect(header).toEqual(['Client', 'SfB Server 2019', 'SfB Server 2015'])
    expect(rows).toHaveLength(8)
    const word = (raw: string): Status =>
      raw.startsWith('Supported')
        ? 'supported'
        : raw.startsWith('Not supported') || raw.startsWith('—')
          ? 'not-supported'
          : (`unrecognised ${raw}` as Status)
    for (const [name, on2019, on2015] of rows as [string, string, string][]) {
      const id = clientId(name) as string
      expect(id, name).toBeDefined()
      expect(
        matrix.cell(id, 'skype-for-business-server-2019').status,
        `${name} on 2019: ${on2019}`,
      ).toBe(word(on2019))
      expect(
        matrix.cell(id, 'skype-for-business-server-2015').status,
        `${name} on 2015: ${on2015}`,
      ).toBe(word(on2015))
      // "—" (not listed) and "Not supported (MCX removed ...)" are not stated as such: implied.
      expect(
        matrix.cell(id, 'skype-for-business-server-2019').source?.note?.startsWith('Implied: ') ??
          false,
        name,
      ).toBe(!on2019.startsWith('Supported'))
    }
  })

  it('says which statements imply each implied cell', () => {
    const note = (client: string, server: string) => matrix.cell(client, server).source?.note ?? ''
    for (const client of ['lync-2010', 'lync-phone-edition', 'lync-2010-attendant']) {
      expect(note(client, 'skype-for-business-server-2019')).toContain(
        `${matrix.productName('client', client)} is in the 2015 list only`,
      )
    }
    expect(note('lync-2010-mobile', 'skype-for-business-server-2019')).toContain(
      `"the Mcx service provides services to Lync 2010 Mobile clients"`,
    )
    for (const [client, server] of [
      ['skype-for-business-on-mac', 'skype-for-business-server-2019'],
      ['skype-for-business-on-mac', 'skype-for-business-server-2015'],
      ['skype-for-business-web-app', 'skype-for-business-server-2019'],
      ['skype-for-business-web-app', 'skype-for-business-server-2015'],
    ] as const) {
      expect(note(client, server)).toContain(
        `${matrix.productName('client', client)} is a column of`,
      )
      expect(note(client, server)).toContain('no list of supported clients names it')
    }
  })

  it('passes on the server conditions the 2015 comparison sets for Skype for Business on Mac', () => {
    const voice = pipeTables(section(comparison2015, 'Voice (Telephony) support'))[0] ?? []
    const mac = (voice[0] ?? []).indexOf('Skype for Business on Mac')
    const conditions = voice
      .map((row) => row[mac] ?? '')
      .flatMap((c) =>
        [...c.matchAll(/Requires Skype for Business Server 2015 (CU\d+) or later/g)].map(
          (m) => m[1] as string,
        ),
      )
    expect(conditions).toEqual(['CU4', 'CU6'])
    const cell = matrix.cell('skype-for-business-on-mac', 'skype-for-business-server-2015')
    for (const cu of conditions) {
      expect(cell.advice).toContain(cu)
      expect(cell.source?.note).toContain(
        `"Requires Skype for Business Server 2015 ${cu} or later"`,
      )
    }
  })
})

describe('group chat on Skype for Business Server 2019', () => {
  const pchat = footnoteId(persistentChatSentence)

  it('every supported cell on 2019 is not supported for a population declaring group-chat, citing the Persistent Chat removal', () => {
    for (const client of matrix.data.clients) {
      const cell = matrix.cell(client.id, 'skype-for-business-server-2019')
      // A client without group chat at all (Skype for Business on Mac, the web app) gets a capability finding instead.
      if (cell.status !== 'supported' || matrix.offers(client.id, 'group-chat')?.level === 'no') {
        expect(cell.workloads, client.id).toBeUndefined()
        continue
      }
      expect(Object.keys(cell.workloads ?? {}), client.id).toEqual(['group-chat'])
      const verdict = cell.workloads?.['group-chat']
      expect(verdict?.status).toBe('not-supported')
      expect(verdict?.footnotes).toEqual([pchat])
      expect(verdict?.source?.ref).toBe('sfb2019-deprecations')
      expect(verdict?.source?.note).toMatch(new RegExp(`^Derived from footnote ${pchat}: `))
    }
  })

  it('no cell on 2015 is refined', () => {
    for (const cell of matrix.data.cells.filter(
      (c) => c.server === 'skype-for-business-server-2015',
    ))
      expect(cell.workloads, cell.client).toBeUndefined()
  })

  it('only the not-supported cells name a replacement', () => {
    for (const { where, verdict } of verdicts(matrix))
      if (verdict.replacement !== undefined) expect(verdict.status, where).toBe('not-supported')
  })
})

describe('every cell through the real pipeline', () => {
  for (const cell of matrix.data.cells) {
    const client = matrix.productName('client', cell.client)
    const server = matrix.productName('server', cell.server)
    it(`${client} on ${server} → ${cell.status}${cell.footnotes ? ` [${cell.footnotes.join(',')}]` : ''}`, () => {
      const report = check(`matrix: ${ID}\n${pairTopology(client, server)}`)
      expect(report.errors).toEqual([])
      expect(
        report.results.map((r) => [
          r.clientProduct,
          r.serverProduct,
          r.status,
          r.footnotes.map((f) => f.id),
          r.workloads,
        ]),
      ).toEqual([[client, server, cell.status, cell.footnotes ?? [], []]])
    })
  }

  it.each([
    ['Lync 2013', V2019, ['im', 'group-chat'], 'not-supported', ['3']],
    ['Lync 2013', V2015, ['im', 'group-chat'], 'supported', []],
    ['Skype for Business (2019)', 'SfB Server 2019', ['presence'], 'supported', []],
    ['Lync 2010 Mobile', V2019, ['im'], 'not-supported', ['2']],
  ])('%s on %s declaring %j → %s %j', (client, server, workloads, status, footnotes) => {
    const report = check(`matrix: ${ID}\n${pairTopology(client, server, workloads)}`)
    expect(report.errors).toEqual([])
    expect(report.results.map((r) => [r.status, r.footnotes.map((f) => f.id)])).toEqual([
      [status, footnotes],
    ])
  })
})
