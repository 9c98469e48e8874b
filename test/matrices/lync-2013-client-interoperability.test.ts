// The built-in lync-2013-client-interoperability matrix against its source, cell for cell: Table 1
// "Server and Client Compatibility" of "Client interoperability in Lync 2013" (JJ204672), read from
// ../shared/sources/ at test time. Where the table disagrees with the seed table (Gg398499, the
// lync-server-2013 matrix), the cell's source note must say so, and nowhere else.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import { check, pairTopology } from '../support/pipeline.js'
import {
  expectMatrixCell,
  expectPipelineCell,
  expectSameProductsAsOtherMatrices,
  expectSourcesCited,
  headings,
  parseStatusGrid,
  readSource,
  section,
  type SourceCell,
} from '../support/source-pages.js'

const ID = 'lync-2013-client-interoperability'
const SOURCE_FILE = 'lync2013-client-interoperability.md'
const TABLE = 'Table 1 - Server and Client Compatibility'
const REF = 'jj204672'
const SEED_SAYS = 'The seed table (Gg398499)'

const page = readSource(SOURCE_FILE)
const table = parseStatusGrid(section(page, TABLE))
const seedPage = readSource('lync2013-supported-clients-from-previous-deployments.md')
const seedTable = parseStatusGrid(section(seedPage, 'Supported Server and Client Combinations'))
const matrix = builtinMatrix(ID) as Matrix
const seedMatrix = builtinMatrix('lync-server-2013') as Matrix

const seedCell = (cell: SourceCell): SourceCell | undefined =>
  seedTable.cells.find((c) => c.client === cell.client && c.server === cell.server)
const footnoteTexts = (grid: { footnotes: { id: string; text: string }[] }, ids: string[]) =>
  ids.map((id) => grid.footnotes.find((f) => f.id === id)?.text)
const idOf = (name: string) => matrix.find(name)?.product.id as string
const topology = (client: string, server: string, workloads?: string[]) =>
  `matrix: ${ID}\n${pairTopology(client, server, workloads)}`

describe(`the source table (${SOURCE_FILE}, ${TABLE})`, () => {
  it('parses to a 13 x 3 table with footnotes 1 to 5, each marker naming a printed footnote and each footnote used', () => {
    expect(table.servers).toEqual([
      'Lync Server 2013',
      'Lync Server 2010',
      'Office Communications Server 2007 R2',
    ])
    expect(table.clients).toHaveLength(13)
    expect(table.cells).toHaveLength(39)
    expect(table.footnotes.map((f) => f.id)).toEqual(['1', '2', '3', '4', '5'])
    const printed = new Set(table.footnotes.map((f) => f.id))
    for (const cell of table.cells)
      for (const id of cell.footnotes)
        expect(printed.has(id), `${cell.raw} cites footnote ${id}`).toBe(true)
    expect(new Set(table.cells.flatMap((c) => c.footnotes))).toEqual(printed)
  })

  it("holds the seed table's 11 clients and 3 servers, plus Lync 2013 Basic and the Lync Windows Store app", () => {
    expect(table.servers).toEqual(seedTable.servers)
    expect(table.clients.filter((c) => !seedTable.clients.includes(c))).toEqual([
      'Lync 2013 Basic',
      'Lync Windows Store app',
    ])
    expect(seedTable.clients.filter((c) => !table.clients.includes(c))).toEqual([])
  })

  it("the sources' copy of the seed table is the built-in lync-server-2013 matrix", () => {
    expect(seedMatrix.displayNames('client')).toEqual(seedTable.clients)
    expect(seedMatrix.data.footnotes.map(({ id, text }) => ({ id, text }))).toEqual(
      seedTable.footnotes,
    )
    for (const cell of seedTable.cells) {
      const base = seedMatrix.cell(
        seedMatrix.find(cell.client)?.product.id as string,
        seedMatrix.find(cell.server)?.product.id as string,
      )
      expect([base.status, base.footnotes ?? []], `${cell.client} on ${cell.server}`).toEqual([
        cell.status,
        cell.footnotes,
      ])
    }
  })
})

describe(`the built-in ${ID} matrix matches the source table`, () => {
  it('is built in under its id', () => {
    expect(matrix).toBeDefined()
    expect(matrix.id).toBe(ID)
  })

  it('has exactly the source servers and clients, by display name, in table order', () => {
    expect(matrix.displayNames('server')).toEqual(table.servers)
    expect(matrix.displayNames('client')).toEqual(table.clients)
  })

  it('has exactly 39 cells, one per source cell', () => {
    expect(matrix.data.cells).toHaveLength(39)
    expect(new Set(matrix.data.cells.map((c) => `${c.client}|${c.server}`)).size).toBe(39)
  })

  it('has the text of every footnote, verbatim (a link read as its text), and no other footnote', () => {
    expect(matrix.data.footnotes.map(({ id, text }) => ({ id, text }))).toEqual(table.footnotes)
    // And every footnote says how coexist applies it.
    for (const f of matrix.data.footnotes) expect(f.reading, f.id).toMatch(/^(Attached|Applied)/)
  })

  it('cites the source document and table, as the source file names them', () => {
    expect(Object.keys(matrix.data.sources)).toEqual([REF])
    const source = matrix.data.sources[REF]
    expect(headings(page)).toContain(source?.table)
    expect(page).toContain(`Original URL: ${source?.url}`)
    expect(page).toContain(`Topic Last Modified ${source?.lastModified}`)
    expect(page.split('\n')[0]).toContain(source?.title)
  })

  it('every cell and refinement cites a declared source and declared footnotes', () => {
    expectSourcesCited(matrix)
  })

  it('uses the ids, names and aliases of lync-server-2013 (and of every other built-in matrix) for the products they share', () => {
    const shared = expectSameProductsAsOtherMatrices(matrix)
    expect(shared['lync-server-2013']).toEqual([
      ...seedMatrix.data.clients.map((c) => c.id),
      ...seedMatrix.data.servers.map((s) => s.id),
    ])
    expect(matrix.workloadIds).toEqual(seedMatrix.workloadIds)
  })

  for (const cell of table.cells) {
    it(`${cell.client} on ${cell.server}: "${cell.raw}"`, () => {
      expect(expectMatrixCell(matrix, cell).source?.ref).toBe(REF)
    })
  }
})

describe('every difference from the seed table is in the source note of its cell, and only there', () => {
  for (const cell of table.cells) {
    const seed = seedCell(cell)
    const expected =
      seed === undefined
        ? 'no row in the seed'
        : seed.raw === cell.raw
          ? 'same as the seed'
          : `seed says "${seed.raw}"`
    it(`${cell.client} on ${cell.server}: ${expected}`, () => {
      const base = matrix.cell(idOf(cell.client), idOf(cell.server))
      const note = base.source?.note
      if (seed === undefined) {
        expect(note).toContain(`${SEED_SAYS} has no row for`)
        expect(note).toContain(cell.client.replace(/^Lync Windows/, 'the Lync Windows'))
      } else if (seed.raw === cell.raw) {
        expect(note).toBeUndefined()
      } else {
        expect(note).toContain(`${SEED_SAYS} says "${seed.raw}"`)
        const sameText =
          seed.footnotes.length > 0 &&
          JSON.stringify(footnoteTexts(seedTable, seed.footnotes)) ===
            JSON.stringify(footnoteTexts(table, cell.footnotes))
        // A renumbered footnote is named as such; a changed one is not called the same.
        expect(note?.includes('the same footnote text'), note).toBe(sameText)
      }
    })
  }

  it('differs from the seed in 5 cells of the 33 they share, one of them in status', () => {
    const shared = table.cells.filter((c) => seedCell(c) !== undefined)
    expect(shared).toHaveLength(33)
    expect(
      shared.filter((c) => seedCell(c)?.raw !== c.raw).map((c) => `${c.client} on ${c.server}`),
    ).toEqual([
      'Lync 2013 on Lync Server 2010',
      'Lync 2010 Group Chat on Lync Server 2013',
      'Lync 2010 Group Chat on Lync Server 2010',
      'Lync 2010 Attendee on Lync Server 2013',
      'Office Communicator 2007 R2 on Lync Server 2013',
    ])
    expect(
      shared
        .filter((c) => seedCell(c)?.status !== c.status)
        .map((c) => `${c.client} on ${c.server}`),
    ).toEqual(['Lync 2010 Group Chat on Lync Server 2013'])
  })
})

describe("workload refinements come from the footnotes, citing this table's numbers", () => {
  // [client, server, workload, status, footnote, a phrase of that footnote the refinement rests on, replacement, how]
  const expected = [
    [
      'Lync 2013',
      'Lync Server 2010',
      'group-chat',
      'not-supported',
      '2',
      'Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.',
      'Lync 2010 Group Chat',
      'Derived',
    ],
    [
      'Lync 2013',
      'Lync Server 2010',
      'conferencing',
      'interoperable',
      '5',
      'Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings',
      undefined,
      'Derived',
    ],
    [
      'Lync 2013 Basic',
      'Lync Server 2010',
      'group-chat',
      'not-supported',
      '2',
      'Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.',
      'Lync 2010 Group Chat',
      'Inferred',
    ],
    [
      'Lync 2013 Basic',
      'Lync Server 2010',
      'conferencing',
      'interoperable',
      '5',
      'Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings',
      undefined,
      'Inferred',
    ],
    [
      'Office Communicator 2007 R2',
      'Lync Server 2013',
      'conferencing',
      'not-supported',
      '4',
      'compatible with Lync Server 2013, but conferencing features are not',
      'Lync Web App 2013',
      'Derived',
    ],
    [
      'Office Communicator 2007 R2',
      'Lync Server 2013',
      'group-chat',
      'not-supported',
      '4',
      'The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013',
      undefined,
      'Derived',
    ],
  ] as const

  it('refines exactly these cells', () => {
    const refined = matrix.data.cells.flatMap((c) =>
      Object.keys(c.workloads ?? {}).map((w) => [
        matrix.productName('client', c.client),
        matrix.productName('server', c.server),
        w,
      ]),
    )
    expect(refined).toEqual(
      expected.map(([client, server, workload]) => [client, server, workload]),
    )
  })

  for (const [client, server, workload, status, footnote, phrase, replacement, how] of expected) {
    it(`${client} on ${server} declaring ${workload}: ${status} [${footnote}], ${how.toLowerCase()} from footnote ${footnote}`, () => {
      const verdict = matrix.cell(idOf(client), idOf(server)).workloads?.[workload]
      expect(verdict?.status).toBe(status)
      expect(verdict?.footnotes).toEqual([footnote])
      expect(table.footnotes.find((f) => f.id === footnote)?.text).toContain(phrase)
      expect(verdict?.replacement && matrix.productName('client', verdict.replacement)).toBe(
        replacement,
      )
      expect(verdict?.source?.ref).toBe(REF)
      expect(verdict?.source?.note).toMatch(new RegExp(`^${how} from footnote ${footnote}\\b`))
    })
  }

  it('the Lync Windows Store app advice on Lync Server 2010 names the cumulative updates its requirements page asks for', () => {
    const advice = matrix.cell('lync-windows-store-app', 'lync-server-2010').advice ?? ''
    const requirements = readSource('lync2013-mobility-client-server-support.md')
    const kbs = [...advice.matchAll(/KB \d+/g)].map((m) => m[0])
    expect(kbs).toEqual(['KB 2670352', 'KB 2737915'])
    for (const kb of kbs) expect(requirements).toContain(kb)
  })
})

describe('every source cell through the real pipeline (no workloads), and the refinements', () => {
  for (const cell of table.cells) {
    it(`${cell.client} on ${cell.server} → ${cell.status}${cell.footnotes.length > 0 ? ` [${cell.footnotes.join(',')}]` : ''}`, () => {
      expectPipelineCell(table, cell, ID)
    })
  }

  it.each([
    // The pair's own footnote 5 stays with the refinement's footnote 2.
    ['Lync 2013', 'Lync Server 2010', ['im', 'group-chat'], 'not-supported', ['2', '5']],
    ['Lync 2013', 'Lync Server 2010', ['conferencing', 'group-chat'], 'not-supported', ['2', '5']],
    ['Lync 2013', 'Lync Server 2010', ['conferencing'], 'interoperable', ['5']],
    ['Lync 2013 Basic', 'Lync Server 2010', ['conferencing'], 'interoperable', ['5']],
    [
      'Office Communicator 2007 R2',
      'Lync Server 2013',
      ['im', 'group-chat'],
      'not-supported',
      ['4'],
    ],
    ['Lync 2013', 'Lync Server 2010', ['im', 'presence'], 'supported', ['5']],
    ['Lync 2013 Basic', 'Lync Server 2010', ['group-chat'], 'not-supported', ['2']],
    [
      'Office Communicator 2007 R2',
      'Lync Server 2013',
      ['im', 'conferencing'],
      'not-supported',
      ['4'],
    ],
    ['Office Communicator 2007 R2', 'Lync Server 2013', ['im', 'presence'], 'interoperable', ['4']],
  ])('%s on %s declaring %j → %s %j', (client, server, workloads, status, footnotes) => {
    const report = check(topology(client, server, workloads))
    expect(report.errors).toEqual([])
    expect(report.results.map((r) => [r.status, r.footnotes.map((f) => f.id)])).toEqual([
      [status, footnotes],
    ])
  })
})
