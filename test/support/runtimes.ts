// The two Node runtimes the bundles must run on: Node 24 (the `node` devDependency, what
// action.yml's `runs.using: node24` means on a GitHub runner) and the machine's own Node (20 here,
// the oldest `engines.node` allows). Tests run each bundle as a child process on both.
import { spawn, execFileSync, type ChildProcessByStdio } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
/**
 * The instant every bundle a test runs starts its clock at (and in-process tests judge exceptions
 * against), so that dates in the output do not depend on the day the suite runs.
 */
export const FIXED_NOW = new Date('2026-06-01T12:00:00Z')
/** The node options and environment that set a child's clock to FIXED_NOW (test/support/fixed-clock.mjs). */
export const FIXED_CLOCK = ['--import', path.join(REPO_ROOT, 'test', 'support', 'fixed-clock.mjs')]
export const FIXED_CLOCK_ENV = { COEXIST_TEST_CLOCK: FIXED_NOW.toISOString() }
/**
 * The node options that make a child write its peak resident set size, on exit, to the file named
 * by COEXIST_TEST_PEAK_RSS_FILE (test/support/peak-memory.mjs); runNode adds them with `measure`.
 */
export const PEAK_MEMORY = ['--import', path.join(REPO_ROOT, 'test', 'support', 'peak-memory.mjs')]

export interface Runtime {
  /** "Node v24.21.0 (node_modules/.bin/node)": what each test is named after. */
  label: string
  /** Absolute path of the node executable. */
  executable: string
  /** `node --version` as the binary prints it, e.g. "v20.20.2". */
  version: string
  major: number
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function describeRuntime(executable: string, where: string): Runtime {
  const version = execFileSync(executable, ['--version'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  }).trim()
  const match = /^v(\d+)\./.exec(version)
  if (!match) throw new Error(`${executable} --version printed "${version}"`)
  return { label: `Node ${version} (${where})`, executable, version, major: Number(match[1]) }
}

/** The `node` package's binary, which npm scripts and vitest run on. */
export function bundledNode(): Runtime {
  const executable = path.join(REPO_ROOT, 'node_modules', '.bin', 'node')
  if (!isExecutable(executable)) throw new Error(`${executable} is missing: run npm ci`)
  return describeRuntime(executable, 'node_modules/.bin/node')
}

/** The first `node` on PATH that is not inside a node_modules directory (npm puts .bin dirs first). */
export function systemNode(): Runtime {
  const bundled = realpathSync(bundledNode().executable)
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue
    const candidate = path.join(dir, 'node')
    if (!isExecutable(candidate)) continue
    if (realpathSync(candidate) === bundled) continue
    return describeRuntime(candidate, candidate)
  }
  throw new Error('no system node on PATH outside node_modules')
}

let cached: Runtime[] | undefined

/** Both runtimes, Node 24 first. Throws (failing the suite) rather than silently testing one. */
export function runtimes(): Runtime[] {
  cached ??= [bundledNode(), systemNode()]
  return cached
}

export interface RunResult {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from spawn to exit. */
  elapsed: number
  /**
   * With `measure`: the child's peak resident set size in bytes (its maxRSS, however it exited);
   * undefined when it was killed by a signal before it could say.
   */
  peakRss?: number
  /**
   * With `measure`: the processor time (user and system) the child used, in ms. Unlike wall time it
   * does not grow with what else the machine runs, such as the test files running beside it.
   */
  cpuMs?: number
}

export interface RunOptions {
  cwd: string
  /** The child's whole environment: nothing of the test process leaks in. */
  env: Record<string, string>
  timeout?: number
  /** Also measure the child's peak resident set size (RunResult.peakRss), with PEAK_MEMORY preloaded. */
  measure?: boolean
  /**
   * The child's stdin: nothing ('ignore', the default), or a pipe the test holds open, never
   * writing to it or closing it, until the child has exited (a reader of stdin would wait forever).
   */
  stdin?: 'ignore' | 'pipe'
}

/** Runs `node script args...` and collects its output; a hung child is killed after `timeout` ms. */
export function runNode(
  runtime: Runtime,
  script: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const peakDir = options.measure ? mkdtempSync(path.join(tmpdir(), 'coexist-peak-')) : undefined
    const peakFile = peakDir === undefined ? undefined : path.join(peakDir, 'max-rss-kib')
    const started = Date.now()
    // stdout and stderr are pipes whichever stdin is; the cast says so where the overloads cannot.
    const child = spawn(
      runtime.executable,
      [...FIXED_CLOCK, ...(peakFile ? PEAK_MEMORY : []), script, ...args],
      {
        cwd: options.cwd,
        env: {
          ...options.env,
          ...FIXED_CLOCK_ENV,
          ...(peakFile ? { COEXIST_TEST_PEAK_RSS_FILE: peakFile } : {}),
        },
        stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
        timeout: options.timeout ?? 15_000,
        killSignal: 'SIGKILL',
      },
    ) as ChildProcessByStdio<Writable | null, Readable, Readable>
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    // A pipe held open: the child exiting closes its end, which must not fail the run (EPIPE).
    child.stdin?.on('error', () => undefined)
    child.on('error', reject)
    child.on('close', (status, signal) => {
      const elapsed = Date.now() - started
      child.stdin?.destroy()
      const result: RunResult = {
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        elapsed,
      }
      if (peakDir !== undefined && peakFile !== undefined) {
        try {
          const [maxRssKib, cpuMicros] = readFileSync(peakFile, 'utf8')
            .trim()
            .split(' ')
            .map(Number) as [number, number]
          result.peakRss = maxRssKib * 1024
          result.cpuMs = Math.round(cpuMicros / 1000)
        } catch {
          // No file: the child was killed before its exit handler ran; peakRss stays undefined.
        } finally {
          rmSync(peakDir, { recursive: true, force: true })
        }
      }
      resolve(result)
    })
  })
}

/** PATH alone: the clean base environment every child starts from. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', ...extra }
}
