// `coexist import` end to end, through the committed CLI bundle on Node 24 and Node 20: a
// realistic inventory (bench/inventory.mjs: 5,000 users on four pools of three generations and
// OCS 2007 R2, Communicator 2007 agents no source classifies, server agents) imports into a
// topology that `coexist check` evaluates, through a real pipe too; --into merges and keeps what
// the user wrote; bad input writes nothing.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from 'js-yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { parseJsonReport } from '../support/json-report.js'
import {
  CLI_BUNDLE,
  cleanEnv,
  FIXED_CLOCK,
  FIXED_CLOCK_ENV,
  REPO_ROOT,
  runNode,
  runtimes,
  type RunResult,
  type Runtime,
} from '../support/runtimes.js'

// bench/inventory.mjs has no types; imported by URL so that TypeScript takes it as this interface.
interface InventoryModule {
  generateInventory(rows: number, seed?: number): { clients: string; servers: string }
}
const { generateInventory } = (await import(
  pathToFileURL(path.join(REPO_ROOT, 'bench', 'inventory.mjs')).href
)) as InventoryModule

const ROWS = 5_000
const INVENTORY = generateInventory(ROWS)

const AMS = 'ams-pool01.contoso.com'
const FRA = 'fra-sfb2015.contoso.com'
const LON = 'lon-pool-2010.contoso.com'
const NYC = 'nyc-ocs.contoso.com'

/**
 * What each user agent of the generated inventory is, read from the user-agent table's rows
 * (inventory/user-agents.json) by hand, not by the classifier under test: the client product,
 * the server agent's name, or undefined for Communicator 2007 (OC/2.x), which no source maps.
 */
const AGENT_KINDS: [RegExp, { product: string } | { serverAgent: string } | undefined][] = [
  [/^UCCAPI\/15\.0\.\d+\.1000 OC\/15\./, { product: 'Lync 2013' }],
  [/^UCCAPI\/16\.0\.\d+\.20122 OC\/16\./, { product: 'Skype for Business 2016' }],
  [/^UCCAPI\/4\.0\.7577\.\d+ OC\/4\./, { product: 'Lync 2010' }],
  [/^UCCAPI\/3\.5\.6907\.\d+ OC\/3\.5\./, { product: 'Office Communicator 2007 R2' }],
  [/^CPE\/4\.0\.7577\.\d+ OCPhone\/4\./, { product: 'Lync Phone Edition' }],
  [/^CWA\/5\.0\.8308\.\d+$/, { product: 'Lync Web App 2013' }],
  [/ (AndroidLync|iPhoneLync)\/6\./, { product: 'Skype for Business mobile' }],
  [/^UCCAPI\/2\.0\.6362\.\d+ OC\/2\.0\.6362\.\d+$/, undefined],
  [/ MediationServer$/, { serverAgent: 'MediationServer' }],
  [/ Inbound Routing\/4\.0\.0\.0$/, { serverAgent: 'InboundRouting' }],
]

interface Expected {
  /** "product on pool" → users. */
  populations: Map<string, number>
  serverAgents: Map<string, number>
  /** Communicator 2007's distinct user agents and their users. */
  unknownAgents: Map<string, number>
  unknownPools: Set<string>
}

/** What the import must find in a generated client inventory (no cell of it is quoted). */
function expectedOf(clients: string): Expected {
  const expected: Expected = {
    populations: new Map(),
    serverAgents: new Map(),
    unknownAgents: new Map(),
    unknownPools: new Set(),
  }
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const line of clients.trimEnd().split('\n').slice(1)) {
    const [, userAgent = '', pool = ''] = line.split(',')
    const kind = AGENT_KINDS.find(([pattern]) => pattern.test(userAgent))
    if (!kind) throw new Error(`the test does not know the user agent "${userAgent}"`)
    const [, what] = kind
    if (what === undefined) {
      add(expected.unknownAgents, userAgent)
      expected.unknownPools.add(pool)
    } else if ('product' in what) add(expected.populations, `${what.product} on ${pool}`)
    else add(expected.serverAgents, what.serverAgent)
  }
  return expected
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0)
/** A number as coexist prints counts: 4,675. */
const count = (n: number) => n.toLocaleString('en-US')

interface Topology {
  matrix?: string
  servers: { name: string; product: string; version?: string }[]
  clients: { name: string; product: string; servers?: string[]; users?: number }[]
}

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** A fresh folder holding `files` (by default, the generated inventory). */
function folder(
  files: Record<string, string> = {
    'clients.csv': INVENTORY.clients,
    'servers.csv': INVENTORY.servers,
  },
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coexist-e2e-import-'))
  roots.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const coexist = (runtime: Runtime, args: readonly string[], cwd: string) =>
  runNode(runtime, CLI_BUNDLE, args, { cwd, env: cleanEnv(), timeout: 15_000 })

/** `node CLI left… | node CLI right…` in a real shell pipe; the status is the right side's. */
function pipe(
  runtime: Runtime,
  left: readonly string[],
  right: readonly string[],
  cwd: string,
): Promise<Pick<RunResult, 'status' | 'stdout' | 'stderr'>> {
  const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`
  const command = (args: readonly string[]) =>
    [runtime.executable, ...FIXED_CLOCK, CLI_BUNDLE, ...args].map(quote).join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', `${command(left)} | ${command(right)}`], {
      cwd,
      env: cleanEnv(FIXED_CLOCK_ENV),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
      killSignal: 'SIGKILL',
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
  })
}

const IMPORT = ['import', '--clients', 'clients.csv', '--servers', 'servers.csv']

/** Each client population as "product on pool" → users. */
function populationsOf(topology: Topology): Map<string, number> {
  return new Map(
    topology.clients.map((c) => [`${c.product} on ${c.servers?.join(', ')}`, c.users ?? NaN]),
  )
}

const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))

const files = (dir: string) => readdirSync(dir).sort()

describe.each(runtimes())('coexist import (CLI bundle) on $label', (runtime) => {
  it('a 5,000-user inventory: the four pools, every population, and every user accounted for', async () => {
    const expected = expectedOf(INVENTORY.clients)
    const run = await coexist(runtime, IMPORT, folder())
    expect(run.status).toBe(1)
    const topology = load(run.stdout) as Topology
    expect(topology.matrix).toBe('all-generations')
    expect(topology.servers).toEqual([
      { name: AMS, product: 'Lync Server 2013', version: '5.0.8308.857' },
      { name: FRA, product: 'Skype for Business Server 2015', version: '6.0.9319.235' },
      { name: LON, product: 'Lync Server 2010', version: '4.0.7577.710' },
      { name: NYC, product: 'Office Communications Server 2007 R2' },
    ])
    for (const line of [
      'version: 5.0.8308.857       # December 2014 cumulative update',
      'version: 6.0.9319.235       # March 2016 cumulative update',
      'version: 4.0.7577.710       # February 2015 cumulative update',
    ])
      expect(run.stdout).toContain(`\n    ${line}\n`)

    expect(sorted(populationsOf(topology))).toEqual(sorted(expected.populations))
    const unknownUsers = sum(expected.unknownAgents.values())
    const agentUsers = sum(expected.serverAgents.values())
    expect(sum(populationsOf(topology).values()) + unknownUsers + agentUsers).toBe(ROWS)
    expect(unknownUsers).toBeGreaterThan(0)
    expect(agentUsers).toBeGreaterThan(0)

    // Standard error: what was imported, Communicator 2007's agents with their users, the server agents.
    const lines = run.stderr.split('\n')
    expect(lines[0]).toBe(
      `coexist: imported ${expected.populations.size} client populations (${count(sum(expected.populations.values()))} users) on 4 server pools`,
    )
    expect([...expected.unknownPools]).toEqual([NYC])
    const agents = expected.unknownAgents.size
    expect(lines[1]).toBe(
      `coexist: not imported, because no source classifies them: ${agents} user agents (${count(unknownUsers)} users); they are listed in the topology's "not classified" comment block too:`,
    )
    // Named by the most common of them, at the first row that has it.
    const named = /user agent "([^"]+)"/.exec(lines[2] ?? '')?.[1] ?? ''
    expect(expected.unknownAgents.get(named)).toBe(Math.max(...expected.unknownAgents.values()))
    const rows = INVENTORY.clients.split('\n')
    const row = rows.findIndex((r) => r.split(',')[1] === named)
    const column = (rows[row]?.indexOf(',') ?? NaN) + 2
    expect(lines[2]).toBe(
      `  clients.csv:${row + 1}:${column}: user agent "${named}" and ${agents - 1} other user agents like it on ${NYC}: ${count(unknownUsers)} users; no source maps OC/2.x to a product (the Control Panel's table of user agent codes names the family "Lync 2013, Lync 2010, Office Communicator" only); coexist's user-agent table maps OC/3.5.x, OC/4.x, OC/15.x and OC/16.x`,
    )
    const serverAgents = [...expected.serverAgents].sort(([, a], [, b]) => b - a)
    expect(lines[3]).toBe(
      `coexist: left out as server-side agents, not client populations: ${serverAgents.map(([name, users]) => `${name} (${count(users)})`).join(', ')}`,
    )
    expect(lines.slice(4)).toEqual([''])
  })

  it('coexist import … | coexist check - --format json: every population a pair, the server rule an error', async () => {
    const dir = folder()
    const run = await pipe(runtime, IMPORT, ['check', '-', '--format', 'json'], dir)
    expect(run.status).toBe(1)
    const report = parseJsonReport(run.stdout)
    expect(report.errors).toEqual([])
    expect(report.counts.pairs).toBe(expectedOf(INVENTORY.clients).populations.size)
    expect(report.results.every((r) => r.file === '<stdin>')).toBe(true)
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.title)).toEqual([
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
    ])
    // The import's own report went to standard error, past the pipe.
    expect(run.stderr).toMatch(/^coexist: imported \d+ client populations/)
    expect(files(dir)).toEqual(['clients.csv', 'servers.csv'])
  })

  it("--into: created, then up to date, then merged around the user's edits", async () => {
    const dir = folder()
    const into = [...IMPORT, '--into', 'coexist.yml']
    const topologyFile = path.join(dir, 'coexist.yml')
    const created = await coexist(runtime, into, dir)
    expect(created.status).toBe(1)
    expect(created.stdout).toBe('')
    const first = readFileSync(topologyFile, 'utf8')

    const again = await coexist(runtime, into, dir)
    expect(again.status).toBe(1)
    expect(again.stderr.split('\n')[0]).toBe('coexist: coexist.yml is up to date; nothing written')
    expect(readFileSync(topologyFile, 'utf8')).toBe(first)

    // The user's edits: a population renamed, a comment, workloads, and an exception.
    const renamed = [
      '  # Amsterdam desktops: Lync 2013 until the SfB rollout (wave 4)',
      '  - name: ams-desktops',
      '    product: Lync 2013',
      `    servers: [${AMS}]`,
      '    workloads: [im, presence, conferencing]',
    ].join('\n')
    const original = [
      `  - name: lync-2013@${AMS}`,
      '    product: Lync 2013',
      `    servers: [${AMS}]`,
    ].join('\n')
    expect(first).toContain(original)
    const exception = [
      'exceptions:',
      `  - client: office-communicator-2007-r2@${AMS}`,
      `    server: ${AMS}`,
      '    product: Office Communicator 2007 R2',
      "    reason: 'Communicator 2007 R2 kiosks: replaced in wave 4'",
      '    owner: uc-team',
      '    expires: 2026-12-31',
      '',
    ].join('\n')
    const endBlock = first.indexOf('# coexist import: begin not classified')
    const edited = `${first.slice(0, endBlock).replace(original, renamed)}${exception}\n${first.slice(endBlock)}`
    writeFileSync(topologyFile, edited)

    // The next inventory: the London pool's users are gone, and Lync Web App appears in Frankfurt.
    const rows = INVENTORY.clients.trimEnd().split('\n')
    const webApp = Array.from(
      { length: 3 },
      (_, i) => `sip:web${i}@contoso.com,CWA/5.0.8308.410${i},${FRA}`,
    )
    const clients = [...rows.filter((row) => !row.endsWith(`,${LON}`)), ...webApp, ''].join('\n')
    writeFileSync(path.join(dir, 'clients.csv'), clients)
    const merged = await coexist(runtime, into, dir)
    expect(merged.status).toBe(1)
    expect(merged.stdout).toBe('')
    const text = readFileSync(topologyFile, 'utf8')
    for (const kept of [renamed, exception]) expect(text).toContain(kept)
    expect(text).toContain(
      `\n  - name: lync-web-app-2013@${FRA}\n    product: Lync Web App 2013\n    servers: [${FRA}]\n    users: 3 `,
    )

    const topology = load(text) as Topology
    const gone = topology.clients.filter((c) => c.servers?.includes(LON)).map((c) => c.name)
    expect(gone.length).toBeGreaterThan(0)
    for (const name of gone)
      expect(text).toContain(
        `  # coexist import: not in the inventory (kept; remove it when it is gone)\n  - name: ${name}\n`,
      )
    const summary = merged.stderr.split('\n')
    expect(summary.filter((line) => line.startsWith('! '))).toEqual(
      gone.map((name) => `! client ${name}: not in the inventory (marked)`),
    )
    expect(summary.filter((line) => line.startsWith('+ '))).toEqual([
      `+ client lync-web-app-2013@${FRA}: Lync Web App 2013 on ${FRA}, 3 users`,
    ])
    expect(summary).toContain(`coexist: coexist.yml written (${gone.length + 1} changes)`)
    expect(topology.clients.find((c) => c.name === 'ams-desktops')?.users).toBe(
      expectedOf(clients).populations.get(`Lync 2013 on ${AMS}`),
    )

    const checked = await coexist(runtime, ['check', 'coexist.yml'], dir)
    expect(checked.stderr).toBe('')
    expect([0, 1]).toContain(checked.status)
    expect(checked.stdout).toContain(
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
    )
    expect(files(dir)).toEqual(['clients.csv', 'coexist.yml', 'servers.csv'])
  })

  it('a cell that starts with = is data: it stays that text, and the output is still valid YAML', async () => {
    const dir = folder({
      'clients.csv': `UserAgent,Pool\n"=HYPERLINK(""http://x"")",${AMS}\nCWA/5.0.8308.4100,${AMS}\n`,
    })
    const run = await coexist(
      runtime,
      ['import', '--clients', 'clients.csv', '--server', `${AMS}=5.0.8308.857`],
      dir,
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `\n#   user agent "=HYPERLINK(\\"http://x\\")" on "${AMS}": 1 user; no product token coexist knows: no source names "=HYPERLINK"\n`,
    )
    expect(run.stderr).toContain(
      `  clients.csv:2:1: user agent "=HYPERLINK(\\"http://x\\")" on ${AMS}: 1 user; no product token coexist knows: no source names "=HYPERLINK"\n`,
    )
    const topology = load(run.stdout) as Topology
    expect(topology.clients.map((c) => c.product)).toEqual(['Lync Web App 2013'])
    const checked = await pipe(
      runtime,
      ['import', '--clients', 'clients.csv', '--server', `${AMS}=5.0.8308.857`],
      ['check', '-'],
      dir,
    )
    expect(checked.status).toBe(0)
  })

  it('an unterminated quote: exit 2, its place, nothing written, the --into file as it was', async () => {
    const dir = folder()
    const existing = '# kept as it is\nmatrix: all-generations\n'
    writeFileSync(path.join(dir, 'coexist.yml'), existing)
    const rows = INVENTORY.clients.split('\n')
    rows.splice(3, 0, `sip:broken@contoso.com,"UCCAPI/15.0.4481.1000 OC/15.0.4481.1000,${AMS}`)
    // No later quote closes it: the generated rows hold none.
    writeFileSync(path.join(dir, 'clients.csv'), rows.join('\n'))
    const run = await coexist(runtime, [...IMPORT, '--into', 'coexist.yml'], dir)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'clients.csv:4:24: error: this quote opens a cell that is never closed: the cell would run to the end of the file; close it with ", and write a quote inside it as ""\ncoexist: nothing was written\n',
    )
    expect(readFileSync(path.join(dir, 'coexist.yml'), 'utf8')).toBe(existing)
    expect(files(dir)).toEqual(['clients.csv', 'coexist.yml', 'servers.csv'])
  })
})
