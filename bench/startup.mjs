// The start-up part of `npm run bench` (issue 6): whether the two start-up measures pay. The
// schemas' validators are compiled at build time (scripts/generate.mjs), so a run loads no
// Ajv; and src/action/main.ts loads src/github/pr-comment.ts, with @actions/github, by a dynamic
// import only when it comments on a pull request. The builds without them no longer exist, so each
// is emulated by a bundle ncc builds into the temp dir, as scripts/bundle.mjs builds dist/index.js,
// from an entry in bench/startup/ that imports the same src/. Subjects, each a whole process on the
// 10-population topology in run.mjs's runner environment, push event unless said:
//   node-e-0          `node -e 0`, the floor
//   shipped           dist/index.js (run.mjs's snapshot of it)
//   eager-github      bench/startup/eager-github.ts: the GitHub client imported statically
//   runtime-ajv       bench/startup/runtime-ajv.ts: both schemas compiled with Ajv before the run
//   shipped-pr-never  dist/index.js, pull_request event, pr-comment: never: loads no GitHub client
//   shipped-pr        dist/index.js, pull_request event, commenting: the run that loads the chunks
//                     with the client and pays for them; the API is a stub on a loopback port
//   hand-written      the action built from a copy of src/ as it is: the runner protocol of
//                     src/runner/protocol.ts, written by hand (the control for actions-core)
//   actions-core      the same copy of src/ with bench/startup/actions-core.ts in place of
//                     src/runner/protocol.ts: the protocol done by @actions/core 3, bundled
// hand-written and actions-core come from one snapshot of src/ taken when the bench builds them, so
// that they differ in that one module whatever else is being edited; before they are timed, both
// run the same four actions (bench/startup.mjs, PROTOCOL_SCENARIOS) and must write the same log,
// outputs and summary, random delimiters and tokens aside. Every variant bundle is made ASCII-only
// after ncc, as scripts/bundle.mjs makes dist/index.js.
import { execFile } from 'node:child_process'
import { Buffer } from 'node:buffer'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  completed,
  fmt,
  measure,
  median,
  pad,
  prepare,
  resetActionFiles,
  ROOT,
  round,
  sample,
  summarize,
} from './harness.mjs'
import { asciiOnly } from '../scripts/ascii-only.mjs'

const NCC = path.join(ROOT, 'node_modules', '.bin', 'ncc')
const PR_EVENT = path.join(ROOT, 'test', 'e2e', 'fixtures', 'pr-event.json')
const POPULATIONS = 10
const VARIANTS = {
  'eager-github': 'bench/startup/eager-github.ts',
  'runtime-ajv': 'bench/startup/runtime-ajv.ts',
}
/** Variants built from the snapshot of src/, each with the modules it names replaced (`hand-written`: none). */
export const SWAPPED = {
  'hand-written': {},
  'actions-core': { 'src/runner/protocol.ts': 'bench/startup/actions-core.ts' },
}
export const SUBJECTS = {
  'node-e-0': '`node -e 0`',
  shipped: 'dist/index.js, push event',
  'eager-github': 'GitHub client loaded at start-up (bench/startup/eager-github.ts), push event',
  'runtime-ajv':
    'schemas compiled with Ajv on every run (bench/startup/runtime-ajv.ts), push event',
  'shipped-pr-never': 'dist/index.js, pull_request event, pr-comment: never',
  'shipped-pr':
    'dist/index.js, pull_request event, posting the comment to a loopback stub of the API',
  'hand-written':
    'src/ as it is, built like dist/index.js: the hand-written runner protocol, push event',
  'actions-core':
    'the same src/ with @actions/core 3 doing the runner protocol (bench/startup/actions-core.ts), push event',
}

/** Bytes of each .js file of a bundle directory (the entry and its chunks), and their sum. */
function bundleSizes(dir) {
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => [name, statSync(path.join(dir, name)).size]),
  )
  return { files, total: Object.values(files).reduce((a, b) => a + b, 0) }
}

/** ncc's message when the build failed, else null. The bundle is then made ASCII-only, as dist/index.js is. */
async function build(entry, out, cwd = ROOT) {
  try {
    await promisify(execFile)(
      NCC,
      ['build', entry, '--out', out, '--target', 'es2022', '--quiet'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
    )
  } catch (error) {
    return (error.stderr || error.message).slice(-4000)
  }
  try {
    for (const name of readdirSync(out)) if (name.endsWith('.js')) asciiOnly(path.join(out, name))
    return null
  } catch (error) {
    return error.message
  }
}

/**
 * A directory to build a SWAPPED variant in: the snapshot of src/ with `replace`'s modules swapped,
 * package.json (src/ imports it), a tsconfig.json with the root one's options for src/ only, and
 * node_modules linked to the repository's.
 */
function swappedTree(dir, snapshot, replace) {
  mkdirSync(dir, { recursive: true })
  cpSync(snapshot, path.join(dir, 'src'), { recursive: true })
  for (const [target, source] of Object.entries(replace))
    copyFileSync(path.join(ROOT, source), path.join(dir, target))
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'))
  // Not `extends`: ncc resolves an extended tsconfig relative to the extending one's directory only.
  const tsconfig = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'))
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: tsconfig.compilerOptions, include: ['src'] }, null, 2)}\n`,
  )
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

/**
 * The runs hand-written and actions-core must agree on before they are timed: the bench's push run,
 * one with a token to mask, one with an input error, and one on a topology whose names hold what
 * workflow commands escape (`%`, `:`, `,`, line breaks, a command of their own).
 */
export const PROTOCOL_SCENARIOS = {
  push: {},
  'token-masked': { 'INPUT_GITHUB-TOKEN': 'bench-token-to-mask' },
  'input-error': { 'INPUT_FAIL-ON': 'sometimes' },
  'escaped-names': { INPUT_TOPOLOGY: 'escaped-names.yml' },
}

/** The generated topology plus two clients on a pool that does not support them, named with what commands escape. */
function escapedNames(text) {
  const clients = [
    'syd:field,50%\\r\\n::error::injected',
    'syd-support, 100% \\u0025 ok: yes\\n%0A',
  ]
    .map(
      (name) =>
        `  - name: "${name}"\n    product: Lync 2010\n    servers: [nyc-ocs]\n    workloads: [im]\n`,
    )
    .join('')
  if (!text.includes('\nexceptions:'))
    throw new Error('bench/topology.mjs wrote no exceptions: section')
  return text.replace('\nexceptions:', `${clients}\nexceptions:`)
}

/**
 * A run's log, outputs and summary with what is random in them made fixed: output delimiters,
 * stop-commands tokens; and each command's properties in one order (@actions/core prints an
 * annotation's title first, coexist in the order it builds them; the runner reads them by name).
 */
export function normalizeRun({ status, stdout, outputs, summary }) {
  let log = stdout
  for (const [, token] of stdout.matchAll(/^::stop-commands::(.+)$/gm))
    log = log.replaceAll(token, '<token>')
  log = log
    .split('\n')
    .map((line) =>
      line.replace(
        /^::([\w-]+) ([^:]*)::/,
        (_, name, properties) => `::${name} ${properties.split(',').sort().join(',')}::`,
      ),
    )
    .join('\n')
  return {
    status,
    stdout: log,
    outputs: outputs.replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_<random>'),
    summary,
  }
}

/** Where two runs differ after normalizeRun: one entry per part, with the first line that differs. */
export function compareRuns(a, b) {
  const [x, y] = [normalizeRun(a), normalizeRun(b)]
  const differences = []
  if (x.status !== y.status) differences.push(`exit status ${x.status} vs ${y.status}`)
  for (const part of ['stdout', 'outputs', 'summary']) {
    if (x[part] === y[part]) continue
    const [left, right] = [x[part].split('\n'), y[part].split('\n')]
    const i = left.findIndex((line, n) => line !== right[n])
    const at = i === -1 ? left.length : i
    differences.push(
      `${part}, line ${at + 1}: ${JSON.stringify((left[at] ?? '<end>').slice(0, 200))} vs ${JSON.stringify((right[at] ?? '<end>').slice(0, 200))}`,
    )
  }
  return differences
}

/** Runs hand-written and actions-core on every PROTOCOL_SCENARIOS env and compares what they wrote. */
async function verifyProtocol(bundles, layout, runtime) {
  writeFileSync(
    path.join(layout.workspace, 'escaped-names.yml'),
    escapedNames(readFileSync(layout.file, 'utf8')),
  )
  const scenarios = {}
  for (const [scenario, extra] of Object.entries(PROTOCOL_SCENARIOS)) {
    const runs = {}
    for (const id of Object.keys(SWAPPED)) {
      resetActionFiles(layout)
      const stdoutFile = path.join(layout.root, `verify-${scenario}-${id}.log`)
      const run = await measure(runtime.executable, [path.join(bundles[id], 'index.js')], {
        cwd: layout.workspace,
        env: { ...layout.env, ...extra },
        stdoutFile,
        haveTime: false,
      })
      runs[id] = {
        status: run.status,
        stdout: readFileSync(stdoutFile, 'utf8'),
        outputs: readFileSync(layout.outputFile, 'utf8'),
        summary: readFileSync(layout.summaryFile, 'utf8'),
        stderr: run.stderr,
      }
    }
    const [a, b] = Object.keys(SWAPPED).map((id) => runs[id])
    const differences = compareRuns(a, b)
    // Agreeing on a crash, or on nothing, proves nothing: each must have written its log and outputs.
    for (const [id, run] of Object.entries(runs)) {
      if (run.status !== 0 && run.status !== 1 && run.status !== 2)
        differences.push(`${id} exited ${run.status}: ${run.stderr}`)
      if (!/^passed<<ghadelimiter_/m.test(run.outputs) || run.stdout === '')
        differences.push(`${id} wrote no outputs or no log`)
    }
    scenarios[scenario] = {
      status: a.status,
      stdoutLines: a.stdout.split('\n').length - 1,
      outputsBytes: a.outputs.length,
      summaryBytes: a.summary.length,
      differences,
    }
  }
  resetActionFiles(layout)
  return {
    runtime: runtime.id,
    same: Object.values(scenarios).every((s) => s.differences.length === 0),
    scenarios,
  }
}

/**
 * As much of GitHub's REST API as a comment run uses: the pull request has no comments yet, and
 * posting one answers 201. `posted` counts the comments, which is how a run shows it got that far.
 */
async function stubGitHub() {
  const stub = { posted: 0 }
  const server = createServer((request, response) => {
    const body = []
    request.on('data', (chunk) => body.push(chunk))
    request.on('end', () => {
      const answer = (status, value) => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(value))
      }
      if (request.method === 'GET') return answer(200, [])
      if (request.method !== 'POST') return answer(404, { message: 'Not Found' })
      stub.posted++
      answer(201, {
        id: stub.posted,
        body: JSON.parse(Buffer.concat(body).toString('utf8')).body,
        html_url: `${stub.url}/comments/${stub.posted}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  stub.url = `http://127.0.0.1:${server.address().port}`
  stub.close = () => {
    server.closeAllConnections()
    return new Promise((resolve) => server.close(resolve))
  }
  return stub
}

/**
 * Builds the variants, then measures every subject `runs` times on each runtime. Returns the
 * results for results.json and whether anything failed (a build, or a run that crashed).
 */
export async function benchStartup({ tmp, dist, runtimes, runs, rssFile, haveTime }) {
  const dir = path.join(tmp, 'startup')
  console.error(
    `bench: start-up: building ${[...Object.keys(VARIANTS), ...Object.keys(SWAPPED)].join(', ')} with ncc`,
  )
  const bundles = { shipped: dist }
  const errors = []
  // One snapshot of src/ for every SWAPPED variant, so that they differ only in the modules they swap.
  const snapshot = path.join(dir, 'src-snapshot')
  cpSync(path.join(ROOT, 'src'), snapshot, { recursive: true })
  await Promise.all([
    ...Object.entries(VARIANTS).map(async ([id, entry]) => {
      bundles[id] = path.join(dir, 'variants', id)
      const error = await build(entry, bundles[id])
      if (error) errors.push(`${id} (${entry}): ${error}`)
    }),
    ...Object.entries(SWAPPED).map(async ([id, replace]) => {
      bundles[id] = path.join(dir, 'variants', id)
      const tree = swappedTree(path.join(dir, 'trees', id), snapshot, replace)
      const error = await build('src/index.ts', bundles[id], tree)
      if (error) errors.push(`${id} (src/ with ${JSON.stringify(replace)}): ${error}`)
    }),
  ])
  if (errors.length > 0) {
    console.error(
      `bench: start-up: ncc failed, so the start-up is not measured:\n${errors.join('\n')}`,
    )
    return { failed: true, results: { error: errors.join('\n') } }
  }

  const layout = prepare(dir, POPULATIONS)
  let failed = false
  const protocol = {
    replaced: 'src/runner/protocol.ts',
    by: SWAPPED['actions-core']['src/runner/protocol.ts'],
    verified: {},
    runtimes: {},
  }
  for (const runtime of runtimes) {
    const verified = await verifyProtocol(bundles, layout, runtime)
    protocol.verified[runtime.id] = verified
    if (!verified.same) {
      failed = true
      const listed = Object.entries(verified.scenarios).flatMap(([scenario, { differences }]) =>
        differences.map((d) => `  ${scenario}: ${d}`),
      )
      console.error(
        `bench: start-up: hand-written and actions-core do not write the same on ${runtime.version}, so their comparison is not meaningful:\n${listed.join('\n')}`,
      )
    }
  }
  const prEvent = path.join(layout.runnerTemp, 'pr-event.json')
  copyFileSync(PR_EVENT, prEvent)
  const pullRequest = {
    ...layout.env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: prEvent,
  }
  const stub = await stubGitHub()
  const envs = {
    'node-e-0': { PATH: layout.env.PATH },
    shipped: layout.env,
    'eager-github': layout.env,
    'runtime-ajv': layout.env,
    'shipped-pr-never': { ...pullRequest, 'INPUT_PR-COMMENT': 'never' },
    // `always`: a comment whatever the findings, so every run makes the same two requests.
    'shipped-pr': {
      ...pullRequest,
      'INPUT_PR-COMMENT': 'always',
      'INPUT_GITHUB-TOKEN': 'bench-token',
      GITHUB_REPOSITORY: 'contoso/uc-estate',
      GITHUB_API_URL: stub.url,
    },
    'hand-written': layout.env,
    'actions-core': layout.env,
  }
  const commandOf = (subject) => {
    if (subject === 'node-e-0')
      return { args: ['-e', '0'], cwd: layout.workspace, env: envs[subject] }
    resetActionFiles(layout)
    const bundle = bundles[subject] ?? bundles.shipped
    return {
      args: [path.join(bundle, 'index.js')],
      cwd: layout.workspace,
      env: envs[subject],
      stdoutFile: path.join(layout.root, 'action.log'),
      postedBefore: stub.posted,
    }
  }
  // The action exits 1 when findings fail the check (this mix has some); shipped-pr must also have
  // posted its comment, or it did not load what it is here to show.
  const ok = (subject, command, run) => {
    if (subject === 'node-e-0') return run.status === 0
    const posted = subject !== 'shipped-pr' || stub.posted === command.postedBefore + 1
    return (run.status === 0 || run.status === 1) && completed('action', command, layout) && posted
  }

  const results = {
    populations: POPULATIONS,
    pairs: layout.topology.pairs,
    runs,
    subjects: SUBJECTS,
    bundles: {},
    runtimes: {},
    protocol,
  }
  for (const id of ['shipped', ...Object.keys(VARIANTS), ...Object.keys(SWAPPED)])
    results.bundles[id] = bundleSizes(bundles[id])
  try {
    for (const runtime of runtimes) {
      const measured = await sample({
        subjects: Object.keys(SUBJECTS),
        runs,
        runtime,
        label: 'at start-up',
        commandOf,
        ok,
        rssFile,
        haveTime,
      })
      if (measured.failed) failed = true
      const medians = Object.fromEntries(
        Object.keys(SUBJECTS).map((subject) => [subject, summarize(measured.raw[subject])]),
      )
      const base = medians.shipped
      const vsShipped = Object.fromEntries(
        Object.keys(SUBJECTS)
          .filter((subject) => subject !== 'shipped')
          .map((subject) => [
            subject,
            {
              wallMs: round(medians[subject].wallMs - base.wallMs, 1),
              rssMb: base.rssMb === null ? null : round(medians[subject].rssMb - base.rssMb, 1),
            },
          ]),
      )
      results.runtimes[runtime.id] = {
        version: runtime.version,
        raw: measured.raw,
        medians,
        vsShipped,
      }
      protocol.runtimes[runtime.id] = protocolFigures(
        measured.raw['hand-written'],
        measured.raw['actions-core'],
      )
      const p = protocol.runtimes[runtime.id]
      console.error(
        `bench:   start-up on ${runtime.version}: shipped ${base.wallMs} ms, eager-github ${medians['eager-github'].wallMs} ms, runtime-ajv ${medians['runtime-ajv'].wallMs} ms, hand-written ${p['hand-written'].wallMs.median} ms, actions-core ${p['actions-core'].wallMs.median} ms`,
      )
    }
  } finally {
    await stub.close()
  }
  return { failed, results }
}

/** Median, min and max; null when there are no values (RSS without /usr/bin/time). */
function spread(values) {
  const known = values.filter((v) => v !== null && v !== undefined)
  return known.length
    ? {
        median: round(median(known), 1),
        min: round(Math.min(...known), 1),
        max: round(Math.max(...known), 1),
      }
    : null
}

/**
 * hand-written against actions-core on one runtime: each one's wall time and peak RSS (median, min,
 * max), and the paired differences, actions-core minus hand-written run by run (run i of the one
 * right after run i of the other, sample() interleaving them).
 */
export function protocolFigures(handWritten, actionsCore) {
  const of = (raw) => ({
    wallMs: spread(raw.map((r) => r.wallMs)),
    rssMb: spread(raw.map((r) => r.rssMb)),
  })
  const paired = (key) =>
    spread(
      handWritten.map((r, i) =>
        r[key] === null || actionsCore[i]?.[key] == null ? null : actionsCore[i][key] - r[key],
      ),
    )
  return {
    runs: handWritten.length,
    'hand-written': of(handWritten),
    'actions-core': of(actionsCore),
    deltaWallMs: paired('wallMs'),
    deltaRssMb: paired('rssMb'),
  }
}

const bytes = (n) => n.toLocaleString('en-US')
const signed = (n, digits = 0) => (n > 0 ? `+${fmt(n, digits)}` : fmt(n, digits))

export function printStartup(startup, runtimes) {
  console.log(
    `\nstart-up: the action on ${startup.populations} populations; median of ${startup.runs} runs; Δ = difference from shipped`,
  )
  if (startup.error) {
    console.log('  not measured: a variant did not build (see stderr)')
    return
  }
  const widths = [18, ...runtimes.flatMap(() => [9, 7, 8, 7])]
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i === 0)).join(' ')
  console.log(line(['subject', ...runtimes.flatMap((r) => [`${r.id} ms`, 'MB', 'Δ ms', 'Δ MB'])]))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const subject of Object.keys(startup.subjects)) {
    const cells = runtimes.flatMap((runtime) => {
      const r = startup.runtimes[runtime.id]
      const d = r.vsShipped[subject]
      return [
        fmt(r.medians[subject].wallMs),
        fmt(r.medians[subject].rssMb, 1),
        d ? signed(d.wallMs) : '',
        d ? signed(d.rssMb, 1) : '',
      ]
    })
    console.log(line([subject, ...cells]))
  }
  console.log('\nbundles (bytes; a chunk is loaded only by a run that comments on a pull request):')
  for (const [id, { files, total }] of Object.entries(startup.bundles)) {
    const chunks = Object.entries(files).filter(([name]) => name !== 'index.js')
    const chunkText = chunks.length
      ? `chunks ${chunks.map(([name, size]) => `${name} ${bytes(size)}`).join(', ')}`
      : 'no chunks'
    console.log(
      `  ${pad(id, 13, true)} index.js ${pad(bytes(files['index.js']), 9)}, ${chunkText}; total ${bytes(total)}`,
    )
  }
  console.log('\nsubjects:')
  for (const [id, description] of Object.entries(startup.subjects))
    console.log(`  ${pad(id, 17, true)} ${description}`)
  if (startup.protocol) printProtocol(startup, runtimes)
}

const range = (s, digits = 0) =>
  s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '–'
const signedRange = (s, digits = 0) =>
  s ? `${signed(s.median, digits)} (${signed(s.min, digits)} to ${signed(s.max, digits)})` : '–'

function printProtocol(startup, runtimes) {
  const { protocol, bundles: sizes } = startup
  const verified = Object.entries(protocol.verified)
  const same = verified.length > 0 && verified.every(([, v]) => v.same)
  const scenarios = Object.keys(verified[0]?.[1].scenarios ?? {})
  console.log(
    `\nrunner protocol: hand-written (${protocol.replaced}) vs @actions/core 3 (${protocol.by}), both built from one copy of src/`,
  )
  console.log(
    same
      ? `  same log, outputs and summary (delimiters and tokens aside) in ${scenarios.length} runs (${scenarios.join(', ')}) on ${verified.map(([id]) => id).join(', ')}`
      : '  NOT THE SAME: the two bundles wrote different logs, outputs or summaries (see stderr); the figures below compare different work',
  )
  console.log(
    `  bundle bytes: hand-written ${bytes(sizes['hand-written'].total)}, actions-core ${bytes(sizes['actions-core'].total)} (index.js ${bytes(sizes['hand-written'].files['index.js'])} vs ${bytes(sizes['actions-core'].files['index.js'])}; ${signed(sizes['actions-core'].total - sizes['hand-written'].total)})`,
  )
  for (const runtime of runtimes) {
    const p = protocol.runtimes[runtime.id]
    if (!p) continue
    console.log(`  ${runtime.version}, ${p.runs} paired runs, median (min–max):`)
    console.log(
      `    hand-written  ${range(p['hand-written'].wallMs)} ms, ${range(p['hand-written'].rssMb, 1)} MB`,
    )
    console.log(
      `    actions-core  ${range(p['actions-core'].wallMs)} ms, ${range(p['actions-core'].rssMb, 1)} MB`,
    )
    console.log(
      `    difference, run by run: ${signedRange(p.deltaWallMs)} ms, ${signedRange(p.deltaRssMb, 1)} MB`,
    )
  }
}
