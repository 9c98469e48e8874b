// `npm run bench`: coexist's whole-process performance against its floors.
//
// For each size (client populations over three pools) it generates a topology into a temp dir and
// measures, as separate processes, several runs each, on Node 24 (node_modules/.bin/node) and on
// the machine's Node 20 (the first `node` on PATH outside node_modules):
//   node-e-0   `node -e 0`                          the runtime's start-up floor
//   yaml-load  bench/yaml-load.mjs FILE              a bare js-yaml `load` of the same file
//   cli        dist/cli/index.js check FILE --format json   (stdout to a file)
//   action     dist/index.js in a runner environment (INPUT_TOPOLOGY, GITHUB_WORKSPACE, ...)
// Wall time is process.hrtime around the spawn; peak RSS is /usr/bin/time -f %M of the child (null
// when /usr/bin/time is missing). Medians, ratios and growth go to the table and to results.json.
// Exits 0 whether or not the targets are met (2 on a usage error or a crashed subject).
//
// Options: --sizes 10,1000 (env BENCH_SIZES), --runs N (env BENCH_RUNS, default 5),
// --large-runs N (env BENCH_LARGE_RUNS, default 3: runs for sizes of 100,000 and up),
// --out FILE (default bench/results.json), --keep (leave the temp dir).
import { spawn, execFileSync } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { accessSync, constants, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateTopology } from './topology.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const DIST = path.join(ROOT, 'dist')
// The bundles are measured from a snapshot of dist/ in the temp dir (set in main), so a rebuild
// while the bench runs cannot mix two builds; their sha256 goes into results.json.
let ACTION = path.join(DIST, 'index.js')
let CLI = path.join(DIST, 'cli', 'index.js')
const YAML_LOAD = path.join(HERE, 'yaml-load.mjs')
const PUSH_EVENT = path.join(ROOT, 'test', 'e2e', 'fixtures', 'push-event.json')
const TIME = '/usr/bin/time'
const CHILD_TIMEOUT_MS = 10 * 60_000
const SUBJECTS = ['node-e-0', 'yaml-load', 'cli', 'action']

function usage(message) {
  console.error(`bench: ${message}\nusage: node bench/run.mjs [--sizes 10,1000,...] [--runs N] [--large-runs N] [--out FILE] [--keep]`)
  process.exit(2)
}

function positiveInt(text, what) {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) usage(`${what} must be a positive integer, got "${text}"`)
  return n
}

function parseArgs(argv) {
  const options = {
    sizes: process.env.BENCH_SIZES ?? '10,1000,10000,100000',
    runs: process.env.BENCH_RUNS ?? '5',
    largeRuns: process.env.BENCH_LARGE_RUNS ?? '3',
    out: path.join(HERE, 'results.json'),
    keep: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) usage(`${arg} needs a value`)
      return v
    }
    if (arg === '--sizes') options.sizes = value()
    else if (arg === '--runs') options.runs = value()
    else if (arg === '--large-runs') options.largeRuns = value()
    else if (arg === '--out') options.out = path.resolve(value())
    else if (arg === '--keep') options.keep = true
    else usage(`unknown argument ${arg}`)
  }
  const sizes = options.sizes.split(',').map((s) => positiveInt(s.trim().replace(/_/g, ''), '--sizes'))
  return { ...options, sizes: [...new Set(sizes)].sort((a, b) => a - b), runs: positiveInt(options.runs, '--runs'), largeRuns: positiveInt(options.largeRuns, '--large-runs') }
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function describe(executable, where) {
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim()
  return { id: `node${/^v(\d+)/.exec(version)?.[1] ?? '?'}`, executable, version, where }
}

/** Node 24 (the `node` devDependency) and the first `node` on PATH outside node_modules. */
function findRuntimes() {
  const bundled = path.join(ROOT, 'node_modules', '.bin', 'node')
  if (!isExecutable(bundled)) usage(`${bundled} is missing: run npm ci`)
  const found = [describe(bundled, 'node_modules/.bin/node')]
  const real = realpathSync(bundled)
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue
    const candidate = path.join(dir, 'node')
    if (!isExecutable(candidate) || realpathSync(candidate) === real) continue
    found.push(describe(candidate, candidate))
    break
  }
  if (found.length < 2) console.warn('bench: no system node outside node_modules on PATH: measuring Node 24 only')
  return found
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n, digits = 2) => (n === null || !Number.isFinite(n) ? null : Number(n.toFixed(digits)))
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b))

/** One child process: wall ms from spawn to exit, peak RSS in MB (or null), exit status. */
function measure(command, args, { cwd, env, stdoutFile, rssFile, haveTime }) {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore'
    const [file, argv] = haveTime ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args]
    const stderr = []
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', out, 'pipe'], timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL' })
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (status, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      if (typeof out === 'number') closeSync(out)
      let rssMb = null
      if (haveTime) {
        // /usr/bin/time writes "Command exited with non-zero status N" before %M when N != 0.
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())
        rssMb = Number.isFinite(kb) ? kb / 1024 : null
      }
      resolve({ wallMs: round(wallMs, 1), rssMb: round(rssMb, 1), status, signal, stderr: Buffer.concat(stderr).toString('utf8').slice(-2000) })
    })
  })
}

/** A runner-like layout for one size: workspace with coexist.yml, RUNNER_TEMP, output and summary files. */
function prepare(tmp, size) {
  const root = path.join(tmp, `size-${size}`)
  const workspace = path.join(root, 'work', 'estate', 'estate')
  const runnerTemp = path.join(root, 'work', '_temp')
  const commands = path.join(runnerTemp, '_runner_file_commands')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(commands, { recursive: true })
  const topology = generateTopology(size)
  const file = path.join(workspace, 'coexist.yml')
  writeFileSync(file, topology.text)
  const eventFile = path.join(runnerTemp, 'event.json')
  if (existsSync(PUSH_EVENT)) copyFileSync(PUSH_EVENT, eventFile)
  else writeFileSync(eventFile, '{}\n')
  const outputFile = path.join(commands, 'set_output')
  const summaryFile = path.join(commands, 'step_summary')
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    INPUT_TOPOLOGY: 'coexist.yml',
    'INPUT_FAIL-ON': 'not-supported',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
  }
  return { root, workspace, file, bytes: Buffer.byteLength(topology.text), topology, env, outputFile, summaryFile }
}

/**
 * Whether a run did the whole job, not just exited 0 or 1 (an uncaught error also exits 1): the CLI's
 * JSON report counts every pair of the file; the action wrote a report path to GITHUB_OUTPUT.
 */
function completed(subject, command, layout) {
  try {
    if (subject === 'cli') {
      const fd = openSync(command.stdoutFile, 'r')
      const head = Buffer.alloc(4096)
      const n = readSync(fd, head, 0, head.length, 0)
      closeSync(fd)
      const match = /"pairs":\s*(\d+)/.exec(head.subarray(0, n).toString('utf8'))
      return match !== null && Number(match[1]) === layout.topology.pairs
    }
    if (subject === 'action') return /^report<<(\S+)\n.+\n\1$/m.test(readFileSync(layout.outputFile, 'utf8'))
    return true
  } catch {
    return false
  }
}

/** sha256 of the two bundles: recorded before and after, since a rebuild mid-run spoils the figures. */
function bundleHashes() {
  return Object.fromEntries([ACTION, CLI].map((file) => [path.relative(path.dirname(path.dirname(ACTION)), file), createHash('sha256').update(readFileSync(file)).digest('hex')]))
}

function subjectCommand(subject, runtime, layout) {
  const base = { cwd: layout.workspace, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }
  switch (subject) {
    case 'node-e-0':
      return { args: ['-e', '0'], ...base }
    case 'yaml-load':
      return { args: [YAML_LOAD, layout.file], ...base }
    case 'cli':
      return { args: [CLI, 'check', 'coexist.yml', '--format', 'json'], ...base, stdoutFile: path.join(layout.root, `cli-${runtime.id}.json`) }
    case 'action':
      return { args: [ACTION], cwd: layout.workspace, env: layout.env, stdoutFile: path.join(layout.root, `action-${runtime.id}.log`) }
  }
  throw new Error(subject)
}

const fmt = (n, digits = 0) => (n === null || n === undefined ? '–' : n.toFixed(digits))
const pad = (text, width, left = false) => (left ? String(text).padEnd(width) : String(text).padStart(width))

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const haveTime = isExecutable(TIME)
  if (!haveTime) console.warn(`bench: ${TIME} is not installed: peak RSS is reported as null`)
  for (const bundle of [ACTION, CLI]) if (!existsSync(bundle)) usage(`${bundle} is missing: run npm run bundle`)
  const runtimes = findRuntimes()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'coexist-bench-'))
  const rssFile = path.join(tmp, 'rss.txt')
  cpSync(DIST, path.join(tmp, 'dist'), { recursive: true })
  ACTION = path.join(tmp, 'dist', 'index.js')
  CLI = path.join(tmp, 'dist', 'cli', 'index.js')
  const results = {
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 1024 ** 3, 1),
      node: Object.fromEntries(runtimes.map((r) => [r.id, { version: r.version, executable: r.executable }])),
      rss: haveTime ? `${TIME} -f %M` : null,
    },
    date: new Date().toISOString(),
    bundles: bundleHashes(),
    options: { sizes: options.sizes, runs: options.runs, largeRuns: options.largeRuns },
    sizes: {},
    targets: [],
  }
  let crashed = false
  try {
    for (const size of options.sizes) {
      const layout = prepare(tmp, size)
      const runs = size >= 100_000 ? Math.min(options.runs, options.largeRuns) : options.runs
      const entry = { populations: size, pairs: layout.topology.pairs, exceptions: layout.topology.exceptions, bytes: layout.bytes, runs, runtimes: {} }
      results.sizes[size] = entry
      console.error(`bench: ${size} populations (${layout.topology.pairs} pairs, ${(layout.bytes / 1e6).toFixed(2)} MB), ${runs} run(s) each`)
      for (const runtime of runtimes) {
        const raw = Object.fromEntries(SUBJECTS.map((s) => [s, []]))
        // Interleaved: run i of every subject before run i+1, so drift hits them alike.
        for (let i = 0; i < runs; i++) {
          for (const subject of SUBJECTS) {
            const command = subjectCommand(subject, runtime, layout)
            if (subject === 'action') {
              writeFileSync(layout.outputFile, '')
              writeFileSync(layout.summaryFile, '')
            }
            const run = await measure(runtime.executable, command.args, { ...command, rssFile, haveTime })
            // The CLI and the action exit 1 when findings fail the check (this mix has some); anything
            // else is a crash and makes the figure meaningless.
            const ok = run.signal === null && (run.status === 0 || (run.status === 1 && (subject === 'cli' || subject === 'action'))) && completed(subject, command, layout)
            if (!ok) {
              crashed = true
              console.error(`bench: ${subject} on ${runtime.version} at ${size} exited ${run.status ?? run.signal}:\n${run.stderr}`)
            }
            raw[subject].push({ wallMs: run.wallMs, rssMb: run.rssMb, status: run.status, ...(ok ? {} : { stderr: run.stderr }) })
          }
        }
        const medians = {}
        for (const subject of SUBJECTS) {
          const rss = raw[subject].map((r) => r.rssMb).filter((v) => v !== null)
          medians[subject] = { wallMs: round(median(raw[subject].map((r) => r.wallMs)), 1), rssMb: rss.length ? round(median(rss), 1) : null }
        }
        const ratios = {}
        for (const subject of ['yaml-load', 'cli', 'action']) {
          ratios[subject] = {
            timeVsNode: ratio(medians[subject].wallMs, medians['node-e-0'].wallMs),
            rssVsNode: ratio(medians[subject].rssMb, medians['node-e-0'].rssMb),
            timeVsLoad: ratio(medians[subject].wallMs, medians['yaml-load'].wallMs),
            rssVsLoad: ratio(medians[subject].rssMb, medians['yaml-load'].rssMb),
          }
        }
        const cliReport = path.join(layout.root, `cli-${runtime.id}.json`)
        let reportedPairs = null
        try {
          reportedPairs = JSON.parse(readFileSync(cliReport, 'utf8')).counts?.pairs ?? null
        } catch {
          reportedPairs = null
        }
        entry.runtimes[runtime.id] = { version: runtime.version, raw, medians, ratios, cliReportedPairs: reportedPairs }
        console.error(`bench:   ${runtime.version}: cli ${medians.cli.wallMs} ms, action ${medians.action.wallMs} ms`)
      }
    }

    // Growth: time(next size) / time(size), for consecutive sizes.
    results.growth = []
    for (let i = 1; i < options.sizes.length; i++) {
      const [from, to] = [options.sizes[i - 1], options.sizes[i]]
      for (const runtime of runtimes) {
        for (const subject of SUBJECTS) {
          const a = results.sizes[from].runtimes[runtime.id].medians[subject].wallMs
          const b = results.sizes[to].runtimes[runtime.id].medians[subject].wallMs
          results.growth.push({ from, to, sizeFactor: round(to / from), runtime: runtime.id, subject, timeFactor: ratio(b, a), rssFactor: ratio(results.sizes[to].runtimes[runtime.id].medians[subject].rssMb, results.sizes[from].runtimes[runtime.id].medians[subject].rssMb) })
        }
      }
    }

    if (JSON.stringify(bundleHashes()) !== JSON.stringify(results.bundles)) {
      crashed = true
      results.bundlesChangedDuringRun = true
      console.error('bench: dist/ was rebuilt during the run: the figures mix two builds')
    }
    results.targets = targets(results, runtimes)
    print(results, runtimes)
    mkdirSync(path.dirname(options.out), { recursive: true })
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nresults: ${path.relative(process.cwd(), options.out) || options.out}`)
  } finally {
    if (options.keep) console.error(`bench: kept ${tmp}`)
    else rmSync(tmp, { recursive: true, force: true })
  }
  if (crashed) {
    console.error('bench: a subject failed or the bundles changed (see above); the figures are not meaningful')
    process.exitCode = 2
  }
}

function targets(results, runtimes) {
  const list = []
  const n24 = runtimes[0].id
  const small = results.sizes[10]?.runtimes[n24]
  list.push({
    id: 'small-action',
    target: 'small topology (10 populations), full action run: ≤ 2× `node -e 0` (Node 24)',
    measured: small ? small.ratios.action.timeVsNode : null,
    limit: 2,
  })
  for (const runtime of runtimes) {
    const large = results.sizes[100000]?.runtimes[runtime.id]
    list.push({
      id: `large-cli-time-${runtime.id}`,
      target: `100,000 populations, CLI end to end: ≤ 1.5× the bare js-yaml load, time (${runtime.version})`,
      measured: large ? large.ratios.cli.timeVsLoad : null,
      limit: 1.5,
    })
    list.push({
      id: `large-cli-rss-${runtime.id}`,
      target: `100,000 populations, CLI end to end: peak memory ≤ 1.5× the bare js-yaml load's (${runtime.version})`,
      measured: large ? large.ratios.cli.rssVsLoad : null,
      limit: 1.5,
    })
  }
  for (const g of results.growth ?? []) {
    if (g.sizeFactor !== 10 || (g.subject !== 'cli' && g.subject !== 'action')) continue
    list.push({
      id: `growth-${g.subject}-${g.runtime}-${g.from}`,
      target: `growth, ${g.subject} ${g.from} → ${g.to} populations: ≤ 11× the time (${results.machine.node[g.runtime].version})`,
      measured: g.timeFactor,
      limit: 11,
    })
  }
  return list.map((t) => ({ ...t, met: t.measured === null ? null : t.measured <= t.limit }))
}

function print(results, runtimes) {
  const header = ['size', 'node', 'subject', 'wall ms', 'RSS MB', '×e0 t', '×e0 mem', '×load t', '×load mem', 'growth t']
  const widths = [8, 9, 10, 9, 8, 7, 8, 8, 10, 14]
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i < 3)).join(' ')
  console.log(`\ncoexist bench: ${results.machine.os}, ${results.machine.cpus} CPUs, ${results.machine.memoryGb} GB; ${runtimes.map((r) => r.version).join(', ')}; ${results.date}`)
  console.log(`median of N runs (N per size: ${Object.values(results.sizes).map((s) => `${s.populations}: ${s.runs}`).join(', ')}); RSS = peak resident set (${results.machine.rss ?? 'not measured: /usr/bin/time missing'})\n`)
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const entry of Object.values(results.sizes)) {
    for (const runtime of runtimes) {
      const r = entry.runtimes[runtime.id]
      for (const subject of SUBJECTS) {
        const m = r.medians[subject]
        const q = r.ratios[subject]
        const g = results.growth.find((x) => x.to === entry.populations && x.runtime === runtime.id && x.subject === subject)
        console.log(line([entry.populations, runtime.id, subject, fmt(m.wallMs), fmt(m.rssMb, 1), q ? fmt(q.timeVsNode, 2) : '', q ? fmt(q.rssVsNode, 2) : '', q ? fmt(q.timeVsLoad, 2) : '', q ? fmt(q.rssVsLoad, 2) : '', g ? `${fmt(g.timeFactor, 2)} (${g.sizeFactor}× pop)` : '']))
      }
    }
  }
  console.log('\ntargets:')
  for (const t of results.targets) {
    const state = t.met === null ? 'not measured (size not in this run)' : t.met ? 'met' : 'MISSED'
    console.log(`  [${state}] ${t.target}: ${t.measured ?? '–'}× (limit ${t.limit}×)`)
  }
}

await main()
