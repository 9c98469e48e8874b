import { CORE_SCHEMA, load, YAML11_SCHEMA } from 'js-yaml'
import { formatCount, plural } from './format.js'
import {
  poolKey,
  type ImportedEstate,
  type ImportedPopulation,
  type ImportedServer,
  type Unclassified,
} from './imported.js'
import { compareText } from './order.js'
import { normalizeName } from './suggest.js'

// The last step of `coexist import`: what the inventories said (imported.ts) written as a topology.
// renderTopology writes a new file in the examples' style; topology-merge.ts edits an existing one
// with the same pieces: the blocks, the entries' lines and the YAML scalars and comments below.

export interface RenderOptions {
  /** The matrix id to write as `matrix:`; none for the default matrix. */
  matrix?: string
}

export const SOURCES_BLOCK = 'sources'
export const UNCLASSIFIED_BLOCK = 'not classified'
export const BLOCK_BEGIN = '# coexist import: begin '
export const BLOCK_END = '# coexist import: end '
export const beginLine = (kind: string): string =>
  `${BLOCK_BEGIN}${kind} (rewritten by each import)`
export const endLine = (kind: string): string => `${BLOCK_END}${kind}`

/** User agents named in a population's comment; the rest are counted. */
const AGENTS_PER_POPULATION = 3
/** Listed lines in a comment block; the rest are counted (the import's standard error has them all). */
const BLOCK_LINES = 200
/** Where trailing comments start, as in the examples (column 33). */
const COMMENT_COLUMN = 32
/** An inventory's text quoted in a comment is cut to this many characters: a hostile agent can be 100 kB. */
const COMMENT_TEXT_MAX = 200
/** Names are at most 200 characters (schema/topology.schema.json); room is kept for a "-2" suffix. */
const NAME_BASE_MAX = 190

// ---------------------------------------------------------------------------------------------
// The estate, made ready to write

/** A population as written: the estate's populations of one product and pool, folded together. */
export interface Population {
  product: string
  pool?: string
  users: number
  agents: { userAgent: string; users: number }[]
}

/** The estate's servers, one per pool (case-insensitively: pools are DNS names), by pool name. */
export function distinctServers(servers: readonly ImportedServer[]): ImportedServer[] {
  const byPool = new Map<string, ImportedServer>()
  // A topology holds one entry per pool: a pool the inventories give twice keeps its first entry
  // (telling the user about the conflict is the reading side's part).
  for (const server of servers) {
    const key = poolKey(server.pool)
    if (!byPool.has(key)) byPool.set(key, server)
  }
  return [...byPool.values()].sort((a, b) => compareNames(a.pool, b.pool))
}

/**
 * The estate's populations with those of one product (as `productKey` identifies it) and one pool
 * folded into one: a topology cannot hold two entries the import could not tell apart. By pool,
 * then most users first, then product.
 */
export function foldPopulations(
  populations: readonly ImportedPopulation[],
  productKey: (product: string) => string,
): Population[] {
  const folded = new Map<string, Population>()
  for (const population of populations) {
    const key = populationKey(productKey(population.product), population.pool)
    const into = folded.get(key)
    if (into === undefined) {
      folded.set(key, {
        product: population.product,
        ...(population.pool === undefined ? {} : { pool: population.pool }),
        users: population.users,
        agents: population.agents,
      })
      continue
    }
    // Two populations of one product and pool (rare: the import groups them already): their user
    // agents are added up by string.
    const byAgent = new Map(into.agents.map((a) => [a.userAgent, a.users]))
    for (const agent of population.agents)
      byAgent.set(agent.userAgent, (byAgent.get(agent.userAgent) ?? 0) + agent.users)
    into.users += population.users
    into.agents = [...byAgent].map(([userAgent, users]) => ({ userAgent, users }))
  }
  return [...folded.values()]
    .map((population) => ({
      ...population,
      // A copy, sorted: most users first. The import's lists come sorted, which the sort then
      // only confirms, in one pass.
      agents: [...population.agents].sort(
        (a, b) => b.users - a.users || compareText(a.userAgent, b.userAgent),
      ),
    }))
    .sort(
      (a, b) =>
        comparePools(a.pool, b.pool) || b.users - a.users || compareText(a.product, b.product),
    )
}

/** Populations without a pool (every server) first, then by pool name. */
function comparePools(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1
  return compareNames(a, b)
}

function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b)
}

/** A population's identity: its product and the set of its servers (every server: `*`). */
export function populationKey(
  product: string,
  servers: string | readonly string[] | undefined,
): string {
  const names = servers === undefined ? [] : typeof servers === 'string' ? [servers] : servers
  const set = names.length === 0 ? '*' : [...new Set(names.map(poolKey))].sort().join('\u0000')
  return `${product}\u0001${set}`
}

/** What the sources block counts: the estate as the inventories gave it. */
export function countLine(
  estate: ImportedEstate,
  servers: number,
  populations: Population[],
): string {
  const users = populations.reduce((sum, p) => sum + p.users, 0)
  const unclassifiedUsers = estate.unclassified.reduce((sum, u) => sum + u.users, 0)
  const agentUsers = estate.serverAgents.reduce((sum, a) => sum + a.users, 0)
  return [
    `# Found ${plural(servers, 'server pool')}`,
    `${plural(populations.length, 'client population')} with ${plural(users, 'user')}`,
    `${formatCount(estate.unclassified.length)} not classified (${plural(unclassifiedUsers, 'user')})`,
    `${plural(estate.serverAgents.length, 'server agent')} left out (${plural(agentUsers, 'user')}).`,
  ].join('; ')
}

export function sourcesBlock(estate: ImportedEstate, countText: string): string[] {
  const provenance = estate.provenance.length > 0 ? estate.provenance : ['(no source named)']
  return [
    beginLine(SOURCES_BLOCK),
    '# Imported by coexist import from:',
    ...bounded(
      provenance.map((line) => `#   ${commentText(line)}`),
      BLOCK_LINES,
    ),
    countText,
    endLine(SOURCES_BLOCK),
  ]
}

/** Populations several entries of a file share: the import cannot split their users among them. */
export interface SharedPopulation {
  names: string[]
  population: Population
}

export function unclassifiedBlock(
  estate: ImportedEstate,
  leftOut: readonly Population[],
  shared: readonly SharedPopulation[],
): string[] {
  const sections: { heading: string; items: string[] }[] = [
    {
      heading: '# Not classified (in no population above):',
      items: [...estate.unclassified].sort(compareUnclassified).map(unclassifiedLine),
    },
    {
      heading: '# Populations left out (their pool is declared under no server):',
      items: leftOut.map((p) => `#   ${populationText(p)}`),
    },
    {
      heading: '# Populations that several clients above share (their users are not split):',
      items: shared.map(
        ({ names, population }) =>
          `#   ${bounded(names.map(quoted), 5, (n) => `and ${formatCount(n)} more`).join(', ')}: ${populationText(population)}`,
      ),
    },
    {
      heading: '# Server agents left out (services, not client populations):',
      items: [...estate.serverAgents]
        .sort((a, b) => b.users - a.users || compareText(a.name, b.name))
        .map((a) => `#   ${quoted(a.name)}: ${plural(a.users, 'user')}`),
    },
  ]
  const lines: string[] = []
  let room = BLOCK_LINES
  let unlisted = 0
  for (const { heading, items } of sections) {
    if (items.length === 0) continue
    if (room > 0) lines.push(heading)
    const shown = items.slice(0, Math.max(0, room))
    lines.push(...shown)
    room -= shown.length
    unlisted += items.length - shown.length
  }
  if (unlisted > 0)
    lines.push(
      `#   … and ${formatCount(unlisted)} more (the import's standard error lists them all)`,
    )
  if (lines.length === 0) lines.push('# Nothing was left unclassified.')
  return [beginLine(UNCLASSIFIED_BLOCK), ...lines, endLine(UNCLASSIFIED_BLOCK)]
}

function compareUnclassified(a: Unclassified, b: Unclassified): number {
  return b.users - a.users || compareText(a.kind, b.kind) || compareText(a.text, b.text)
}

function unclassifiedLine(u: Unclassified): string {
  const what = u.kind === 'user-agent' ? 'user agent' : u.kind
  const pool = u.pool === undefined ? '' : ` on ${quoted(u.pool)}`
  const others =
    u.agents !== undefined && u.agents > 1
      ? ` and ${plural(u.agents - 1, 'other user agent')} like it`
      : ''
  return `#   ${what} ${quoted(u.text)}${others}${pool}: ${plural(u.users, 'user')}; ${commentText(u.reason)}`
}

function populationText(p: Population): string {
  const where = p.pool === undefined ? 'every server' : quoted(p.pool)
  return `${commentText(p.product)} on ${where}, ${plural(p.users, 'user')}`
}

// ---------------------------------------------------------------------------------------------
// Writing YAML: entries, scalars, comments

/** The lines of a server entry: `- name:` at `dash`, its keys at `key`. */
export function serverLines(server: ImportedServer, dash: number, key: number): string[] {
  const lines = [
    `${' '.repeat(dash)}-${' '.repeat(key - dash - 1)}name: ${yamlString(server.pool)}`,
    `${' '.repeat(key)}product: ${yamlString(server.product)}`,
  ]
  if (server.version !== undefined) lines.push(versionLine(server.version, server.update, key))
  return lines
}

/** A `version:` line with the update the build is, when known, as its comment. */
export function versionLine(version: string, update: string | undefined, key: number): string {
  return withComment(
    `${' '.repeat(key)}version: ${yamlString(version)}`,
    update === undefined ? '' : commentText(update),
  )
}

export function clientLines(
  name: string,
  population: Population,
  server: string | undefined,
  dash: number,
  key: number,
): string[] {
  const lines = [
    `${' '.repeat(dash)}-${' '.repeat(key - dash - 1)}name: ${yamlString(name)}`,
    `${' '.repeat(key)}product: ${yamlString(population.product)}`,
  ]
  if (server !== undefined) lines.push(`${' '.repeat(key)}servers: [${yamlString(server)}]`)
  lines.push(withComment(`${' '.repeat(key)}users: ${population.users}`, agentsComment(population)))
  return lines
}

/** The population's top user agents with their users, for the comment of its `users:` line. */
export function agentsComment(population: Population): string {
  const { agents } = population
  const named = agents
    .slice(0, AGENTS_PER_POPULATION)
    .map((a) => `${quoted(a.userAgent)}: ${formatCount(a.users)}`)
  if (agents.length > AGENTS_PER_POPULATION)
    named.push(`and ${formatCount(agents.length - AGENTS_PER_POPULATION)} more`)
  return named.join(', ')
}

/** A line with a trailing comment at the examples' column (or two spaces after a long line). */
export function withComment(line: string, comment: string): string {
  return comment === '' ? line : `${line.padEnd(COMMENT_COLUMN - 2)}  # ${comment}`
}

/** The first `max` items, then one line saying how many more there were. */
function bounded(
  items: readonly string[],
  max: number,
  more: (n: number) => string = (n) => `#   … and ${formatCount(n)} more`,
): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), more(items.length - max)]
}

/**
 * Characters that must not reach the file raw: control characters (a line break would end a
 * comment or a scalar), format characters (bidirectional overrides make a line read other than it
 * is), line and paragraph separators, lone surrogates, and the two characters YAML forbids.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/gu
const SHORT_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/** A character as a YAML double-quoted escape. */
function escapeCharacter(c: string): string {
  const short = SHORT_ESCAPES[c]
  if (short) return short
  const code = c.codePointAt(0) as number
  const hex = code.toString(16).toUpperCase()
  return code <= 0xff
    ? `\\x${hex.padStart(2, '0')}`
    : code <= 0xffff
      ? `\\u${hex.padStart(4, '0')}`
      : `\\U${hex.padStart(8, '0')}`
}

/** An inventory's text on one comment line: unsafe characters escaped, cut to a readable length. */
export function commentText(text: string): string {
  const points = [...text]
  const cut =
    points.length > COMMENT_TEXT_MAX ? `${points.slice(0, COMMENT_TEXT_MAX).join('')}…` : text
  return cut.replace(UNSAFE, escapeCharacter)
}

/** An inventory's text quoted in a comment, so that where it starts and ends is plain. */
export function quoted(text: string): string {
  const points = [...text]
  const cut = points.length > COMMENT_TEXT_MAX
  const shown = cut ? points.slice(0, COMMENT_TEXT_MAX).join('') : text
  return `${doubleQuoted(shown)}${cut ? '…' : ''}`
}

function doubleQuoted(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(UNSAFE, escapeCharacter)}"`
}

/** Text a plain scalar may hold anywhere, flow sequences included: no indicator, no edge spaces. */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/()+@-]*(?: [A-Za-z0-9._/()+@-]+)*$/
/** Plain words some YAML reader takes for a boolean or null. */
const RESERVED_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i

/**
 * A string as a YAML scalar that reads back as exactly that string: plain where it can be (as the
 * examples write names, products and builds), else double-quoted with escapes.
 */
export function yamlString(text: string): string {
  return isPlainSafe(text) ? text : doubleQuoted(text)
}

function isPlainSafe(text: string): boolean {
  if (!PLAIN.test(text) || RESERVED_WORDS.test(text)) return false
  // Only text that starts with a digit can read as a number or a date; YAML 1.1 readers (some
  // editors) read more as numbers than coexist's YAML 1.2 does, so both are asked.
  return (
    !/^[0-9]/.test(text) ||
    [CORE_SCHEMA, YAML11_SCHEMA].every((schema) => load(`${text}\n`, { schema }) === text)
  )
}

/** A readable name for a population: its product and pool, as `lync-2013@pool01.contoso.com`. */
export function populationName(population: Population, taken: Set<string>): string {
  const slug = (text: string, keep: RegExp): string =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(keep, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
  const product = slug(population.product, /[^a-z0-9]+/g) || 'clients'
  const pool = population.pool === undefined ? '' : slug(population.pool, /[^a-z0-9.-]+/g)
  const base = (pool === '' ? product : `${product}@${pool}`).slice(0, NAME_BASE_MAX)
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`
  taken.add(name.toLowerCase())
  return name
}

// ---------------------------------------------------------------------------------------------
// A new topology

/**
 * The estate as a new topology in the examples' style: a header block saying where each part came
 * from, the servers (by pool), one client population per product and pool (by pool, then most users
 * first) with its users and top user agents, and a block listing what could not be classified.
 * A population on a pool that no server declares cannot be written (its `servers:` would name an
 * undeclared server): it is listed in that block instead. With no server or no population, the
 * list is written empty (`[]`), which `coexist check` rejects and a later `--into` fills.
 */
export function renderTopology(estate: ImportedEstate, options: RenderOptions = {}): string {
  const servers = distinctServers(estate.servers)
  const populations = foldPopulations(estate.populations, normalizeName)
  const declared = new Map(servers.map((s) => [poolKey(s.pool), s.pool]))
  const written: Population[] = []
  const leftOut: Population[] = []
  for (const population of populations)
    (population.pool === undefined || declared.has(poolKey(population.pool))
      ? written
      : leftOut
    ).push(population)

  const lines = sourcesBlock(estate, countLine(estate, servers.length, populations))
  if (options.matrix !== undefined) lines.push('', `matrix: ${yamlString(options.matrix)}`)
  lines.push('', servers.length > 0 ? 'servers:' : 'servers: []')
  for (const server of servers) lines.push(...serverLines(server, 2, 4))
  lines.push('', written.length > 0 ? 'clients:' : 'clients: []')
  const taken = new Set<string>()
  written.forEach((population, i) => {
    if (i > 0) lines.push('')
    const server =
      population.pool === undefined ? undefined : declared.get(poolKey(population.pool))
    lines.push(...clientLines(populationName(population, taken), population, server, 2, 4))
  })
  lines.push('', ...unclassifiedBlock(estate, leftOut, []))
  return `${lines.join('\n')}\n`
}
