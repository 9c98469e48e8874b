import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunContext } from '../../src/github/context.js'
import type { Report } from '../../src/core/types.js'
import {
  MAX_LIST_PAGES,
  maxApiCalls,
  publishPrComment,
  type PrCommentMode,
  type PrCommentOutcome,
} from '../../src/github/pr-comment.js'
import {
  PR_COMMENT_MARKER,
  renderAllClear,
  renderPrComment,
} from '../../src/reporters/pr-comment.js'
import { check } from '../support/pipeline.js'
import { cleanFile, reportOf } from '../support/sample-reports.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'

const TOKEN = 'ghs_sentinel_prcomment_9f8e7d6c5b4a3210ZYXWVU'
const HEAD = '1e29da33582cd62b1ee6d586de5d5d317d17fcad'
const RUN = (id: number) => `https://github.com/contoso/uc-estate/actions/runs/${id}`
// Retries in milliseconds, not seconds: the logic is the same, the suite stays fast.
const FAST = { baseDelayMs: 10, maxDelayMs: 2_000 }

const failing: Report = reportOf(check(readFileSync(`${REPO_ROOT}/examples/coexist.yml`, 'utf8')))
const clean: Report = reportOf(cleanFile('coexist.yml'))

let github: FakeGitHub
let nextPr = 1
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN })
})
afterAll(() => github.close())
beforeEach(() => github.reset())

function context(pr: number, overrides: Partial<RunContext> = {}, fromFork = false): RunContext {
  return {
    eventName: 'pull_request',
    repository: { owner: 'contoso', repo: 'uc-estate' },
    serverUrl: 'https://github.com',
    apiUrl: github.url,
    runUrl: RUN(1),
    pullRequest: { number: pr, baseSha: '0'.repeat(40), headSha: HEAD, fromFork },
    ...overrides,
  }
}

interface Publish {
  pr: number
  mode?: PrCommentMode
  run?: number
  deadlineMs?: number
  fromFork?: boolean
  token?: string
  overrides?: Partial<RunContext>
}

/** One publishPrComment, with what every outcome must satisfy checked on the way. */
async function publish(report: Report, p: Publish): Promise<PrCommentOutcome> {
  const before = github.requests.length
  const outcome = await publishPrComment(report, {
    mode: p.mode ?? 'auto',
    token: p.token ?? TOKEN,
    context: context(p.pr, { runUrl: RUN(p.run ?? 1), ...p.overrides }, p.fromFork),
    deadlineMs: p.deadlineMs ?? 5_000,
    retryPolicy: FAST,
  })
  // apiCalls is what the server saw, and never more than the bound.
  expect(outcome.apiCalls).toBe(github.requests.length - before)
  expect(outcome.apiCalls).toBeLessThanOrEqual(maxApiCalls(FAST))
  expect(JSON.stringify(outcome)).not.toContain(TOKEN)
  for (const request of github.requests.slice(before)) expect(request.body).not.toContain(TOKEN)
  return outcome
}

const links = (run = 1) => ({
  runUrl: RUN(run),
  blobUrl: `https://github.com/contoso/uc-estate/blob/${HEAD}/`,
})
const methods = (from = 0) =>
  github.requests
    .slice(from)
    .map(
      (r) =>
        `${r.method} ${r.path.replace('/repos/contoso/uc-estate', '')}${r.query.page ? `?page=${r.query.page}` : ''}`,
    )

describe('the sticky comment', () => {
  it('is created on the first failing run, by the Bot, with the marker first', async () => {
    const pr = nextPr++
    const outcome = await publish(failing, { pr })
    const [comment] = github.commentsOf(pr)
    expect(outcome).toEqual({
      action: 'created',
      commentUrl: `https://github.example/contoso/uc-estate/pull/${pr}#issuecomment-${comment?.id}`,
      apiCalls: 2,
    })
    expect(methods()).toEqual([`GET /issues/${pr}/comments?page=1`, `POST /issues/${pr}/comments`])
    expect(github.commentsOf(pr)).toHaveLength(1)
    expect(comment?.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect(comment?.body).toBe(renderPrComment(failing, links()))
    expect(
      comment?.body.startsWith(`${PR_COMMENT_MARKER}\n## ❌ coexist: compatibility check failed\n`),
    ).toBe(true)
  })

  it('is updated in place by later runs, never created twice, and left alone when nothing changed', async () => {
    const pr = nextPr++
    await publish(failing, { pr, run: 1 })
    const id = github.commentsOf(pr)[0]?.id
    for (const run of [2, 3, 4]) {
      const outcome = await publish(failing, { pr, run })
      expect(outcome).toMatchObject({ action: 'updated', apiCalls: 2 })
    }
    expect(github.commentsOf(pr).map((c) => c.id)).toEqual([id])
    expect(github.commentsOf(pr)[0]?.body).toBe(renderPrComment(failing, links(4)))
    // A re-run of run 4: the same body, so no PATCH.
    github.resetRequests()
    expect(await publish(failing, { pr, run: 4 })).toMatchObject({
      action: 'unchanged',
      apiCalls: 1,
    })
    expect(methods()).toEqual([`GET /issues/${pr}/comments?page=1`])
    expect(github.requests.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('leaves a person’s comment that carries the marker alone, and a Bot’s that only quotes it', async () => {
    const pr = nextPr++
    const human = github.addComment(
      pr,
      `${PR_COMMENT_MARKER}\nI copied the bot's marker, please don't edit me`,
    )
    const quoting = github.addComment(
      pr,
      `Another bot mentions ${PR_COMMENT_MARKER} mid-sentence`,
      { login: 'other-bot[bot]', type: 'Bot' },
    )
    const outcome = await publish(failing, { pr })
    expect(outcome.action).toBe('created')
    const comments = github.commentsOf(pr)
    expect(comments).toHaveLength(3)
    expect(comments[0]).toEqual(human)
    expect(comments[1]).toEqual(quoting)
    await publish(failing, { pr, run: 2 })
    expect(github.commentsOf(pr)[0]?.body).toBe(human.body)
    expect(github.commentsOf(pr)[1]?.body).toBe(quoting.body)
    expect(github.commentsOf(pr)[2]?.body).toBe(renderPrComment(failing, links(2)))
  })

  it('keeps the oldest when there are two of its own', async () => {
    const pr = nextPr++
    const older = github.addComment(pr, `${PR_COMMENT_MARKER}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    const newer = github.addComment(pr, `${PR_COMMENT_MARKER}\nnewer`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    expect(await publish(failing, { pr })).toMatchObject({ action: 'updated' })
    expect(github.commentsOf(pr).find((c) => c.id === older.id)?.body).toBe(
      renderPrComment(failing, links()),
    )
    expect(github.commentsOf(pr).find((c) => c.id === newer.id)?.body).toBe(
      `${PR_COMMENT_MARKER}\nnewer`,
    )
  })
})

describe('modes', () => {
  it('auto: a clean run without a comment posts nothing (one call: the list)', async () => {
    const pr = nextPr++
    expect(await publish(clean, { pr })).toEqual({ action: 'skipped', apiCalls: 1 })
    expect(github.commentsOf(pr)).toEqual([])
  })

  it('auto: a clean run after a failing one turns the comment into "all clear", and a new failure turns it back', async () => {
    const pr = nextPr++
    await publish(failing, { pr, run: 1 })
    expect(await publish(clean, { pr, run: 2 })).toMatchObject({ action: 'updated', apiCalls: 2 })
    expect(github.commentsOf(pr)).toHaveLength(1)
    expect(github.commentsOf(pr)[0]?.body).toBe(renderAllClear(clean, links(2)))
    expect(github.commentsOf(pr)[0]?.body).toContain('## ✅ coexist: all clear')
    expect(await publish(clean, { pr, run: 2 })).toMatchObject({ action: 'unchanged', apiCalls: 1 })
    expect(await publish(failing, { pr, run: 3 })).toMatchObject({ action: 'updated' })
    expect(github.commentsOf(pr)[0]?.body).toBe(renderPrComment(failing, links(3)))
  })

  it('always: a clean run gets the whole comment', async () => {
    const pr = nextPr++
    expect(await publish(clean, { pr, mode: 'always' })).toMatchObject({
      action: 'created',
      apiCalls: 2,
    })
    expect(github.commentsOf(pr)[0]?.body).toBe(renderPrComment(clean, links()))
    expect(github.commentsOf(pr)[0]?.body).toContain('## ✅ coexist: compatibility check passed')
  })

  it('never: no call at all', async () => {
    const pr = nextPr++
    expect(await publish(failing, { pr, mode: 'never' })).toEqual({
      action: 'skipped',
      apiCalls: 0,
    })
    expect(github.requests).toEqual([])
  })

  it('without a pull request, a repository or a token: no call; the last two say why', async () => {
    expect(await publish(failing, { pr: nextPr++, overrides: { pullRequest: undefined } })).toEqual(
      { action: 'skipped', apiCalls: 0 },
    )
    const noRepo = await publish(failing, { pr: nextPr++, overrides: { repository: undefined } })
    expect(noRepo).toMatchObject({ action: 'skipped', apiCalls: 0 })
    expect(noRepo.warning).toContain('GITHUB_REPOSITORY')
    const noToken = await publish(failing, { pr: nextPr++, token: '' })
    expect(noToken).toMatchObject({ action: 'skipped', apiCalls: 0 })
    expect(noToken.warning).toContain('github-token')
    expect(github.requests).toEqual([])
  })
})

describe('pull requests with many comments', () => {
  it('finds its comment on the first page without reading more', async () => {
    const pr = nextPr++
    github.addFillerComments(pr, 20)
    await publish(failing, { pr, run: 1 })
    github.addFillerComments(pr, 400)
    github.resetRequests()
    expect(await publish(failing, { pr, run: 2 })).toMatchObject({ action: 'updated', apiCalls: 2 })
    expect(methods()).toEqual([
      `GET /issues/${pr}/comments?page=1`,
      `PATCH /issues/comments/${github.commentsOf(pr)[20]?.id}`,
    ])
  })

  it('finds it among the newest pages: the last, then the one before', async () => {
    const pr = nextPr++
    github.addFillerComments(pr, 350)
    // Posted by an earlier run, when the pull request had 350 comments: the 351st of 471, on page 4 of 5.
    const ours = github.addComment(pr, `${PR_COMMENT_MARKER}\nfrom an earlier run`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    })
    github.addFillerComments(pr, 120)
    expect(await publish(failing, { pr })).toMatchObject({ action: 'updated', apiCalls: 4 })
    expect(methods()).toEqual(
      [1, 5, 4]
        .map((page) => `GET /issues/${pr}/comments?page=${page}`)
        .concat(`PATCH /issues/comments/${ours.id}`),
    )
    expect(github.commentsOf(pr).filter((c) => c.user.type === 'Bot')).toHaveLength(1)
  })

  it('creates none when pages it did not read might hold it, and says so', async () => {
    const pr = nextPr++
    github.addFillerComments(pr, 450)
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'skipped', apiCalls: MAX_LIST_PAGES })
    expect(outcome.warning).toContain(`more than ${MAX_LIST_PAGES * 100} comments`)
    expect(methods()).toEqual([1, 5, 4].map((page) => `GET /issues/${pr}/comments?page=${page}`))
    expect(github.commentsOf(pr).filter((c) => c.user.type === 'Bot')).toEqual([])
  })

  it('reads every page of a pull request with up to 300 comments, and then creates it', async () => {
    const pr = nextPr++
    github.addFillerComments(pr, 300)
    expect(await publish(failing, { pr })).toMatchObject({ action: 'created', apiCalls: 4 })
    expect(methods()).toEqual(
      [1, 3, 2]
        .map((page) => `GET /issues/${pr}/comments?page=${page}`)
        .concat(`POST /issues/${pr}/comments`),
    )
  })
})

describe('faults: one warning that says what to change; never a throw', () => {
  it('403 on create (missing permission): asks for pull-requests: write', async () => {
    const pr = nextPr++
    github.script({
      method: 'POST',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 2 })
    expect(outcome.warning).toBe(
      `coexist could not comment on pull request #${pr}: GitHub answered 403 (Resource not accessible by integration). The token may not write pull request comments. ` +
        'Add `permissions: pull-requests: write` to the job (or the workflow), or set `pr-comment: never` to go without the comment. The check result is not affected.',
    )
    expect(github.commentsOf(pr)).toEqual([])
  })

  it('403 on a pull request from a fork: explains the read-only token and workflow_run', async () => {
    const pr = nextPr++
    github.script({
      method: 'POST',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const outcome = await publish(failing, { pr, fromFork: true })
    expect(outcome.action).toBe('failed')
    expect(outcome.warning).toContain('This pull request comes from a fork')
    expect(outcome.warning).toContain('read-only token')
    expect(outcome.warning).toContain('`workflow_run` workflow')
  })

  it('403 on the list: fails before writing anything', async () => {
    const pr = nextPr++
    github.script({
      method: 'GET',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 1 })
    expect(outcome.warning).toMatch(
      new RegExp(
        `^coexist could not look for its comment on pull request #${pr}: GitHub answered 403`,
      ),
    )
  })

  it('404: the token cannot see the pull request', async () => {
    const pr = nextPr++
    github.script({ status: 404, body: { message: 'Not Found' } })
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 1 })
    expect(outcome.warning).toContain(
      'GitHub answered 404 (Not Found). The token cannot see this pull request',
    )
    expect(outcome.warning).toContain('`permissions: pull-requests: write`')
  })

  it('422 on update: warns, and the comment keeps its old body', async () => {
    const pr = nextPr++
    await publish(failing, { pr, run: 1 })
    github.script({ method: 'PATCH', status: 422, body: { message: 'Validation Failed' } })
    const outcome = await publish(failing, { pr, run: 2 })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 2 })
    expect(outcome.warning).toContain(
      `could not update its comment on pull request #${pr}: GitHub answered 422 (Validation Failed)`,
    )
    expect(outcome.warning).toContain('`permissions: pull-requests: write`')
    expect(github.commentsOf(pr)[0]?.body).toBe(renderPrComment(failing, links(1)))
  })

  it('500 then 200: retried, and the comment is created', async () => {
    const pr = nextPr++
    github.script({ status: 500 })
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'created', apiCalls: 3 })
    expect(outcome.warning).toBeUndefined()
  })

  it('500 every time: gives up after three attempts with a warning that it is temporary', async () => {
    const pr = nextPr++
    github.script({ status: 500, times: 10, body: { message: 'Server Error' } })
    const outcome = await publish(failing, { pr })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 3 })
    expect(outcome.warning).toBe(
      `coexist could not look for its comment on pull request #${pr} after 3 attempts: GitHub answered 500 (Server Error). ` +
        'This looks temporary (GitHub unavailable, rate-limited or slow); the next run updates the comment. The check result is not affected.',
    )
  })

  it('a server that never answers: done by the deadline', async () => {
    const pr = nextPr++
    github.script({ hang: true, times: 10 })
    const started = Date.now()
    const outcome = await publish(failing, { pr, deadlineMs: 600 })
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 1 })
    expect(outcome.warning).toContain(
      'GitHub did not answer before the 600 ms allowed for API calls ran out',
    )
  })

  it('a refused token (401): says to check github-token', async () => {
    const outcome = await publish(failing, { pr: nextPr++, token: 'ghs_not_the_right_one' })
    expect(outcome).toMatchObject({ action: 'failed', apiCalls: 1 })
    expect(outcome.warning).toContain(
      'GitHub answered 401 (Bad credentials). The token was refused; check the github-token input',
    )
  })
})

describe('bodies GitHub accepts', () => {
  it('posts a comment for a topology far beyond the size limit, and GitHub (the fake) takes it', async () => {
    const pr = nextPr++
    const text = [
      'servers:',
      '  - name: pool',
      '    product: Lync Server 2013',
      'clients:',
      ...Array.from({ length: 1500 }, (_, i) => [
        `  - name: users-${i}-${'x'.repeat(30)}`,
        '    product: Lync 2010 Attendee',
      ]).flat(),
      '',
    ].join('\n')
    const outcome = await publish(reportOf(check(text)), { pr })
    expect(outcome.action).toBe('created')
    const body = github.commentsOf(pr)[0]?.body ?? ''
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('This comment was cut short')
  })
})
