// The built-in lync-server-2013 matrix against Microsoft's own page, cell for cell: the table's
// clients, servers, statuses and footnote markers, and the footnotes' text, verbatim.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import { expectMatrixCell, expectPipelineCell, readSeedPage } from '../support/source-pages.js'

const seed = readSeedPage()
const matrix = builtinMatrix('lync-server-2013') as Matrix

describe('the seed page itself', () => {
  it('parses to an 11 x 3 table with footnotes 1, 2 and 3', () => {
    expect(seed.servers).toEqual([
      'Lync Server 2013',
      'Lync Server 2010',
      'Office Communications Server 2007 R2',
    ])
    expect(seed.clients).toHaveLength(11)
    expect(seed.cells).toHaveLength(33)
    expect(seed.footnotes.map((f) => f.id)).toEqual(['1', '2', '3'])
    // Every marker in the table names a footnote the page prints.
    const printed = new Set(seed.footnotes.map((f) => f.id))
    for (const cell of seed.cells)
      for (const id of cell.footnotes)
        expect(printed.has(id), `${cell.raw} cites footnote ${id}`).toBe(true)
  })
})

describe('the built-in lync-server-2013 matrix matches the seed page', () => {
  it('is the built-in matrix', () => {
    expect(matrix).toBeDefined()
    expect(matrix.id).toBe('lync-server-2013')
  })

  it('has exactly the seed servers, by display name, in table order', () => {
    expect(matrix.displayNames('server')).toEqual(seed.servers)
  })

  it('has exactly the seed clients, by display name, in table order', () => {
    expect(matrix.displayNames('client')).toEqual(seed.clients)
    expect(matrix.displayNames('client')).toHaveLength(11)
  })

  it('has exactly 33 cells, one per seed cell', () => {
    expect(matrix.data.cells).toHaveLength(33)
    const keys = new Set(matrix.data.cells.map((c) => `${c.client}|${c.server}`))
    expect(keys.size).toBe(33)
  })

  it('has the seed text of every footnote, verbatim, and no other footnote', () => {
    expect(matrix.data.footnotes.map(({ id, text }) => ({ id, text }))).toEqual(seed.footnotes)
    // Each also says how coexist applies it (README, "How the footnotes are read").
    for (const f of matrix.data.footnotes) expect(f.reading, f.id).toMatch(/^(Attached|Applied)/)
  })

  // One test per cell, named as the page names it.
  for (const cell of seed.cells) {
    it(`${cell.client} on ${cell.server}: "${cell.raw}"`, () => {
      expectMatrixCell(matrix, cell)
    })
  }
})

describe('every seed cell through the real pipeline (no workloads)', () => {
  for (const cell of seed.cells) {
    it(`${cell.client} on ${cell.server} → ${cell.status}${cell.footnotes.length > 0 ? ` [${cell.footnotes.join(',')}]` : ''}`, () => {
      expectPipelineCell(seed, cell)
    })
  }

  it('covers all 33 cells', () => {
    expect(seed.cells.length).toBe(33)
    const statuses = seed.cells.map((c) => c.status)
    // 18 supported, 12 not supported, 2 not applicable, 1 interoperable on the page.
    expect(statuses.filter((s) => s === 'supported')).toHaveLength(18)
    expect(statuses.filter((s) => s === 'not-supported')).toHaveLength(12)
    expect(statuses.filter((s) => s === 'not-applicable')).toHaveLength(2)
    expect(statuses.filter((s) => s === 'interoperable')).toHaveLength(1)
  })
})
