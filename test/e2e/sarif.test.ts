// `coexist check --format sarif` from the committed CLI bundle, on Node 24 and the machine's Node:
// the exit code is the one of every other format, stdout is exactly what the SARIF reporter renders
// for the same files, and every log it prints passes the SARIF schema and the multitool as printed.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseFailOn } from '../../src/core/policy.js'
import { checkRun } from '../support/check-run.js'
import { sarifReporter, type SarifLog } from '../../src/reporters/sarif.js'
import { renderToString } from '../../src/reporters/reporter.js'
import {
  CLI_BUNDLE,
  cleanEnv,
  FIXED_NOW,
  REPO_ROOT,
  runNode,
  runtimes,
  type Runtime,
} from '../support/runtimes.js'
import {
  pack,
  runMultitool,
  sarifSchemaErrors,
  unacceptedFindings,
  unanalysed,
  unpack,
} from '../support/sarif.js'

const FIXTURES = 'test/reporters/fixtures'

const scratch = mkdtempSync(path.join(tmpdir(), 'coexist-sarif-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
// A file name that must be percent-encoded in a URI, checked from a directory of its own.
copyFileSync(
  path.join(REPO_ROOT, FIXTURES, 'sarif-estate.yml'),
  path.join(scratch, 'my estate #1.yml'),
)

interface Case {
  name: string
  args: string[]
  failOn?: string
  cwd?: string
  status: number
}

const CASES: Case[] = [
  { name: 'example', args: ['examples/coexist.yml'], status: 1 },
  { name: 'example-fail-on-none', args: ['examples/coexist.yml'], failOn: 'none', status: 0 },
  { name: 'three-versions', args: ['examples/three-versions.yml'], status: 1 },
  { name: 'clean', args: [`${FIXTURES}/sarif-clean.yml`], status: 0 },
  { name: 'invalid', args: [`${FIXTURES}/sarif-invalid.yml`], status: 2 },
  {
    name: 'several',
    args: [`${FIXTURES}/sarif-estate.yml`, `${FIXTURES}/sarif-hostile.yml`, 'no-such-topology.yml'],
    status: 2,
  },
  { name: 'odd-name', args: ['my estate #1.yml'], cwd: scratch, status: 1 },
]

/** Each distinct log the CLI printed, by case name, for the validators at the end. */
const printed = new Map<string, string>()

const coexist = (runtime: Runtime, c: Case) =>
  runNode(
    runtime,
    CLI_BUNDLE,
    ['check', '--format', 'sarif', ...(c.failOn ? ['--fail-on', c.failOn] : []), ...c.args],
    {
      cwd: c.cwd ?? REPO_ROOT,
      env: cleanEnv(),
      timeout: 15_000,
    },
  )

async function expected(c: Case): Promise<string> {
  const failOn = parseFailOn(c.failOn ?? '')
  if (!failOn.ok) throw new Error(failOn.message)
  // The options the CLI applies by default, at the instant its clock starts (FIXED_NOW).
  return renderToString(
    sarifReporter,
    await checkRun(c.args, c.cwd ?? REPO_ROOT, { failOn: failOn.failOn }, FIXED_NOW),
  )
}

describe.each(runtimes())('coexist check --format sarif on $label', (runtime) => {
  const stdout = new Map<string, string>()
  const logOf = (name: string) => {
    const text = stdout.get(name)
    if (text === undefined) throw new Error(`case ${name} did not run`)
    return JSON.parse(text) as SarifLog
  }

  it.each(CASES)('$name: exits $status and prints exactly what the reporter renders', async (c) => {
    const run = await coexist(runtime, c)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(c.status)
    expect(run.stdout).toBe(await expected(c))
    // Both runtimes print the same bytes.
    const earlier = printed.get(c.name)
    if (earlier !== undefined) expect(run.stdout).toBe(earlier)
    printed.set(c.name, run.stdout)
    stdout.set(c.name, run.stdout)
  })

  it('prints the findings of the example at their lines, under the expected rules', () => {
    const log = logOf('example')
    const results = log.runs[0].results
    expect(
      results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine]),
    ).toEqual([
      ['coexist/not-supported/footnote-3', 'error', 32],
      ['coexist/not-applicable', 'warning', 22],
      ['coexist/interoperable/footnote-3', 'warning', 27],
      ['coexist/supported/footnote-1', 'note', 22],
      ['coexist/not-supported/footnote-2', 'note', 37],
    ])
    expect(
      results.every(
        (r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'examples/coexist.yml',
      ),
    ).toBe(true)
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual([
      'coexist/interoperable/footnote-3',
      'coexist/not-applicable',
      'coexist/not-supported/footnote-2',
      'coexist/not-supported/footnote-3',
      'coexist/supported/footnote-1',
    ])
    // fail-on none: the same results, none of them an error, and exit 0.
    expect(logOf('example-fail-on-none').runs[0].results.map((r) => r.level)).toEqual([
      'warning',
      'warning',
      'warning',
      'note',
      'note',
    ])
  })

  it('prints the server-rule finding of examples/three-versions.yml first, at the last of the three pools, with the other two as related locations and its source', () => {
    const results = logOf('three-versions').runs[0].results
    expect(
      results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine]),
    ).toEqual([
      ['coexist/server-rule/not-supported', 'error', 13],
      ['coexist/not-supported/footnote-3', 'error', 32],
      ['coexist/not-applicable', 'warning', 22],
      ['coexist/interoperable/footnote-3', 'warning', 27],
      ['coexist/supported/footnote-1', 'note', 22],
      ['coexist/not-supported/footnote-2', 'note', 37],
    ])
    const rule = results[0]
    expect(
      rule?.relatedLocations?.map((l) => [l.physicalLocation.region.startLine, l.message.text]),
    ).toEqual([
      [9, 'server "ams-pool01" (Lync Server 2013)'],
      [11, 'server "lon-pool-2010" (Lync Server 2010)'],
    ])
    // The title, what it means (quoting the source), and the source it comes from, cited as the matrix cites it.
    const quote =
      'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.'
    const note =
      'Likewise for migration: "Migration from an environment running both of these previous versions is not supported."'
    expect(rule?.message.text.split('\n\n')).toEqual([
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported.',
      `Lync Server 2013 ("ams-pool01", line 9), Lync Server 2010 ("lon-pool-2010", line 11) and Office Communications Server 2007 R2 ("nyc-ocs", line 13) run side by side, which is not supported. The source: "${quote}"`,
      'Source: Supported server migration paths and coexistence scenarios in Lync Server 2013 (https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)), as matrix lync-server-2013 cites it.',
    ])
    expect(rule?.properties?.source).toEqual({
      matrix: 'lync-server-2013',
      title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
      url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
      note,
      quote,
    })
  })

  it('reports a missing file and the input errors of an invalid one as results', () => {
    const results = logOf('several').runs[0].results
    const missing = results.filter(
      (r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'no-such-topology.yml',
    )
    expect(
      missing.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region]),
    ).toEqual([
      [
        'coexist/invalid-topology',
        'error',
        { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      ],
    ])
    expect(logOf('invalid').runs[0].results.length).toBeGreaterThanOrEqual(3)
    expect(logOf('clean').runs[0].results).toEqual([])
  })

  it('percent-encodes a file name with a space and a "#"', () => {
    const uris = new Set(
      logOf('odd-name').runs[0].results.map(
        (r) => r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    )
    expect([...uris]).toEqual(['my%20estate%20%231.yml'])
  })
})

describe('every log the CLI printed', () => {
  it('passes the SARIF 2.1.0 schema, and the multitool', async () => {
    expect([...printed.keys()].sort()).toEqual(CASES.map((c) => c.name).sort())
    for (const [name, text] of printed)
      expect(sarifSchemaErrors(JSON.parse(text)), name).toEqual([])
    // The example goes to the multitool byte for byte as printed; the other logs' runs go packed
    // into one file (see `pack` in test/support/sarif.ts), which saves a second per log.
    const { example, ...others } = Object.fromEntries(printed)
    const packs = pack(
      new Map(
        Object.entries(others).map(([name, text]): [string, string] => [`${name}.sarif`, text]),
      ),
      'cli',
    )
    const files = new Map<string, string>([
      ['example.sarif', example ?? ''],
      ...packs.map((p): [string, string] => [p.file, p.text]),
    ])
    const outcome = await runMultitool(files)
    const findings = unpack(outcome.findings, packs)
    expect(outcome.status).toBe(0)
    expect(outcome.toolProblems).toEqual([])
    expect(
      unanalysed(
        [...printed.keys()].map((name) => `${name}.sarif`),
        findings,
      ),
    ).toEqual([])
    expect(unacceptedFindings(findings).map((f) => `${f.file}: ${f.text}`)).toEqual([])
  })
})
