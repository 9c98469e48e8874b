// `coexist import` through runCli: the topology on standard output, what was imported and what
// was not on standard error, the merge's diff-style summary, and the exit codes (0 all classified,
// 1 written with something unclassified, 2 bad input and nothing written).
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type CliDeps } from '../../src/cli/main.js'
import { capture } from '../support/fake-runner.js'
import { fixturePath } from '../support/fixtures.js'
import { check } from '../support/pipeline.js'
import { stdinOf } from '../support/stdin.js'

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], cwd: string): Promise<Outcome> {
  const stdout = capture()
  const stderr = capture()
  const deps: CliDeps = {
    cwd,
    stdin: stdinOf(),
    env: {},
    stdout,
    stderr,
    now: () => new Date('2026-06-01T12:00:00Z'),
    version: '9.8.7-test',
  }
  const code = await runCli(argv, deps)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** A fresh folder holding `files`: the working directory and, with --root ., the root. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coexist-cli-import-'))
  roots.push(root)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text)
  return root
}

const importIn = (root: string, args: string[]) => cli(['import', '--root', '.', ...args], root)

const LYNC_2013 = 'UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)'

/** Everything classified: one Lync 2013 population on one pool. */
const CLASSIFIED = `UserAgent,Pool,Users\n"${LYNC_2013}",ams.contoso.com,10\n"${LYNC_2013}",ams.contoso.com,2\n`

/**
 * A little of everything: a population, two builds of Communicator 2007 (no source maps OC/2.x),
 * a Mediation Server, and a pool whose build no source gives; its server inventory has a pool
 * mid-update (two builds).
 */
const MIXED_CLIENTS = [
  'UserAgent,Pool,Users',
  `"${LYNC_2013}",ams.contoso.com,10`,
  'UCCAPI/2.0.6362.111 OC/2.0.6362.111,ams.contoso.com,3',
  'UCCAPI/2.0.6362.97 OC/2.0.6362.97,ams.contoso.com,1',
  'RTCC/5.0.0.0 MediationServer,ams.contoso.com,2',
  'UCCAPI/15.0.4481.1000 OC/15.0.4481.1000,nyc.contoso.com,5',
  '',
].join('\n')
const MIXED_SERVERS = [
  'Pool,Build',
  'ams.contoso.com,5.0.8308.857',
  'nyc.contoso.com,3.5.6907.0',
  'ams.contoso.com,5.0.8308.887',
  '',
].join('\n')

const OCS_BUILD_REASON =
  "3.5.6907.0 is not a build of any server the sources list (they give 7.0.2046.x for Skype for Business Server 2019, 6.0.9319.x for Skype for Business Server 2015, 5.0.8308.x for Lync Server 2013 and 4.0.7577.x for Lync Server 2010); no source gives the builds of Office Communications Server 2007 R2: give the product's name instead"
const OC_2_REASON =
  'no source maps OC/2.x to a product (the Control Panel\'s table of user agent codes names the family "Lync 2013, Lync 2010, Office Communicator" only); coexist\'s user-agent table maps OC/3.5.x, OC/4.x, OC/15.x and OC/16.x'

const MIXED_STDERR = [
  'servers.csv:4:17: warning: pool ams.contoso.com runs builds from 5.0.8308.857 (2:17) to 5.0.8308.887; imported as 5.0.8308.857, as a pool has only the updates all its computers have',
  'coexist: imported 1 client population (10 users) on 1 server pool',
  'coexist: not imported, because no source classifies them: 2 user agents, 1 build, 1 pool (9 users); they are listed in the topology\'s "not classified" comment block too:',
  `  servers.csv:3:17: build "3.5.6907.0" on nyc.contoso.com: ${OCS_BUILD_REASON}`,
  `  clients.csv:6:1: pool "nyc.contoso.com": 5 users; its build 3.5.6907.0: ${OCS_BUILD_REASON}`,
  `  clients.csv:3:1: user agent "UCCAPI/2.0.6362.111 OC/2.0.6362.111" and 1 other user agent like it on ams.contoso.com: 4 users; ${OC_2_REASON}`,
  'coexist: left out as server-side agents, not client populations: MediationServer (2)',
  '',
].join('\n')

describe('coexist import: usage', () => {
  it('without --clients: exit 2, what is missing and where the options are', async () => {
    const out = await importIn(folder({}), ['--servers', 'servers.csv'])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: 'coexist: import needs --clients FILE\nRun coexist import --help for the options.\n',
    })
  })

  it('an unknown option: exit 2 with the option it is closest to', async () => {
    const out = await importIn(folder({}), ['--client', 'clients.csv'])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: unknown option --client (did you mean --clients?)\nRun coexist import --help for the options.\n',
    })
    const into = await importIn(folder({}), ['--clients', 'clients.csv', '--int', 'coexist.yml'])
    expect(into.stderr).toContain('unknown option --int (did you mean --into?)')
  })

  it('a --server that is not POOL=BUILD: exit 2, nothing read', async () => {
    const out = await importIn(folder({ 'clients.csv': CLASSIFIED }), [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com',
    ])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: --server ams.contoso.com: expected POOL=BUILD, a pool\'s FQDN and its build or product (pool01.contoso.com=5.0.8308.887, or "pool01.contoso.com=Lync Server 2013")\nRun coexist import --help for the options.\n',
    })
  })

  it('--into an existing file with --matrix, and a --max-bytes that is no size: exit 2', async () => {
    const root = folder({ 'clients.csv': CLASSIFIED, 'coexist.yml': 'servers: []\n' })
    const both = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
      '--into',
      'coexist.yml',
      '--matrix',
      'lync-server-2013',
    ])
    expect(both.code).toBe(2)
    expect(both.stderr).toBe(
      'coexist: --matrix names the matrix of a new topology; coexist.yml exists and keeps its own matrix:\nRun coexist import --help for the options.\n',
    )
    const size = await importIn(root, ['--clients', 'clients.csv', '--max-bytes', 'lots'])
    expect(size.code).toBe(2)
    expect(size.stderr).toBe(
      'coexist: --max-bytes must be a size such as 16MiB, 500KiB or 1000000, not "lots"\nRun coexist import --help for the options.\n',
    )
    expect(readdirSync(root).sort()).toEqual(['clients.csv', 'coexist.yml'])
  })

  it('a mistyped command is matched to import', async () => {
    const out = await cli(['imprt'], folder({}))
    expect(out.code).toBe(2)
    expect(out.stderr).toBe(
      'coexist: unknown command "imprt" (did you mean "import"?)\nRun coexist --help for the commands.\n',
    )
  })

  it('the help names the command and each of its options', async () => {
    for (const argv of [['--help'], ['import', '--help']]) {
      const out = await cli(argv, folder({}))
      expect(out.code).toBe(0)
      expect(out.stderr).toBe('')
      expect(out.stdout).toContain(
        '  coexist import --clients FILE [--servers FILE] [--server POOL=BUILD]...\n',
      )
      expect(out.stdout).toContain("\nimport  Writes a topology from the estate's inventories")
      for (const option of [
        '--clients',
        '--servers',
        '--server',
        '--into',
        '--matrix',
        '--max-bytes',
      ])
        expect(out.stdout).toMatch(new RegExp(`\\n {8}${option}\\b`))
    }
  })
})

describe('coexist import: output and exit codes', () => {
  it('everything classified: the topology on stdout, one line on stderr, exit 0', async () => {
    const root = folder({ 'clients.csv': CLASSIFIED })
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
    ])
    expect(out.code).toBe(0)
    expect(out.stderr).toBe('coexist: imported 1 client population (12 users) on 1 server pool\n')
    expect(out.stdout).toContain(
      [
        'servers:',
        '  - name: ams.contoso.com',
        '    product: Lync Server 2013',
        '    version: 5.0.8308.857       # December 2014 cumulative update',
        '',
        'clients:',
        '  - name: lync-2013@ams.contoso.com',
        '    product: Lync 2013',
        '    servers: [ams.contoso.com]',
        `    users: 12                   # "${LYNC_2013}": 12`,
        '',
      ].join('\n'),
    )
    expect(out.stdout).toContain('\n# Nothing was left unclassified.\n')
    const report = check(out.stdout)
    expect(report.errors).toEqual([])
    expect(report.results).toHaveLength(1)
    expect(readdirSync(root)).toEqual(['clients.csv'])
  })

  it('something unclassified: the topology still written, every item on stderr, exit 1', async () => {
    const root = folder({ 'clients.csv': MIXED_CLIENTS, 'servers.csv': MIXED_SERVERS })
    const out = await importIn(root, ['--clients', 'clients.csv', '--servers', 'servers.csv'])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe(MIXED_STDERR)
    expect(check(out.stdout).errors).toEqual([])
    // The same items in the topology's comment block.
    const block = out.stdout.slice(out.stdout.indexOf('# coexist import: begin not classified'))
    expect(block).toContain(
      '#   user agent "UCCAPI/2.0.6362.111 OC/2.0.6362.111" and 1 other user agent like it on "ams.contoso.com": 4 users; ',
    )
    expect(block).toContain('#   pool "nyc.contoso.com" on "nyc.contoso.com": 5 users; ')
    expect(block).toContain('#   build "3.5.6907.0" on "nyc.contoso.com": 0 users; ')
    expect(block).toContain('#   "MediationServer": 2 users\n')
  })

  it('bad input: exit 2, each problem at file:line:column, nothing on stdout', async () => {
    const root = folder({
      'clients.csv': `UserAgent,Pool,Users\n"${LYNC_2013}",ams.contoso.com,ten\n`,
    })
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
    ])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'clients.csv:2:76: error: "ten" is not a count of users: a whole number from 0 to 1,000,000,000\ncoexist: nothing was written\n',
    })
  })

  it('an inventory over --max-bytes: refused, naming the limit for inventories', async () => {
    const root = folder({ 'clients.csv': CLASSIFIED })
    const size = Buffer.byteLength(CLASSIFIED)
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
      '--max-bytes',
      String(size - 1),
    ])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `clients.csv:1:1: error: the file is ${size} bytes; coexist reads inventories up to ${size - 1} bytes (max-bytes)\ncoexist: nothing was written\n`,
    })
  })

  it('no server data at all: nothing to evaluate, exit 2 and nothing on stdout', async () => {
    const out = await importIn(folder({ 'clients.csv': CLASSIFIED }), ['--clients', 'clients.csv'])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toBe(
      [
        'clients.csv:1:1: error: no server pool is given: add --servers FILE or --server POOL=BUILD',
        'coexist: nothing was written',
        'coexist: not imported, because no source classifies them: 1 pool (12 users):',
        '  clients.csv:2:1: pool "ams.contoso.com": 12 users; no build or product is given for this pool: add it to the server inventory, or --server ams.contoso.com=BUILD',
        '',
      ].join('\n'),
    )
  })

  it('no client population classified: exit 2, with what was not classified', async () => {
    const out = await importIn(
      folder({ 'clients.csv': 'UserAgent,Pool\nUCCAPI/2.0.6362.111 OC/2.0.6362.111,pool01\n' }),
      ['--clients', 'clients.csv', '--server', 'pool01=5.0.8308.857'],
    )
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(
      /^clients\.csv:1:1: error: no client population could be classified \(see below\)\ncoexist: nothing was written\ncoexist: not imported, because no source classifies them: 1 user agent \(1 user\)/,
    )
  })
})

describe('coexist import --into', () => {
  it('prints a diff-style summary of the merge, and a second run writes nothing', async () => {
    const root = folder({
      'clients.csv': [
        'UserAgent,Pool,Users',
        `"${LYNC_2013}",pool01.fabrikam.com,10`,
        'UCCAPI/16.0.7766.5281 OC/16.0.7766.2047,pool01.fabrikam.com,4',
        'UCCAPI/4.0.7577.314 OC/4.0.7577.314,POOL02.fabrikam.com,7',
        '',
      ].join('\n'),
      'servers.csv':
        'Pool,Build\npool01.fabrikam.com,5.0.8308.857\npool02.fabrikam.com,4.0.7577.710\n',
    })
    copyFileSync(fixturePath('core', 'import/existing.yml'), path.join(root, 'coexist.yml'))
    const args = ['--clients', 'clients.csv', '--servers', 'servers.csv', '--into', 'coexist.yml']
    const first = await importIn(root, args)
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(first.stderr).toBe(
      [
        '~ server POOL02.fabrikam.com: version 4.0.7577.710 (February 2015 cumulative update) (added)',
        '! server retired.fabrikam.com: not in the inventory (marked)',
        '~ client desktops: users 900 → 10',
        '~ client old desktops: users 7 (added)',
        '! client meeting-guests: not in the inventory (marked)',
        '+ client skype-for-business-2016@pool01.fabrikam.com: Skype for Business 2016 on pool01.fabrikam.com, 4 users',
        'coexist: coexist.yml written (6 changes)',
        'coexist: imported 3 client populations (21 users) on 2 server pools',
        '',
      ].join('\n'),
    )
    const merged = readFileSync(path.join(root, 'coexist.yml'), 'utf8')
    expect(check(merged).errors).toEqual([])

    const second = await importIn(root, args)
    expect(second).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'coexist: coexist.yml is up to date; nothing written\ncoexist: imported 3 client populations (21 users) on 2 server pools\n',
    })
    expect(readFileSync(path.join(root, 'coexist.yml'), 'utf8')).toBe(merged)
    expect(readdirSync(root).sort()).toEqual(['clients.csv', 'coexist.yml', 'servers.csv'])
  })

  it('unclassified items with --into: the file written, exit 1', async () => {
    const root = folder({ 'clients.csv': MIXED_CLIENTS, 'servers.csv': MIXED_SERVERS })
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--servers',
      'servers.csv',
      '--into',
      'coexist.yml',
    ])
    expect(out.code).toBe(1)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain('coexist: coexist.yml created')
    expect(out.stderr).toContain(MIXED_STDERR.slice(MIXED_STDERR.indexOf('coexist: imported')))
    const written = readFileSync(path.join(root, 'coexist.yml'), 'utf8')
    expect(written).toContain('#   "MediationServer": 2 users\n')
  })

  it('a new file: the summary does not say that nothing changed', async () => {
    const root = folder({ 'clients.csv': CLASSIFIED })
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
      '--into',
      'coexist.yml',
    ])
    expect(out.code).toBe(0)
    expect(readFileSync(path.join(root, 'coexist.yml'), 'utf8')).toContain('lync-2013@ams')
    // The file was created with a server and a population: "no population or server changed" is false.
    expect(out.stderr).not.toContain('no population or server changed')
    expect(out.stderr).toMatch(/^coexist: coexist\.yml (created|written)\b/m)
  })

  it('bad input: exit 2, "nothing was written", the file as it was', async () => {
    const root = folder({
      'clients.csv': `UserAgent,Pool\n"${LYNC_2013}",ams.contoso.com\n"${LYNC_2013},ams.contoso.com\n`,
    })
    copyFileSync(fixturePath('core', 'import/existing.yml'), path.join(root, 'coexist.yml'))
    const before = readFileSync(path.join(root, 'coexist.yml'))
    const out = await importIn(root, [
      '--clients',
      'clients.csv',
      '--server',
      'ams.contoso.com=5.0.8308.857',
      '--into',
      'coexist.yml',
    ])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'clients.csv:3:1: error: this quote opens a cell that is never closed: the cell would run to the end of the file; close it with ", and write a quote inside it as ""\ncoexist: nothing was written\n',
    })
    expect(readFileSync(path.join(root, 'coexist.yml'))).toEqual(before)
    expect(readdirSync(root).sort()).toEqual(['clients.csv', 'coexist.yml'])
  })
})
