// Deterministic generated inventories for `coexist import`: a client inventory of N rows, one per
// user as a per-user export of the Monitoring (CDR) database gives it (user, user agent, pool),
// and the server inventory of its four pools. The mix is an estate mid-migration: three generations
// of desktop clients, phones, mobile and web clients, agents no source classifies (Communicator
// 2007's OC/2.x) and server-side agents that register too.
import { prng } from './topology.mjs'

/** The pools and their builds (OCS 2007 R2 by name: no source gives its builds). */
export const INVENTORY_POOLS = [
  { pool: 'ams-pool01.contoso.com', build: '5.0.8308.857' },
  { pool: 'fra-sfb2015.contoso.com', build: '6.0.9319.235' },
  { pool: 'lon-pool-2010.contoso.com', build: '4.0.7577.710' },
  { pool: 'nyc-ocs.contoso.com', build: 'Office Communications Server 2007 R2' },
]

const [AMS, FRA, LON, NYC] = INVENTORY_POOLS.map((p) => p.pool)

/**
 * User-agent families: a template (`#` is replaced by a build number that varies, as updates roll
 * out), the pools its users register with, and its weight in per cent.
 */
const FAMILIES = [
  ['UCCAPI/15.0.#.1000 OC/15.0.#.1000 (Microsoft Lync)', [AMS, FRA, LON], 30],
  ['UCCAPI/16.0.#.20122 OC/16.0.#.20194 (Skype for Business)', [FRA, AMS], 14],
  ['UCCAPI/4.0.7577.# OC/4.0.7577.# (Microsoft Lync 2010)', [LON, AMS], 18],
  ['UCCAPI/3.5.6907.# OC/3.5.6907.# (Microsoft Office Communicator 2007 R2)', [NYC, LON, AMS], 12],
  ['CPE/4.0.7577.# OCPhone/4.0.7577.# (Microsoft Lync 2010 Phone Edition)', [LON, AMS], 8],
  ['CWA/5.0.8308.#', [AMS], 5],
  ['RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.# (SM-G930U Android 8.0.0)', [FRA], 4],
  ['RTCC/7.0.0.0 UCWA/7.0.0.0 iPhoneLync/6.20.0.# (iPhone iOS 12.1)', [FRA], 3],
  ['UCCAPI/2.0.6362.# OC/2.0.6362.#', [NYC], 3],
  ['RTCC/5.0.0.0 MediationServer', [AMS, LON], 2],
  ['RTCC/4.0.0.0 Inbound Routing/4.0.0.0', [LON], 1],
]
const BUILDS_PER_FAMILY = 40

/** `rows` users as `UserUri,UserAgent,Pool` CSV, and the servers as `Pool,Build`. */
export function generateInventory(rows, seed = 2013) {
  // The same N gives the same file everywhere.
  const next = prng(seed)
  const total = FAMILIES.reduce((sum, [, , weight]) => sum + weight, 0)
  const pick = () => {
    let left = next() * total
    for (const family of FAMILIES) if ((left -= family[2]) < 0) return family
    return FAMILIES.at(-1)
  }
  const lines = ['UserUri,UserAgent,Pool']
  for (let i = 0; i < rows; i++) {
    const [template, pools] = pick()
    const build = 4000 + Math.floor(next() * BUILDS_PER_FAMILY)
    const pool = pools[Math.floor(next() * pools.length)]
    // A user agent holds no comma or quote here; the CSV reader's quoting has its own tests.
    lines.push(`sip:user${i}@contoso.com,${template.replaceAll('#', String(build))},${pool}`)
  }
  const servers = ['Pool,Build', ...INVENTORY_POOLS.map((p) => `${p.pool},"${p.build}"`)]
  return { clients: `${lines.join('\n')}\n`, servers: `${servers.join('\n')}\n` }
}
