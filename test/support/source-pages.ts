// Reading Microsoft's pages under ../shared/ (sources/ and the seed page in seeds/, next to the
// repository), so the built-in matrices made from them can be compared with them at test time, cell
// for cell, and the checks every built-in matrix shares. Only the tests vitest.config.ts skips
// without ../shared (NEEDS_SHARED) may import this module.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { BUILTIN_MATRIX_IDS, builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix, Product, Verdict } from '../../src/core/matrix.js'
import { normalizeName } from '../../src/core/suggest.js'
import type { Status } from '../../src/core/types.js'
import { check, pairTopology } from './pipeline.js'

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
    const cells = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim())
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
  if (header?.[0] !== 'Client')
    throw new Error(`the table's first header is ${JSON.stringify(header?.[0])}, not "Client"`)
  const servers = header.slice(1)
  const clients: string[] = []
  const cells: SourceCell[] = []
  for (const row of rows) {
    if (row.length !== servers.length + 1)
      throw new Error(`a row has ${row.length} cells: ${JSON.stringify(row)}`)
    const client = row[0] as string
    clients.push(client)
    row.slice(1).forEach((raw, i) => {
      const parsed = /^(Supported|Not Supported|Interoperable|Not Applicable)(\d*)$/.exec(raw)
      if (!parsed) throw new Error(`unrecognised cell ${JSON.stringify(raw)}`)
      cells.push({
        client,
        server: servers[i] as string,
        status: STATUS_WORDS[parsed[1] as string] as Status,
        footnotes: [...(parsed[2] as string)],
        raw,
      })
    })
  }
  const footnotes = sectionText
    .split('\n')
    .map((line) => /^(\d)\s*(\D.*)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1] as string, text: plainText(m[2] as string) }))
  return { servers, clients, cells, footnotes }
}

const cellText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim()

/**
 * The seed page (SEED_PAGE): its HTML table (first column "Client", cells such as "Supported1", a
 * trailing digit naming a footnote) and the footnotes after it ("1Text"), each text verbatim.
 */
export function parseSeedPage(page: string): SourceGrid {
  const table = /<table>([\s\S]*?)<\/table>/.exec(page)
  if (!table) throw new Error('the seed page has no <table>')
  const thead = /<thead>([\s\S]*?)<\/thead>/.exec(table[1] as string)
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1] as string)
  if (!thead || !tbody) throw new Error('the seed table has no <thead> or <tbody>')
  const header = [...(thead[1] as string).matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) =>
    cellText(m[1] as string),
  )
  if (header[0] !== 'Client')
    throw new Error(`the seed table's first header is ${JSON.stringify(header[0])}, not "Client"`)
  const servers = header.slice(1)

  const clients: string[] = []
  const cells: SourceCell[] = []
  for (const row of (tbody[1] as string).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const tds = [...(row[1] as string).matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) =>
      cellText(m[1] as string),
    )
    if (tds.length !== servers.length + 1)
      throw new Error(`a seed row has ${tds.length} cells: ${JSON.stringify(tds)}`)
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

/** The seed page, read from ../shared/seeds/ and parsed. */
export function readSeedPage(): SourceGrid {
  return parseSeedPage(readFileSync(SEED_PAGE, 'utf8'))
}

/**
 * A source table's cell in a built-in matrix: both names found, as a client and a server, under
 * exactly those display names, with the cell's status and footnote markers. Returns the matrix's
 * verdict, for what a test checks beyond the table.
 */
export function expectMatrixCell(matrix: Matrix, cell: SourceCell): Verdict {
  const client = matrix.find(cell.client)
  const server = matrix.find(cell.server)
  expect(client?.kind).toBe('client')
  expect(server?.kind).toBe('server')
  expect(client?.product.name).toBe(cell.client)
  expect(server?.product.name).toBe(cell.server)
  const base = matrix.cell(client?.product.id as string, server?.product.id as string)
  expect(base.status).toBe(cell.status)
  expect(base.footnotes ?? []).toEqual(cell.footnotes)
  return base
}

/**
 * A source table's cell through the real pipeline, as a topology of one client on one server (on
 * matrix `matrixId`, the default matrix when absent): no error or warning, one result with the
 * cell's products and status, its footnotes with the text the table prints, and no workloads.
 */
export function expectPipelineCell(table: SourceGrid, cell: SourceCell, matrixId?: string): void {
  const topology = pairTopology(cell.client, cell.server)
  const report = check(matrixId === undefined ? topology : `matrix: ${matrixId}\n${topology}`)
  expect(report.errors).toEqual([])
  expect(report.warnings).toEqual([])
  expect(report.matrix).toBe(matrixId ?? 'lync-server-2013')
  expect(report.results).toHaveLength(1)
  const [result] = report.results
  expect(result?.clientProduct).toBe(cell.client)
  expect(result?.serverProduct).toBe(cell.server)
  expect(result?.status).toBe(cell.status)
  expect(result?.footnotes).toEqual(
    cell.footnotes.map((id) => table.footnotes.find((f) => f.id === id)),
  )
  expect(result?.workloads).toEqual([])
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
    ...Object.entries(cell.workloads ?? {}).map(([w, verdict]) => ({
      where: `${cell.client} on ${cell.server} for ${w}`,
      verdict,
    })),
  ])
}

/** Every verdict cites a declared source, every footnote it names exists, and every source is cited. */
export function expectSourcesCited(matrix: Matrix): void {
  const cited = new Set<string>()
  for (const { where, verdict } of verdicts(matrix)) {
    // Only an undocumented verdict has no source.
    if (!verdict.source) {
      expect(verdict.status, `${where} has no source`).toBe('undocumented')
      continue
    }
    expect(
      Object.hasOwn(matrix.data.sources, verdict.source.ref),
      `${where} cites ${verdict.source.ref}`,
    ).toBe(true)
    cited.add(verdict.source.ref)
    for (const id of verdict.footnotes ?? [])
      expect(() => matrix.footnote(id), `${where} cites footnote ${id}`).not.toThrow()
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
function identity(product: { id: string; name: string; aliases?: string[] }): {
  id: string
  name: string
  aliases?: string[]
} {
  return {
    id: product.id,
    name: product.name,
    ...(product.aliases ? { aliases: product.aliases } : {}),
  }
}

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
        const matches = theirs.filter(
          (p) =>
            p.id === product.id ||
            namesOf(p).some((n) =>
              namesOf(product).some((m) => normalizeName(m) === normalizeName(n)),
            ),
        )
        expect(
          matches.length,
          `${product.id} matches ${matches.map((p) => p.id).join(', ')} in ${otherId}`,
        ).toBeLessThanOrEqual(1)
        const [match] = matches
        if (!match) continue
        // The same product by the same id, name and aliases; what a matrix states about it (offers, builds) is its own.
        expect(identity(match), `${kind} ${product.id} in ${matrix.id} and in ${otherId}`).toEqual(
          identity(product),
        )
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

// ---------------------------------------------------------------------------------------------
// Reading matrix files directly, with the keys the engine may not know yet (undocumented cells,
// conflicts, requires, offers, builds, unsupportedProducts, serverRules, facts), and the sources of
// the all-generations catalogue.

export const MATRICES_DIR = path.resolve(repoRoot, 'matrices')
export const SEED_PAGE = path.resolve(repoRoot, '..', 'shared', 'seeds', '000_dc95162d8068e67b.txt')

export type FileStatus = Status | 'undocumented'
export type Level = 'yes' | 'partial' | 'no' | 'undocumented'

export interface FileCellSource {
  ref: string
  note?: string
  quote?: string
}
export interface FileConflict {
  ref: string
  status: Status
  footnotes?: string[]
  note?: string
}
export interface FileRequirement {
  update: string
  unmet: FileStatus
  note: string
  source: FileCellSource
}
export interface FileVerdict {
  status: FileStatus
  footnotes?: string[]
  replacement?: string
  advice?: string
  source?: FileCellSource
  conflicts?: FileConflict[]
  requires?: FileRequirement
}
export interface FileCell extends FileVerdict {
  client: string
  server: string
  workloads?: Record<string, FileVerdict>
}
export interface FileCapability {
  level: Level
  source?: FileCellSource
  note?: string
}
export interface FileUpdate {
  id: string
  name: string
  aliases?: string[]
  build?: string
  released?: string
  source: FileCellSource
}
export interface FileBuilds {
  line: string
  source: FileCellSource
  updates: FileUpdate[]
}
export interface FileProduct {
  id: string
  name: string
  aliases?: string[]
  offers?: Record<string, FileCapability>
  builds?: FileBuilds
}
export interface FileUnsupportedProduct {
  id: string
  kind: 'client' | 'server'
  name: string
  aliases?: string[]
  statement: string
  source: FileCellSource
}
export interface FileServerRule {
  id: string
  kind: 'together' | 'migration'
  servers?: string[]
  from?: string[]
  to?: string
  exclusive?: true
  status: 'supported' | 'not-supported'
  source: FileCellSource
}
export interface MatrixFile {
  id: string
  facts?: string
  title: string
  description?: string
  sources: Record<string, { title: string; table?: string; url: string; lastModified?: string }>
  workloads: { id: string; name: string }[]
  servers: FileProduct[]
  clients: FileProduct[]
  footnotes: { id: string; text: string; reading?: string }[]
  cells: FileCell[]
  unsupportedProducts?: FileUnsupportedProduct[]
  serverRules?: FileServerRule[]
}

/** matrices/<id>.json as written, not through Matrix.load. */
export function readMatrixFile(id: string): MatrixFile {
  return JSON.parse(readFileSync(path.join(MATRICES_DIR, `${id}.json`), 'utf8')) as MatrixFile
}

/** Every verdict of a matrix file, cells and their workload refinements, with where it is. */
export function fileVerdicts(
  matrix: MatrixFile,
): { where: string; cell: FileCell; workload?: string; verdict: FileVerdict }[] {
  return matrix.cells.flatMap((cell) => [
    { where: `${cell.client} on ${cell.server}`, cell, verdict: cell as FileVerdict },
    ...Object.entries(cell.workloads ?? {}).map(([workload, verdict]) => ({
      where: `${cell.client} on ${cell.server} for ${workload}`,
      cell,
      workload,
      verdict,
    })),
  ])
}

/** The file under ../shared/sources/ each source key of the all-generations catalogue was read from. */
export const CATALOGUE_SOURCE_FILES: Record<string, string> = {
  gg398499: 'lync2013-supported-clients-from-previous-deployments.md',
  'jj204672-t1': 'lync2013-client-interoperability.md',
  'jj204672-t2': 'lync2013-client-interoperability.md',
  'jj204672-t4': 'lync2013-client-interoperability.md',
  'jj204672-lync2010-meetings': 'lync2013-client-interoperability.md',
  gg425836: 'lync2013-desktop-client-comparison-tables.md',
  hh691004: 'lync2013-mobile-client-comparison-tables.md',
  hh690037: 'lync2013-mobility-client-server-support.md',
  jj823129: 'lync2013-mobility-client-server-support.md',
  dn954919: 'lync2013-skype-for-business-client-on-lync-server.md',
  gg425764: 'lync2013-server-coexistence.md',
  'sfb2019-migration': 'lync2013-server-coexistence.md',
  'sfb2019-deprecations': 'lync2013-server-coexistence.md',
  'sfb-clients': 'sfb2015-2019-legacy-clients.md',
  'sfb-legacy-clients': 'sfb2015-2019-legacy-clients.md',
  'sfb2015-feature-comparison': 'sfb2015-desktop-feature-comparison.md',
  'sfb2019-feature-comparison': 'sfb2019-desktop-feature-comparison.md',
  'gg398499-2010': 'lync2010-supported-clients-and-interop.md',
  'gg413014-it': 'lync2010-supported-clients-and-interop.md',
  'get-csserverversion': 'deployment-inventory-user-agents-and-builds.md',
  'get-csserverpatchversion': 'deployment-inventory-user-agents-and-builds.md',
  'move-csuser': 'deployment-inventory-user-agents-and-builds.md',
  'disable-tls': 'deployment-inventory-user-agents-and-builds.md',
  'sfb-server-updates': 'deployment-inventory-user-agents-and-builds.md',
  'kb2809243-link': 'deployment-inventory-user-agents-and-builds.md',
  'hybrid-pstn-planning': 'deployment-inventory-user-agents-and-builds.md',
  'meeting-room-move': 'deployment-inventory-user-agents-and-builds.md',
}

/** The source file a catalogue source key was read from; throws for a key the catalogue does not use. */
export function catalogueSourceFile(ref: string): string {
  const file = CATALOGUE_SOURCE_FILES[ref]
  if (file === undefined) throw new Error(`no source file known for source "${ref}"`)
  return readSource(file)
}

/** Whether `quote` is in `text` verbatim, as written or as the page reads (links as their text, whitespace folded). */
export function isQuoted(text: string, quote: string): boolean {
  return text.includes(quote) || plainText(text).includes(plainText(quote))
}

/** "Microsoft Lync 2010" and "Lync 2010" alike: a name with a leading "Microsoft " dropped, for matching names across sources. */
export const withoutMicrosoft = (name: string): string => name.replace(/^Microsoft\s+/, '')

/** Columns of the client comparison tables whose heading is not one product's name: the catalogue's clients each stands for. */
export const COLUMN_CLIENTS: Record<string, string[]> = {
  'Skype for Business 2015, 2016, or 2019 client': [
    'skype-for-business-2015',
    'skype-for-business-2016',
    'skype-for-business-2019',
  ],
  'Skype for Business 2015 or 2016 client': ['skype-for-business-2015', 'skype-for-business-2016'],
  'Skype for Business 2015 and 2016 client': ['skype-for-business-2015', 'skype-for-business-2016'],
  'Skype for Business 2016 client': ['skype-for-business-2016'],
  'Skype for Business 2015 client': ['skype-for-business-2015'],
  'Lync 2013 client': ['lync-2013'],
  // "Because Lync Web App is a web component of the server, ... the newer version of Lync Web App is always used."
  'Lync Web App': ['lync-web-app-2013'],
}
