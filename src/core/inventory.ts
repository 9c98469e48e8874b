import { openDelimited, type DelimitedRow, type DelimitedTable } from './delimited.js'
import { formatCount, listed } from './format.js'
import type { AgentCount, Origin, ServerBuild } from './imported.js'
import type { Diagnostic, Span } from './types.js'

// The two inventories `coexist import` reads, as CSV or TSV (delimited.ts): the clients (user
// agents, per pool, with how many users each) and the servers (each pool's build). Columns are
// found by their header names; every cell is data, never a formula (=, +, -, @ included), and
// every problem points at its cell.

/** The most users one count may give, and one user agent on one pool may add up to (the topology's bound). */
const MAX_USERS = 1_000_000_000

export interface InventoryOptions {
  /** Data rows one file may hold (default 2,000,000). */
  maxRows?: number
}

export type ClientInventory =
  | {
      ok: true
      /** One entry per user agent and pool, in the order of their first rows. */
      agents: AgentCount[]
      /** Data rows read (blank lines not counted). */
      rows: number
      /** The header names of the columns used, as the file writes them. */
      columns: { userAgent: string; pool?: string; count?: string }
    }
  | { ok: false; errors: Diagnostic[]; unlisted: number }

export type ServerInventory =
  | {
      ok: true
      /** One entry per pool, in the order of their first rows. */
      builds: ServerBuild[]
      /** A pool whose computers run different builds: imported at the lowest, and said so. */
      warnings: Diagnostic[]
      rows: number
      columns: { pool: string; build: string }
    }
  | { ok: false; errors: Diagnostic[]; unlisted: number }

/**
 * The header names a column may have, compared without case, spaces, `_` and `-`. Groups are tried
 * in order and the first that names a column wins; two columns of one group are ambiguous.
 */
interface ColumnNames {
  /** What the column holds, for messages ("the user agent"). */
  what: string
  groups: readonly (readonly string[])[]
}

/** UserAgent (a CDR query; the IP Phone Inventory Report's "User agent"), else the CDR ClientVersions view's Version. */
const USER_AGENT: ColumnNames = {
  what: 'the user agent',
  groups: [['UserAgent'], ['ClientVersion', 'Version']],
}
const CLIENT_POOL: ColumnNames = {
  what: 'the pool',
  groups: [['Pool', 'PoolFqdn'], ['RegistrarPool'], ['Registrar']],
}
const COUNT: ColumnNames = {
  what: 'the count',
  groups: [['Users', 'UserCount', 'Count', 'Registrations']],
}
/** Pool (Get-CsComputer's), else Get-CsPool's Fqdn, else its Identity (a pool's Identity is its FQDN). */
const SERVER_POOL: ColumnNames = {
  what: 'the pool',
  groups: [['Pool', 'PoolFqdn'], ['Fqdn'], ['Identity']],
}
/** Build, else the name of a cmdlet's property (Get-CsServerPatchVersion's Version). */
const BUILD: ColumnNames = {
  what: 'the build',
  groups: [['Build'], ['ServerVersion', 'PatchVersion'], ['Version']],
}

/**
 * A client inventory: one row per user agent (and pool) with a count of users, or one row per
 * device or registration without one (each row then counts 1). An empty user-agent cell is kept as
 * the user agent '' so that the import reports its users as unknown rather than dropping them; an
 * empty pool cell is an error, because a population without a pool would use every server.
 */
export function readClientInventory(
  file: string,
  text: string,
  options: InventoryOptions = {},
): ClientInventory {
  const opened = openDelimited(file, text, maxRowsOf(options))
  if (!opened.ok) return opened
  const table = opened.table
  const userAgent = findColumn(table, USER_AGENT, true)
  const pool = findColumn(table, CLIENT_POOL, false)
  const count = findColumn(table, COUNT, false)
  if (table.problemCount > 0 || userAgent === undefined) return { ok: false, ...table.problems() }

  const pools = new PoolNames()
  // By pool, then by user agent: no key strings built per row, and a million rows of a few
  // hundred agents keep a few hundred entries.
  const byPool = new Map<string | undefined, Map<string, AgentCount>>()
  const agents: AgentCount[] = []
  const rows = table.readRows((row) => {
    const users = count === undefined ? 1 : usersOf(table, row, count)
    const poolName = pool === undefined ? undefined : pools.canonical(trimmed(row.cells[pool]))
    if (poolName === '') {
      table.report(
        row.span(pool as number),
        `this row names no pool; give each row the FQDN of the pool its users register with, or leave out the column "${table.columns[pool as number]}"`,
      )
      return
    }
    if (users === undefined) return
    const agent = trimmed(row.cells[userAgent])
    let ofPool = byPool.get(poolName)
    if (ofPool === undefined) byPool.set(poolName, (ofPool = new Map()))
    const entry = ofPool.get(agent)
    if (entry === undefined) {
      const added: AgentCount = {
        userAgent: agent,
        users,
        origin: originOf(file, row.span(userAgent)),
      }
      if (poolName !== undefined) added.pool = poolName
      ofPool.set(agent, added)
      agents.push(added)
    } else if (entry.users + users > MAX_USERS) {
      table.report(
        row.span(count as number),
        `the users of this user agent on this pool add up to more than ${formatCount(MAX_USERS)}`,
      )
    } else entry.users += users
  })
  if (table.problemCount === 0 && rows === 0) noRows(table)
  if (table.problemCount > 0) return { ok: false, ...table.problems() }
  const columns: { userAgent: string; pool?: string; count?: string } = {
    userAgent: table.columns[userAgent] as string,
  }
  if (pool !== undefined) columns.pool = table.columns[pool]
  if (count !== undefined) columns.count = table.columns[count]
  return { ok: true, agents, rows, columns }
}

/**
 * A server inventory: a pool and its build per row, one row per pool or one per computer. A pool
 * whose computers run different builds (mid-update) is imported at its lowest build, with a
 * warning: a gate must not credit a pool with an update some of its computers lack. Builds are
 * compared part by part as numbers; two different builds of one pool that are not both numbers
 * (a product's name and a build) cannot be ordered and are an error.
 */
export function readServerInventory(
  file: string,
  text: string,
  options: InventoryOptions = {},
): ServerInventory {
  const opened = openDelimited(file, text, maxRowsOf(options))
  if (!opened.ok) return opened
  const table = opened.table
  const poolColumn = findColumn(table, SERVER_POOL, true)
  const buildColumn = findColumn(table, BUILD, true)
  if (table.problemCount > 0 || poolColumn === undefined || buildColumn === undefined)
    return { ok: false, ...table.problems() }

  const pools = new PoolNames()
  const byPool = new Map<string, { lowest: ServerBuild; highest: ServerBuild }>()
  const rows = table.readRows((row) => {
    const pool = pools.canonical(trimmed(row.cells[poolColumn]))
    const build = trimmed(row.cells[buildColumn])
    const missing = pool === '' ? poolColumn : build === '' ? buildColumn : undefined
    if (missing !== undefined) {
      table.report(
        row.span(missing),
        `this row names no ${missing === poolColumn ? 'pool' : 'build'}; give each row a pool's FQDN and its build (5.0.8308.887) or its product's name`,
      )
      return
    }
    const known = byPool.get(pool)
    if (known === undefined) {
      const entry: ServerBuild = { pool, build, origin: originOf(file, row.span(buildColumn)) }
      byPool.set(pool, { lowest: entry, highest: entry })
      return
    }
    const order = compareBuilds(build, known.lowest.build)
    if (order === undefined) {
      const first = known.lowest.origin
      table.report(
        row.span(buildColumn),
        `pool ${pool} is given "${build}" here and "${known.lowest.build}" at ${first.line}:${first.column}, which cannot be ordered; give the pool one build, or builds as numbers (5.0.8308.887)`,
      )
    } else if (order < 0) {
      known.lowest = { pool, build, origin: originOf(file, row.span(buildColumn)) }
    } else if ((compareBuilds(build, known.highest.build) as number) > 0) {
      known.highest = { pool, build, origin: originOf(file, row.span(buildColumn)) }
    }
  })
  if (table.problemCount === 0 && rows === 0) noRows(table)
  if (table.problemCount > 0) return { ok: false, ...table.problems() }

  const warnings: Diagnostic[] = []
  for (const { lowest, highest } of byPool.values()) {
    if (lowest === highest || compareBuilds(lowest.build, highest.build) === 0) continue
    warnings.push({
      ...highest.origin,
      topic: 'server-version',
      message: `pool ${lowest.pool} runs builds from ${lowest.build} (${lowest.origin.line}:${lowest.origin.column}) to ${highest.build}; imported as ${lowest.build}, as a pool has only the updates all its computers have`,
    })
  }
  return {
    ok: true,
    builds: [...byPool.values()].map(({ lowest }) => lowest),
    warnings,
    rows,
    columns: {
      pool: table.columns[poolColumn] as string,
      build: table.columns[buildColumn] as string,
    },
  }
}

/**
 * `--server POOL=BUILD`: the pool, then everything after the first `=` as the build, which may be
 * a four-part build (5.0.8308.887) or a product's name with spaces (Lync Server 2013).
 */
export function parseServerOption(
  text: string,
): { ok: true; pool: string; build: string } | { ok: false; message: string } {
  const equals = text.indexOf('=')
  const pool = trimmed(equals === -1 ? text : text.slice(0, equals))
  const build = equals === -1 ? '' : trimmed(text.slice(equals + 1))
  if (equals === -1 || pool === '' || build === '')
    return {
      ok: false,
      message: `expected POOL=BUILD, a pool's FQDN and its build or product (pool01.contoso.com=5.0.8308.887, or "pool01.contoso.com=Lync Server 2013")`,
    }
  return { ok: true, pool, build }
}

/**
 * -1, 0 or 1 as build `a` is lower than, the same as, or higher than `b`; undefined when they
 * differ and are not both numbers. Missing parts count as 0: the base version Get-CsServerVersion
 * gives (5.0.8308) is lower than any update of it.
 */
export function compareBuilds(a: string, b: string): number | undefined {
  if (a.toLowerCase() === b.toLowerCase()) return 0
  if (!BUILD_NUMBER.test(a) || !BUILD_NUMBER.test(b)) return undefined
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = Number(x[i] ?? 0) - Number(y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

const BUILD_NUMBER = /^\d{1,9}(\.\d{1,9}){0,3}$/

/** Pools are FQDNs: compared without case, kept as first written. */
class PoolNames {
  private readonly byLowerCase = new Map<string, string>()
  /** Each spelling met, to what it stands for: one lookup per row instead of a lower-casing. */
  private readonly bySpelling = new Map<string, string>()

  canonical(name: string): string {
    let known = this.bySpelling.get(name)
    if (known === undefined) {
      const key = name.toLowerCase()
      known = this.byLowerCase.get(key)
      if (known === undefined) this.byLowerCase.set(key, (known = name))
      this.bySpelling.set(name, known)
    }
    return known
  }
}

/**
 * The index of the column named by one of `names`, undefined when none is (an error if `required`)
 * or when two of the winning group are (an error).
 */
function findColumn(
  table: DelimitedTable,
  names: ColumnNames,
  required: boolean,
): number | undefined {
  const normalized = table.columns.map(normalizedName)
  for (const group of names.groups) {
    const wanted = new Set(group.map(normalizedName))
    const found = normalized.flatMap((name, index) => (wanted.has(name) ? [index] : []))
    const [first, second] = found
    if (first === undefined) continue
    if (second !== undefined) {
      const at = table.columnSpan(first)
      table.report(
        table.columnSpan(second),
        `both "${table.columns[first]}" (${at.line}:${at.column}) and "${table.columns[second]}" name ${names.what}; keep one of them`,
      )
      return undefined
    }
    return first
  }
  if (required)
    table.report(
      table.headerSpan,
      `no column names ${names.what}: the header needs ${accepted(names)}; it has ${listed(table.columns.map((name) => `"${name}"`))}`,
    )
  return undefined
}

/** "a column named UserAgent (or, without one, ClientVersion or Version)". */
function accepted(names: ColumnNames): string {
  const [first, ...rest] = names.groups.map((group) => listed([...group], 'or'))
  const fallbacks = rest.length === 0 ? '' : ` (or, without one, ${listed(rest, 'or')})`
  return `a column named ${first}${fallbacks}`
}

function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '')
}

/** A count cell: a whole number from 0 to MAX_USERS; undefined (and reported) otherwise. */
function usersOf(table: DelimitedTable, row: DelimitedRow, column: number): number | undefined {
  const text = trimmed(row.cells[column])
  const users = /^\d{1,10}$/.test(text) ? Number(text) : NaN
  if (users <= MAX_USERS) return users
  table.report(
    row.span(column),
    text === ''
      ? `this row has no count; give the number of users (0 or more), or leave out the column "${table.columns[column]}" to count each row as one`
      : `"${text}" is not a count of users: a whole number from 0 to ${formatCount(MAX_USERS)}`,
  )
  return undefined
}

function noRows(table: DelimitedTable): void {
  const header = table.headerSpan
  table.report(
    {
      line: header.endLine,
      column: header.endColumn,
      endLine: header.endLine,
      endColumn: header.endColumn,
    },
    'the file has a header and no rows: there is nothing to import',
  )
}

/** Spaces and tabs around a cell are layout (fixed-width exports pad them); a missing cell is empty. */
function trimmed(cell: string | undefined): string {
  return cell === undefined ? '' : cell.trim()
}

function originOf(file: string, span: Span): Origin {
  return { file, ...span }
}

function maxRowsOf(options: InventoryOptions): { maxRows?: number } {
  return options.maxRows === undefined ? {} : { maxRows: options.maxRows }
}
