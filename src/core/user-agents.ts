import { USER_AGENT_TABLE } from '../generated/user-agents.js'
import { listed } from './format.js'

// Which product sent a SIP User-Agent header, read against the user-agent table
// (inventory/user-agents.json, schema/user-agents.schema.json): a client product of the catalogue,
// a server or service agent, or unknown with what no source gives. A header is space-separated
// `token/version` products and comments in parentheses ([MS-SIPREGE] 3.4.1.5.1). The comments never
// decide: a source calls a 4.0 build "Microsoft Lync 2013", which is Lync 2010. Tokens match
// case-insensitively (the schema's `token` says why).

/** What a user agent is: a client product of the catalogue, a server agent, or unknown and why. */
export type AgentClass =
  | {
      kind: 'client'
      /** The client product's display name in the catalogue (matrix all-generations). */
      product: string
      /** The product token as the table writes it (OC, OCPhone, …). */
      token: string
      /** The token's version as the agent gives it. */
      version: string
      /** The id of the table's row, for userAgentRow(). */
      row: string
    }
  | { kind: 'server-agent'; name: string }
  | { kind: 'unknown'; reason: string }

/** What a writer cites for a row of the table. */
export interface UserAgentRowCitation {
  id: string
  /** The agents the row covers, as "OC/15.x". */
  agents: string
  product: string
  /** The document that states the row, and its words. */
  title: string
  url: string
  quote: string
  note?: string
}

// The table's shape: schema/user-agents.schema.json is the authority and says what each field means.
interface Citation {
  ref: string
  quote: string
  note?: string
}
interface SourceDocument {
  title: string
  table?: string
  url: string
}
interface ClientRow {
  id: string
  token: string
  major: number
  minor?: number
  product: string
  source: Citation
}
interface Family {
  token: string
  family: string
  source: Citation
}
interface UserAgentTable {
  sources: Record<string, SourceDocument>
  platformTokens: { token: string }[]
  families: Family[]
  clients: ClientRow[]
  serverAgents: { name: string; otherSpellings?: string[] }[]
}

/** The table with its lookups by folded token, made on first use (only an import needs it). */
interface Lookups {
  table: UserAgentTable
  rows: Map<string, ClientRow[]>
  families: Map<string, Family>
  platform: Set<string>
  /** Every server agent's spellings as folded words, the most words first: the longest name wins. */
  agents: { words: string[]; name: string }[]
  /** "UCCAPI/, CPE/, RTCC/, UCWA/". */
  platformList: string
}

let lookups: Lookups | undefined

function tableLookups(): Lookups {
  if (lookups) return lookups
  const table = JSON.parse(USER_AGENT_TABLE) as UserAgentTable
  const rows = new Map<string, ClientRow[]>()
  for (const row of table.clients) {
    const token = fold(row.token)
    rows.set(token, [...(rows.get(token) ?? []), row])
  }
  lookups = {
    table,
    rows,
    families: new Map(table.families.map((f) => [fold(f.token), f])),
    platform: new Set(table.platformTokens.map((p) => fold(p.token))),
    agents: table.serverAgents
      .flatMap((agent) =>
        [agent.name, ...(agent.otherSpellings ?? [])].map((spelling) => ({
          words: fold(spelling).split(' '),
          name: agent.name,
        })),
      )
      .sort((a, b) => b.words.length - a.words.length),
    platformList: table.platformTokens.map((p) => `${p.token}/`).join(', '),
  }
  return lookups
}

const fold = (token: string): string => token.toLowerCase()

/** Classifies a User-Agent header. Never throws; its work is bounded whatever the text. */
export function classifyUserAgent(userAgent: string): AgentClass {
  const { rows, families, platform, agents, platformList } = tableLookups()
  const products = productsOf(userAgent)
  const names = products.map((p) => fold(p.name))
  for (const agent of agents) {
    if (names.some((_, i) => agent.words.every((word, j) => names[i + j] === word)))
      return { kind: 'server-agent', name: agent.name }
  }
  const at = names.findIndex((name) => rows.has(name) || families.has(name))
  const product = products[at]
  if (!product) {
    const other = products.find((p) => !platform.has(fold(p.name)))
    return {
      kind: 'unknown',
      reason:
        products.length === 0
          ? 'no product token (token/version) in the user agent'
          : other
            ? `no product token coexist knows: no source names "${shown(other.name)}"`
            : `no product token coexist knows (${platformList} are platform tokens)`,
    }
  }
  const known = rows.get(names[at] as string) ?? []
  const family = families.get(names[at] as string)
  const token = known[0]?.token ?? (family as Family).token
  const version = VERSION.exec(product.version ?? '')
  const major = version ? Number(version[1]) : undefined
  const minor = version?.[2] === undefined ? undefined : Number(version[2])
  const row = known.find((r) => r.major === major && (r.minor === undefined || r.minor === minor))
  if (row)
    return {
      kind: 'client',
      product: row.product,
      token: row.token,
      version: product.version as string,
      row: row.id,
    }
  // A row of one minor version (OC/3.5) leaves the other minor versions of its major unknown.
  const byMinor = minor !== undefined && known.some((r) => r.major === major)
  const wanted =
    major === undefined
      ? `${token} without a version major.minor.build.qfe ([MS-SIPREGE])`
      : `${token}/${major}${byMinor ? `.${minor}` : ''}.x`
  const named = family
    ? ` (the ${documentOf(family.source).table ?? documentOf(family.source).title} names the family "${family.family}" only)`
    : ''
  return {
    kind: 'unknown',
    reason: `no source maps ${wanted} to a product${named}${mapped(known)}`,
  }
}

/** A row of the table, with the document and the words that state it; undefined for an unknown id. */
export function userAgentRow(id: string): UserAgentRowCitation | undefined {
  const row = tableLookups().table.clients.find((r) => r.id === id)
  if (!row) return undefined
  const document = documentOf(row.source)
  return {
    id: row.id,
    agents: agentsOf(row),
    product: row.product,
    title: document.title,
    url: document.url,
    quote: row.source.quote,
    ...(row.source.note ? { note: row.source.note } : {}),
  }
}

function documentOf(citation: Citation): SourceDocument {
  return tableLookups().table.sources[citation.ref] as SourceDocument
}

function agentsOf(row: ClientRow): string {
  return `${row.token}/${row.major}${row.minor === undefined ? '' : `.${row.minor}`}.x`
}

/** "; coexist's user-agent table maps OC/3.5.x, OC/4.x, OC/15.x and OC/16.x", or nothing for a token of no row. */
function mapped(rows: readonly ClientRow[]): string {
  return rows.length > 0 ? `; coexist's user-agent table maps ${listed(rows.map(agentsOf))}` : ''
}

/**
 * A version as [MS-SIPREGE] writes it, Major.Minor.Build.Qfe, or its first numbers: "15", "3.5".
 * Anything else after the token is no version the table can read.
 */
const VERSION = /^(\d{1,6})(?:\.(\d{1,6})(?:\.\d{1,9}){0,2})?$/

interface ProductToken {
  name: string
  version?: string
}

/** More products than any agent of the sources has (three); the rest of a longer text is not read. */
const MAX_PRODUCTS = 32

/**
 * The products of a User-Agent header, in order, without its comments: one pass over the text,
 * which stops after MAX_PRODUCTS products. A comment may nest and quote a parenthesis with a
 * backslash (RFC 3261 25.1); one left open runs to the end of the text.
 */
function productsOf(text: string): ProductToken[] {
  const products: ProductToken[] = []
  let i = 0
  while (i < text.length && products.length < MAX_PRODUCTS) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) i++
    else if (c === OPEN) i = afterComment(text, i)
    else {
      const start = i
      while (i < text.length && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== OPEN) i++
      const word = text.slice(start, i)
      const slash = word.indexOf('/')
      products.push(
        slash < 0 ? { name: word } : { name: word.slice(0, slash), version: word.slice(slash + 1) },
      )
    }
  }
  return products
}

const OPEN = 0x28
const CLOSE = 0x29
const BACKSLASH = 0x5c

function afterComment(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === BACKSLASH) i++
    else if (c === OPEN) depth++
    else if (c === CLOSE && --depth === 0) return i + 1
  }
  return text.length
}

/** Space, tab, line breaks and the other ASCII white space a cell may hold. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d)
}

/**
 * A token as a reason quotes it: a hostile one can be 64 kB long and needs only enough to be
 * recognised, and its control characters have no place in a message.
 */
function shown(token: string): string {
  const start = token.length > 60 ? `${token.slice(0, 57)}...` : token
  return start.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
}
