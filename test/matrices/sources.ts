// Reading the public source tables under ../shared/sources/ (relative to the repository root), so
// the built-in matrices made from them can be compared with them at test time, and the checks every
// built-in matrix shares.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { BUILTIN_MATRIX_IDS, builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix, Product, Verdict } from '../../src/core/matrix.js'
import { normalizeName } from '../../src/core/suggest.js'
import type { Status } from '../../src/core/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SOURCES_DIR = path.resolve(repoRoot, '..', 'shared', 'sources')

export function readSource(file: string): string {
  return readFileSync(path.join(SOURCES_DIR, file), 'utf8').replace(/\r\n/g, '\n')
}

/** The text under the `## ` heading that starts with `heading`, up to the next `## ` heading. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`))
  if (start < 0) throw new Error(`no "## ${heading}" heading`)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** `## ` headings of a markdown file, without the hashes. */
export function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3).trim())
}

/** The pipe tables of a text, each as rows of trimmed cells (header first, separator row dropped). */
export function pipeTables(text: string): string[][][] {
  const tables: string[][][] = []
  let current: string[][] | undefined
  for (const line of text.split('\n')) {
    if (!line.trimStart().startsWith('|')) {
      current = undefined
      continue
    }
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue
    if (!current) tables.push((current = []))
    current.push(cells)
  }
  return tables
}

/** Markdown links and bracketed link texts reduced to their text, whitespace folded: how the page reads. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

const STATUS_WORDS: Record<string, Status> = {
  Supported: 'supported',
  'Not Supported': 'not-supported',
  Interoperable: 'interoperable',
  'Not Applicable': 'not-applicable',
}

export interface SourceCell {
  client: string
  server: string
  status: Status
  footnotes: string[]
  raw: string
}

export interface SourceGrid {
  servers: string[]
  clients: string[]
  cells: SourceCell[]
  footnotes: { id: string; text: string }[]
}

/**
 * A client x server table as the Lync Server 2013 pages print it: first column "Client", cells such
 * as "Supported" or "Interoperable4" (a trailing digit is a footnote marker), and the footnotes as
 * lines "1Text" or "5 Text" under the table.
 */
export function parseStatusGrid(sectionText: string): SourceGrid {
  const [table] = pipeTables(sectionText)
  if (!table) throw new Error('the section has no pipe table')
  const [header, ...rows] = table
  if (header?.[0] !== 'Client') throw new Error(`the table's first header is ${JSON.stringify(header?.[0])}, not "Client"`)
  const servers = header.slice(1)
  const clients: string[] = []
  const cells: SourceCell[] = []
  for (const row of rows) {
    if (row.length !== servers.length + 1) throw new Error(`a row has ${row.length} cells: ${JSON.stringify(row)}`)
    const client = row[0] as string
    clients.push(client)
    row.slice(1).forEach((raw, i) => {
      const parsed = /^(Supported|Not Supported|Interoperable|Not Applicable)(\d*)$/.exec(raw)
      if (!parsed) throw new Error(`unrecognised cell ${JSON.stringify(raw)}`)
      cells.push({ client, server: servers[i] as string, status: STATUS_WORDS[parsed[1] as string] as Status, footnotes: [...(parsed[2] as string)], raw })
    })
  }
  const footnotes = sectionText
    .split('\n')
    .map((line) => /^(\d)\s*(\D.*)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1] as string, text: plainText(m[2] as string) }))
  return { servers, clients, cells, footnotes }
}

/** "A, B, and C" or "A, B, C" as ["A", "B", "C"]. */
export function splitList(list: string): string[] {
  return list
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Every verdict of a matrix, cells and their workload refinements, with where it is. */
export function verdicts(matrix: Matrix): { where: string; verdict: Verdict }[] {
  return matrix.data.cells.flatMap((cell) => [
    { where: `${cell.client} on ${cell.server}`, verdict: cell as Verdict },
    ...Object.entries(cell.workloads ?? {}).map(([w, verdict]) => ({ where: `${cell.client} on ${cell.server} for ${w}`, verdict })),
  ])
}

/** Every verdict cites a declared source, every footnote it names exists, and every source is cited. */
export function expectSourcesCited(matrix: Matrix): void {
  const cited = new Set<string>()
  for (const { where, verdict } of verdicts(matrix)) {
    expect(Object.hasOwn(matrix.data.sources, verdict.source.ref), `${where} cites ${verdict.source.ref}`).toBe(true)
    cited.add(verdict.source.ref)
    for (const id of verdict.footnotes ?? []) expect(() => matrix.footnote(id), `${where} cites footnote ${id}`).not.toThrow()
  }
  expect([...cited].sort()).toEqual(Object.keys(matrix.data.sources).sort())
  const usedFootnotes = new Set(verdicts(matrix).flatMap(({ verdict }) => verdict.footnotes ?? []))
  expect(matrix.data.footnotes.map((f) => f.id).filter((id) => !usedFootnotes.has(id))).toEqual([])
}

const namesOf = (p: Product): string[] => [p.name, p.id, ...(p.aliases ?? [])]

/**
 * The products `matrix` shares with the other built-in matrices (same id, or any name in common)
 * have the same id, display name and aliases there, so a topology can switch matrices.
 * Returns the ids of the shared products, per other matrix.
 */
export function expectSameProductsAsOtherMatrices(matrix: Matrix): Record<string, string[]> {
  const shared: Record<string, string[]> = {}
  for (const otherId of BUILTIN_MATRIX_IDS) {
    if (otherId === matrix.id) continue
    const other = builtinMatrix(otherId) as Matrix
    shared[otherId] = []
    for (const kind of ['client', 'server'] as const) {
      const mine = kind === 'client' ? matrix.data.clients : matrix.data.servers
      const theirs = kind === 'client' ? other.data.clients : other.data.servers
      for (const product of mine) {
        const matches = theirs.filter((p) => p.id === product.id || namesOf(p).some((n) => namesOf(product).some((m) => normalizeName(m) === normalizeName(n))))
        expect(matches.length, `${product.id} matches ${matches.map((p) => p.id).join(', ')} in ${otherId}`).toBeLessThanOrEqual(1)
        const [match] = matches
        if (!match) continue
        expect(match, `${kind} ${product.id} in ${matrix.id} and in ${otherId}`).toEqual(product)
        shared[otherId].push(product.id)
      }
      // No name of this matrix means a product of the other kind there.
      for (const product of mine) {
        for (const name of namesOf(product)) {
          const found = other.find(name)
          if (found) expect(found.kind, `${name} in ${otherId}`).toBe(kind)
        }
      }
    }
  }
  return shared
}
