// The built-in lync-server-2013 matrix against Microsoft's own page, cell for cell: the table's
// clients, servers, statuses and footnote markers, and the footnotes' text, verbatim.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import type { Status } from '../../src/core/types.js'
import { check, pairTopology } from './helpers.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const seedPath = path.resolve(repoRoot, '..', 'shared', 'seeds', '000_dc95162d8068e67b.txt')

const STATUS_WORDS: Record<string, Status> = {
  Supported: 'supported',
  'Not Supported': 'not-supported',
  Interoperable: 'interoperable',
  'Not Applicable': 'not-applicable',
}

interface SeedCell {
  client: string
  server: string
  status: Status
  footnotes: string[]
  raw: string
}

interface Seed {
  servers: string[]
  clients: string[]
  cells: SeedCell[]
  footnotes: { id: string; text: string }[]
}

const cellText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim()

function parseSeed(page: string): Seed {
  const table = /<table>([\s\S]*?)<\/table>/.exec(page)
  if (!table) throw new Error('the seed page has no <table>')
  const thead = /<thead>([\s\S]*?)<\/thead>/.exec(table[1] as string)
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1] as string)
  if (!thead || !tbody) throw new Error('the seed table has no <thead> or <tbody>')
  const header = [...(thead[1] as string).matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) => cellText(m[1] as string))
  if (header[0] !== 'Client') throw new Error(`the seed table's first header is ${JSON.stringify(header[0])}, not "Client"`)
  const servers = header.slice(1)

  const clients: string[] = []
  const cells: SeedCell[] = []
  for (const row of (tbody[1] as string).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const tds = [...(row[1] as string).matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => cellText(m[1] as string))
    if (tds.length !== servers.length + 1) throw new Error(`a seed row has ${tds.length} cells: ${JSON.stringify(tds)}`)
    const client = tds[0] as string
    clients.push(client)
    tds.slice(1).forEach((raw, i) => {
      const parsed = /^(Supported|Not Supported|Interoperable|Not Applicable)(\d*)$/.exec(raw)
      if (!parsed) throw new Error(`unrecognised seed cell ${JSON.stringify(raw)}`)
      cells.push({
        client,
        server: servers[i] as string,
        status: STATUS_WORDS[parsed[1] as string] as Status,
        // Single-digit markers: "Supported1" cites footnote 1 (the page has footnotes 1 to 3).
        footnotes: [...(parsed[2] as string)],
        raw,
      })
    })
  }

  const afterTable = page.slice((table.index ?? 0) + table[0].length)
  const footnotes = afterTable
    .split('\n')
    .map((line) => /^(\d)(\D.*)$/.exec(line.trimEnd()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1] as string, text: m[2] as string }))
  return { servers, clients, cells, footnotes }
}

const seed = parseSeed(readFileSync(seedPath, 'utf8'))
const matrix = builtinMatrix('lync-server-2013') as Matrix

describe('the seed page itself', () => {
  it('parses to an 11 x 3 table with footnotes 1, 2 and 3', () => {
    expect(seed.servers).toEqual(['Lync Server 2013', 'Lync Server 2010', 'Office Communications Server 2007 R2'])
    expect(seed.clients).toHaveLength(11)
    expect(seed.cells).toHaveLength(33)
    expect(seed.footnotes.map((f) => f.id)).toEqual(['1', '2', '3'])
    // Every marker in the table names a footnote the page prints.
    const printed = new Set(seed.footnotes.map((f) => f.id))
    for (const cell of seed.cells) for (const id of cell.footnotes) expect(printed.has(id), `${cell.raw} cites footnote ${id}`).toBe(true)
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
      const client = matrix.find(cell.client)
      const server = matrix.find(cell.server)
      expect(client?.kind).toBe('client')
      expect(server?.kind).toBe('server')
      expect(client?.product.name).toBe(cell.client)
      expect(server?.product.name).toBe(cell.server)
      const base = matrix.cell(client?.product.id as string, server?.product.id as string)
      expect(base.status).toBe(cell.status)
      expect(base.footnotes ?? []).toEqual(cell.footnotes)
    })
  }
})

describe('every seed cell through the real pipeline (no workloads)', () => {
  for (const cell of seed.cells) {
    it(`${cell.client} on ${cell.server} → ${cell.status}${cell.footnotes.length > 0 ? ` [${cell.footnotes.join(',')}]` : ''}`, () => {
      const report = check(pairTopology(cell.client, cell.server))
      expect(report.errors).toEqual([])
      expect(report.warnings).toEqual([])
      expect(report.results).toHaveLength(1)
      const [result] = report.results
      expect(result?.clientProduct).toBe(cell.client)
      expect(result?.serverProduct).toBe(cell.server)
      expect(result?.status).toBe(cell.status)
      expect(result?.footnotes.map((f) => f.id)).toEqual(cell.footnotes)
      expect(result?.footnotes.map((f) => f.text)).toEqual(cell.footnotes.map((id) => seed.footnotes.find((f) => f.id === id)?.text))
      expect(result?.workloads).toEqual([])
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
