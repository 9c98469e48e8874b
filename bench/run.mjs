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
// Then bench/startup.mjs measures the action's start-up against bundles that emulate the builds
// before the start-up measures (see there), unless --no-startup.
// Exits 0 whether or not the targets are met (2 on a usage error or a crashed subject).
//
// Options: --sizes 10,1000 (env BENCH_SIZES), --runs N (env BENCH_RUNS, default 5),
// --large-runs N (env BENCH_LARGE_RUNS, default 3: runs for sizes of 100,000 and up),
// --startup-runs N (env BENCH_STARTUP_RUNS, default 20: runs of each start-up subject; they take a
// quarter of a second each, and a difference of a few ms needs more than 5 to show),
// --import-rows 10000,100000 (env BENCH_IMPORT_ROWS; `none` skips the import part: bench/import.mjs),
// --out FILE (default bench/results.json), --keep (leave the temp dir), --no-startup.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  actionArtifacts,
  completed,
  GITHUB_LIMITS,
  fmt,
  isExecutable,
  LARGE_ESTATE_OPTIONS,
  pad,
  prepare,
  ratio,
  resetActionFiles,
  ROOT,
  round,
  sample,
  summarize,
  TIME,
} from './harness.mjs'
import { benchImport, IMPORT_ROWS, printImport } from './import.mjs'
import { benchStartup, printStartup } from './startup.mjs'

const HERE = path.join(ROOT, 'bench')
const DIST = path.join(ROOT, 'dist')
// The bundles are measured from a snapshot of dist/ in the temp dir (set in main), so a rebuild
// while the bench runs cannot mix two builds; their sha256 goes into results.json.
let ACTION = path.join(DIST, 'index.js')
let CLI = path.join(DIST, 'cli', 'index.js')
const YAML_LOAD = path.join(HERE, 'yaml-load.mjs')
const SUBJECTS = ['node-e-0', 'yaml-load', 'cli', 'action']

function usage(message) {
  console.error(
    `bench: ${message}\nusage: node bench/run.mjs [--sizes 10,1000,...] [--runs N] [--large-runs N] [--startup-runs N] [--import-rows N,...|none] [--out FILE] [--keep] [--no-startup]`,
  )
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
    startupRuns: process.env.BENCH_STARTUP_RUNS ?? '20',
    out: path.join(HERE, 'results.json'),
    keep: false,
    startup: true,
    importRows: process.env.BENCH_IMPORT_ROWS ?? IMPORT_ROWS.join(','),
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
    else if (arg === '--startup-runs') options.startupRuns = value()
    else if (arg === '--out') options.out = path.resolve(value())
    else if (arg === '--keep') options.keep = true
    else if (arg === '--no-startup') options.startup = false
    else if (arg === '--import-rows') options.importRows = value()
    else usage(`unknown argument ${arg}`)
  }
  const sizes = options.sizes
    .split(',')
    .map((s) => positiveInt(s.trim().replace(/_/g, ''), '--sizes'))
  const importRows =
    options.importRows === 'none'
      ? []
      : options.importRows
          .split(',')
          .map((s) => positiveInt(s.trim().replace(/_/g, ''), '--import-rows'))
  return {
    ...options,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    importRows: [...new Set(importRows)].sort((a, b) => a - b),
    runs: positiveInt(options.runs, '--runs'),
    largeRuns: positiveInt(options.largeRuns, '--large-runs'),
    startupRuns: positiveInt(options.startupRuns, '--startup-runs'),
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
  if (found.length < 2)
    console.warn('bench: no system node outside node_modules on PATH: measuring Node 24 only')
  return found
}

/** sha256 of the two bundles measured (the snapshot), so the figures can be matched to a build. */
function bundleHashes() {
  return Object.fromEntries(
    [ACTION, CLI].map((file) => [
      path.relative(path.dirname(path.dirname(ACTION)), file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  )
}

function subjectCommand(subject, runtime, layout) {
  const base = { cwd: layout.workspace, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }
  switch (subject) {
    case 'node-e-0':
      return { args: ['-e', '0'], ...base }
    case 'yaml-load':
      return { args: [YAML_LOAD, layout.file], ...base }
    case 'cli':
      return {
        args: [CLI, 'check', 'coexist.yml', '--format', 'json', ...LARGE_ESTATE_OPTIONS],
        ...base,
        stdoutFile: path.join(layout.root, `cli-${runtime.id}.json`),
      }
    case 'action':
      return {
        args: [ACTION],
        cwd: layout.workspace,
        env: layout.env,
        stdoutFile: path.join(layout.root, `action-${runtime.id}.log`),
      }
  }
  throw new Error(subject)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const haveTime = isExecutable(TIME)
  if (!haveTime) console.warn(`bench: ${TIME} is not installed: peak RSS is reported as null`)
  for (const bundle of [ACTION, CLI])
    if (!existsSync(bundle)) usage(`${bundle} is missing: run npm run bundle`)
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
      node: Object.fromEntries(
        runtimes.map((r) => [r.id, { version: r.version, executable: r.executable }]),
      ),
      rss: haveTime ? `${TIME} -f %M` : null,
    },
    date: new Date().toISOString(),
    bundles: bundleHashes(),
    options: {
      sizes: options.sizes,
      runs: options.runs,
      largeRuns: options.largeRuns,
      startupRuns: options.startupRuns,
      startup: options.startup,
      importRows: options.importRows,
    },
    sizes: {},
    targets: [],
  }
  let crashed = false
  try {
    for (const size of options.sizes) {
      const layout = prepare(tmp, size)
      const runs = size >= 100_000 ? Math.min(options.runs, options.largeRuns) : options.runs
      const entry = {
        populations: size,
        pairs: layout.topology.pairs,
        exceptions: layout.topology.exceptions,
        bytes: layout.bytes,
        runs,
        runtimes: {},
      }
      results.sizes[size] = entry
      console.error(
        `bench: ${size} populations (${layout.topology.pairs} pairs, ${(layout.bytes / 1e6).toFixed(2)} MB), ${runs} run(s) each`,
      )
      for (const runtime of runtimes) {
        const { raw, failed } = await sample({
          subjects: SUBJECTS,
          runs,
          runtime,
          label: `at ${size}`,
          commandOf: (subject) => {
            if (subject === 'action') resetActionFiles(layout)
            return subjectCommand(subject, runtime, layout)
          },
          // The CLI and the action exit 1 when findings fail the check (this mix has some); anything
          // else is a crash.
          ok: (subject, command, run) =>
            (run.status === 0 ||
              (run.status === 1 && (subject === 'cli' || subject === 'action'))) &&
            completed(subject, command, layout),
          rssFile,
          haveTime,
        })
        if (failed) crashed = true
        const medians = Object.fromEntries(
          SUBJECTS.map((subject) => [subject, summarize(raw[subject])]),
        )
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
        entry.runtimes[runtime.id] = {
          version: runtime.version,
          raw,
          medians,
          ratios,
          cliReportedPairs: reportedPairs,
        }
        // What the action leaves behind, once per size on Node 24: it does not vary by runtime.
        if (runtime === runtimes[0]) {
          entry.action = actionArtifacts(runtime.executable, ACTION, layout)
          if (entry.action.status !== 0 && entry.action.status !== 1) crashed = true
        }
        console.error(
          `bench:   ${runtime.version}: cli ${medians.cli.wallMs} ms, action ${medians.action.wallMs} ms`,
        )
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
          results.growth.push({
            from,
            to,
            sizeFactor: round(to / from),
            runtime: runtime.id,
            subject,
            timeFactor: ratio(b, a),
            rssFactor: ratio(
              results.sizes[to].runtimes[runtime.id].medians[subject].rssMb,
              results.sizes[from].runtimes[runtime.id].medians[subject].rssMb,
            ),
          })
        }
      }
    }

    if (options.importRows.length > 0) {
      const imported = await benchImport({
        tmp,
        cli: CLI,
        runtime: runtimes[0],
        rows: options.importRows,
        runs: options.runs,
        largeRuns: options.largeRuns,
        rssFile,
        haveTime,
      })
      if (imported.failed) crashed = true
      results.import = imported.results
    }

    if (options.startup) {
      const startup = await benchStartup({
        tmp,
        dist: path.dirname(ACTION),
        runtimes,
        runs: options.startupRuns,
        rssFile,
        haveTime,
      })
      if (startup.failed) crashed = true
      results.startup = startup.results
    }

    results.targets = targets(results, runtimes)
    print(results, runtimes)
    if (results.import) printImport(results.import)
    if (results.startup) printStartup(results.startup, runtimes)
    mkdirSync(path.dirname(options.out), { recursive: true })
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nresults: ${path.relative(process.cwd(), options.out) || options.out}`)
  } finally {
    if (options.keep) console.error(`bench: kept ${tmp}`)
    else rmSync(tmp, { recursive: true, force: true })
  }
  if (crashed) {
    console.error(
      'bench: a subject failed or the bundles changed (see above); the figures are not meaningful',
    )
    process.exitCode = 2
  }
}

function targets(results, runtimes) {
  const list = []
  const n24 = runtimes[0].id
  const small = results.sizes[10]?.runtimes[n24]
  list.push({
    id: 'small-action',
    target: 'small topology (10 populations), full action run: ≤ 1.6× `node -e 0` (Node 24)',
    measured: small ? small.ratios.action.timeVsNode : null,
    limit: 1.6,
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
  const largeAction = results.sizes[100000]?.runtimes[n24]?.ratios.action
  list.push(
    {
      id: 'large-action-time',
      target: `100,000 populations, action: ≤ 2× the bare js-yaml load, time (${runtimes[0].version})`,
      measured: largeAction ? largeAction.timeVsLoad : null,
      limit: 2,
    },
    {
      id: 'large-action-rss',
      target: `100,000 populations, action: peak memory ≤ 1.5× the bare js-yaml load's (${runtimes[0].version})`,
      measured: largeAction ? largeAction.rssVsLoad : null,
      limit: 1.5,
    },
  )
  // The action's output at the largest size measured, against GitHub's limits (as fractions of them).
  const largest = Object.values(results.sizes).at(-1)
  const artifacts = largest?.action
  const share = (value, limit) => (artifacts && value !== null ? round(value / limit, 3) : null)
  const at = largest ? `${largest.populations.toLocaleString('en-US')} populations` : ''
  list.push(
    {
      id: 'action-log',
      target: `${at}, action: step log ≤ 1 MiB (share of it)`,
      measured: share(artifacts?.logBytes ?? null, GITHUB_LIMITS.logBytes),
      limit: 1,
    },
    {
      id: 'action-summary',
      target: `${at}, action: job summary ≤ 1 MiB (share of it)`,
      measured: share(artifacts?.summaryBytes ?? null, GITHUB_LIMITS.summaryBytes),
      limit: 1,
    },
    {
      id: 'action-sarif-results',
      target: `${at}, action: SARIF ≤ 25,000 results per run (share of it)`,
      measured: share(artifacts?.sarifResults ?? null, GITHUB_LIMITS.sarifResultsPerRun),
      limit: 1,
    },
    {
      id: 'action-sarif-gzip',
      target: `${at}, action: SARIF ≤ 10 MB gzipped (share of it)`,
      measured: share(artifacts?.sarifGzipBytes ?? null, GITHUB_LIMITS.sarifGzipBytes),
      limit: 1,
    },
  )
  for (const g of results.import?.growth ?? [])
    list.push({
      id: `growth-import-${g.from}`,
      target: `growth, import ${g.from.toLocaleString('en-US')} → ${g.to.toLocaleString('en-US')} rows: ≤ ${g.sizeFactor}× the time (${runtimes[0].version})`,
      measured: g.timeFactor,
      limit: g.sizeFactor,
    })
  for (const g of results.growth ?? []) {
    if (g.sizeFactor !== 10 || (g.subject !== 'cli' && g.subject !== 'action')) continue
    list.push({
      id: `growth-${g.subject}-${g.runtime}-${g.from}`,
      target: `growth, ${g.subject} ${g.from} → ${g.to} populations: ≤ 10× the time (${results.machine.node[g.runtime].version})`,
      measured: g.timeFactor,
      limit: 10,
    })
  }
  return list.map((t) => ({ ...t, met: t.measured === null ? null : t.measured <= t.limit }))
}

function print(results, runtimes) {
  const header = [
    'size',
    'node',
    'subject',
    'wall ms',
    'RSS MB',
    '×e0 t',
    '×e0 mem',
    '×load t',
    '×load mem',
    'growth t',
  ]
  const widths = [8, 9, 10, 9, 8, 7, 8, 8, 10, 14]
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i < 3)).join(' ')
  console.log(
    `\ncoexist bench: ${results.machine.os}, ${results.machine.cpus} CPUs, ${results.machine.memoryGb} GB; ${runtimes.map((r) => r.version).join(', ')}; ${results.date}`,
  )
  console.log(
    `median of N runs (N per size: ${Object.values(results.sizes)
      .map((s) => `${s.populations}: ${s.runs}`)
      .join(
        ', ',
      )}); RSS = peak resident set (${results.machine.rss ?? 'not measured: /usr/bin/time missing'})\n`,
  )
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const entry of Object.values(results.sizes)) {
    for (const runtime of runtimes) {
      const r = entry.runtimes[runtime.id]
      for (const subject of SUBJECTS) {
        const m = r.medians[subject]
        const q = r.ratios[subject]
        const g = results.growth.find(
          (x) => x.to === entry.populations && x.runtime === runtime.id && x.subject === subject,
        )
        console.log(
          line([
            entry.populations,
            runtime.id,
            subject,
            fmt(m.wallMs),
            fmt(m.rssMb, 1),
            q ? fmt(q.timeVsNode, 2) : '',
            q ? fmt(q.rssVsNode, 2) : '',
            q ? fmt(q.timeVsLoad, 2) : '',
            q ? fmt(q.rssVsLoad, 2) : '',
            g ? `${fmt(g.timeFactor, 2)} (${g.sizeFactor}× pop)` : '',
          ]),
        )
      }
    }
  }
  console.log(
    '\nwhat the action leaves behind (Node 24, `sarif:` set as in the README; sizes in bytes):',
  )
  const columns = [
    ['size', 'populations'],
    ['log', 'logBytes'],
    ['log lines', 'logLines'],
    ['annotations', 'annotations'],
    ['summary', 'summaryBytes'],
    ['SARIF', 'sarifBytes'],
    ['SARIF gz', 'sarifGzipBytes'],
    ['results', 'sarifResults'],
    ['JSON report', 'reportBytes'],
  ]
  const row = (cells) => cells.map((c, i) => pad(c, i === 0 ? 8 : 12, i === 0)).join(' ')
  console.log(row(columns.map(([title]) => title)))
  for (const entry of Object.values(results.sizes))
    if (entry.action)
      console.log(
        row(columns.map(([, key]) => String((key === 'populations' ? entry : entry.action)[key]))),
      )
  console.log('\ntargets:')
  for (const t of results.targets) {
    const state = t.met === null ? 'not measured (size not in this run)' : t.met ? 'met' : 'MISSED'
    console.log(`  [${state}] ${t.target}: ${t.measured ?? '–'}× (limit ${t.limit}×)`)
  }
}

await main()
