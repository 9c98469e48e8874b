// Smoke test of `npm run bench` (bench/run.mjs): not a timing test. It runs the bench tiny (10 and
// 100 populations, one run) and checks that it exits 0 and writes results of the expected shape.
// --no-startup: the start-up part builds two bundles with ncc, which takes longer than CI should.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
  ratios: Record<string, { timeVsNode: number; rssVsNode: number | null; timeVsLoad: number; rssVsLoad: number | null }>
  cliReportedPairs: number | null
}
interface Results {
  machine: { os: string; cpus: number; node: Record<string, { version: string }>; rss: string | null }
  date: string
  sizes: Record<string, { populations: number; pairs: number; runs: number; runtimes: Record<string, RuntimeResult> }>
  growth: { from: number; to: number; runtime: string; subject: string; timeFactor: number }[]
  targets: { id: string; target: string; measured: number | null; limit: number; met: boolean | null }[]
}

const dir = mkdtempSync(path.join(tmpdir(), 'coexist-bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run bench (bench/run.mjs), tiny', () => {
  it('exits 0 and writes every size × runtime × subject median, ratios and targets', async () => {
    const out = path.join(dir, 'results.json')
    const result = await runNode(bundledNode(), path.join(REPO_ROOT, 'bench', 'run.mjs'), ['--sizes', '10,100', '--runs', '1', '--no-startup', '--out', out], {
      cwd: REPO_ROOT,
      env: cleanEnv(),
      timeout: 25_000,
    })
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
    expect(results.growth.filter((g) => g.from === 10 && g.to === 100)).toHaveLength(runtimeIds.length * SUBJECTS.length)
    for (const g of results.growth) expect(typeof g.timeFactor).toBe('number')
    const small = results.targets.find((t) => t.id === 'small-action')!
    expect(typeof small.measured).toBe('number')
    expect(typeof small.met).toBe('boolean')
  })
})
