// New-only mode through the committed action bundle, run as a GitHub runner runs it (`node
// dist/index.js` with the runner's variables and nothing else) on Node 24, in a workspace that is a
// real git checkout of a pull request: the base commit has three failing pairs, the head adds one.
// Also: the same pull request checked out shallowly (actions/checkout's default), and GitHub's cap
// of 10 annotations per level on a topology with 40 failing pairs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { initRepo, shallowClone } from '../support/git-repo.js'
import { parseJsonReport, type JsonReport } from '../support/json-report.js'
import {
  ACTION_BUNDLE,
  bundledNode,
  cleanEnv,
  CLI_BUNDLE,
  runNode,
  type RunResult,
} from '../support/runtimes.js'
import { ATTENDEE_TITLE, poolTopology } from '../support/topologies.js'
import {
  annotationLines,
  parseCommand,
  scanCommands,
  type CommandScan,
  type ParsedCommand,
} from '../support/workflow.js'

const NODE24 = bundledNode()

const runners: FakeRunner[] = []
afterAll(() => {
  for (const runner of runners) runner.remove()
})

// The pull request: three failing populations in the base commit; the head adds guests-d.
const OLD = ['guests-a', 'guests-b', 'guests-c']
const BASE_TOPOLOGY = poolTopology(OLD)
const HEAD_TOPOLOGY = poolTopology([...OLD, 'guests-d'])

interface ActionRun extends RunResult {
  outputs: Record<string, string>
  summary: string
  scan: CommandScan
  annotations: ParsedCommand[]
  report: JsonReport
  base: string
}

type Checkout = 'full' | 'shallow'

/** A fake runner whose workspace holds the pull request (base + head commits), checked out fully or shallowly. */
function pullRequestRunner(
  checkout: Checkout,
  head = HEAD_TOPOLOGY.text,
): { runner: FakeRunner; base: string; headSha: string } {
  const runner = createFakeRunner('coexist-new-only-')
  runners.push(runner)
  // The repository as GitHub has it; the workspace is it (full) or a depth-1 clone of it (shallow).
  const origin = initRepo(checkout === 'full' ? runner.workspace : path.join(runner.root, 'origin'))
  origin.write('coexist.yml', BASE_TOPOLOGY.text)
  origin.write('README.md', 'UC estate\n')
  const base = origin.commit('Wave 1')
  origin.write('coexist.yml', head)
  const headSha = origin.commit('Wave 2: guests')
  if (checkout === 'shallow') {
    rmSync(runner.workspace, { recursive: true })
    const clone = shallowClone(origin.dir, runner.workspace)
    // What the test relies on: the clone has the head and not the base.
    expect(clone.git('rev-parse', 'HEAD')).toBe(headSha)
    expect(clone.git('rev-list', '--count', 'HEAD')).toBe('1')
  }
  writeFileSync(
    runner.eventFile,
    JSON.stringify({
      action: 'synchronize',
      number: 17,
      pull_request: {
        number: 17,
        base: { ref: 'main', sha: base, repo: { full_name: 'contoso/uc-estate', fork: false } },
        head: {
          ref: 'wave-2',
          sha: headSha,
          repo: { full_name: 'contoso/uc-estate', fork: false },
        },
      },
      repository: { full_name: 'contoso/uc-estate' },
    }),
  )
  return { runner, base, headSha }
}

async function runAction(
  runner: FakeRunner,
  base: string,
  env: Record<string, string>,
): Promise<ActionRun> {
  const result = await runNode(NODE24, ACTION_BUNDLE, [], {
    cwd: runner.workspace,
    env: { ...runner.env, ...env },
    timeout: 15_000,
  })
  const outputs = runner.outputs()
  if (!outputs.report)
    throw new Error(
      `no report output; exit ${result.status}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
    )
  return {
    ...result,
    outputs,
    summary: runner.summary(),
    scan: scanCommands(result.stdout),
    annotations: annotationLines(result.stdout).map((l) => parseCommand(l)),
    report: parseJsonReport(readFileSync(outputs.report as string, 'utf8')),
    base,
  }
}

const PULL_REQUEST_ENV = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'contoso/uc-estate',
  GITHUB_RUN_ID: '4242',
  'INPUT_NEW-ONLY': 'true',
  'INPUT_PR-COMMENT': 'never',
}

function once(checkout: Checkout, head?: string): () => Promise<ActionRun> {
  let run: Promise<ActionRun> | undefined
  return () =>
    (run ??= (async () => {
      const { runner, base } = pullRequestRunner(checkout, head)
      return runAction(runner, base, PULL_REQUEST_ENV)
    })())
}

/** Nothing on stderr, no stack trace, and outside the stop-commands block only annotations. */
function expectWellBehaved(run: ActionRun) {
  expect(run.signal).toBeNull()
  expect(run.stderr).toBe('')
  expect(run.stdout).not.toMatch(/^\s+at /m)
  expect(run.scan.unterminated).toBe(false)
  expect(run.scan.commands).toEqual(annotationLines(run.stdout))
}

const pairAt = (c: ParsedCommand) =>
  `${c.name}:${c.properties.file}:${c.properties.line}:${c.properties.title}`
const line = (name: string) => HEAD_TOPOLOGY.productLine.get(name) as number

describe(`new-only on a pull request, action bundle on ${NODE24.label}`, () => {
  const full = once('full')
  const shallow = once('shallow')
  const unchanged = once('full', BASE_TOPOLOGY.text)

  describe('with the base commit in the checkout', () => {
    it('annotates exactly one error, the pair the pull request adds, and fails with exit 1', async () => {
      const run = await full()
      expectWellBehaved(run)
      expect(run.status).toBe(1)
      expect(run.annotations.map(pairAt)).toEqual([
        `error:coexist.yml:${line('guests-d')}:${ATTENDEE_TITLE}`,
      ])
    })

    it('sets errors=1 and passed=false, the pre-existing pairs not counted', async () => {
      const run = await full()
      expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '0', sarif: '' })
    })

    it('lists the three old pairs in the summary as pre-existing, and names the base commit', async () => {
      const run = await full()
      const lines = run.summary.split('\n')
      expect(lines[2]).toBe('1 error · 0 warnings · 0 notices · 5 pairs checked · 3 pre-existing')
      expect(lines).toContain(
        `New-only mode: findings already present in the base commit <code>${run.base.slice(0, 12)}</code> are marked ⏮ and do not fail the run.`,
      )
      for (const name of OLD) {
        expect(lines).toContain(
          `<tr><th align="left">${name}<br><sub>Lync 2010 Attendee</sub></th><td>⏮❌ not supported<sup>2</sup></td></tr>`,
        )
        expect(
          lines.filter((l) => l.startsWith(`| ⏮ pre-existing | ${line(name)} | `)),
        ).toHaveLength(1)
      }
      expect(lines).toContain(
        '<tr><th align="left">guests-d<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported<sup>2</sup></td></tr>',
      )
      expect(lines.filter((l) => l.startsWith(`| error | ${line('guests-d')} | `))).toHaveLength(1)
    })

    it('writes preexisting true for the three old pairs in the JSON report, with the baseline', async () => {
      const run = await full()
      expect(run.report.passed).toBe(false)
      expect(run.report.baseline).toEqual({ revision: run.base })
      expect(run.report.counts).toMatchObject({ errors: 1, preexisting: 3, pairs: 5 })
      expect(run.report.results.map((r) => [r.client, r.severity, r.preexisting])).toEqual([
        ['knowledge-workers', 'none', false],
        ['guests-a', 'error', true],
        ['guests-b', 'error', true],
        ['guests-c', 'error', true],
        ['guests-d', 'error', false],
      ])
    })

    it('passes with exit 0 and no annotation when the pull request adds no failing pair', async () => {
      const run = await unchanged()
      expectWellBehaved(run)
      expect(run.status).toBe(0)
      expect(run.annotations).toEqual([])
      expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0' })
      expect(run.summary.split('\n')[0]).toBe('## ✅ coexist: compatibility check passed')
    })
  })

  describe('in a shallow checkout (fetch-depth 1), without the base commit', () => {
    it('warns once, naming fetch-depth: 0', async () => {
      const run = await shallow()
      expectWellBehaved(run)
      const warnings = run.annotations.filter((c) => c.name === 'warning')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]?.message).toMatch(
        /^new-only could not compare with the base commit, so every finding counts: .*`fetch-depth: 0`/,
      )
    })

    it('annotates all four pairs as errors and fails: errors=4, exit 1', async () => {
      const run = await shallow()
      expect(run.status).toBe(1)
      expect(run.annotations.filter((c) => c.name === 'error').map(pairAt)).toEqual(
        ['guests-a', 'guests-b', 'guests-c', 'guests-d'].map(
          (n) => `error:coexist.yml:${line(n)}:${ATTENDEE_TITLE}`,
        ),
      )
      expect(run.outputs).toMatchObject({ passed: 'false', errors: '4' })
      expect(run.report.results.filter((r) => r.preexisting)).toEqual([])
    })

    it('says so in the summary and the JSON report', async () => {
      const run = await shallow()
      expect(run.summary).toContain(
        `> [!WARNING]\n> New-only mode could not read the base commit <code>${run.base.slice(0, 12)}</code>, so every finding counts as new: `,
      )
      expect(run.report.baseline).toEqual({
        revision: run.base,
        problem: expect.stringContaining('`fetch-depth: 0`'),
      })
    })
  })
})

describe(`GitHub's 10 annotations per level, action bundle on ${NODE24.label}`, () => {
  // 40 failing populations; the first ones are merely interoperable, failing because fail-on names
  // interoperable; the not-supported ones are worse and come after them in the file.
  const run = (() => {
    let result: Promise<ActionRun> | undefined
    return () =>
      (result ??= (async () => {
        const runner = createFakeRunner('coexist-cap-')
        runners.push(runner)
        const lines = [
          'servers:',
          '  - name: ams-pool01',
          '    product: Lync Server 2013',
          'clients:',
        ]
        for (let i = 1; i <= 25; i++)
          lines.push(`  - name: legacy-${i}`, '    product: Office Communicator 2007 R2')
        for (let i = 1; i <= 15; i++)
          lines.push(`  - name: guests-${i}`, '    product: Lync 2010 Attendee')
        runner.writeFile('coexist.yml', `${lines.join('\n')}\n`)
        return runAction(runner, '', { 'INPUT_FAIL-ON': 'not-supported,interoperable' })
      })())
  })()

  it('annotates 10 errors, the worst first, and one notice counting the other 30', async () => {
    const result = await run()
    expectWellBehaved(result)
    expect(result.status).toBe(1)
    const errors = result.annotations.filter((c) => c.name === 'error')
    expect(errors).toHaveLength(10)
    // guests-1's product is on line 56: 4 header lines and 25 populations of two lines before it.
    expect(errors.map((c) => [c.properties.line, c.properties.title])).toEqual(
      Array.from({ length: 10 }, (_, i) => [String(56 + 2 * i), ATTENDEE_TITLE]),
    )
    expect(result.annotations.filter((c) => c.name === 'warning')).toEqual([])
    expect(result.annotations.filter((c) => c.name === 'notice')).toEqual([
      {
        name: 'notice',
        properties: { title: 'coexist: 30 more findings not annotated' },
        message:
          'GitHub shows at most 10 annotations of each level per step, so 30 more findings are not annotated (the worst are shown first). The job summary and the JSON report list every finding.',
      },
    ])
    expect(result.annotations.at(-1)?.name).toBe('notice')
  })

  it('still counts, summarises and reports all 40', async () => {
    const result = await run()
    expect(result.outputs).toMatchObject({ passed: 'false', errors: '40', warnings: '0' })
    expect(result.summary.split('\n').filter((l) => l.startsWith('| error | '))).toHaveLength(40)
    expect(result.report.results.filter((r) => r.severity === 'error')).toHaveLength(40)
  })
})

describe(`coexist check --base, CLI bundle on ${NODE24.label}`, () => {
  it('fails on the new pair only and remarks the old ones', async () => {
    const { runner, base } = pullRequestRunner('full')
    const full = await runNode(NODE24, CLI_BUNDLE, ['check', '--base', base], {
      cwd: runner.workspace,
      env: cleanEnv(),
      timeout: 15_000,
    })
    expect([full.status, full.stderr]).toEqual([1, ''])
    const lines = full.stdout.split('\n')
    expect(lines.filter((l) => l.endsWith(` (pre-existing: already at ${base})`))).toHaveLength(3)
    expect(lines.at(-2)).toBe('✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing')
  })

  // The action's advice (fetch-depth) is for a checkout; on the command line the revision is the user's to fix.
  it('in a shallow clone without the base commit: a usage error, exit 2, nothing checked', async () => {
    const { runner: shallowRunner, base: shallowBase } = pullRequestRunner('shallow')
    const shallow = await runNode(NODE24, CLI_BUNDLE, ['check', '--base', shallowBase], {
      cwd: shallowRunner.workspace,
      env: cleanEnv(),
      timeout: 15_000,
    })
    expect([shallow.status, shallow.stdout, shallow.stderr]).toEqual([
      2,
      '',
      `coexist: --base ${shallowBase}: no such revision in this repository\nRun coexist check --help for the options.\n`,
    ])
  })
})
