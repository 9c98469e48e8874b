// Smoke test of `npm run bench` (bench/run.mjs): not a timing test. It runs the bench tiny (10 and
// 100 populations, one run) and checks that it exits 0 and writes results of the expected shape.
// --no-startup: the start-up part builds four bundles with ncc, which takes longer than CI should.
// Its runner-protocol variant (bench/startup/actions-core.ts, the protocol done by @actions/core) is
// checked here in-process instead, against src/runner/protocol.ts, with the bench's own comparison.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as variant from '../../bench/startup/actions-core.js'
import * as protocol from '../../src/runner/protocol.js'
import { bundledNode, cleanEnv, REPO_ROOT, runNode } from '../support/runtimes.js'

const SUBJECTS = ['node-e-0', 'yaml-load', 'cli', 'action'] as const
const RATIO_SUBJECTS = ['yaml-load', 'cli', 'action'] as const

interface Median {
  wallMs: number
  rssMb: number | null
}
interface RuntimeResult {
  version: string
  raw: Record<string, { wallMs: number; rssMb: number | null; status: number }[]>
  medians: Record<string, Median>
  ratios: Record<
    string,
    { timeVsNode: number; rssVsNode: number | null; timeVsLoad: number; rssVsLoad: number | null }
  >
  cliReportedPairs: number | null
}
interface Results {
  machine: {
    os: string
    cpus: number
    node: Record<string, { version: string }>
    rss: string | null
  }
  date: string
  sizes: Record<
    string,
    {
      populations: number
      pairs: number
      runs: number
      runtimes: Record<string, RuntimeResult>
      action?: {
        status: number | null
        logBytes: number
        summaryBytes: number | null
        sarifBytes: number | null
        sarifGzipBytes: number | null
        sarifRuns: number
        sarifResults: number
        reportBytes: number | null
      }
    }
  >
  import?: {
    sizes: Record<string, { rows: number; medians: Record<string, Median> }>
    growth: { from: number; to: number; sizeFactor: number; timeFactor: number }[]
  }
  growth: { from: number; to: number; runtime: string; subject: string; timeFactor: number }[]
  targets: {
    id: string
    target: string
    measured: number | null
    limit: number
    met: boolean | null
  }[]
}

const dir = mkdtempSync(path.join(tmpdir(), 'coexist-bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run bench (bench/run.mjs), tiny', () => {
  it('exits 0 and writes every size × runtime × subject median, ratios and targets', async () => {
    const out = path.join(dir, 'results.json')
    const result = await runNode(
      bundledNode(),
      path.join(REPO_ROOT, 'bench', 'run.mjs'),
      [
        '--sizes',
        '10,100',
        '--runs',
        '1',
        '--no-startup',
        '--import-rows',
        '100,1000',
        '--out',
        out,
      ],
      {
        cwd: REPO_ROOT,
        env: cleanEnv(),
        timeout: 60_000,
      },
    )
    expect(result.stderr).not.toMatch(/crashed/)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/targets:/)
    expect(result.stdout).toMatch(/\[met\]|\[MISSED\]/)

    const results = JSON.parse(readFileSync(out, 'utf8')) as Results
    expect(results.machine.cpus).toBeGreaterThan(0)
    expect(Number.isNaN(Date.parse(results.date))).toBe(false)
    const runtimeIds = Object.keys(results.machine.node)
    expect(runtimeIds).toHaveLength(2)
    expect(Object.keys(results.sizes).map(Number)).toEqual([10, 100])
    expect(results).not.toHaveProperty('startup')

    for (const size of [10, 100]) {
      const entry = results.sizes[String(size)]!
      expect(entry.populations).toBe(size)
      expect(entry.runs).toBe(1)
      expect(Object.keys(entry.runtimes).sort()).toEqual([...runtimeIds].sort())
      for (const id of runtimeIds) {
        const r = entry.runtimes[id]!
        // The CLI really checked the generated file: its JSON report counts every pair.
        expect(r.cliReportedPairs).toBe(entry.pairs)
        for (const subject of SUBJECTS) {
          expect(r.raw[subject]).toHaveLength(1)
          expect(r.medians[subject]!.wallMs).toBeGreaterThan(0)
          if (results.machine.rss !== null) expect(r.medians[subject]!.rssMb).toBeGreaterThan(0)
        }
        for (const subject of RATIO_SUBJECTS) {
          const q = r.ratios[subject]!
          expect(typeof q.timeVsNode).toBe('number')
          expect(typeof q.timeVsLoad).toBe('number')
          if (results.machine.rss !== null) {
            expect(typeof q.rssVsNode).toBe('number')
            expect(typeof q.rssVsLoad).toBe('number')
          }
        }
      }
    }
    expect(results.growth.filter((g) => g.from === 10 && g.to === 100)).toHaveLength(
      runtimeIds.length * SUBJECTS.length,
    )
    for (const g of results.growth) expect(typeof g.timeFactor).toBe('number')
    const small = results.targets.find((t) => t.id === 'small-action')!
    expect(typeof small.measured).toBe('number')
    expect(typeof small.met).toBe('boolean')

    // What the action left behind, once per size: the SARIF log and the JSON report were written.
    for (const size of [10, 100]) {
      const action = results.sizes[String(size)]!.action!
      expect(action.status === 0 || action.status === 1).toBe(true)
      expect(action.logBytes).toBeGreaterThan(0)
      expect(action.summaryBytes).toBeGreaterThan(0)
      expect(action.sarifRuns).toBe(1)
      expect(action.sarifResults).toBeGreaterThan(0)
      expect(action.sarifGzipBytes).toBeLessThan(action.sarifBytes!)
      expect(action.reportBytes).toBeGreaterThan(0)
    }
    for (const id of ['action-log', 'action-summary', 'action-sarif-results', 'action-sarif-gzip'])
      expect(results.targets.find((t) => t.id === id)?.met).toBe(true)

    // The import part: both sizes imported (a run counts only if it wrote the topology), and growth.
    expect(Object.keys(results.import!.sizes).map(Number)).toEqual([100, 1000])
    for (const entry of Object.values(results.import!.sizes))
      expect(entry.medians.import!.wallMs).toBeGreaterThan(0)
    expect(results.import!.growth).toEqual([
      expect.objectContaining({ from: 100, to: 1000, sizeFactor: 10 }),
    ])
    expect(results.targets.find((t) => t.id === 'growth-import-100')).toBeDefined()
  }, 90_000)
})

interface Run {
  status: number | null
  stdout: string
  outputs: string
  summary: string
}
interface Spread {
  median: number
  min: number
  max: number
}
interface Startup {
  SUBJECTS: Record<string, string>
  SWAPPED: Record<string, Record<string, string>>
  PROTOCOL_SCENARIOS: Record<string, Record<string, string>>
  normalizeRun(run: Run): Run
  compareRuns(a: Run, b: Run): string[]
  protocolFigures(
    a: { wallMs: number; rssMb: number | null }[],
    b: { wallMs: number; rssMb: number | null }[],
  ): {
    runs: number
    deltaWallMs: Spread | null
    deltaRssMb: Spread | null
    'actions-core': { wallMs: Spread | null }
  }
}
// bench/startup.mjs has no types; imported by URL so that TypeScript takes it as the interface above.
const startup = (await import(
  pathToFileURL(path.join(REPO_ROOT, 'bench', 'startup.mjs')).href
)) as Startup
const run = (stdout: string, outputs = '', summary = '', status: number | null = 1): Run => ({
  status,
  stdout,
  outputs,
  summary,
})

describe('bench start-up variants', () => {
  it('times the action with the runner protocol done by @actions/core against the hand-written one, built from one copy of src/', () => {
    expect(Object.keys(startup.SUBJECTS)).toEqual(
      expect.arrayContaining([
        'shipped',
        'eager-github',
        'runtime-ajv',
        'hand-written',
        'actions-core',
      ]),
    )
    expect(startup.SWAPPED['hand-written']).toEqual({})
    expect(startup.SWAPPED['actions-core']).toEqual({
      'src/runner/protocol.ts': 'bench/startup/actions-core.ts',
    })
    for (const [target, source] of Object.entries(startup.SWAPPED['actions-core']!)) {
      expect(existsSync(path.join(REPO_ROOT, target))).toBe(true)
      expect(existsSync(path.join(REPO_ROOT, source))).toBe(true)
    }
    expect(Object.keys(startup.PROTOCOL_SCENARIOS)).toEqual([
      'push',
      'token-masked',
      'input-error',
      'escaped-names',
    ])
  })

  it('compares two runs with their random delimiters, tokens and property order set aside, and nothing else', () => {
    const a = run(
      '::stop-commands::0a1b\nlog\n::0a1b::\n::error file=a.yml,line=3,title=x%3A y::m\n',
      'passed<<ghadelimiter_0f3a\nfalse\nghadelimiter_0f3a\n',
      '# s\n',
    )
    const b = run(
      '::stop-commands::5d4c-11ee\nlog\n::5d4c-11ee::\n::error title=x%3A y,file=a.yml,line=3::m\n',
      'passed<<ghadelimiter_77e1-aa\nfalse\nghadelimiter_77e1-aa\n',
      '# s\n',
    )
    expect(startup.compareRuns(a, b)).toEqual([])
    expect(startup.compareRuns(a, { ...b, stdout: b.stdout.replace('line=3', 'line=4') })).toEqual([
      expect.stringMatching(/^stdout, line 4: /),
    ])
    expect(
      startup.compareRuns(a, { ...b, stdout: b.stdout.replace('\nlog\n', '\nlog!\n') }),
    ).toHaveLength(1)
    expect(startup.compareRuns(a, { ...b, outputs: b.outputs.replace('false', 'true') })).toEqual([
      expect.stringMatching(/^outputs, line 2: "false" vs "true"/),
    ])
    expect(startup.compareRuns(a, { ...b, summary: '' })).toHaveLength(1)
    expect(startup.compareRuns(a, { ...b, status: 2 })).toEqual(['exit status 1 vs 2'])
  })

  it('pairs the two variants run by run', () => {
    const raw = (wall: number[], rss: (number | null)[]) =>
      wall.map((wallMs, i) => ({ wallMs, rssMb: rss[i] ?? null }))
    const figures = startup.protocolFigures(
      raw([100, 200, 110], [50, 50, 51]),
      raw([150, 230, 190], [60, 61, 60]),
    )
    expect(figures.runs).toBe(3)
    expect(figures['actions-core'].wallMs).toEqual({ median: 190, min: 150, max: 230 })
    expect(figures.deltaWallMs).toEqual({ median: 50, min: 30, max: 80 })
    expect(figures.deltaRssMb).toEqual({ median: 10, min: 9, max: 11 })
    expect(startup.protocolFigures(raw([1], [null]), raw([2], [null])).deltaRssMb).toBeNull()
  })
})

describe('bench/startup/actions-core.ts: src/runner/protocol.ts done by @actions/core', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })
  const same = (a: string, b: string) =>
    expect(startup.normalizeRun(run(a)).stdout).toBe(startup.normalizeRun(run(b)).stdout)

  it('exports what the hand-written protocol exports', () => {
    expect(Object.keys(variant).sort()).toEqual(Object.keys(protocol).sort())
  })

  it('prints the same commands, escaping included', () => {
    const texts = ['plain', '', '100%', '%0A', 'a\r\nb', 'x::error::y', 'a: b, c', 'tab\there']
    for (const text of texts) {
      expect(variant.escapeData(text)).toBe(protocol.escapeData(text))
      expect(variant.escapeProperty(text)).toBe(protocol.escapeProperty(text))
      expect(variant.setSecret(text)).toBe(protocol.setSecret(text))
    }
    const cases: [string, protocol.CommandProperties, string][] = [
      ['error', { title: 'coexist: internal error' }, 'boom'],
      [
        'warning',
        {
          file: 'a,b:c.yml',
          line: 3,
          endLine: 4,
          col: undefined,
          endColumn: undefined,
          title: 'x\ny',
        },
        'm 100%\n::error::z',
      ],
      ['notice', { file: 'e.yml', line: 1, endLine: 1, col: 2, endColumn: 9, title: '' }, ''],
      ['add-mask', {}, 's3cr3t'],
    ]
    for (const [name, properties, message] of cases)
      same(
        variant.formatCommand(name, properties, message),
        protocol.formatCommand(name, properties, message),
      )
    expect(() => variant.formatCommand('debug', {}, 'x')).toThrow(/no @actions\/core function/)
    for (const text of ['', 'one line', 'two\nlines\n', '::error::x\n::add-mask::y'])
      same(variant.stopCommands(text), protocol.stopCommands(text))
  })

  it('reads inputs and writes outputs and the summary as the hand-written protocol does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coexist-bench-protocol-'))
    try {
      process.env['INPUT_FAIL-ON'] = '  not-supported \n'
      process.env['INPUT_MAX_NODES'] = '2M'
      for (const name of ['fail-on', 'FAIL-ON', 'max nodes', 'missing'])
        expect(variant.getInput(process.env, name)).toBe(protocol.getInput(process.env, name))
      expect(() => variant.getInput({}, 'fail-on')).toThrow(/process\.env/)

      const files = { ours: path.join(dir, 'ours'), core: path.join(dir, 'core') }
      const outputs = { passed: 'false', errors: '2', report: '/tmp/r.json', multi: 'a\nb' }
      const summary = '## ❌ coexist\n\n| a | b |\n'
      for (const [who, write] of [
        ['ours', protocol],
        ['core', variant],
      ] as const) {
        writeFileSync(files[who], '')
        writeFileSync(`${files[who]}.md`, '')
        process.env.GITHUB_OUTPUT = files[who]
        process.env.GITHUB_STEP_SUMMARY = `${files[who]}.md`
        await write.setOutputs(process.env, outputs)
        await write.appendSummary(process.env, summary)
        await write.appendSummary(process.env, 'more\n')
      }
      const read = (who: 'ours' | 'core') =>
        run('', readFileSync(files[who], 'utf8'), readFileSync(`${files[who]}.md`, 'utf8'))
      expect(read('core').outputs).toMatch(/^multi<<ghadelimiter_/m)
      expect(startup.compareRuns(read('ours'), read('core'))).toEqual([])
      // Neither writes anything without the runner's files.
      delete process.env.GITHUB_OUTPUT
      delete process.env.GITHUB_STEP_SUMMARY
      for (const write of [protocol, variant]) {
        await write.setOutputs(process.env, outputs)
        await write.appendSummary(process.env, summary)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
