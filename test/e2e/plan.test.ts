// `coexist plan` from the committed CLI bundle, dist/cli/index.js: a child process with a clean
// environment and stdout on a pipe, on Node 24 and on the machine's Node 20.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EXAMPLE_PLAN_TO_2013 } from '../support/expected-findings.js'
import { footnoteText } from '../support/matrix.js'
import {
  CLI_BUNDLE,
  cleanEnv,
  REPO_ROOT,
  runNode,
  runtimes,
  type Runtime,
} from '../support/runtimes.js'

const coexist = (runtime: Runtime, args: readonly string[], cwd = REPO_ROOT) =>
  runNode(runtime, CLI_BUNDLE, args, { cwd, env: cleanEnv(), timeout: 15_000 })

// The three pools of the hand-worked table (Lync Server 2013, Lync Server 2010, OCS 2007 R2).
const EXAMPLE = 'examples/three-versions.yml'
const ALL_2013 = ['--upgrade-all', 'Lync Server 2013']
/** Gg425764, quoted by the catalogue's rule for migration to Lync Server 2013. */
const TO_2013_QUOTE =
  '"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2"'

// Lync Server 2010 moving to Skype for Business Server 2019, which migrates from Lync Server 2013 or
// Skype for Business Server 2015 only (matrix all-generations, an exclusive rule). The population
// is on the other pool, which stays, so no pair changes.
const SCRATCH = mkdtempSync(path.join(tmpdir(), 'coexist-plan-e2e-'))
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }))
writeFileSync(
  path.join(SCRATCH, 'estate.yml'),
  [
    'matrix: all-generations',
    'servers:',
    '  - name: lon-pool-2010',
    '    product: Lync Server 2010',
    '  - name: ams-pool01',
    '    product: Lync Server 2013',
    'clients:',
    '  - name: workers',
    '    product: Lync 2013',
    '    servers: [ams-pool01]',
    '',
  ].join('\n'),
)

interface JsonPlan {
  introducesFailures: boolean
  counts: Record<string, number>
  files: {
    file: string
    upgrades: {
      server: string
      from: string
      to: string
      migration?: { status: string; severity: string; statement: string }
    }[]
    populations: {
      client: string
      newlyFailing: {
        server: string
        before: { status: string }
        after: { status: string; footnotes: string[] }
      }[]
      newlyPassing: unknown[]
      changed: { server: string }[]
      unchanged: { server: string }[]
    }[]
    footnotes: { id: string; text: string }[]
  }[]
}

describe.each(runtimes())('coexist plan, CLI bundle on $label', (runtime) => {
  // The lists are worked out by hand from the seed table in test/core/plan.test.ts.
  it('every server to Lync Server 2013: two newly failing pairs, the rest as the table says, exit 1', async () => {
    const run = await coexist(runtime, ['plan', EXAMPLE, ...ALL_2013])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toContain('\u001b')
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('        '))).toEqual(
      EXAMPLE_PLAN_TO_2013(EXAMPLE),
    )
    expect(run.stdout.split('\n').filter((l) => l.startsWith('        '))).toHaveLength(4)
  })

  it('--format json: the plan as data, footnote texts once', async () => {
    const run = await coexist(runtime, ['plan', '--format', 'json', EXAMPLE, ...ALL_2013])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const plan = JSON.parse(run.stdout) as JsonPlan
    expect(plan.introducesFailures).toBe(true)
    expect(plan.counts).toEqual({
      newlyFailing: 2,
      newlyPassing: 0,
      changed: 2,
      unchanged: 6,
      stillFailing: 1,
      pairs: 10,
    })
    const [file] = plan.files
    expect(file?.upgrades.map((u) => `${u.server}: ${u.from} -> ${u.to}`)).toEqual([
      'ams-pool01: Lync Server 2013 -> Lync Server 2013',
      'lon-pool-2010: Lync Server 2010 -> Lync Server 2013',
      'nyc-ocs: Office Communications Server 2007 R2 -> Lync Server 2013',
    ])
    expect(
      file?.upgrades.map(
        (u) => u.migration && [u.migration.status, u.migration.severity, u.migration.statement],
      ),
    ).toEqual([
      undefined,
      [
        'supported',
        'none',
        `migration from Lync Server 2010 to Lync Server 2013 is supported: ${TO_2013_QUOTE}`,
      ],
      [
        'supported',
        'none',
        `migration from Office Communications Server 2007 R2 to Lync Server 2013 is supported: ${TO_2013_QUOTE}`,
      ],
    ])
    expect(
      file?.populations.flatMap((p) =>
        p.newlyFailing.map((c) => [
          p.client,
          c.server,
          c.before.status,
          c.after.status,
          c.after.footnotes,
        ]),
      ),
    ).toEqual([
      ['external-partners', 'lon-pool-2010', 'supported', 'not-supported', ['2']],
      ['reception', 'nyc-ocs', 'supported', 'not-supported', []],
    ])
    expect(file?.footnotes).toEqual(['1', '2', '3'].map((id) => ({ id, text: footnoteText(id) })))
  })

  it('--format markdown: the verdict and a row per pair', async () => {
    const run = await coexist(runtime, ['plan', '--format', 'markdown', EXAMPLE, ...ALL_2013])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(
      run.stdout.startsWith(
        '## ❌ coexist plan: the upgrade introduces failures\n\n2 newly failing · 0 newly passing · 2 changed · 6 unchanged · 10 pairs · 1 still failing\n',
      ),
    ).toBe(true)
    expect(run.stdout).toContain(
      '| reception<br><sub>Microsoft Office Communications Server 2007 R2 Attendant</sub> | nyc-ocs | ⛔ **newly failing** | ✅ supported | ❌ not supported |\n',
    )
    expect(run.stdout.split('\n').filter((l) => l.includes('<br><sub>'))).toHaveLength(10)
  })

  it('a migration path the sources rule out: the statement under the upgrade, and exit 1 although no pair newly fails', async () => {
    const run = await coexist(
      runtime,
      ['plan', 'estate.yml', '--upgrade', 'lon-pool-2010=Skype for Business Server 2019'],
      SCRATCH,
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(
      [
        'estate.yml  (matrix all-generations)',
        '  upgrade lon-pool-2010: Lync Server 2010 → Skype for Business Server 2019',
        '      error: migration from Lync Server 2010 to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only: "Lync Server 2013 or Skype for Business Server 2015"',
        '',
        '  estate.yml:9:14: workers (Lync 2013)',
        '    unchanged on ams-pool01: supported',
        '',
        '✖ The upgrade introduces failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair; 1 migration path that fails',
        '',
      ].join('\n'),
    )
  })

  it('an upgrade that only makes pairs pass exits 0', async () => {
    const run = await coexist(runtime, [
      'plan',
      EXAMPLE,
      '--upgrade',
      'ams-pool01=Lync Server 2010',
    ])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 1 newly passing, 3 changed, 6 unchanged in 10 pairs',
    )
  })

  it.each([
    [
      'an unknown server',
      ['--upgrade', 'ams-pool1=Lync Server 2013'],
      `${EXAMPLE}: error: unknown server "ams-pool1" (did you mean "ams-pool01"?)\n`,
    ],
    [
      'a client product',
      ['--upgrade', 'nyc-ocs=Lync 2013'],
      `${EXAMPLE}: error: "Lync 2013" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2\n`,
    ],
  ])('%s: exit 2 and the problem on stderr', async (_name, options, stderr) => {
    const run = await coexist(runtime, ['plan', EXAMPLE, ...options])
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr,
    })
  })

  it('a malformed --upgrade or none at all: exit 2, the problem and where the options are', async () => {
    for (const options of [['--upgrade', 'nyc-ocs'], []]) {
      const run = await coexist(runtime, ['plan', EXAMPLE, ...options])
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(
        /^coexist: (--upgrade "nyc-ocs" is not SERVER=PRODUCT|plan needs at least one --upgrade)/,
      )
      expect(run.stderr).toMatch(/\nRun coexist plan --help for the options\.\n$/)
      // No stack trace: a usage error is not an internal error.
      expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    }
  })

  it('a file that cannot be evaluated: exit 2 and file:line:column: error: message', async () => {
    const run = await coexist(runtime, [
      'plan',
      'test/e2e/fixtures/unknown-product.yml',
      'nowhere.yml',
      ...ALL_2013,
    ])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^test\/e2e\/fixtures\/unknown-product\.yml:7:14: error: "Skype for Business 2015" is not a client of matrix lync-server-2013\b/,
    )
    expect(lines[1]).toBe(
      'nowhere.yml:1:1: error: no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
    )
  })
})
