// importTopology (app): inventories read from a folder, classified, rendered or merged, evaluated
// as `coexist check` would, and written whole or not at all; every problem with the inputs comes
// back as file:line:column with nothing written.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importTopology, type ImportOutcome, type ImportRequest } from '../../src/app/import.js'
import { CATALOGUE_MATRIX_ID } from '../../src/core/builtin-matrices.js'
import { fixturePath } from '../support/fixtures.js'
import { check } from '../support/pipeline.js'

const LYNC_2013 = 'UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)'
const SFB_2016 = 'UCCAPI/16.0.7766.5281 OC/16.0.7766.2047'
const LYNC_2010 = 'UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)'
const AMS = 'ams-pool01.contoso.com'
const LON = 'lon-pool-2010.contoso.com'

/** Two pools, three populations, 21 users: everything classified. */
const CLIENTS = [
  'UserAgent,Pool,Users',
  `"${LYNC_2013}",${AMS},10`,
  `"${SFB_2016}",${AMS},4`,
  `"${LYNC_2010}",${LON},7`,
  '',
].join('\n')
const SERVERS = ['Pool,Build', `${AMS},5.0.8308.857`, `${LON},4.0.7577.710`, ''].join('\n')

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** A fresh folder (the root the import may read and write) holding `files`. */
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coexist-import-'))
  roots.push(root)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), content)
  }
  return root
}

/** importTopology with `root` as the working directory and the root. */
function run(root: string, request: Partial<ImportRequest>): Promise<ImportOutcome> {
  return importTopology(
    { clients: 'clients.csv', serverOptions: [], maxBytes: 1024 * 1024, ...request },
    { cwd: root, root },
  )
}

type Success = Extract<ImportOutcome, { ok: true }>
type Failure = Extract<ImportOutcome, { errors: unknown }>

function succeeded(outcome: ImportOutcome): Success {
  if (!outcome.ok) throw new Error(`the import failed: ${JSON.stringify(outcome)}`)
  return outcome
}

function failed(outcome: ImportOutcome): Failure {
  if (outcome.ok || !('errors' in outcome))
    throw new Error(`expected errors, got ${JSON.stringify(outcome)}`)
  return outcome
}

/** [file, line, column, message] of each error. */
const flcm = (outcome: Failure) => outcome.errors.map((e) => [e.file, e.line, e.column, e.message])

/** Every file under `root`, relative, sorted: what a run leaves behind. */
function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .sort()
}

describe('a new topology (no --into)', () => {
  it('is the estate as a topology that coexist check evaluates, and nothing is written', async () => {
    const root = folder({ 'clients.csv': CLIENTS, 'servers.csv': SERVERS })
    const outcome = succeeded(await run(root, { servers: 'servers.csv' }))
    expect(outcome.merged).toBeUndefined()
    expect(outcome.warnings).toEqual([])
    expect(filesUnder(root)).toEqual(['clients.csv', 'servers.csv'])

    expect(outcome.text).toContain(`\nmatrix: ${CATALOGUE_MATRIX_ID}\n`)
    const report = check(outcome.text)
    expect(report.errors).toEqual([])
    // One server per population: one pair each, every one of them read against the matrix.
    expect(report.results.map((r) => [r.clientProduct, r.serverProduct, r.server])).toEqual([
      ['Lync 2013', 'Lync Server 2013', AMS],
      ['Skype for Business 2016', 'Lync Server 2013', AMS],
      ['Lync 2010', 'Lync Server 2010', LON],
    ])
    expect(outcome.estate.populations.map((p) => [p.product, p.pool, p.users])).toEqual([
      ['Lync 2013', AMS, 10],
      ['Skype for Business 2016', AMS, 4],
      ['Lync 2010', LON, 7],
    ])
    expect(outcome.estate.provenance).toEqual([
      'clients: clients.csv, 3 rows (user agent: UserAgent, pool: Pool, users: Users)',
      'servers: servers.csv, 2 pools',
      `client products: coexist's user-agent table (inventory/user-agents.json); server products and updates: the builds of matrix ${CATALOGUE_MATRIX_ID}`,
    ])
  })

  it('--matrix names the matrix the new topology is written for', async () => {
    const root = folder({
      'clients.csv': `UserAgent,Pool\n"${LYNC_2013}",${AMS}\n"${LYNC_2010}",${AMS}\n`,
    })
    const outcome = succeeded(
      await run(root, { serverOptions: [`${AMS}=5.0.8308.857`], matrix: 'lync-server-2013' }),
    )
    expect(outcome.text).toContain('\nmatrix: lync-server-2013\n')
    const report = check(outcome.text)
    expect(report.errors).toEqual([])
    expect(report.matrix).toBe('lync-server-2013')
    expect(report.results).toHaveLength(2)
  })

  it('--server wins over the server inventory for its pool, and is named in the provenance', async () => {
    const root = folder({ 'clients.csv': CLIENTS, 'servers.csv': SERVERS })
    const outcome = succeeded(
      await run(root, { servers: 'servers.csv', serverOptions: [`${LON}=Lync Server 2013`] }),
    )
    expect(outcome.estate.servers.map((s) => [s.pool, s.product, s.version])).toEqual([
      [AMS, 'Lync Server 2013', '5.0.8308.857'],
      [LON, 'Lync Server 2013', undefined],
    ])
    expect(outcome.estate.provenance).toContain(`servers: --server ${LON}=Lync Server 2013`)
  })

  it('a pool whose computers run two builds: imported at the lower one, with a warning', async () => {
    const root = folder({
      'clients.csv': CLIENTS,
      'servers.csv': `${SERVERS}${LON},4.0.7577.700\n`,
    })
    const outcome = succeeded(await run(root, { servers: 'servers.csv' }))
    expect(outcome.estate.servers.find((s) => s.pool === LON)?.version).toBe('4.0.7577.700')
    expect(outcome.warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      [
        'servers.csv',
        3,
        27,
        `pool ${LON} runs builds from 4.0.7577.700 (4:27) to 4.0.7577.710; imported as 4.0.7577.700, as a pool has only the updates all its computers have`,
      ],
    ])
  })

  it('an inventory saved as UTF-16LE with a byte order mark is read', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLIENTS, 'utf16le')])
    const root = folder({ 'clients.csv': utf16, 'servers.csv': SERVERS })
    const outcome = succeeded(await run(root, { servers: 'servers.csv' }))
    const fromUtf8 = succeeded(
      await run(folder({ 'clients.csv': CLIENTS, 'servers.csv': SERVERS }), {
        servers: 'servers.csv',
      }),
    )
    expect(outcome.estate.populations).toEqual(fromUtf8.estate.populations)
    expect(outcome.text).toBe(fromUtf8.text)
  })

  it('an unknown --matrix is a usage problem', async () => {
    const root = folder({ 'clients.csv': CLIENTS })
    const outcome = await run(root, { serverOptions: [`${AMS}=5.0.8308.857`], matrix: 'nope' })
    expect(outcome).toEqual({
      ok: false,
      usage: expect.stringMatching(
        /^--matrix: unknown matrix "nope"; built-in matrices: /,
      ) as unknown,
    })
  })
})

describe('--into: merging into a topology', () => {
  it('a missing file is created with the new topology; a second run writes nothing', async () => {
    const root = folder({ 'clients.csv': CLIENTS, 'servers.csv': SERVERS })
    const request = { servers: 'servers.csv', into: 'estate/coexist.yml' }
    const first = succeeded(await run(root, request))
    expect(first.merged).toEqual({
      changes: [],
      file: 'estate/coexist.yml',
      written: true,
      created: true,
    })
    const written = readFileSync(path.join(root, 'estate', 'coexist.yml'), 'utf8')
    expect(written).toBe(first.text)
    expect(written).toBe(succeeded(await run(root, { servers: 'servers.csv' })).text)
    expect(check(written).errors).toEqual([])

    const second = succeeded(await run(root, request))
    expect(second.merged).toEqual({
      changes: [],
      file: 'estate/coexist.yml',
      written: false,
      created: false,
    })
    expect(readFileSync(path.join(root, 'estate', 'coexist.yml'), 'utf8')).toBe(written)
    expect(filesUnder(root)).toEqual(['clients.csv', 'estate', 'estate/coexist.yml', 'servers.csv'])
  })

  it('an existing file: merged once, then the same inputs change nothing, byte for byte', async () => {
    const root = folder({ 'clients.csv': CLIENTS, 'servers.csv': SERVERS })
    copyFileSync(fixturePath('core', 'import/existing.yml'), path.join(root, 'coexist.yml'))
    const clients = [
      'UserAgent,Pool,Users',
      `"${LYNC_2013}",pool01.fabrikam.com,10`,
      `"${SFB_2016}",pool01.fabrikam.com,4`,
      `"${LYNC_2010}",POOL02.fabrikam.com,7`,
      '',
    ].join('\n')
    const servers =
      'Pool,Build\npool01.fabrikam.com,5.0.8308.857\npool02.fabrikam.com,4.0.7577.710\n'
    writeFileSync(path.join(root, 'clients.csv'), clients)
    writeFileSync(path.join(root, 'servers.csv'), servers)
    const request = { servers: 'servers.csv', into: 'coexist.yml' }

    const first = succeeded(await run(root, request))
    expect(first.merged?.written).toBe(true)
    expect(first.merged?.changes.map((c) => [c.kind, c.what, c.name])).toEqual([
      ['updated', 'server', 'POOL02.fabrikam.com'],
      ['marked', 'server', 'retired.fabrikam.com'],
      ['updated', 'client', 'desktops'],
      ['updated', 'client', 'old desktops'],
      ['marked', 'client', 'meeting-guests'],
      ['added', 'client', 'skype-for-business-2016@pool01.fabrikam.com'],
    ])
    const merged = readFileSync(path.join(root, 'coexist.yml'), 'utf8')
    expect(merged).toBe(first.text)
    // The user's parts: the exception, the workloads and the comments stay as written.
    const original = readFileSync(fixturePath('core', 'import/existing.yml'), 'utf8')
    for (const kept of [
      original.slice(original.indexOf('exceptions:')),
      '    workloads: [im, presence, conferencing]\n',
      '  - name: desktops                 # most of the company\n',
      '    # moving in wave 2\n',
    ])
      expect(merged).toContain(kept)
    expect(check(merged).errors).toEqual([])

    const second = succeeded(await run(root, request))
    expect(second.merged).toEqual({
      changes: [],
      file: 'coexist.yml',
      written: false,
      created: false,
    })
    expect(second.text).toBe(merged)
    expect(readFileSync(path.join(root, 'coexist.yml'), 'utf8')).toBe(merged)
    expect(filesUnder(root)).toEqual(['clients.csv', 'coexist.yml', 'servers.csv'])
  })

  it("a merge that would leave a product the file's matrix lacks: refused, nothing written", async () => {
    const existing = [
      'matrix: lync-server-2013',
      'servers:',
      `  - name: ${AMS}`,
      '    product: Lync Server 2013',
      'clients:',
      '  - name: desktops',
      '    product: Lync 2013',
      `    servers: [${AMS}]`,
      '',
    ].join('\n')
    const root = folder({ 'clients.csv': CLIENTS, 'topologies/coexist.yml': existing })
    const before = filesUnder(root)
    const outcome = failed(
      await run(root, { serverOptions: [`${AMS}=5.0.8308.857`], into: 'topologies/coexist.yml' }),
    )
    expect(outcome.errors.map((e) => [e.file, e.message])).toEqual([
      [
        'topologies/coexist.yml',
        expect.stringMatching(
          /^the topology the import would write does not evaluate \(its line \d+, column \d+: "Skype for Business 2016" is not a client of matrix lync-server-2013 \(built-in matrices that have it: all-generations, /,
        ),
      ],
    ])
    expect(readFileSync(path.join(root, 'topologies', 'coexist.yml'), 'utf8')).toBe(existing)
    expect(filesUnder(root)).toEqual(before)
  })

  it('--matrix names the matrix of the file --into creates; an existing file keeps its own', async () => {
    // Lync 2013 only: a product the seed matrix has.
    const lync2013 = `UserAgent,Pool,Users\nUCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync),${AMS},10\n`
    const root = folder({ 'clients.csv': lync2013, 'servers.csv': SERVERS })
    const request = { servers: 'servers.csv', into: 'coexist.yml', matrix: 'lync-server-2013' }
    const created = succeeded(await run(root, request))
    expect(created.merged?.created).toBe(true)
    expect(readFileSync(path.join(root, 'coexist.yml'), 'utf8')).toContain(
      '\nmatrix: lync-server-2013\n',
    )
    expect(await run(root, request)).toEqual({
      ok: false,
      usage:
        '--matrix names the matrix of a new topology; coexist.yml exists and keeps its own matrix:',
    })
  })

  it('--into a JSON file: a usage problem, nothing read', async () => {
    const root = folder()
    expect(await run(root, { into: 'coexist.json' })).toEqual({
      ok: false,
      usage: '--into coexist.json: the import writes and merges YAML topologies, not JSON',
    })
    expect(filesUnder(root)).toEqual([])
  })
})

describe('bad input: errors at file:line:column, nothing written', () => {
  it('counts the errors it does not list per file', async () => {
    const rows = Array.from({ length: 110 }, (_, i) => `UCCAPI/15.0.${i}.0 OC/15.0.${i}.0,${AMS},x`)
    const root = folder({
      'clients.csv': ['UserAgent,Pool,Users', ...rows, ''].join('\n'),
      'servers.csv': 'Pool,Build\n,5.0.8308.857\n',
    })
    const outcome = failed(await run(root, { servers: 'servers.csv' }))
    expect(outcome.errors.filter((e) => e.file === 'clients.csv')).toHaveLength(100)
    expect(outcome.errors.filter((e) => e.file === 'servers.csv')).toHaveLength(1)
    expect(outcome.unlisted).toEqual([{ file: 'clients.csv', count: 10 }])
  })

  it('an unterminated quote: its place, the --into file untouched, no file left beside it', async () => {
    const root = folder({
      // The quote that opens line 4 is never closed.
      'clients.csv': `UserAgent,Pool\n"${LYNC_2013}",${AMS}\n"${LYNC_2010}",${AMS}\n"${SFB_2016},${AMS}\n`,
      'servers.csv': SERVERS,
    })
    copyFileSync(fixturePath('core', 'import/existing.yml'), path.join(root, 'coexist.yml'))
    const before = filesUnder(root)
    const original = readFileSync(path.join(root, 'coexist.yml'))
    const outcome = failed(await run(root, { servers: 'servers.csv', into: 'coexist.yml' }))
    expect(flcm(outcome)).toEqual([
      [
        'clients.csv',
        4,
        1,
        'this quote opens a cell that is never closed: the cell would run to the end of the file; close it with ", and write a quote inside it as ""',
      ],
    ])
    expect(readFileSync(path.join(root, 'coexist.yml'))).toEqual(original)
    expect(filesUnder(root)).toEqual(before)
  })

  it('problems in both inventories are all reported, each at its own file', async () => {
    const root = folder({
      'clients.csv': `Agent,Pool\n"${LYNC_2013}",${AMS}\n`,
      'servers.csv': `Pool,Build\n${AMS},\n`,
    })
    const outcome = failed(await run(root, { servers: 'servers.csv' }))
    expect(outcome.errors.map((e) => [e.file, e.line])).toEqual([
      ['clients.csv', 1],
      ['servers.csv', 2],
    ])
  })

  it('a relative path that leaves the root is refused, even to a file that exists', async () => {
    const root = folder({ 'repo/servers.csv': SERVERS, 'clients.csv': CLIENTS })
    const repo = path.join(root, 'repo')
    const refusal =
      'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it'
    const outcome = await run(repo, { clients: '../clients.csv', servers: 'servers.csv' })
    expect(flcm(failed(outcome))).toEqual([['../clients.csv', 1, 1, refusal]])

    writeFileSync(path.join(repo, 'clients.csv'), CLIENTS)
    const into = await run(repo, { servers: 'servers.csv', into: '../coexist.yml' })
    expect(flcm(failed(into))).toEqual([['../coexist.yml', 1, 1, refusal]])
    expect(filesUnder(root)).toEqual([
      'clients.csv',
      'repo',
      'repo/clients.csv',
      'repo/servers.csv',
    ])
  })

  it('an inventory over --max-bytes is refused unread, saying the limit is for inventories', async () => {
    const root = folder({ 'clients.csv': CLIENTS })
    const size = Buffer.byteLength(CLIENTS)
    const outcome = failed(
      await run(root, { serverOptions: [`${AMS}=5.0.8308.857`], maxBytes: size - 1 }),
    )
    expect(flcm(outcome)).toEqual([
      [
        'clients.csv',
        1,
        1,
        `the file is ${size} bytes; coexist reads inventories up to ${size - 1} bytes (max-bytes)`,
      ],
    ])
    succeeded(await run(root, { serverOptions: [`${AMS}=5.0.8308.857`], maxBytes: size }))
  })

  it('a missing inventory: file:1:1', async () => {
    const outcome = failed(await run(folder(), {}))
    expect(outcome.errors.map((e) => [e.file, e.line, e.column])).toEqual([['clients.csv', 1, 1]])
  })

  it('a --server without "=": a usage problem', async () => {
    const root = folder({ 'clients.csv': CLIENTS })
    const outcome = await run(root, { serverOptions: [AMS] })
    expect(outcome).toEqual({
      ok: false,
      usage: expect.stringMatching(new RegExp(`^--server ${AMS}: expected POOL=BUILD`)) as unknown,
    })
  })
})

describe('the provenance lines', () => {
  it('count in words that agree with the number: one row, one pool', async () => {
    const root = folder({
      'clients.csv': `UserAgent,Pool\n"${LYNC_2013}",${AMS}\n`,
      'servers.csv': `Pool,Build\n${AMS},5.0.8308.857\n`,
    })
    const outcome = succeeded(await run(root, { servers: 'servers.csv' }))
    expect(outcome.estate.provenance.slice(0, 2)).toEqual([
      'clients: clients.csv, 1 row (user agent: UserAgent, pool: Pool, one user per row)',
      'servers: servers.csv, 1 pool',
    ])
  })
})
