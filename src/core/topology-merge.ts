import { parseDocument, type SourceDocument } from './document.js'
import { LineIndex } from './line-index.js'
import { formatCount, plural } from './format.js'
import { poolKey, type ImportedEstate, type ImportedServer } from './imported.js'
import { normalizeName } from './suggest.js'
import {
  agentsComment,
  beginLine,
  BLOCK_BEGIN,
  BLOCK_END,
  clientLines,
  commentText,
  countLine,
  distinctServers,
  endLine,
  foldPopulations,
  populationKey,
  populationName,
  quoted,
  serverLines,
  SOURCES_BLOCK,
  sourcesBlock,
  UNCLASSIFIED_BLOCK,
  unclassifiedBlock,
  versionLine,
  withComment,
  yamlString,
  type Population,
  type SharedPopulation,
} from './topology-writer.js'
import type { Diagnostic } from './types.js'

// The other half of writing an import (topology-writer.ts renders a new file): mergeTopology edits an
// existing topology by splicing its text, so that every byte the import has no reason to change
// (comments, order, quoting, blank lines, exceptions, workloads) stays as the user wrote it, and a
// second run on the same inventory changes nothing.
//
// What the import owns in a file, and so rewrites: the value of a server's `version:` (with its
// line's comment, which named the old build's update) when the build changed; a server's
// `product:` value when the build says another product; a client's whole `users:` line (the count
// and the comment listing its user agents); the marker line above an entry the inventory no longer
// has; and the two comment blocks between `# coexist import: begin …` and `# coexist import: end …`.
// Everything else is the user's.

/** How mergeTopology maps a product name or alias of the file to the matrix's product id. */
export interface ProductIds {
  clientId(name: string): string | undefined
  serverId(name: string): string | undefined
}

/** One edit of a merge, for the summary the import prints. `line` is in the merged text. */
export interface TopologyChange {
  kind: 'added' | 'updated' | 'marked' | 'unmarked'
  what: 'server' | 'client'
  name: string
  detail: string
  line: number
}

export type MergeOutcome =
  { ok: true; text: string; changes: TopologyChange[] } | { ok: false; errors: Diagnostic[] }

/** Written directly above an entry the inventory no longer has; fixed, so a second run adds nothing. */
const ABSENT_MARKER = '# coexist import: not in the inventory (kept; remove it when it is gone)'

/** Lines of formatChanges; the rest are counted. */
const CHANGES_LISTED = 200
/** Problems a refused merge lists. */
const ERRORS_LISTED = 100

// ---------------------------------------------------------------------------------------------
// Merging into an existing topology

/** The lines of a text: where each starts, where its content ends, and where the next starts. */
class TextLines {
  readonly starts: number[] = []
  readonly ends: number[] = []
  readonly nexts: number[] = []
  /** The file's line end (its first one), for the lines the merge writes. */
  readonly eol: string

  /** `index`: the same text's LineIndex (the parsed document's), which finds a line by offset. */
  constructor(
    readonly text: string,
    private readonly index: LineIndex,
  ) {
    const breaks = /\r\n|\r|\n/g
    let start = 0
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      this.starts.push(start)
      this.ends.push(m.index)
      start = m.index + m[0].length
      this.nexts.push(start)
    }
    if (start < text.length) {
      this.starts.push(start)
      this.ends.push(text.length)
      this.nexts.push(text.length)
    }
    this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n'
  }

  get count(): number {
    return this.starts.length
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i])
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    return this.index.lineOf(offset)
  }

  indent(i: number): number {
    return /^ */.exec(this.line(i))?.[0].length ?? 0
  }

  isBlank(i: number): boolean {
    return this.line(i).trim() === ''
  }

  isComment(i: number): boolean {
    return this.line(i).trimStart().startsWith('#')
  }
}

type Change = Omit<TopologyChange, 'line'>

/** A replacement of text[start, end), with the changes it makes, each at an offset into `text`. */
interface Edit {
  start: number
  end: number
  text: string
  changes: { change: Change; at: number }[]
}

/** Edits to one text, made in any order and applied at once, each with the changes it makes. */
class Splice {
  private readonly edits: Edit[] = []

  constructor(private readonly lines: TextLines) {}

  replace(start: number, end: number, by: string, change?: Change): void {
    this.edits.push({ start, end, text: by, changes: change ? [{ change, at: 0 }] : [] })
  }

  /** New lines after line `line`; each change at the index of the new line it points at. */
  insertAfter(line: number, newLines: readonly string[], changes: [Change, number][] = []): void {
    const { nexts, ends } = this.lines
    const at = nexts[line] as number
    this.insert(at, at > (ends[line] as number), newLines, changes)
  }

  /** New lines at the end of the text. */
  append(newLines: readonly string[], changes: [Change, number][] = []): void {
    const { text } = this.lines
    this.insert(text.length, text === '' || /[\r\n]$/.test(text), newLines, changes)
  }

  /** A new line before line `line`. */
  insertBefore(line: number, newLine: string, change: Change): void {
    const at = this.lines.starts[line] as number
    this.edits.push({
      start: at,
      end: at,
      text: newLine + this.lines.eol,
      changes: [{ change, at: 0 }],
    })
  }

  removeLine(line: number, change: Change): void {
    const { starts, nexts } = this.lines
    const at = starts[line] as number
    this.edits.push({
      start: at,
      end: nexts[line] as number,
      text: '',
      changes: [{ change, at: 0 }],
    })
  }

  /** At `at`, which starts a line when `afterLineEnd`, else ends the text's last line. */
  private insert(
    at: number,
    afterLineEnd: boolean,
    newLines: readonly string[],
    changes: [Change, number][],
  ): void {
    const { eol } = this.lines
    // Each change points at the start of its line: past the line ends written before it.
    const offsets: number[] = []
    let text = ''
    for (const line of newLines) {
      if (!afterLineEnd) text += eol
      offsets.push(text.length)
      text += afterLineEnd ? line + eol : line
    }
    this.edits.push({
      start: at,
      end: at,
      text,
      changes: changes.map(([change, index]) => ({ change, at: offsets[index] ?? 0 })),
    })
  }

  /** The edited text and each change with its line in it; undefined if two edits overlap. */
  apply(): { text: string; changes: TopologyChange[] } | undefined {
    const { text } = this.lines
    // Stable: edits at one offset keep the order they were made in (entries before the blocks).
    const sorted = this.edits
      .map((edit, order) => ({ edit, order }))
      .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    let out = ''
    let at = 0
    const placed: { change: Change; offset: number }[] = []
    for (const { edit } of sorted) {
      if (edit.start < at) return undefined
      out += text.slice(at, edit.start)
      for (const { change, at: within } of edit.changes)
        placed.push({ change, offset: out.length + within })
      out += edit.text
      at = edit.end
    }
    out += text.slice(at)
    const lines = new LineIndex(out)
    const changes = placed
      .map(({ change, offset }) => ({ ...change, line: lines.lineOf(offset) + 1 }))
      .sort((a, b) => a.line - b.line)
    return { text: out, changes }
  }
}

interface EntryLayout {
  node: number
  /** Its index in its list. */
  index: number
  value: Record<string, unknown>
  name: string
  product: string
  dashLine: number
  dashColumn: number
  keyColumn: number
  /** The last line of the entry's keys and values. */
  contentEnd: number
  /** The last line of the entry with the comments indented under it. */
  tailEnd: number
  /** The absent marker directly above it, if there is one. */
  markerLine?: number
}

interface SectionLayout {
  entries: EntryLayout[]
  /** New entries go after this line; undefined: at the end of the file, as a new section. */
  appendAfter?: number
  dashColumn: number
  keyColumn: number
  blankBetween: boolean
  /** `servers: []`: the brackets, removed when entries are added. */
  emptyFlow?: { start: number; end: number }
}

interface Layout {
  servers: SectionLayout
  clients: SectionLayout
}

interface Block {
  begin: number
  end: number
}

/** Why a merge is refused: every problem found, each at its place. */
class Refusal {
  readonly errors: Diagnostic[] = []

  constructor(private readonly document: SourceDocument) {}

  at(start: number, end: number, message: string): void {
    if (this.errors.length < ERRORS_LISTED)
      this.errors.push({
        file: this.document.file,
        ...this.document.lines.span(start, end),
        message,
      })
  }
}

const HOW_TO = 'coexist import --into edits only block-style lists (one `- name: …` entry per item)'

/** The value the merged file must read as: the file's, with the import's edits. */
type TopologyValue = Record<string, unknown> & {
  servers?: Record<string, unknown>[] | null
  clients?: Record<string, unknown>[] | null
}

/**
 * The estate merged into an existing YAML topology by splicing its text: servers matched by pool
 * name (case-insensitively), populations by product (through `ids`, so that aliases match) and set
 * of servers. Names and everything else the import does not own (see the top of this file) stay
 * byte for byte, line ends included. New servers and populations are appended to their lists in
 * the file's own indentation; an entry the inventory no longer has is marked, never deleted.
 *
 * An entry is judged absent only where the inventory could have seen it. A server: when the estate
 * has server data and mentions the pool nowhere. A population: when the estate has client data and
 * the server inventory lists every server the population uses (every server of the file, for one
 * without `servers:`), and the client inventory counted users per pool (one that did not covers
 * the whole estate at once, so it judges only populations without `servers:`). A population on a
 * pool the server inventory does not list is left alone: its users may simply not be in this
 * export.
 *
 * Refused, with the place and what to do, and no text: a file that does not parse, a JSON file,
 * flow-style lists or entries, anchors, aliases and tags where the merge edits, and any layout
 * whose edited text would not read back as exactly the intended topology.
 */
export function mergeTopology(
  existing: { file: string; text: string },
  estate: ImportedEstate,
  ids: ProductIds,
): MergeOutcome {
  const { file, text } = existing
  if (/\.json$/i.test(file))
    return refused(
      file,
      'coexist import --into edits YAML topologies and keeps their layout, which JSON cannot carry (comments, markers): write a new YAML topology with coexist import, or convert this one to YAML',
    )
  const parsed = parseDocument(text, file, 'yaml')
  if (!parsed.ok) return parsed
  const { document } = parsed
  const lines = new TextLines(text, document.lines)
  const refusal = new Refusal(document)
  const layout = readLayout(document, lines, refusal)
  const blocks = findBlocks(lines, refusal)
  if (layout) checkServerNames(layout.servers, lines, refusal)
  if (!layout || !blocks || refusal.errors.length > 0) return { ok: false, errors: refusal.errors }

  const merge = new Merge(document, lines, layout, estate, ids, refusal)
  merge.servers()
  merge.clients()
  merge.blocks(blocks)
  if (refusal.errors.length > 0) return { ok: false, errors: refusal.errors }
  const applied = merge.splice.apply()
  if (!applied) return refused(file, cannotEdit('two of its edits overlap'))
  // The proof that nothing else moved: the edited text reads as the file's value with exactly the
  // import's edits, or nothing is written.
  const reread = parseDocument(applied.text, file, 'yaml')
  if (!reread.ok || !sameValue(reread.document.value, merge.expected))
    return refused(file, cannotEdit('the edited file would not read as intended'))
  return { ok: true, text: applied.text, changes: applied.changes }
}

function refused(file: string, message: string): MergeOutcome {
  return {
    ok: false,
    errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }],
  }
}

function cannotEdit(why: string): string {
  return `coexist import cannot edit this file safely (${why}); write a new topology with coexist import and merge it by hand`
}

/** Pools are matched by name case-insensitively, so two servers may not differ only in case. */
function checkServerNames(section: SectionLayout, lines: TextLines, refusal: Refusal): void {
  const seen = new Map<string, EntryLayout>()
  for (const entry of section.entries) {
    const earlier = seen.get(poolKey(entry.name))
    if (earlier)
      refusal.at(
        lines.starts[entry.dashLine] as number,
        lines.ends[entry.dashLine] as number,
        `servers ${quoted(earlier.name)} (line ${earlier.dashLine + 1}) and ${quoted(entry.name)} name the same pool: coexist import matches pools by name, whatever their case; remove or rename one`,
      )
    else seen.set(poolKey(entry.name), entry)
  }
}

/** One merge: what the file has, what the estate says, and the edits between them. */
class Merge {
  readonly splice: Splice
  readonly expected: TopologyValue
  private readonly estateServers: ImportedServer[]
  private readonly populations: Population[]
  /** The file's server names, and those the merge adds, by pool. */
  private readonly declared = new Map<string, string>()
  private readonly leftOut: Population[] = []
  private readonly shared: SharedPopulation[] = []

  constructor(
    private readonly document: SourceDocument,
    private readonly lines: TextLines,
    private readonly layout: Layout,
    private readonly estate: ImportedEstate,
    private readonly ids: ProductIds,
    private readonly refusal: Refusal,
  ) {
    this.splice = new Splice(lines)
    this.expected = structuredClone(document.value) as TopologyValue
    this.estateServers = distinctServers(estate.servers)
    this.populations = foldPopulations(estate.populations, (p) => this.clientKey(p))
  }

  private clientKey(product: string): string {
    return this.ids.clientId(product) ?? normalizeName(product)
  }

  private serverKey(product: string): string {
    return this.ids.serverId(product) ?? normalizeName(product)
  }

  servers(): void {
    const { estate } = this
    const entries = new Map(this.layout.servers.entries.map((e) => [poolKey(e.name), e]))
    const added: ImportedServer[] = []
    for (const server of this.estateServers) {
      const entry = entries.get(poolKey(server.pool))
      if (entry) this.updateServer(entry, server)
      else added.push(server)
    }
    const inEstate = new Set(this.estateServers.map((s) => poolKey(s.pool)))
    const mentioned = new Set([
      ...inEstate,
      ...estate.populations.flatMap((p) => (p.pool === undefined ? [] : [poolKey(p.pool)])),
      ...estate.unclassified.flatMap((u) => [
        ...(u.pool === undefined ? [] : [poolKey(u.pool)]),
        ...(u.kind === 'pool' ? [poolKey(u.text)] : []),
      ]),
    ])
    for (const [pool, entry] of entries) {
      if (inEstate.has(pool)) continue
      if (mentioned.has(pool)) this.unmark(entry, 'server')
      else if (estate.serversListed) this.mark(entry, 'server')
    }
    for (const entry of this.layout.servers.entries)
      this.declared.set(poolKey(entry.name), entry.name)
    for (const server of added) this.declared.set(poolKey(server.pool), server.pool)

    const { dashColumn, keyColumn } = this.layout.servers
    this.append(
      'servers',
      added.map((server) => {
        this.expectEntry('servers', {
          name: server.pool,
          product: server.product,
          ...(server.version === undefined ? {} : { version: server.version }),
        })
        return {
          lines: serverLines(server, dashColumn, keyColumn),
          change: { kind: 'added', what: 'server', name: server.pool, detail: serverText(server) },
        }
      }),
    )
  }

  private updateServer(entry: EntryLayout, server: ImportedServer): void {
    const target = this.expected.servers?.[entry.index] as Record<string, unknown>
    const change = (detail: string): Change => ({
      kind: 'updated',
      what: 'server',
      name: entry.name,
      detail,
    })
    this.unmark(entry, 'server')
    if (this.serverKey(entry.product) !== this.serverKey(server.product)) {
      const product = this.editable(entry, 'product')
      if (product) {
        target.product = server.product
        this.splice.replace(
          product.start,
          product.end,
          yamlString(server.product),
          change(
            `product ${entry.product} → ${server.product} (a pool does not change product in place: check the inventory)`,
          ),
        )
      }
    }
    const current = entry.value.version
    if (server.version === undefined) {
      if (current === undefined) return
      // The inventory gives no whole build for the pool (a base build such as 5.0.8308, a computer
      // behind the others, a product named instead): a version the file kept would credit the pool
      // with an update the inventory does not show, and a cell that needs it would pass.
      const version = this.editable(entry, 'version')
      if (!version) return
      delete target.version
      this.splice.removeLine(
        this.lines.lineOf(version.start),
        change(`version ${String(current)} removed: the inventory gives no whole build for it`),
      )
      return
    }
    if (current === server.version) return
    target.version = server.version
    const update = server.update === undefined ? '' : ` (${server.update})`
    if (current === undefined) {
      const { positions } = this.document
      const product = positions.entry(entry.node, 'product')?.value ?? entry.node
      const productLine = this.lines.lineOf(Math.max(0, positions.endOf(product)))
      this.splice.insertAfter(
        productLine,
        [versionLine(server.version, server.update, entry.keyColumn)],
        [[change(`version ${server.version}${update} (added)`), 0]],
      )
      return
    }
    const version = this.editable(entry, 'version')
    if (!version) return
    // The line's comment named the old build's update: the new line names the new one.
    this.splice.replace(
      version.start,
      version.lineEnd,
      restOfLine(
        version,
        yamlString(server.version),
        server.update === undefined ? '' : commentText(server.update),
      ),
      change(`version ${String(current)} → ${server.version}${update}`),
    )
  }

  clients(): void {
    const { estate, layout } = this
    const byKey = new Map<string, EntryLayout[]>()
    for (const entry of layout.clients.entries) {
      const key = populationKey(this.clientKey(entry.product), serverNames(entry.value.servers))
      byKey.set(key, [...(byKey.get(key) ?? []), entry])
    }
    const matched = new Set<string>()
    const taken = new Set(layout.clients.entries.map((e) => e.name.toLowerCase()))
    const added: { lines: string[]; change: Change }[] = []
    for (const population of this.populations) {
      const key = populationKey(this.clientKey(population.product), population.pool)
      const matches = byKey.get(key) ?? []
      if (matches.length > 0) matched.add(key)
      for (const entry of matches) this.unmark(entry, 'client')
      const [match] = matches
      if (matches.length > 1)
        this.shared.push({ names: matches.map((entry) => entry.name), population })
      else if (match) this.updateUsers(match, population)
      else {
        const server =
          population.pool === undefined ? undefined : this.declared.get(poolKey(population.pool))
        if (population.pool !== undefined && server === undefined) this.leftOut.push(population)
        else added.push(this.newClient(population, server, taken))
      }
    }

    const hasClientData =
      estate.populations.length > 0 ||
      estate.serverAgents.length > 0 ||
      estate.unclassified.some((u) => u.kind === 'user-agent')
    const perPool =
      estate.populations.some((p) => p.pool !== undefined) ||
      estate.unclassified.some((u) => u.kind === 'user-agent' && u.pool !== undefined)
    const listed = new Set([
      ...estate.servers.map((s) => poolKey(s.pool)),
      ...estate.unclassified.flatMap((u) =>
        u.kind === 'build' && u.pool !== undefined ? [poolKey(u.pool)] : [],
      ),
    ])
    const everyServer = layout.servers.entries.map((e) => poolKey(e.name))
    for (const [key, entries] of byKey) {
      if (matched.has(key) || !hasClientData) continue
      for (const entry of entries) {
        const names = serverNames(entry.value.servers).map(poolKey)
        const judged =
          names.length > 0
            ? perPool && names.every((n) => listed.has(n))
            : !perPool || everyServer.every((n) => listed.has(n))
        if (judged) this.mark(entry, 'client')
      }
    }
    this.append('clients', added)
  }

  private newClient(
    population: Population,
    server: string | undefined,
    taken: Set<string>,
  ): { lines: string[]; change: Change } {
    const name = populationName(population, taken)
    this.expectEntry('clients', {
      name,
      product: population.product,
      ...(server === undefined ? {} : { servers: [server] }),
      users: population.users,
    })
    const { dashColumn, keyColumn } = this.layout.clients
    return {
      lines: clientLines(name, population, server, dashColumn, keyColumn),
      change: {
        kind: 'added',
        what: 'client',
        name,
        detail: `${population.product} on ${server ?? 'every server'}, ${plural(population.users, 'user')}`,
      },
    }
  }

  /** The entry's `users:` line, which the import owns: its count and its user agents. */
  private updateUsers(entry: EntryLayout, population: Population): void {
    const target = this.expected.clients?.[entry.index] as Record<string, unknown>
    target.users = population.users
    const current = entry.value.users
    const comment = agentsComment(population)
    const change = (detail: string): Change => ({
      kind: 'updated',
      what: 'client',
      name: entry.name,
      detail,
    })
    if (current === undefined) {
      const line = withComment(`${' '.repeat(entry.keyColumn)}users: ${population.users}`, comment)
      this.splice.insertAfter(
        entry.contentEnd,
        [line],
        [[change(`users ${formatCount(population.users)} (added)`), 0]],
      )
      return
    }
    const users = this.editable(entry, 'users')
    if (!users || (current === population.users && users.comment === comment)) return
    this.splice.replace(
      users.start,
      users.lineEnd,
      restOfLine(users, String(population.users), comment),
      change(
        current === population.users
          ? 'user agents listed again'
          : `users ${typeof current === 'number' ? formatCount(current) : String(current)} → ${formatCount(population.users)}`,
      ),
    )
  }

  /** The import's two comment blocks: rewritten where they are, or added at the end of the file. */
  blocks(found: ReadonlyMap<string, Block>): void {
    const { lines, estate } = this
    const content = new Map([
      [
        SOURCES_BLOCK,
        sourcesBlock(estate, countLine(estate, this.estateServers.length, this.populations)),
      ],
      [UNCLASSIFIED_BLOCK, unclassifiedBlock(estate, this.leftOut, this.shared)],
    ])
    const added: string[] = []
    for (const [kind, blockLines] of content) {
      const block = found.get(kind)
      if (!block) {
        // A blank line before each, unless the file ends with one.
        if (added.length > 0 || (lines.count > 0 && !lines.isBlank(lines.count - 1))) added.push('')
        added.push(...blockLines)
        continue
      }
      const start = lines.starts[block.begin] as number
      const end = lines.ends[block.end] as number
      const by = blockLines.join(lines.eol)
      if (lines.text.slice(start, end) !== by) this.splice.replace(start, end, by)
    }
    if (added.length > 0) this.splice.append(added)
  }

  private editable(entry: EntryLayout, key: string): EditableValue | undefined {
    return editableValue(this.document, this.lines, entry.node, key, this.refusal)
  }

  private mark(entry: EntryLayout, what: TopologyChange['what']): void {
    if (entry.markerLine !== undefined) return
    this.splice.insertBefore(entry.dashLine, `${' '.repeat(entry.dashColumn)}${ABSENT_MARKER}`, {
      kind: 'marked',
      what,
      name: entry.name,
      detail: 'not in the inventory (marked)',
    })
  }

  private unmark(entry: EntryLayout, what: TopologyChange['what']): void {
    if (entry.markerLine === undefined) return
    this.splice.removeLine(entry.markerLine, {
      kind: 'unmarked',
      what,
      name: entry.name,
      detail: 'back in the inventory (marker removed)',
    })
  }

  private expectEntry(key: 'servers' | 'clients', entry: Record<string, unknown>): void {
    const list = this.expected[key]
    if (Array.isArray(list)) list.push(entry)
    else this.expected[key] = [entry]
  }

  /** New entries after a list's last one, into its empty list, or as a new section at the end. */
  private append(key: 'servers' | 'clients', entries: { lines: string[]; change: Change }[]): void {
    if (entries.length === 0) return
    const section = this.layout[key]
    const out: string[] = []
    const changes: [Change, number][] = []
    if (section.appendAfter === undefined) out.push('', `${key}:`)
    entries.forEach((entry, i) => {
      if (section.blankBetween && (i > 0 || section.entries.length > 0)) out.push('')
      changes.push([entry.change, out.length])
      out.push(...entry.lines)
    })
    if (section.emptyFlow) this.splice.replace(section.emptyFlow.start, section.emptyFlow.end, '')
    if (section.appendAfter === undefined) this.splice.append(out, changes)
    else this.splice.insertAfter(section.appendAfter, out, changes)
  }
}

function serverText(server: ImportedServer): string {
  const version = server.version === undefined ? '' : ` ${server.version}`
  const update = server.update === undefined ? '' : ` (${server.update})`
  return `${server.product}${version}${update}`
}

function serverNames(servers: unknown): string[] {
  return Array.isArray(servers) ? servers.filter((s): s is string => typeof s === 'string') : []
}

/** Deep equality of two parsed YAML values, keys in any order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  )
}

const CHANGE_SYMBOLS: Record<TopologyChange['kind'], string> = {
  added: '+',
  updated: '~',
  marked: '!',
  unmarked: '~',
}

/**
 * A diff-style summary of a merge, one line each and each ending in a line break (nothing when
 * nothing changed): `+` added, `~` updated or back in the inventory, `!` marked as no longer in it.
 * At most 200 lines, then how many more.
 */
export function formatChanges(changes: readonly TopologyChange[]): string {
  const lines = changes
    .slice(0, CHANGES_LISTED)
    .map(
      (c) =>
        `${CHANGE_SYMBOLS[c.kind]} ${c.what} ${commentText(c.name)}: ${commentText(c.detail)}\n`,
    )
  if (changes.length > CHANGES_LISTED)
    lines.push(`… and ${formatCount(changes.length - CHANGES_LISTED)} more\n`)
  return lines.join('')
}

// ---------------------------------------------------------------------------------------------
// Reading the existing file's layout

/** A scalar value the merge may rewrite: it and the rest of its line (a trailing comment). */
interface EditableValue {
  /** The value as written, quotes included. */
  start: number
  end: number
  lineEnd: number
  /** The line up to the value. */
  head: string
  /** Its line's trailing comment, without the `#`. */
  comment: string
}

/** The new rest of an edited value's line: the value, and a comment at the examples' column. */
function restOfLine(value: EditableValue, scalar: string, comment: string): string {
  return withComment(value.head + scalar, comment).slice(value.head.length)
}

function isQuote(c: string | undefined): boolean {
  return c === '"' || c === "'"
}

/** Where a scalar node is written, its quotes included (the positions leave them out). */
function writtenExtent(text: string, start: number, end: number): { start: number; end: number } {
  return isQuote(text[start - 1]) && text[end] === text[start - 1]
    ? { start: start - 1, end: end + 1 }
    : { start, end }
}

/**
 * The value of `key` in an entry, if it is one the merge can rewrite in place: a scalar on its
 * key's line, with no anchor, tag or alias (an anchored value repeated elsewhere would change there
 * too), and nothing after it but a comment.
 */
function editableValue(
  document: SourceDocument,
  lines: TextLines,
  entry: number,
  key: string,
  refusal: Refusal,
): EditableValue | undefined {
  const { positions } = document
  const { text } = lines
  const found = positions.entry(entry, key)
  if (!found) return undefined
  const keyAt = writtenExtent(text, positions.startOf(found.key), positions.endOf(found.key))
  const refuse = (problem: string) => {
    refusal.at(
      keyAt.start,
      keyAt.end,
      `\`${key}:\` ${problem}; coexist import --into rewrites this value: write it on one line as \`${key}: value\``,
    )
    return undefined
  }
  const node = found.value
  if (positions.resolve(node) !== node) return refuse('is an alias (*name)')
  if (!positions.isScalar(node)) return refuse('is not a single value')
  if (positions.startOf(node) < 0) return refuse('has no value')
  const at = writtenExtent(text, positions.startOf(node), positions.endOf(node))
  if (!/^[ \t]*:[ \t]*$/.test(text.slice(keyAt.end, at.start)))
    return refuse('has an anchor (&name), a tag (!tag) or a block scalar (| or >)')
  const line = lines.lineOf(at.start)
  const lineEnd = lines.ends[line] as number
  const rest = text.slice(at.end, lineEnd)
  if (at.end > lineEnd || !/^(?:[ \t]+#.*)?[ \t]*$/.test(rest)) return refuse('spans lines')
  const comment = rest.trim()
  return {
    start: at.start,
    end: at.end,
    lineEnd,
    head: text.slice(lines.starts[line], at.start),
    comment: comment.startsWith('#') ? comment.slice(1).trim() : '',
  }
}

/** The layout of `servers:` and `clients:`, or undefined after refusing what cannot be spliced. */
function readLayout(
  document: SourceDocument,
  lines: TextLines,
  refusal: Refusal,
): Layout | undefined {
  const { positions, value } = document
  const root = positions.roots[0] as number
  const start = Math.max(0, positions.startOf(root))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refusal.at(
      start,
      start + 1,
      'the file is not a topology (a mapping with `servers:` and `clients:`)',
    )
    return undefined
  }
  if (lines.text[start] === '{') {
    refusal.at(
      start,
      start + 1,
      `the topology is written in flow style ({ … }); ${HOW_TO}: rewrite it in block style, one key per line`,
    )
    return undefined
  }
  const servers = readSection(document, lines, refusal, root, 'servers')
  const clients = readSection(document, lines, refusal, root, 'clients')
  return servers && clients ? { servers, clients } : undefined
}

function readSection(
  document: SourceDocument,
  lines: TextLines,
  refusal: Refusal,
  root: number,
  key: 'servers' | 'clients',
): SectionLayout | undefined {
  const { positions } = document
  const { text } = lines
  // The examples' style: servers one after another, client populations a blank line apart.
  const blankBetween = key === 'clients'
  const found = positions.entry(root, key)
  if (!found) return { entries: [], dashColumn: 2, keyColumn: 4, blankBetween }
  const data = (document.value as Record<string, unknown>)[key]
  const keyAt = writtenExtent(text, positions.startOf(found.key), positions.endOf(found.key))
  const keyLine = lines.lineOf(keyAt.start)
  const empty: SectionLayout = {
    entries: [],
    appendAfter: keyLine,
    dashColumn: lines.indent(keyLine) + 2,
    keyColumn: lines.indent(keyLine) + 4,
    blankBetween,
  }
  const node = found.value
  const start = positions.startOf(node)
  if (positions.resolve(node) !== node) {
    refusal.at(
      start,
      positions.endOf(node),
      `\`${key}:\` is an alias (*name); ${HOW_TO}: write the list out`,
    )
    return undefined
  }
  if (data === null && start < 0) return empty
  if (!Array.isArray(data)) {
    refusal.at(
      keyAt.start,
      keyAt.end,
      `\`${key}:\` is not a list; coexist check says what it should hold`,
    )
    return undefined
  }
  if (text[start] === '[') {
    if (data.length === 0) {
      let from = start
      while (text[from - 1] === ' ' || text[from - 1] === '\t') from--
      return { ...empty, emptyFlow: { start: from, end: text.indexOf(']', start) + 1 } }
    }
    refusal.at(
      start,
      start + 1,
      `\`${key}:\` is a flow-style list ([ … ]); ${HOW_TO}: rewrite it in block style, one \`- name: …\` entry per item`,
    )
    return undefined
  }
  if (
    text
      .slice(keyAt.end, start)
      .replace(/#[^\r\n]*/g, '')
      .trim() !== ':'
  ) {
    refusal.at(
      keyAt.start,
      keyAt.end,
      `\`${key}:\` has an anchor (&name) or a tag (!tag); ${HOW_TO}: remove it`,
    )
    return undefined
  }
  const entries: EntryLayout[] = []
  for (let i = 0; i < data.length; i++) {
    const entry = readEntry(
      document,
      lines,
      refusal,
      key,
      positions.item(node, i) as number,
      i,
      data[i],
    )
    if (entry) entries.push(entry)
  }
  if (entries.length < data.length) return undefined
  entries.forEach((entry, i) => {
    const next = entries[i + 1]
    const last = next ? next.dashLine - 1 : lastLineOfEntry(lines, entry)
    for (let line = entry.dashLine; line <= last; line++) {
      if (lines.isBlank(line)) continue
      if (!lines.isComment(line)) entry.contentEnd = line
      if (!lines.isComment(line) || lines.indent(line) > entry.dashColumn) entry.tailEnd = line
    }
  })
  const [first, second] = entries
  const last = entries.at(-1)
  if (!first || !last) return empty
  let separated = blankBetween
  if (second) {
    separated = false
    for (let line = first.contentEnd + 1; line < second.dashLine; line++)
      if (lines.isBlank(line)) separated = true
  }
  return {
    entries,
    appendAfter: last.tailEnd,
    dashColumn: first.dashColumn,
    keyColumn: first.keyColumn,
    blankBetween: separated,
  }
}

/** The last line that can belong to the last entry of a list: before the next line outdented to its dash. */
function lastLineOfEntry(lines: TextLines, entry: EntryLayout): number {
  let line = entry.dashLine + 1
  while (
    line < lines.count &&
    (lines.isBlank(line) || lines.isComment(line) || lines.indent(line) > entry.dashColumn)
  )
    line++
  return line - 1
}

function readEntry(
  document: SourceDocument,
  lines: TextLines,
  refusal: Refusal,
  key: 'servers' | 'clients',
  node: number,
  index: number,
  data: unknown,
): EntryLayout | undefined {
  const { positions } = document
  const { text } = lines
  const what = key === 'servers' ? 'server' : 'client'
  const from = positions.startOf(node)
  const refuse = (message: string) => {
    refusal.at(Math.max(0, from), Math.max(0, from) + 1, message)
    return undefined
  }
  if (positions.resolve(node) !== node)
    return refuse(`this ${what} is an alias (*name); ${HOW_TO}: write the entry out`)
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse(`this ${what} is not a mapping with \`name:\` and \`product:\``)
  if (text[from] === '{')
    return refuse(
      `this ${what} is written in flow style ({ … }); ${HOW_TO}: write one key per line`,
    )
  const start = isQuote(text[from - 1]) ? from - 1 : from
  let dash = start - 1
  while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash--
  const dashLine = lines.lineOf(Math.max(0, dash))
  const lineStart = lines.starts[dashLine] as number
  if (
    text[dash] !== '-' ||
    text.slice(lineStart, dash).trim() !== '' ||
    lines.lineOf(start) !== dashLine
  )
    return refuse(
      `this ${what} does not start as \`- name: …\` on one line (an anchor, a tag, or its first key on a line of its own); ${HOW_TO}`,
    )
  if (positions.hasMergeKey(node))
    return refuse(`this ${what} uses a merge key (<<); ${HOW_TO}: write its keys out`)
  const value = data as Record<string, unknown>
  const { name, product } = value
  if (typeof name !== 'string' || typeof product !== 'string')
    return refuse(
      `this ${what} has no \`name:\` or no \`product:\`; coexist import matches entries by them: coexist check says what is missing`,
    )
  for (const child of Object.keys(value)) {
    const found = positions.entry(node, child)
    if (!found) continue
    const items = Array.isArray(value[child]) ? (value[child] as unknown[]).length : 0
    const aliased =
      positions.resolve(found.value) !== found.value ||
      Array.from({ length: items }, (_, i) => positions.item(found.value, i)).some(
        (item) => item !== undefined && positions.resolve(item) !== item,
      )
    if (aliased) {
      refusal.at(
        positions.startOf(found.key),
        positions.endOf(found.key),
        `\`${child}:\` of ${what} ${quoted(name)} uses an alias (*name); ${HOW_TO}: write it out`,
      )
      return undefined
    }
  }
  const above = dashLine - 1
  return {
    node,
    index,
    value,
    name,
    product,
    dashLine,
    dashColumn: dash - lineStart,
    keyColumn: start - lineStart,
    contentEnd: dashLine,
    tailEnd: dashLine,
    ...(above >= 0 && lines.line(above).trim() === ABSENT_MARKER ? { markerLine: above } : {}),
  }
}

/** The import's comment blocks, by kind, or undefined after refusing a damaged one. */
function findBlocks(lines: TextLines, refusal: Refusal): Map<string, Block> | undefined {
  const blocks = new Map<string, Block>()
  const at = (line: number, message: string) =>
    refusal.at(lines.starts[line] as number, lines.ends[line] as number, message)
  const errors = refusal.errors.length
  let open: { kind: string; begin: number } | undefined
  for (let i = 0; i < lines.count; i++) {
    const line = lines.line(i).trimEnd()
    if (line.startsWith(BLOCK_BEGIN)) {
      const kind = [SOURCES_BLOCK, UNCLASSIFIED_BLOCK].find(
        (k) => line === `${BLOCK_BEGIN}${k}` || line.startsWith(`${BLOCK_BEGIN}${k} (`),
      )
      if (open)
        at(
          i,
          `a coexist import block begins inside another (line ${open.begin + 1}); restore its \`${endLine(open.kind)}\` line, or delete both blocks`,
        )
      else if (!kind)
        at(
          i,
          `unknown coexist import block; the import writes \`${beginLine(SOURCES_BLOCK)}\` and \`${beginLine(UNCLASSIFIED_BLOCK)}\`: fix or delete this line`,
        )
      else if (blocks.has(kind))
        at(
          i,
          `a second \`${kind}\` block (the first is at line ${(blocks.get(kind) as Block).begin + 1}); delete one`,
        )
      else open = { kind, begin: i }
    } else if (line.startsWith(BLOCK_END)) {
      if (!open || line !== endLine(open.kind))
        at(i, 'this coexist import block end has no matching begin line; delete it')
      else blocks.set(open.kind, { begin: open.begin, end: i })
      open = undefined
    } else if (open && !lines.isBlank(i) && !lines.isComment(i)) {
      at(
        i,
        `this line is inside the coexist import block that begins at line ${open.begin + 1}, which each import rewrites; move it out of the block`,
      )
    }
  }
  if (open)
    at(
      open.begin,
      `this coexist import block has no \`${endLine(open.kind)}\` line; restore it, or delete the block`,
    )
  return refusal.errors.length > errors ? undefined : blocks
}
