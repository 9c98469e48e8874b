// What bench/run.mjs and bench/startup.mjs measure with: a child process timed from spawn to exit
// with its peak RSS, runs interleaved across subjects, medians, and the runner-like environment
// the action runs in.
import { spawn, spawnSync } from 'node:child_process'
import { Buffer } from 'node:buffer'
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { generateTopology } from './topology.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const TIME = '/usr/bin/time'
const PUSH_EVENT = path.join(ROOT, 'test', 'e2e', 'fixtures', 'push-event.json')
const CHILD_TIMEOUT_MS = 10 * 60_000

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
export const round = (n, digits = 2) =>
  n === null || !Number.isFinite(n) ? null : Number(n.toFixed(digits))
export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b))
export const fmt = (n, digits = 0) => (n === null || n === undefined ? '–' : n.toFixed(digits))
export const pad = (text, width, left = false) =>
  left ? String(text).padEnd(width) : String(text).padStart(width)

/** One child process: wall ms from spawn to exit, peak RSS in MB (or null), exit status. */
export function measure(command, args, { cwd, env, stdoutFile, rssFile, haveTime }) {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore'
    const [file, argv] = haveTime
      ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
      : [command, args]
    const stderr = []
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, {
      cwd,
      env,
      stdio: ['ignore', out, 'pipe'],
      timeout: CHILD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    })
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
      resolve({
        wallMs: round(wallMs, 1),
        rssMb: round(rssMb, 1),
        status,
        signal,
        stderr: Buffer.concat(stderr).toString('utf8').slice(-2000),
      })
    })
  })
}

/**
 * `runs` runs of every subject on one runtime, interleaved (run i of each subject before run i+1)
 * so that drift hits them alike. `commandOf(subject)` gives the child's args, cwd, env and
 * stdoutFile, and is called right before each run (so it may reset files the run writes);
 * `ok(subject, command, run)` says whether an exited run did its whole job. A run that did not is
 * reported on stderr, kept with its stderr, and makes `failed` true: its figure is meaningless.
 */
export async function sample({ subjects, runs, runtime, label, commandOf, ok, rssFile, haveTime }) {
  const raw = Object.fromEntries(subjects.map((s) => [s, []]))
  let failed = false
  for (let i = 0; i < runs; i++) {
    for (const subject of subjects) {
      const command = commandOf(subject)
      const run = await measure(runtime.executable, command.args, { ...command, rssFile, haveTime })
      const good = run.signal === null && ok(subject, command, run)
      if (!good) {
        failed = true
        console.error(
          `bench: ${subject} on ${runtime.version} ${label} exited ${run.status ?? run.signal}:\n${run.stderr}`,
        )
      }
      raw[subject].push({
        wallMs: run.wallMs,
        rssMb: run.rssMb,
        status: run.status,
        ...(good ? {} : { stderr: run.stderr }),
      })
    }
  }
  return { raw, failed }
}

/** Median wall time and peak RSS of one subject's runs (RSS null when none was measured). */
export function summarize(runs) {
  const rss = runs.map((r) => r.rssMb).filter((v) => v !== null)
  return {
    wallMs: round(median(runs.map((r) => r.wallMs)), 1),
    rssMb: rss.length ? round(median(rss), 1) : null,
  }
}

/** A runner-like layout for one size: workspace with coexist.yml, RUNNER_TEMP, output and summary files; a push event. */
export function prepare(tmp, size) {
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
    // The largest estates measured here are past the default max-nodes and max-pairs: raised to the
    // ceilings, as a user with such an estate would. The generated waivers run to 2099, past the
    // default max-waiver-days; the bench measures the estate, not 8,000 reminders to review them.
    ...LARGE_ESTATE_INPUTS,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
  }
  return {
    root,
    workspace,
    runnerTemp,
    file,
    bytes: Buffer.byteLength(topology.text),
    topology,
    env,
    outputFile,
    summaryFile,
  }
}

/** The action inputs, and the same CLI options, a run on a large generated estate needs. */
export const LARGE_ESTATE_INPUTS = {
  'INPUT_MAX-NODES': '2M',
  'INPUT_MAX-PAIRS': '500k',
  'INPUT_MAX-WAIVER-DAYS': '0',
}
export const LARGE_ESTATE_OPTIONS = [
  '--max-nodes',
  '2M',
  '--max-pairs',
  '500k',
  '--max-waiver-days',
  '0',
]

/** Empties the action's output and summary files, so that `completed` sees only the next run's. */
export function resetActionFiles(layout) {
  writeFileSync(layout.outputFile, '')
  writeFileSync(layout.summaryFile, '')
}

/**
 * Whether a run did the whole job, not just exited 0 or 1 (an uncaught error also exits 1): the CLI's
 * JSON report counts every pair of the file; the action wrote a report path to GITHUB_OUTPUT.
 */
export function completed(subject, command, layout) {
  try {
    if (subject === 'cli') {
      const fd = openSync(command.stdoutFile, 'r')
      const head = Buffer.alloc(4096)
      const n = readSync(fd, head, 0, head.length, 0)
      closeSync(fd)
      const match = /"pairs":\s*(\d+)/.exec(head.subarray(0, n).toString('utf8'))
      return match !== null && Number(match[1]) === layout.topology.pairs
    }
    if (subject === 'action')
      return /^report<<(\S+)\n.+\n\1$/m.test(readFileSync(layout.outputFile, 'utf8'))
    return true
  } catch {
    return false
  }
}

/** GitHub's documented limits the action's output must stay within at any size. */
export const GITHUB_LIMITS = {
  // The step log has no hard cap, but a log of megabytes is one nobody reads: issue 14's bound.
  logBytes: 1024 * 1024,
  summaryBytes: 1024 * 1024,
  sarifResultsPerRun: 25_000,
  sarifGzipBytes: 10 * 1024 * 1024,
}

/**
 * One action run as the README's workflow configures it (`sarif:` set), kept for what it leaves
 * behind rather than for its time: the step log (stdout and stderr, which the runner shows
 * together), the job summary, the SARIF log and the JSON report, with the counts GitHub's limits
 * are about. Null fields are files the run did not write.
 */
export function actionArtifacts(executable, action, layout) {
  resetActionFiles(layout)
  const sarifFile = path.join(layout.workspace, 'coexist.sarif')
  rmSync(sarifFile, { force: true })
  const run = spawnSync(executable, [action], {
    cwd: layout.workspace,
    env: { ...layout.env, INPUT_SARIF: 'coexist.sarif' },
    maxBuffer: 1024 ** 3,
    timeout: CHILD_TIMEOUT_MS,
  })
  const log = Buffer.concat([run.stdout ?? Buffer.alloc(0), run.stderr ?? Buffer.alloc(0)])
  const logText = log.toString('utf8')
  const outputs = readFileSync(layout.outputFile, 'utf8')
  const reportFile = /^report<<(\S+)\n(.+)\n\1$/m.exec(outputs)?.[2]
  const sarif = existsSync(sarifFile) ? readFileSync(sarifFile) : null
  const runs = sarif ? JSON.parse(sarif.toString('utf8')).runs : []
  return {
    status: run.status,
    logBytes: log.length,
    logLines: logText.split('\n').length - 1,
    annotations: (logText.match(/^::(?:error|warning|notice)[ :]/gm) ?? []).length,
    summaryBytes: existsSync(layout.summaryFile) ? statSync(layout.summaryFile).size : null,
    sarifBytes: sarif ? sarif.length : null,
    sarifGzipBytes: sarif ? gzipSync(sarif).length : null,
    sarifRuns: runs.length,
    sarifResults: Math.max(0, ...runs.map((r) => r.results?.length ?? 0)),
    reportBytes: reportFile && existsSync(reportFile) ? statSync(reportFile).size : null,
  }
}
