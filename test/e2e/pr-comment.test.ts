// The sticky pull-request comment, end to end: the committed action bundle run as the runner runs
// it (`node dist/index.js`, the runner's variables and nothing else) on a pull_request event, with
// GITHUB_API_URL pointing at a loopback stand-in for GitHub's REST API. Whatever the API does, the
// verdict, exit code, annotations, outputs, summary and report must be exactly those of a run that
// never touches the API (pr-comment: never), plus at most one warning; and the token must never
// show up anywhere the run writes. Node 24 only: the bundle's Node 20 behaviour is covered by
// action.test.ts, and these runs are about the API, not the runtime.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maxApiCalls } from '../../src/github/pr-comment.js'
import { PR_COMMENT_MARKER } from '../../src/reporters/pr-comment.js'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { startFakeGitHub, type FakeGitHub, type Scripted } from '../support/fake-github.js'
import {
  ACTION_BUNDLE,
  bundledNode,
  REPO_ROOT,
  runNode,
  type RunResult,
} from '../support/runtimes.js'
import { annotationLines, parseCommand, scanCommands } from '../support/workflow.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')
const CLEAN = path.join(FIXTURES, 'clean.yml')
const HOSTILE = path.join(FIXTURES, 'pr-hostile.yml')
const TOKEN = 'ghs_sentinel_e2e_5Yd2QmT9xKc4Lw7Hn1Pb8Rv3'
const NODE = bundledNode()
const MAX_CALLS = maxApiCalls()

let github: FakeGitHub
const runners: FakeRunner[] = []
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN, lifetimeMs: 120_000 })
})
afterAll(async () => {
  await github.close()
  for (const runner of runners) runner.remove()
})

interface Run extends RunResult {
  runner: FakeRunner
  outputs: Record<string, string>
  summary: string
  report: string
  annotations: string[]
  /** Requests the fake GitHub received during this run. */
  calls: { method: string; path: string }[]
}

interface RunSpec {
  pr: number
  topology: string
  mode?: 'auto' | 'always' | 'never'
  runId?: number
  fork?: boolean
  deadlineMs?: number
}

/** One run of the bundle in a fresh fake runner, on a pull_request event for `pr`. */
async function runAction(spec: RunSpec): Promise<Run> {
  const runner = createFakeRunner('coexist-pr-')
  runners.push(runner)
  runner.addFile('coexist.yml', spec.topology)
  const event = JSON.parse(
    readFileSync(path.join(FIXTURES, spec.fork ? 'pr-fork-event.json' : 'pr-event.json'), 'utf8'),
  ) as { number: number; pull_request: { number: number } }
  event.number = spec.pr
  event.pull_request.number = spec.pr
  writeFileSync(runner.eventFile, JSON.stringify(event))
  const env: Record<string, string> = {
    ...runner.env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'contoso/uc-estate',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: String(spec.runId ?? 1),
    GITHUB_RUN_ATTEMPT: '1',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_PR-COMMENT': spec.mode ?? 'auto',
  }
  if (spec.deadlineMs !== undefined) env.COEXIST_GITHUB_DEADLINE_MS = String(spec.deadlineMs)
  const before = github.requests.length
  const result = await runNode(NODE, ACTION_BUNDLE, [], {
    cwd: runner.workspace,
    env,
    timeout: 20_000,
  })
  const outputs = runner.outputs()
  return {
    ...result,
    runner,
    outputs,
    summary: runner.summary(),
    report: outputs.report ? readFileSync(outputs.report, 'utf8') : '',
    annotations: annotationLines(result.stdout),
    calls: github.requests.slice(before).map((r) => ({ method: r.method, path: r.path })),
  }
}

/** The run's coexist warnings about the comment (title=coexist), and the other annotations. */
function split(run: Run) {
  const commentWarnings = run.annotations.filter((a) => a.startsWith('::warning title=coexist::'))
  return { commentWarnings, others: run.annotations.filter((a) => !commentWarnings.includes(a)) }
}

/** Everything a reviewer or a later step sees, with the runner's own paths taken out. */
function observable(run: Run) {
  const temp = run.runner.runnerTemp
  return {
    status: run.status,
    signal: run.signal,
    stderr: run.stderr,
    annotations: split(run).others,
    outputs: { ...run.outputs, report: run.outputs.report?.replace(temp, '$RUNNER_TEMP') },
    summary: run.summary,
    report: run.report,
  }
}

/** Every file under `dir`, as text. */
function filesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
}

const MASK = `::add-mask::${TOKEN}`

/** The token shows up at most once, in the runner's ::add-mask:: command, and nowhere else the run wrote. */
function expectNoToken(run: Run) {
  const lines = run.stdout.split('\n').filter((l) => l.includes(TOKEN))
  expect(lines.length).toBeLessThanOrEqual(1)
  for (const line of lines) expect(line).toBe(MASK)
  expect(run.stderr).not.toContain(TOKEN)
  for (const { file, text } of filesUnder(run.runner.root)) expect(text, file).not.toContain(TOKEN)
  for (const comment of github.comments) expect(comment.body).not.toContain(TOKEN)
  for (const request of github.requests) expect(request.body).not.toContain(TOKEN)
}

/** What every run must satisfy, API or not. */
function expectWellBehaved(run: Run) {
  expect(run.signal).toBeNull()
  expect(run.stderr).toBe('')
  expect(run.stdout).not.toMatch(/^\s+at /m)
  const scan = scanCommands(run.stdout)
  expect(scan.unterminated).toBe(false)
  expect(scan.commands.filter((c) => c !== MASK)).toEqual(run.annotations)
  expect(run.calls.length).toBeLessThanOrEqual(MAX_CALLS)
  expectNoToken(run)
}

// What the same runs give without any API: the reference every other run is held to.
let failingReference: ReturnType<typeof observable>
let cleanReference: ReturnType<typeof observable>
const timings: Record<string, number> = {}

describe('action bundle on pull_request with pr-comment, on Node 24', () => {
  beforeAll(async () => {
    const [failing, clean] = await Promise.all([
      runAction({ pr: 900, topology: EXAMPLE, mode: 'never' }),
      runAction({ pr: 901, topology: CLEAN, mode: 'never' }),
    ])
    for (const run of [failing, clean]) {
      expectWellBehaved(run)
      expect(run.calls).toEqual([])
      expect(split(run).commentWarnings).toEqual([])
    }
    expect(failing.status).toBe(1)
    expect(clean.status).toBe(0)
    failingReference = observable(failing)
    cleanReference = observable(clean)
    timings['pr-comment: never'] = failing.elapsed
  })

  afterAll(() => {
    console.info(`pr-comment e2e run times (ms): ${JSON.stringify(timings)}`)
  })

  it('creates one comment, updates it on three more runs, leaves a person’s marked comment alone, and turns it into "all clear"', async () => {
    const pr = 17
    const human = github.addComment(
      pr,
      `${PR_COMMENT_MARKER}\nQuoting the bot: please never edit this comment.`,
    )

    const first = await runAction({ pr, topology: EXAMPLE, runId: 101 })
    timings['create'] = first.elapsed
    expectWellBehaved(first)
    expect(observable(first)).toEqual(failingReference)
    expect(split(first).commentWarnings).toEqual([])
    expect(first.calls).toEqual([
      { method: 'GET', path: `/repos/contoso/uc-estate/issues/${pr}/comments` },
      { method: 'POST', path: `/repos/contoso/uc-estate/issues/${pr}/comments` },
    ])
    const bots = () => github.commentsOf(pr).filter((c) => c.user.type === 'Bot')
    expect(bots()).toHaveLength(1)
    const comment = bots()[0]
    expect(comment?.body.split('\n').slice(0, 2)).toEqual([
      PR_COMMENT_MARKER,
      '## ❌ coexist: compatibility check failed',
    ])
    expect(comment?.body).toContain(
      '**Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported**<sup>3</sup>',
    )
    expect(comment?.body).toContain(
      `[line 32](https://github.com/contoso/uc-estate/blob/1e29da33582cd62b1ee6d586de5d5d317d17fcad/coexist.yml#L32)`,
    )
    expect(comment?.body).toContain('  Suggested replacement: **Lync Web App 2013**')
    expect(comment?.body).toContain(
      '<tr><th align="left">field-engineers<br><sub>Office Communicator 2007 R2</sub></th><td>❌ not supported<sup>3</sup></td><td>—</td></tr>',
    )
    expect(comment?.body).toContain('(https://github.com/contoso/uc-estate/actions/runs/101)')

    for (const runId of [102, 103, 104]) {
      const again = await runAction({ pr, topology: EXAMPLE, runId })
      timings[`update ${runId}`] = again.elapsed
      expectWellBehaved(again)
      expect(observable(again)).toEqual(failingReference)
      expect(split(again).commentWarnings).toEqual([])
      expect(again.calls.map((c) => c.method)).toEqual(['GET', 'PATCH'])
      expect(again.calls[1]?.path).toBe(`/repos/contoso/uc-estate/issues/comments/${comment?.id}`)
      expect(bots().map((c) => c.id)).toEqual([comment?.id])
      expect(bots()[0]?.body).toContain(
        `(https://github.com/contoso/uc-estate/actions/runs/${runId})`,
      )
    }
    expect(github.commentsOf(pr).find((c) => c.id === human.id)).toEqual(human)

    const clean = await runAction({ pr, topology: CLEAN, runId: 105 })
    timings['all clear'] = clean.elapsed
    expectWellBehaved(clean)
    expect(observable(clean)).toEqual(cleanReference)
    expect(clean.calls.map((c) => c.method)).toEqual(['GET', 'PATCH'])
    expect(bots().map((c) => c.id)).toEqual([comment?.id])
    expect(bots()[0]?.body.split('\n').slice(0, 2)).toEqual([
      PR_COMMENT_MARKER,
      '## ✅ coexist: all clear',
    ])
    expect(bots()[0]?.body.length).toBeLessThan(600)
    expect(github.commentsOf(pr).find((c) => c.id === human.id)).toEqual(human)
    expect(github.commentsOf(pr)).toHaveLength(2)
  })

  it('auto on a clean pull request posts nothing: one call, no warning', async () => {
    const run = await runAction({ pr: 20, topology: CLEAN })
    expectWellBehaved(run)
    expect(observable(run)).toEqual(cleanReference)
    expect(run.calls.map((c) => c.method)).toEqual(['GET'])
    expect(github.commentsOf(20)).toEqual([])
  })

  it('escapes hostile names in the comment: the marker appears once, no mention is left', async () => {
    const run = await runAction({ pr: 21, topology: HOSTILE, mode: 'always' })
    expectWellBehaved(run)
    expect(run.status).toBe(1)
    const body = github.commentsOf(21)[0]?.body ?? ''
    expect(body.split(PR_COMMENT_MARKER)).toHaveLength(2)
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@(?:&#8203;)?octocat/)
    expect(body).toContain('&#64;&#8203;octocat')
  })

  // The faults: each keeps the run exactly what it is without the API, plus one warning.
  const faults: {
    name: string
    pr: number
    fork?: boolean
    script: Scripted[]
    calls: string[]
    warning: RegExp | null
    deadlineMs?: number
  }[] = [
    {
      name: '403 on create (no pull-requests: write)',
      pr: 30,
      script: [
        {
          method: 'POST',
          status: 403,
          body: { message: 'Resource not accessible by integration' },
        },
      ],
      calls: ['GET', 'POST'],
      warning:
        /^coexist could not comment on pull request #30: GitHub answered 403 \(Resource not accessible by integration\)\. .*`permissions: pull-requests: write`/,
    },
    {
      name: '403 on a pull request from a fork (read-only token)',
      pr: 31,
      fork: true,
      script: [
        {
          method: 'POST',
          status: 403,
          body: { message: 'Resource not accessible by integration' },
        },
      ],
      calls: ['GET', 'POST'],
      warning: /This pull request comes from a fork: .*read-only token.*`workflow_run` workflow/,
    },
    {
      name: '404 on the list',
      pr: 32,
      script: [{ method: 'GET', status: 404, body: { message: 'Not Found' } }],
      calls: ['GET'],
      warning:
        /^coexist could not look for its comment on pull request #32: GitHub answered 404 \(Not Found\)\. The token cannot see this pull request/,
    },
    {
      name: '422 on create',
      pr: 33,
      script: [{ method: 'POST', status: 422, body: { message: 'Validation Failed' } }],
      calls: ['GET', 'POST'],
      warning:
        /^coexist could not comment on pull request #33: GitHub answered 422 \(Validation Failed\)\. .*`permissions: pull-requests: write`/,
    },
    {
      name: '500 then 200',
      pr: 34,
      script: [{ method: 'GET', status: 500 }],
      calls: ['GET', 'GET', 'POST'],
      warning: null,
    },
    {
      name: 'a server that never answers (deadline 3 s)',
      pr: 35,
      script: [{ hang: true, times: 20 }],
      calls: ['GET'],
      deadlineMs: 3_000,
      warning:
        /^coexist could not look for its comment on pull request #35: GitHub did not answer before the 3 s allowed for API calls ran out\. This looks temporary/,
    },
  ]

  for (const fault of faults) {
    it(`${fault.name}: same verdict, exit code, annotations, outputs, summary and report as without the API`, async () => {
      github.reset()
      github.script(...fault.script)
      const run = await runAction({
        pr: fault.pr,
        topology: EXAMPLE,
        ...(fault.fork ? { fork: true } : {}),
        ...(fault.deadlineMs ? { deadlineMs: fault.deadlineMs } : {}),
      })
      timings[fault.name] = run.elapsed
      expectWellBehaved(run)
      expect(observable(run)).toEqual(failingReference)
      expect(run.calls.map((c) => c.method)).toEqual(fault.calls)
      const warnings = split(run).commentWarnings.map((w) => parseCommand(w).message)
      if (fault.warning === null) {
        expect(warnings).toEqual([])
        expect(github.commentsOf(fault.pr)).toHaveLength(1)
      } else {
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toMatch(fault.warning)
        expect(warnings[0]).toContain('The check result is not affected.')
        expect(warnings[0]).not.toMatch(/authorization|user-agent|ghs_/i)
        expect(github.commentsOf(fault.pr)).toEqual([])
      }
      if (fault.deadlineMs) {
        expect(run.elapsed).toBeGreaterThanOrEqual(fault.deadlineMs - 200)
        expect(run.elapsed).toBeLessThan(fault.deadlineMs + 3_000)
      }
    })
  }
})
