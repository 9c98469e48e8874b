// classifyEstate: the counts read from the inventories become one population per client product
// and pool, and nothing is dropped on the way: what no source classifies is listed with its users,
// server-side agents are counted apart, and a pool without a known server product keeps its users
// as unclassified rather than losing them.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { classifyEstate } from '../../src/core/import.js'
import type { AgentCount, ImportedEstate, ServerBuild } from '../../src/core/imported.js'
import type { Matrix } from '../../src/core/matrix.js'

const catalogue = builtinMatrix('all-generations') as Matrix

const LYNC_2013_A = 'UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)'
const LYNC_2013_B = 'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)'
const LYNC_2010 = 'UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)'
const SFB_2016 = 'UCCAPI/16.0.7766.5281 OC/16.0.7766.2047'
const COMMUNICATOR_2007_A = 'UCCAPI/2.0.6362.111 OC/2.0.6362.111'
const COMMUNICATOR_2007_B = 'UCCAPI/2.0.6362.97 OC/2.0.6362.97'
const COMMUNICATOR_2007_C = 'UCCAPI/2.0.6362.36 OC/2.0.6362.36'
const MEDIATION = 'RTCC/5.0.0.0 MediationServer'
const INBOUND_ROUTING = 'RTCC/4.0.0.0 Inbound Routing/4.0.0.0'

const AMS = 'ams-pool01.contoso.com'
const LON = 'lon-pool-2010.contoso.com'
const NYC = 'nyc-ocs.contoso.com'

let row = 1
/** One count of the client inventory, at its own row of clients.csv (column 2: the user agent). */
function count(userAgent: string, pool: string | undefined, users: number): AgentCount {
  row++
  return {
    userAgent,
    ...(pool === undefined ? {} : { pool }),
    users,
    origin: { file: 'clients.csv', line: row, column: 2, endLine: row, endColumn: 3 },
  }
}

function build(pool: string, text: string, line = 2): ServerBuild {
  return {
    pool,
    build: text,
    origin: { file: 'servers.csv', line, column: 2, endLine: line, endColumn: 3 },
  }
}

function classify(agents: AgentCount[], builds: ServerBuild[] = []): ImportedEstate {
  return classifyEstate({
    agents,
    builds,
    catalogue,
    provenance: ['clients: clients.csv'],
    serversListed: true,
  })
}

/** Every user the estate accounts for: in populations, unclassified, or server agents. */
function usersAccountedFor(estate: ImportedEstate): number {
  const sum = (items: readonly { users: number }[]) => items.reduce((n, i) => n + i.users, 0)
  return sum(estate.populations) + sum(estate.unclassified) + sum(estate.serverAgents)
}

const usersIn = (agents: readonly AgentCount[]) => agents.reduce((n, a) => n + a.users, 0)

describe('classifyEstate: populations', () => {
  it('one population per product and pool, users summed, user agents most users first', () => {
    const agents = [
      count(LYNC_2013_A, AMS, 40),
      count(LYNC_2010, AMS, 7),
      count(LYNC_2013_B, AMS, 60),
      count(LYNC_2013_A, LON, 5),
      count(LYNC_2013_B, AMS, 1),
      // A tie on users: the user agents are then in text order.
      count(LYNC_2010, LON, 3),
      count('UCCAPI/4.0.7577.108 OC/4.0.7577.108 (Microsoft Lync 2010)', LON, 3),
    ]
    const ams = build(AMS, '5.0.8308.857', 2)
    const lon = build(LON, '4.0.7577.710', 3)
    const estate = classify(agents, [ams, lon])
    expect(estate.servers).toEqual([
      {
        pool: AMS,
        product: 'Lync Server 2013',
        version: '5.0.8308.857',
        update: 'December 2014 cumulative update',
        origin: ams.origin,
      },
      {
        pool: LON,
        product: 'Lync Server 2010',
        version: '4.0.7577.710',
        update: 'February 2015 cumulative update',
        origin: lon.origin,
      },
    ])
    expect(estate.populations).toEqual([
      {
        product: 'Lync 2013',
        pool: AMS,
        users: 101,
        agents: [
          { userAgent: LYNC_2013_B, users: 61 },
          { userAgent: LYNC_2013_A, users: 40 },
        ],
      },
      { product: 'Lync 2010', pool: AMS, users: 7, agents: [{ userAgent: LYNC_2010, users: 7 }] },
      { product: 'Lync 2013', pool: LON, users: 5, agents: [{ userAgent: LYNC_2013_A, users: 5 }] },
      {
        product: 'Lync 2010',
        pool: LON,
        users: 6,
        agents: [
          { userAgent: 'UCCAPI/4.0.7577.108 OC/4.0.7577.108 (Microsoft Lync 2010)', users: 3 },
          { userAgent: LYNC_2010, users: 3 },
        ],
      },
    ])
    expect(estate.unclassified).toEqual([])
    expect(estate.serverAgents).toEqual([])
    expect(estate.provenance).toEqual(['clients: clients.csv'])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
  })

  it('an inventory without pools: populations without a pool, builds or not', () => {
    const agents = [count(LYNC_2013_A, undefined, 10), count(SFB_2016, undefined, 4)]
    agents.push(count(LYNC_2013_B, undefined, 2))
    for (const builds of [[], [build(AMS, '5.0.8308.857')]]) {
      const estate = classify(agents, builds)
      expect(estate.populations).toEqual([
        {
          product: 'Lync 2013',
          users: 12,
          agents: [
            { userAgent: LYNC_2013_A, users: 10 },
            { userAgent: LYNC_2013_B, users: 2 },
          ],
        },
        {
          product: 'Skype for Business 2016',
          users: 4,
          agents: [{ userAgent: SFB_2016, users: 4 }],
        },
      ])
      for (const population of estate.populations) expect(population).not.toHaveProperty('pool')
      expect(estate.unclassified).toEqual([])
      expect(usersAccountedFor(estate)).toBe(16)
    }
  })

  it('pools compare without case: one population, named as the server inventory writes the pool', () => {
    const agents = [
      count(LYNC_2013_A, 'AMS-POOL01.contoso.com', 3),
      count(LYNC_2013_B, 'Ams-Pool01.Contoso.Com', 4),
    ]
    const estate = classify(agents, [build(AMS, '5.0.8308.857')])
    expect(estate.populations).toEqual([
      {
        product: 'Lync 2013',
        pool: AMS,
        users: 7,
        agents: [
          { userAgent: LYNC_2013_B, users: 4 },
          { userAgent: LYNC_2013_A, users: 3 },
        ],
      },
    ])
    expect(estate.unclassified).toEqual([])
  })
})

describe('classifyEstate: what no source classifies', () => {
  it('unknown user agents: one entry per reason and pool, named by the most common string', () => {
    const first = count(COMMUNICATOR_2007_A, NYC, 2)
    const top = count(COMMUNICATOR_2007_B, NYC, 5)
    const agents = [
      first,
      top,
      count(COMMUNICATOR_2007_A, NYC, 1),
      count(COMMUNICATOR_2007_C, NYC, 1),
      // The same reason on another pool (written in another case): an entry of its own.
      count(COMMUNICATOR_2007_C, 'LON-pool-2010.contoso.com', 4),
      // Another reason on the first pool: an entry of its own.
      count('Mozilla/5.0 (Windows NT 10.0)', NYC, 1),
      count('', NYC, 3),
    ]
    const estate = classify(agents, [
      build(NYC, 'Office Communications Server 2007 R2'),
      build(LON, '4.0.7577.710', 3),
    ])
    const communicator =
      'no source maps OC/2.x to a product (the Control Panel\'s table of user agent codes names the family "Lync 2013, Lync 2010, Office Communicator" only); coexist\'s user-agent table maps OC/3.5.x, OC/4.x, OC/15.x and OC/16.x'
    expect(estate.unclassified).toEqual([
      {
        kind: 'user-agent',
        text: COMMUNICATOR_2007_B,
        pool: NYC,
        users: 9,
        reason: communicator,
        agents: 3,
        origin: top.origin,
      },
      {
        kind: 'user-agent',
        text: COMMUNICATOR_2007_C,
        pool: 'LON-pool-2010.contoso.com',
        users: 4,
        reason: communicator,
        agents: 1,
        origin: agents[4]?.origin,
      },
      {
        kind: 'user-agent',
        text: '',
        pool: NYC,
        users: 3,
        reason: 'no product token (token/version) in the user agent',
        agents: 1,
        origin: agents[6]?.origin,
      },
      {
        kind: 'user-agent',
        text: 'Mozilla/5.0 (Windows NT 10.0)',
        pool: NYC,
        users: 1,
        reason: 'no product token coexist knows: no source names "Mozilla"',
        agents: 1,
        origin: agents[5]?.origin,
      },
    ])
    expect(estate.populations).toEqual([])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
  })

  it('server-side agents: counted apart per agent, whatever the pool, most users first', () => {
    const agents = [
      count(MEDIATION, AMS, 2),
      count(INBOUND_ROUTING, LON, 9),
      count(MEDIATION, LON, 3),
      count('RTCC/5.0.0.0 MediationServer/5.0.8308.0', 'no-build.contoso.com', 1),
      count(LYNC_2013_A, AMS, 10),
    ]
    const estate = classify(agents, [build(AMS, '5.0.8308.857')])
    expect(estate.serverAgents).toEqual([
      { name: 'InboundRouting', users: 9 },
      { name: 'MediationServer', users: 6 },
    ])
    expect(estate.populations).toEqual([
      {
        product: 'Lync 2013',
        pool: AMS,
        users: 10,
        agents: [{ userAgent: LYNC_2013_A, users: 10 }],
      },
    ])
    // A server agent on a pool without a build is still a server agent, not a pool's population.
    expect(estate.unclassified).toEqual([])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
  })

  it('a pool with no build: its users are unclassified as the pool, never dropped', () => {
    const agents = [
      count(LYNC_2013_A, AMS, 10),
      count(LYNC_2010, LON, 6),
      count(LYNC_2013_B, LON, 4),
      count(LYNC_2010, 'Lon-Pool-2010.contoso.com', 1),
    ]
    const estate = classify(agents, [build(AMS, '5.0.8308.857')])
    expect(estate.populations).toEqual([
      {
        product: 'Lync 2013',
        pool: AMS,
        users: 10,
        agents: [{ userAgent: LYNC_2013_A, users: 10 }],
      },
    ])
    expect(estate.unclassified).toEqual([
      {
        kind: 'pool',
        text: LON,
        pool: LON,
        users: 11,
        reason: `no build or product is given for this pool: add it to the server inventory, or --server ${LON}=BUILD`,
        origin: agents[1]?.origin,
      },
    ])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
  })

  it('a pool whose build no source gives: the build, and the pool with its users, unclassified', () => {
    // No source gives the builds of OCS 2007 R2: its pool must be given by the product's name.
    const ocs = build(NYC, '3.5.6907.0', 5)
    const agents = [
      count('UCCAPI/3.5.6907.37 OC/3.5.6907.37 (Microsoft Office Communicator 2007 R2)', NYC, 8),
      count(LYNC_2010, NYC, 2),
      count(COMMUNICATOR_2007_A, NYC, 1),
      count(LYNC_2013_A, AMS, 3),
    ]
    const estate = classify(agents, [build(AMS, '5.0.8308.857'), ocs])
    expect(estate.servers.map((s) => s.pool)).toEqual([AMS])
    const [buildEntry, poolEntry, agentEntry, ...rest] = estate.unclassified
    expect(rest).toEqual([])
    expect(buildEntry).toEqual({
      kind: 'build',
      text: '3.5.6907.0',
      pool: NYC,
      users: 0,
      reason: expect.stringMatching(
        /^3\.5\.6907\.0 is not a build of any server the sources list \(they give .*\); no source gives the builds of Office Communications Server 2007 R2: give the product's name instead$/,
      ) as unknown,
      origin: ocs.origin,
    })
    expect(poolEntry).toEqual({
      kind: 'pool',
      text: NYC,
      pool: NYC,
      users: 10,
      reason: `its build 3.5.6907.0: ${buildEntry?.reason}`,
      origin: agents[0]?.origin,
    })
    // An unknown agent stays an unknown agent, on whatever pool.
    expect(agentEntry).toMatchObject({ kind: 'user-agent', text: COMMUNICATOR_2007_A, users: 1 })
    expect(estate.populations).toEqual([
      { product: 'Lync 2013', pool: AMS, users: 3, agents: [{ userAgent: LYNC_2013_A, users: 3 }] },
    ])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
  })

  it('OCS 2007 R2 given by its name: a server without a version, and its populations', () => {
    const agents = [
      count('UCCAPI/3.5.6907.37 OC/3.5.6907.37 (Microsoft Office Communicator 2007 R2)', NYC, 8),
    ]
    const ocs = build(NYC, 'Office Communications Server 2007 R2')
    const estate = classify(agents, [ocs])
    expect(estate.servers).toEqual([
      { pool: NYC, product: 'Office Communications Server 2007 R2', origin: ocs.origin },
    ])
    expect(estate.populations).toMatchObject([
      { product: 'Office Communicator 2007 R2', pool: NYC, users: 8 },
    ])
  })

  it('a mixed estate: every user of the inventory is accounted for once', () => {
    const agents = [
      count(LYNC_2013_A, AMS, 123),
      count(LYNC_2010, LON, 45),
      count(SFB_2016, 'fra-sfb2015.contoso.com', 67),
      count(COMMUNICATOR_2007_A, NYC, 8),
      count(COMMUNICATOR_2007_B, AMS, 9),
      count(MEDIATION, AMS, 2),
      count(INBOUND_ROUTING, LON, 1),
      count('nonsense', NYC, 3),
      count(LYNC_2013_B, 'unknown-pool.contoso.com', 11),
      count(LYNC_2013_B, NYC, 13),
    ]
    const estate = classify(agents, [
      build(AMS, '5.0.8308.857'),
      build(LON, '4.0.7577.710'),
      build('fra-sfb2015.contoso.com', '6.0.9319.235'),
      build(NYC, '3.5.6907.0'),
    ])
    expect(usersAccountedFor(estate)).toBe(usersIn(agents))
    expect(estate.populations.map((p) => [p.product, p.pool, p.users])).toEqual([
      ['Lync 2013', AMS, 123],
      ['Lync 2010', LON, 45],
      ['Skype for Business 2016', 'fra-sfb2015.contoso.com', 67],
    ])
    expect(estate.unclassified.map((u) => [u.kind, u.text, u.users])).toEqual([
      ['build', '3.5.6907.0', 0],
      ['pool', 'unknown-pool.contoso.com', 11],
      ['pool', NYC, 13],
      ['user-agent', COMMUNICATOR_2007_B, 9],
      ['user-agent', COMMUNICATOR_2007_A, 8],
      ['user-agent', 'nonsense', 3],
    ])
  })
})
