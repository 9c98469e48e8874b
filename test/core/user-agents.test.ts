// The user-agent table (inventory/user-agents.json) and classifyUserAgent: a product token and its
// major version name a client product, platform tokens and comments decide nothing, server agents
// are recognised, and everything else is unknown with what no source gives. The strings the sources
// quote are in test/inventory/user-agents-sources.test.ts, which reads the sources file.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import { classifyUserAgent, userAgentRow } from '../../src/core/user-agents.js'
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateUserAgentTable, userAgentTableProblems } from '../../scripts/generate.mjs'

interface TableFile {
  sources: Record<string, unknown>
  clients: { id: string; token: string; major: number; minor?: number; product: string }[]
  [key: string]: unknown
}
const readTable = (): TableFile =>
  JSON.parse(readFileSync('inventory/user-agents.json', 'utf8')) as TableFile
const problemsOf = userAgentTableProblems as (table: unknown) => string[]

const client = (product: string, token: string, version: string, row: string) => ({
  kind: 'client',
  product,
  token,
  version,
  row,
})
const reasonOf = (userAgent: string): string => {
  const found = classifyUserAgent(userAgent)
  if (found.kind !== 'unknown') throw new Error(`${userAgent} is ${JSON.stringify(found)}`)
  return found.reason
}

describe('classifyUserAgent: clients', () => {
  it('names the product of the product token and its major version', () => {
    expect(classifyUserAgent('UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)')).toEqual(
      client('Lync 2013', 'OC', '15.0.4481.1000', 'oc-15'),
    )
    expect(classifyUserAgent('UCCAPI/16.0.7766.5281 OC/16.0.7766.2047')).toEqual(
      client('Skype for Business 2016', 'OC', '16.0.7766.2047', 'oc-16'),
    )
    expect(classifyUserAgent('CWA/5.0.8308.0')).toMatchObject({ product: 'Lync Web App 2013' })
    expect(classifyUserAgent('CPE/4.0.7577.4100 OCPhone/4.0.7577.4100')).toMatchObject({
      product: 'Lync Phone Edition',
      version: '4.0.7577.4100',
    })
    for (const token of ['AndroidLync', 'iPhoneLync', 'iPadLync'])
      expect(classifyUserAgent(`RTCC/7.0.0.0 UCWA/7.0.0.0 ${token}/6.19.0.1`)).toMatchObject({
        product: 'Skype for Business mobile',
      })
  })

  it('never lets the comment decide: a 4.0 build called "Microsoft Lync 2013" is Lync 2010', () => {
    expect(classifyUserAgent('UCCAPI/4.0.7400.0 OC/4.0.7400.0 (Microsoft Lync 2013)')).toEqual(
      client('Lync 2010', 'OC', '4.0.7400.0', 'oc-4'),
    )
    expect(classifyUserAgent('OC/15.0.1.1 (Skype for Business 2016)')).toMatchObject({
      product: 'Lync 2013',
    })
    expect(reasonOf('(Microsoft Lync 2013)')).toBe(
      'no product token (token/version) in the user agent',
    )
    // A product token inside a comment is the comment's text, nested or after a quoted parenthesis.
    expect(classifyUserAgent('(a (OC/2.0.0.0) \\) OC/4.0.0.0) OC/15.0.1.1')).toMatchObject({
      product: 'Lync 2013',
    })
    expect(reasonOf('UCCAPI/4.0.1.1 (OC/15.0.1.1')).toBe(
      'no product token coexist knows (UCCAPI/, CPE/, RTCC/, UCWA/ are platform tokens)',
    )
  })

  it('holds OC/3 to the minor version the sources quote, 3.5', () => {
    expect(classifyUserAgent('UCCAPI/3.5.6907.0 OC/3.5.6907.0')).toMatchObject({
      product: 'Office Communicator 2007 R2',
      row: 'oc-3.5',
    })
    expect(classifyUserAgent('OC/3.5')).toMatchObject({ product: 'Office Communicator 2007 R2' })
    expect(reasonOf('OC/3.0.1.1')).toMatch(/^no source maps OC\/3\.0\.x to a product /)
    expect(reasonOf('OC/3')).toMatch(/^no source maps OC\/3\.x to a product /)
  })

  it('matches tokens case-insensitively', () => {
    expect(classifyUserAgent('uccapi/15.0.1.1 oc/15.0.1.1')).toEqual(
      client('Lync 2013', 'OC', '15.0.1.1', 'oc-15'),
    )
    expect(classifyUserAgent('ANDROIDLYNC/6.25.0.27')).toMatchObject({ token: 'AndroidLync' })
    expect(classifyUserAgent('inbound routing/4.0.0.0')).toEqual({
      kind: 'server-agent',
      name: 'InboundRouting',
    })
  })

  it('reads the first product token the table knows, past tokens it does not', () => {
    expect(
      classifyUserAgent('User-Agent: UCCAPI/3.5.6890.0 OC/3.5.6890.0 (Microsoft Office ...)'),
    ).toMatchObject({ product: 'Office Communicator 2007 R2' })
    expect(classifyUserAgent('Vendor/1.0 OCPhone/4.0.1.1 OC/15.0.1.1')).toMatchObject({
      product: 'Lync Phone Edition',
    })
  })
})

describe('classifyUserAgent: server agents', () => {
  it('recognises the agents of servers and services, by their UserAgentDef names', () => {
    for (const [userAgent, name] of [
      ['RTCC/4.0.0.0 Inbound Routing/4.0.0.0', 'InboundRouting'],
      ['RTCC/5.0.0.0 InboundRouting/5.0.0.0', 'InboundRouting'],
      ['RTCC/5.0.0.0 MediationServer', 'MediationServer'],
      ['RTCC/5.0.0.0 AV-MCU', 'AV-MCU'],
      ['MSExchangeUM/15.0.847.32', 'MSExchangeUM'],
      ['RTCC/5.0.0.0 Response_Group_Service', 'Response_Group_Service'],
      // The longer name wins over the one it starts with.
      [
        'RTCC/5.0.0.0 Response_Group_Service Announcement_Service',
        'Response_Group_Service Announcement_Service',
      ],
      ['McxService/5.0.0.0', 'McxService'],
    ] as const)
      expect(classifyUserAgent(userAgent), userAgent).toEqual({ kind: 'server-agent', name })
  })

  it('needs the whole name: a token that only contains one is no server agent', () => {
    expect(classifyUserAgent('Vendor-Gateway/1.0.0.0').kind).toBe('unknown')
    expect(classifyUserAgent('Inbound/1.0 Other Routing/1.0').kind).toBe('unknown')
  })
})

describe('classifyUserAgent: unknown, with what no source gives', () => {
  it('names the family a source gives a token without a row for its version', () => {
    expect(reasonOf('UCCAPI/2.0.6362.111 OC/2.0.6362.111')).toBe(
      `no source maps OC/2.x to a product (the Control Panel's table of user agent codes names the family "Lync 2013, Lync 2010, Office Communicator" only); coexist's user-agent table maps OC/3.5.x, OC/4.x, OC/15.x and OC/16.x`,
    )
    expect(reasonOf('LMC/8.0.6362.0')).toBe(
      `no source maps LMC/8.x to a product (the Control Panel's table of user agent codes names the family "Office Live Meeting" only)`,
    )
    expect(reasonOf('iPhoneLync/5.0.1')).toMatch(
      /names the family "Lync 2010 for iPhone" only\); coexist's user-agent table maps iPhoneLync\/6\.x$/,
    )
    expect(reasonOf('MM/16.15.0.1')).toContain('"Lync on Macintosh computers"')
    expect(reasonOf('WPLync/4.0.0.0')).toContain('"Lync 2010 for Windows Phone"')
  })

  it('says when the version is missing or is no version', () => {
    for (const userAgent of ['OC', 'OC/', 'OC/abc', 'OC/15.0.1.1.1', 'OC/15x', 'OC/-15'])
      expect(reasonOf(userAgent), userAgent).toMatch(
        /^no source maps OC without a version major\.minor\.build\.qfe \(\[MS-SIPREGE\]\) to a product /,
      )
  })

  it('says there is no product token when there are platform tokens only, or unknown ones', () => {
    expect(reasonOf('UCCAPI/15.0.4481.1000')).toBe(
      'no product token coexist knows (UCCAPI/, CPE/, RTCC/, UCWA/ are platform tokens)',
    )
    expect(reasonOf('Mozilla/5.0 (Windows NT 10.0)')).toBe(
      'no product token coexist knows: no source names "Mozilla"',
    )
    expect(reasonOf('')).toBe('no product token (token/version) in the user agent')
    expect(reasonOf(' \t\r\n ')).toBe('no product token (token/version) in the user agent')
  })
})

describe('classifyUserAgent on hostile text', () => {
  const hostile = [
    '('.repeat(65_536),
    ')'.repeat(65_536),
    '\\'.repeat(65_536),
    '/'.repeat(65_536),
    `OC/${'9'.repeat(65_536)}`,
    `OC/15.${'0.'.repeat(32_000)}`,
    `${'x'.repeat(65_536)}/1.0`,
    `\u0000\u001b[31m${'\u2028'.repeat(100)}/1.0`,
    'a '.repeat(32_768),
    `${'Inbound '.repeat(8000)}Routing`,
  ]

  it('never throws, and quotes at most a short, printable part of the text', () => {
    for (const text of hostile) {
      const found = classifyUserAgent(text)
      if (found.kind === 'unknown') {
        expect(found.reason.length).toBeLessThan(400)
        expect(found.reason).not.toMatch(/[\u0000-\u001f\u2028]/)
      }
    }
  })

  it('reads no more than the first 32 products', () => {
    expect(classifyUserAgent(`${'Vendor/1.0 '.repeat(31)}OC/15.0.1.1`).kind).toBe('client')
    expect(classifyUserAgent(`${'Vendor/1.0 '.repeat(32)}OC/15.0.1.1`).kind).toBe('unknown')
    // Comments cost a pass over their text, and are no products.
    expect(classifyUserAgent(`${'(x) '.repeat(10_000)}OC/15.0.1.1`).kind).toBe('client')
  })
})

describe('userAgentRow', () => {
  it('gives what a writer cites: the agents, the product, the document and its words', () => {
    expect(userAgentRow('oc-15')).toEqual({
      id: 'oc-15',
      agents: 'OC/15.x',
      product: 'Lync 2013',
      title:
        'Configure clients for migration (Office Communications Server 2007 R2 to Lync Server 2013)',
      url: 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/03f6e365b4d0d02d4a4dd5b6264ec47602e46f3f/Lync/LyncServer/configure-clients-for-migration_1.md',
      quote: '| Lync 2013 | OC | 15.*.*.* |',
      note: expect.stringContaining('Skype for Business 2015') as unknown as string,
    })
    expect(userAgentRow('oc-3.5')?.agents).toBe('OC/3.5.x')
    expect(userAgentRow('cwa-5')?.note).toContain('Lync Web App 2013')
    expect(userAgentRow('oc-2')).toBeUndefined()
  })

  it('knows every row a classification names, with the row it was classified by', () => {
    for (const row of readTable().clients) {
      const found = classifyUserAgent(`${row.token}/${row.major}.${row.minor ?? 0}.1.2`)
      expect(found, row.id).toMatchObject({ kind: 'client', product: row.product, row: row.id })
      expect(userAgentRow(row.id)?.product).toBe(row.product)
    }
  })
})

describe('inventory/user-agents.json', () => {
  const catalogue = builtinMatrix('all-generations') as Matrix

  it('is consistent with its schema, cites what it declares and names clients of the catalogue', () => {
    expect(problemsOf(readTable())).toEqual([])
    const clients = new Set(catalogue.displayNames('client'))
    for (const row of readTable().clients) expect(clients, row.id).toContain(row.product)
  })

  it('is refused without a source, with a source it does not declare, or with an unknown product', () => {
    const withoutSource = readTable()
    delete (withoutSource.clients[0] as { source?: unknown }).source
    expect(problemsOf(withoutSource)).toEqual(["/clients/0 must have required property 'source'"])

    const undeclared = readTable()
    delete undeclared.sources['lync-2010-sdk']
    expect(problemsOf(undeclared)).toEqual([
      'clients/1 (oc-4) cites source "lync-2010-sdk", which "sources" does not declare',
    ])

    const unknownProduct = readTable()
    ;(unknownProduct.clients[2] as { product: string }).product = 'Lync 2014'
    expect(problemsOf(unknownProduct)).toEqual([
      'clients/2 (oc-15): "Lync 2014" is no client of matrix all-generations',
    ])
    expect(() => (generateUserAgentTable as (table: unknown) => string)(unknownProduct)).toThrow(
      /Lync 2014/,
    )
  })

  it('is refused when one version has two rows, or a token two roles, whatever their case', () => {
    const twice = readTable()
    twice.clients.push({ ...(twice.clients[2] as TableFile['clients'][number]), id: 'again' })
    expect(problemsOf(twice)).toEqual([
      `clients/${twice.clients.length - 1} (again): OC/15 is oc-15's version too`,
    ])

    const platformAndProduct = readTable()
    ;(platformAndProduct.platformTokens as { token: string }[])[0] = {
      ...(platformAndProduct.platformTokens as { token: string }[])[0],
      token: 'oc',
    }
    expect(problemsOf(platformAndProduct)).toContain('families/0: "OC" is a platform token already')
  })
})
