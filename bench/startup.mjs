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
import { execFile } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { copyFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import { completed, fmt, pad, prepare, resetActionFiles, ROOT, round, sample, summarize } from './harness.mjs'

const NCC = path.join(ROOT, 'node_modules', '.bin', 'ncc')
const PR_EVENT = path.join(ROOT, 'test', 'e2e', 'fixtures', 'pr-event.json')
const POPULATIONS = 10
const VARIANTS = {
  'eager-github': 'bench/startup/eager-github.ts',
  'runtime-ajv': 'bench/startup/runtime-ajv.ts',
}
const SUBJECTS = {
  'node-e-0': '`node -e 0`',
  shipped: 'dist/index.js, push event',
  'eager-github': 'GitHub client loaded at start-up (bench/startup/eager-github.ts), push event',
  'runtime-ajv': 'schemas compiled with Ajv on every run (bench/startup/runtime-ajv.ts), push event',
  'shipped-pr-never': 'dist/index.js, pull_request event, pr-comment: never',
  'shipped-pr': 'dist/index.js, pull_request event, posting the comment to a loopback stub of the API',
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

/** ncc's message when the build failed, else null. */
async function build(entry, out) {
  try {
    await promisify(execFile)(NCC, ['build', entry, '--out', out, '--target', 'es2022', '--quiet'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })
    return null
  } catch (error) {
    return (error.stderr || error.message).slice(-4000)
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
      answer(201, { id: stub.posted, body: JSON.parse(Buffer.concat(body).toString('utf8')).body, html_url: `${stub.url}/comments/${stub.posted}`, user: { login: 'github-actions[bot]', type: 'Bot' } })
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
  console.error(`bench: start-up: building ${Object.keys(VARIANTS).join(', ')} with ncc`)
  const bundles = { shipped: dist }
  const errors = []
  await Promise.all(
    Object.entries(VARIANTS).map(async ([id, entry]) => {
      bundles[id] = path.join(dir, 'variants', id)
      const error = await build(entry, bundles[id])
      if (error) errors.push(`${id} (${entry}): ${error}`)
    }),
  )
  if (errors.length > 0) {
    console.error(`bench: start-up: ncc failed, so the start-up is not measured:\n${errors.join('\n')}`)
    return { failed: true, results: { error: errors.join('\n') } }
  }

  const layout = prepare(dir, POPULATIONS)
  const prEvent = path.join(layout.runnerTemp, 'pr-event.json')
  copyFileSync(PR_EVENT, prEvent)
  const pullRequest = { ...layout.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent }
  const stub = await stubGitHub()
  const envs = {
    'node-e-0': { PATH: layout.env.PATH },
    shipped: layout.env,
    'eager-github': layout.env,
    'runtime-ajv': layout.env,
    'shipped-pr-never': { ...pullRequest, 'INPUT_PR-COMMENT': 'never' },
    // `always`: a comment whatever the findings, so every run makes the same two requests.
    'shipped-pr': { ...pullRequest, 'INPUT_PR-COMMENT': 'always', 'INPUT_GITHUB-TOKEN': 'bench-token', GITHUB_REPOSITORY: 'contoso/uc-estate', GITHUB_API_URL: stub.url },
  }
  const commandOf = (subject) => {
    if (subject === 'node-e-0') return { args: ['-e', '0'], cwd: layout.workspace, env: envs[subject] }
    resetActionFiles(layout)
    const bundle = bundles[subject] ?? bundles.shipped
    return { args: [path.join(bundle, 'index.js')], cwd: layout.workspace, env: envs[subject], stdoutFile: path.join(layout.root, 'action.log'), postedBefore: stub.posted }
  }
  // The action exits 1 when findings fail the check (this mix has some); shipped-pr must also have
  // posted its comment, or it did not load what it is here to show.
  const ok = (subject, command, run) => {
    if (subject === 'node-e-0') return run.status === 0
    const posted = subject !== 'shipped-pr' || stub.posted === command.postedBefore + 1
    return (run.status === 0 || run.status === 1) && completed('action', command, layout) && posted
  }

  const results = { populations: POPULATIONS, pairs: layout.topology.pairs, runs, subjects: SUBJECTS, bundles: {}, runtimes: {} }
  for (const id of ['shipped', ...Object.keys(VARIANTS)]) results.bundles[id] = bundleSizes(bundles[id])
  let failed = false
  try {
    for (const runtime of runtimes) {
      const measured = await sample({ subjects: Object.keys(SUBJECTS), runs, runtime, label: 'at start-up', commandOf, ok, rssFile, haveTime })
      if (measured.failed) failed = true
      const medians = Object.fromEntries(Object.keys(SUBJECTS).map((subject) => [subject, summarize(measured.raw[subject])]))
      const base = medians.shipped
      const vsShipped = Object.fromEntries(
        Object.keys(SUBJECTS)
          .filter((subject) => subject !== 'shipped')
          .map((subject) => [subject, { wallMs: round(medians[subject].wallMs - base.wallMs, 1), rssMb: base.rssMb === null ? null : round(medians[subject].rssMb - base.rssMb, 1) }]),
      )
      results.runtimes[runtime.id] = { version: runtime.version, raw: measured.raw, medians, vsShipped }
      console.error(`bench:   start-up on ${runtime.version}: shipped ${base.wallMs} ms, eager-github ${medians['eager-github'].wallMs} ms, runtime-ajv ${medians['runtime-ajv'].wallMs} ms`)
    }
  } finally {
    await stub.close()
  }
  return { failed, results }
}

const bytes = (n) => n.toLocaleString('en-US')
const signed = (n, digits = 0) => (n > 0 ? `+${fmt(n, digits)}` : fmt(n, digits))

export function printStartup(startup, runtimes) {
  console.log(`\nstart-up: the action on ${startup.populations} populations; median of ${startup.runs} runs; Δ = difference from shipped`)
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
      return [fmt(r.medians[subject].wallMs), fmt(r.medians[subject].rssMb, 1), d ? signed(d.wallMs) : '', d ? signed(d.rssMb, 1) : '']
    })
    console.log(line([subject, ...cells]))
  }
  console.log('\nbundles (bytes; a chunk is loaded only by a run that comments on a pull request):')
  for (const [id, { files, total }] of Object.entries(startup.bundles)) {
    const chunks = Object.entries(files).filter(([name]) => name !== 'index.js')
    const chunkText = chunks.length ? `chunks ${chunks.map(([name, size]) => `${name} ${bytes(size)}`).join(', ')}` : 'no chunks'
    console.log(`  ${pad(id, 13, true)} index.js ${pad(bytes(files['index.js']), 9)}, ${chunkText}; total ${bytes(total)}`)
  }
  console.log('\nsubjects:')
  for (const [id, description] of Object.entries(startup.subjects)) console.log(`  ${pad(id, 17, true)} ${description}`)
}
