// The user-agent table (inventory/user-agents.json) against the sources file it is made from,
// ../shared/sources/deployment-inventory-user-agents-and-builds.md, read at test time:
//   - every user-agent string the file quotes, found wherever it stands, classifies to the product
//     the file says; a string added to the file fails here until it has an expectation below;
//   - every row of its version → product table (2.2) classifies as the file says, the rows it marks
//     NOT stated to unknown;
//   - every code its tables of user agent codes name is a row, a family, a platform token or a
//     server agent of the table, and none of them makes a client of a version no row states;
//   - every quote of the table is the file's, verbatim, and every document one the file names.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import { classifyUserAgent, type AgentClass } from '../../src/core/user-agents.js'
import { isQuoted, pipeTables, readSource } from '../support/source-pages.js'

const SOURCE = readSource('deployment-inventory-user-agents-and-builds.md')

interface Citation {
  ref: string
  quote: string
}
interface Row {
  token?: string
  name?: string
  otherSpellings?: string[]
  family?: string
  product?: string
  source: Citation
  corroboration?: Citation[]
}
interface TableFile {
  sources: Record<string, { url: string }>
  platformTokens: Row[]
  families: Row[]
  clients: Row[]
  serverAgents: Row[]
}
const table = JSON.parse(readFileSync('inventory/user-agents.json', 'utf8')) as TableFile
const rows = (): Row[] => [
  ...table.platformTokens,
  ...table.families,
  ...table.clients,
  ...table.serverAgents,
]

/** The text under the `### ` heading that starts with `heading`, up to the next heading. */
function subsection(heading: string): string {
  const lines = SOURCE.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`### ${heading}`))
  if (start < 0) throw new Error(`no "### ${heading}" heading`)
  const end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/**
 * Every user-agent string of a text: runs of `token/1.2.3.4` products separated by single spaces
 * (or by one capitalised word without a version, as in "Inbound Routing/4.0.0.0"), with the
 * comment in parentheses that follows. A product needs a version of numbers: `OC/2.x` and
 * `OC/15.0.xxxx.xxxx` are patterns the file writes, not strings an agent sends.
 */
function userAgentStrings(text: string): string[] {
  const PRODUCT = /(?<![\w./-])[A-Za-z][\w.-]*\/\d+(?:\.\d+)+(?![\w/]|\.\w)/g
  const runs: { start: number; end: number }[] = []
  for (const match of text.matchAll(PRODUCT)) {
    const last = runs.at(-1)
    const end = match.index + match[0].length
    if (last && /^ (?:[A-Z][\w.-]* )?$/.test(text.slice(last.end, match.index))) last.end = end
    else runs.push({ start: match.index, end })
  }
  return runs.map(({ start, end }) => {
    const comment = /^ \((?:[^()\n]|\([^()\n]*\))*\)/.exec(text.slice(end))
    return text.slice(start, end + (comment?.[0].length ?? 0))
  })
}

type Expected = Partial<AgentClass> & { kind: AgentClass['kind'] }
const OC_2007_R2: Expected = { kind: 'client', product: 'Office Communicator 2007 R2' }
const LYNC_2010: Expected = { kind: 'client', product: 'Lync 2010' }
const LYNC_2013: Expected = { kind: 'client', product: 'Lync 2013' }
const SFB_2016: Expected = { kind: 'client', product: 'Skype for Business 2016' }
const PHONE: Expected = { kind: 'client', product: 'Lync Phone Edition' }
const SFB_MOBILE: Expected = { kind: 'client', product: 'Skype for Business mobile' }
const UNKNOWN: Expected = { kind: 'unknown' }

/** What the file says of each string it quotes. */
const EXPECTED: Record<string, Expected> = {
  // 2.1, 4: [MS-SIPREGE]'s examples, and 2.2's row "OC/3.5 | Office Communicator 2007 R2".
  'UCCAPI/3.5.6889.0 OC/3.5.6889.0': OC_2007_R2,
  'OC/3.5': OC_2007_R2,
  'UCCAPI/3.5.6890.0 OC/3.5.6890.0 (Microsoft Office Communicator 2007 R2)': OC_2007_R2,
  // 4: community test data, its comment and its version agree.
  'UCCAPI/3.5.6907.0 OC/3.5.6907.0 (Microsoft Office Communicator 2007 R2)': OC_2007_R2,
  // 2.7, 4, 7: "mislabelled (4.0 build called Lync 2013)"; "trust the version token, not the comment".
  'UCCAPI/4.0.7400.0 OC/4.0.7400.0 (Microsoft Lync 2013)': LYNC_2010,
  'OC/4.0.7400.0 (Microsoft Lync 2013)': LYNC_2010,
  // 4: pidgin-sipe's setup notes.
  'UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)': LYNC_2010,
  // 4: community SIP traces of Lync 2013 (2.2: "OC/15.x | Lync 2013").
  'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)': LYNC_2013,
  'UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)': LYNC_2013,
  // 2.2, 4: the CQD and Graph examples, "16 = SfB 2016 family".
  'UCCAPI/16.0.7766.5281 OC/16.0.7766.2047 (Skype for Business)': SFB_2016,
  'UCCAPI/16.0.12527.20122 OC/16.0.12527.20194 (Skype for Business)': SFB_2016,
  // 4, 6.6: the IP Phone Inventory Report's user agent, whole and (2.2) without CPE/.
  'CPE/4.0.7423.1 OCPhone/4.0.7423.1 (Microsoft Lync 2010 (Beta) Phone Edition)': PHONE,
  'OCPhone/4.0.7423.1 (Microsoft Lync 2010 (Beta) Phone Edition)': PHONE,
  // 2.2, 4: Graph's Android example, "productFamily": "skypeForBusiness".
  'RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U Android 8.0.0)': SFB_MOBILE,
  // 4: "server-side agent UA".
  'RTCC/4.0.0.0 Inbound Routing/4.0.0.0': { kind: 'server-agent', name: 'InboundRouting' },
}

describe('the user-agent strings the sources file quotes', () => {
  const found = [...new Set(userAgentStrings(SOURCE))]

  it('are found, each with an expectation here (add one for a new string)', () => {
    expect(found.length).toBeGreaterThanOrEqual(15)
    expect(found.filter((s) => !Object.hasOwn(EXPECTED, s))).toEqual([])
    expect(Object.keys(EXPECTED).filter((s) => !found.includes(s))).toEqual([])
  })

  it.each(Object.entries(EXPECTED))('%s', (userAgent, expected) => {
    expect(classifyUserAgent(userAgent)).toMatchObject(expected)
  })

  it('are found in the places the file quotes them', () => {
    expect(userAgentStrings(subsection('6.6'))).toEqual([
      'CPE/4.0.7423.1 OCPhone/4.0.7423.1 (Microsoft Lync 2010 (Beta) Phone Edition)',
    ])
    expect(userAgentStrings(subsection('2.7'))).toEqual([
      'UCCAPI/4.0.7400.0 OC/4.0.7400.0 (Microsoft Lync 2013)',
    ])
    expect(userAgentStrings('`OC/2.x` and `… OC/15.0.xxxx.xxxx (Microsoft Lync)`')).toEqual([])
  })
})

/** Agents each row of 2.2's table (by its first cell) covers, and what they are. */
const MAPPING_ROWS: Record<string, [string, Expected][]> = {
  '`OC/2.x`': [['UCCAPI/2.0.6362.111 OC/2.0.6362.111', UNKNOWN]],
  '`OC/3.5`': [['OC/3.5.6907.0', OC_2007_R2]],
  '`OC/4.x`': [['OC/4.0.7577.0', LYNC_2010]],
  '`OC/15.x`': [['OC/15.0.5023.1000', LYNC_2013]],
  '`OC/16.x`': [
    ['OC/16.0.4678.1000', SFB_2016],
    ['OC/16.0.9126.2152', SFB_2016],
  ],
  '`CWA/5.x`': [['CWA/5.0.8308.0', { kind: 'client', product: 'Lync Web App 2013' }]],
  '`OCPhone/4.x`': [['OCPhone/4.0.7577.4100', PHONE]],
  '`AndroidLync/6.x` (UCWA)': [['AndroidLync/6.19.0.1', SFB_MOBILE]],
  // iPhoneLync/6 and iPadLync/6 are rows (iphonelync-6, ipadlync-6), by the TLS page's "Skype for
  // Business for iOS and Android 6.19 or higher" and the Control Panel's codes: indirect evidence,
  // as their notes say. No source states any other version of these tokens.
  'other mobile tokens (iPhoneLync/iPadLync/WPLync/NokiaLync) by version': [
    ['iPhoneLync/4.0.0.0', UNKNOWN],
    ['iPhoneLync/5.0.0.0', UNKNOWN],
    ['iPadLync/5.0.0.0', UNKNOWN],
    ['WPLync/4.0.0.0', UNKNOWN],
    ['WPLync/6.0.0.0', UNKNOWN],
    ['NokiaLync/4.0.0.0', UNKNOWN],
  ],
  'Mac (`MM`/`MC`, "Skype for Business on Mac 16.15")': [
    ['MM/16.15.0.0', UNKNOWN],
    ['MC/14.0.0.0', UNKNOWN],
  ],
  '`LCC`': [['LCC/1.0.0.0', UNKNOWN]],
}

describe("the sources file's table of versions and products (2.2)", () => {
  const [header, ...mapping] = pipeTables(subsection('2.2'))[0] ?? []

  it('has a row for each first cell here, and each row has agents here', () => {
    expect(header?.[0]).toBe('UA token / major')
    expect(mapping.map((row) => row[0])).toEqual(Object.keys(MAPPING_ROWS))
  })

  it.each(mapping.map((row) => [row[0] as string, row.at(-1) as string]))(
    '%s',
    (first, strength) => {
      for (const [userAgent, expected] of MAPPING_ROWS[first] ?? []) {
        if (strength.includes('NOT stated')) expect(expected, userAgent).toBe(UNKNOWN)
        expect(classifyUserAgent(userAgent), userAgent).toMatchObject(expected)
      }
    },
  )
})

describe("the codes of the sources file's tables of user agents", () => {
  const fold = (s: string) => s.toLowerCase()
  const codes = [
    ...(pipeTables(subsection('1.1'))[0] ?? []).slice(1).map((row) => row[1] as string),
    ...(pipeTables(subsection('1.2'))[0] ?? []).slice(1).map((row) => row[1] as string),
    ...[...subsection('1.4').matchAll(/"([A-Z]+) - /g)].map((m) => m[1] as string),
  ]
  const known = (list: Row[], key: (row: Row) => (string | undefined)[]) =>
    new Set(list.flatMap(key).map((s) => fold(s as string)))
  const platform = known(table.platformTokens, (r) => [r.token])
  const families = new Map(table.families.map((r) => [fold(r.token as string), r.family]))
  const products = known(table.clients, (r) => [r.token])
  const agents = known(table.serverAgents, (r) => [r.name, ...(r.otherSpellings ?? [])])

  it('are read from the file', () => {
    expect(codes.length).toBeGreaterThan(60)
    expect(codes).toContain('McxService')
    expect(codes).toContain('Response_Group_Service Announcement_Service')
    expect(codes).toContain('LCC')
  })

  it.each([...new Set(codes)])(
    '%s is known to the table, and no version no row states is a client',
    (code) => {
      const folded = fold(code)
      const roles = [platform, families, products, agents].filter((set) => set.has(folded))
      expect(roles.length, code).toBeGreaterThan(0)
      const found = classifyUserAgent(`${code}/99.0.0.0`)
      if (agents.has(folded)) expect(found.kind).toBe('server-agent')
      else expect(found.kind).toBe('unknown')
      const family = families.get(folded)
      if (family) expect(found).toMatchObject({ reason: expect.stringContaining(`"${family}"`) })
    },
  )
})

describe('inventory/user-agents.json against the sources file', () => {
  /** The file's text with markdown's escapes undone (`15.\*.\*.\*` reads 15.*.*.*). */
  const source = SOURCE.replace(/\\([\\`*_{}[\]()#+.!|-])/g, '$1')

  it('quotes the file verbatim, in every citation', () => {
    const citations = rows().flatMap((row) => [row.source, ...(row.corroboration ?? [])])
    expect(citations.length).toBeGreaterThan(60)
    for (const citation of citations)
      expect(isQuoted(source, citation.quote), citation.quote).toBe(true)
  })

  it('cites documents the file names, at the commit it read', () => {
    for (const [ref, { url }] of Object.entries(table.sources)) {
      const github = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{40})\/(.+)$/.exec(url)
      if (!github) expect(SOURCE, ref).toContain(url)
      else {
        expect(SOURCE, ref).toContain(github[2])
        expect(SOURCE, ref).toContain(github[3])
      }
    }
  })

  it('names client products of the built-in catalogue', () => {
    const clients = (builtinMatrix('all-generations') as Matrix).displayNames('client')
    for (const row of table.clients) expect(clients).toContain(row.product)
  })
})
