import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  GitHubApiError,
  GitHubClient,
  isTransient,
  lastPageOf,
  retryAfter,
  type GitHubClientOptions,
} from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'

const TOKEN = 'ghs_sentinel_client_0123456789abcdefABCDEF'
const ISSUE = { owner: 'contoso', repo: 'uc-estate', issueNumber: 7 }

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN })
})
afterAll(() => github.close())
beforeEach(() => github.reset())

/** A client on the fake server whose waits are recorded, not slept, unless `realSleep`. */
function client(overrides: Partial<GitHubClientOptions> = {}, realSleep = false) {
  const waits: number[] = []
  const c = new GitHubClient({
    token: TOKEN,
    apiUrl: github.url,
    deadlineMs: 5_000,
    random: () => 1,
    ...(realSleep ? {} : { sleep: async (ms: number) => void waits.push(ms) }),
    ...overrides,
  })
  return { c, waits }
}

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError)
    return error as GitHubApiError
  }
  throw new Error('expected the call to fail')
}

describe('GitHubClient requests', () => {
  it('lists comments 100 to a page with the token and a coexist user agent, and reads the last page from Link', async () => {
    github.addFillerComments(7, 250)
    const { c } = client()
    const page = await c.listComments(ISSUE, 1)
    expect(page.comments).toHaveLength(100)
    expect(page.lastPage).toBe(3)
    expect(page.comments[0]).toMatchObject({
      userType: 'User',
      login: 'octocat',
      body: 'Comment 1: looks good to me.',
    })
    expect((await c.listComments(ISSUE, 3)).comments).toHaveLength(50)
    expect(c.apiCalls).toBe(2)
    const [request] = github.requests
    expect(request).toMatchObject({
      method: 'GET',
      path: '/repos/contoso/uc-estate/issues/7/comments',
      query: { per_page: '100', page: '1' },
    })
    expect(request?.headers.authorization).toBe(`token ${TOKEN}`)
    expect(request?.headers['user-agent']).toMatch(/^coexist /)
  })

  it('creates and updates a comment, which is then by the Bot', async () => {
    const { c } = client()
    const created = await c.createComment({ ...ISSUE, issueNumber: 8 }, 'hello')
    expect(created).toMatchObject({ body: 'hello', userType: 'Bot', login: 'github-actions[bot]' })
    expect(created.htmlUrl).toBe(
      `https://github.example/contoso/uc-estate/pull/8#issuecomment-${created.id}`,
    )
    const updated = await c.updateComment(ISSUE, created.id, 'hello again')
    expect(updated.body).toBe('hello again')
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/contoso/uc-estate/issues/8/comments',
      `PATCH /repos/contoso/uc-estate/issues/comments/${created.id}`,
    ])
    expect(JSON.parse(github.requests[1]?.body ?? '')).toEqual({ body: 'hello again' })
  })
})

describe('GitHubClient retries', () => {
  it('retries a 500 and succeeds, after a backoff', async () => {
    github.script({ status: 500, body: { message: 'Server Error' } })
    const { c, waits } = client()
    const page = await c.listComments({ ...ISSUE, issueNumber: 9 }, 1)
    expect(page.comments).toEqual([])
    expect(c.apiCalls).toBe(2)
    expect(waits).toEqual([500])
  })

  it('gives up after three attempts at a call, with exponential backoff', async () => {
    github.script({ status: 502, times: 3, body: { message: 'Bad Gateway' } })
    const { c, waits } = client()
    const error = await failure(c.listComments(ISSUE, 1))
    expect(error.failure).toEqual({
      kind: 'http',
      status: 502,
      message: 'Bad Gateway',
      rateLimited: false,
    })
    expect(error.attempts).toBe(3)
    expect(c.apiCalls).toBe(3)
    expect(waits).toEqual([500, 1000])
  })

  it('allows three retries in a whole run, over all its calls', async () => {
    github.script({ status: 503, times: 2 })
    const { c } = client()
    await c.listComments(ISSUE, 1)
    github.script({ status: 503, times: 3 })
    const error = await failure(c.listComments(ISSUE, 2))
    // 2 retries spent on the first call; the second gets one retry, not two.
    expect(error.attempts).toBe(2)
    expect(c.apiCalls).toBe(5)
    // The third scripted 503 is left: with no retries left, it ends the next call at once.
    github.resetRequests()
    expect((await failure(c.listComments(ISSUE, 1))).failure).toMatchObject({
      kind: 'http',
      status: 503,
    })
    expect(github.requests).toHaveLength(1)
  })

  it('does not retry 401, 403, 404 or 422', async () => {
    for (const status of [401, 403, 404, 422]) {
      github.script({ status, body: { message: `status ${status}` } })
      const { c, waits } = client()
      const error = await failure(c.createComment(ISSUE, 'x'))
      expect(error.failure).toMatchObject({
        kind: 'http',
        status,
        message: `status ${status}`,
        rateLimited: false,
      })
      expect(c.apiCalls).toBe(1)
      expect(waits).toEqual([])
    }
  })

  it('treats a 403 with retry-after as a secondary rate limit and waits exactly that long', async () => {
    github.script({
      status: 403,
      headers: { 'retry-after': '2' },
      body: { message: 'You have exceeded a secondary rate limit' },
    })
    const { c, waits } = client()
    await c.listComments(ISSUE, 1)
    expect(waits).toEqual([2000])
    expect(c.apiCalls).toBe(2)
  })

  it('gives up at once when retry-after is longer than it will wait, or longer than the deadline leaves', async () => {
    github.script({ status: 429, headers: { 'retry-after': '60' } })
    // A deadline that would allow the wait: only the cap on waits ends the retries here.
    const first = client({ deadlineMs: 120_000 })
    const error = await failure(first.c.listComments(ISSUE, 1))
    expect(error.failure).toMatchObject({
      kind: 'http',
      status: 429,
      rateLimited: true,
      retryAfterMs: 60_000,
    })
    expect(first.c.apiCalls).toBe(1)
    expect(first.waits).toEqual([])

    github.script({ status: 429, headers: { 'retry-after': '3' } })
    const second = client({ deadlineMs: 2_000 })
    await failure(second.c.listComments(ISSUE, 1))
    expect(second.c.apiCalls).toBe(1)
    expect(second.waits).toEqual([])
  })

  it('waits for the rate-limit reset when x-ratelimit-remaining is 0, and gives up when the reset is far off', async () => {
    const soon = Math.ceil(Date.now() / 1000) + 2
    github.script({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(soon) },
      body: { message: 'API rate limit exceeded' },
    })
    const near = client()
    await near.c.listComments(ISSUE, 1)
    expect(near.waits).toHaveLength(1)
    expect(near.waits[0]).toBeGreaterThan(500)
    expect(near.waits[0]).toBeLessThanOrEqual(3000)

    github.script({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(soon + 3600) },
      body: { message: 'API rate limit exceeded' },
    })
    const far = client()
    const error = await failure(far.c.listComments(ISSUE, 1))
    expect(error.failure).toMatchObject({ status: 403, rateLimited: true })
    expect(far.c.apiCalls).toBe(1)
  })

  it('does not retry a 403 rate limit that gives no time (GitHub asks for a minute)', async () => {
    github.script({ status: 429, body: { message: 'slow down' } })
    const { c } = client()
    const error = await failure(c.listComments(ISSUE, 1))
    expect(error.failure).toMatchObject({ status: 429, rateLimited: true })
    expect(c.apiCalls).toBe(1)
  })

  it('times out a request that never answers, and retries it', async () => {
    github.script({ hang: true, times: 3 })
    const { c, waits } = client({ policy: { requestTimeoutMs: 150 } })
    const started = Date.now()
    const error = await failure(c.listComments(ISSUE, 1))
    expect(error.failure).toEqual({
      kind: 'timeout',
      message: 'GitHub did not answer within 150 ms',
    })
    expect(error.attempts).toBe(3)
    expect(waits).toEqual([500, 1000])
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('stops at the deadline, whatever the per-request timeout', async () => {
    github.script({ hang: true, times: 1 })
    const { c } = client({ deadlineMs: 400 }, true)
    const started = Date.now()
    const error = await failure(c.listComments(ISSUE, 1))
    const elapsed = Date.now() - started
    expect(error.failure).toEqual({
      kind: 'timeout',
      message: 'GitHub did not answer before the 400 ms allowed for API calls ran out',
    })
    expect(c.apiCalls).toBe(1)
    expect(elapsed).toBeGreaterThanOrEqual(350)
    expect(elapsed).toBeLessThan(1_500)
    // Nothing left: the next call does not even start.
    const late = await failure(c.listComments(ISSUE, 1))
    expect(late.failure).toEqual({
      kind: 'deadline',
      message: 'the 400 ms allowed for GitHub API calls ran out',
    })
    expect(c.apiCalls).toBe(1)
  })

  it('retries a refused connection as a network error', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const { c, waits } = client({ apiUrl: `http://127.0.0.1:${port}` })
    const error = await failure(c.listComments(ISSUE, 1))
    expect(error.failure.kind).toBe('network')
    expect(error.message).toMatch(/ECONNREFUSED/)
    expect(error.attempts).toBe(3)
    expect(waits).toEqual([500, 1000])
  })
})

describe('GitHubClient errors carry no secrets', () => {
  it('has no token, no headers and no request in the error, even when the server echoes the token', async () => {
    github.script({
      status: 403,
      body: { message: `token ${TOKEN} is not allowed\n::error::forged` },
    })
    const { c } = client()
    const error = await failure(c.createComment(ISSUE, 'x'))
    expect(error.failure).toMatchObject({
      status: 403,
      message: 'token *** is not allowed ::error::forged',
    })
    const everything = [
      error.message,
      String(error),
      error.stack ?? '',
      JSON.stringify(error),
      JSON.stringify(error.failure),
    ].join('\n')
    expect(everything).not.toContain(TOKEN)
    expect(everything.toLowerCase()).not.toContain('authorization')
    expect(Object.keys(error).sort()).toEqual(['attempts', 'failure', 'name'])
  })

  it('a wrong token gets 401 from the fake, as from GitHub', async () => {
    const { c } = client({ token: 'ghs_wrong' })
    const error = await failure(c.listComments(ISSUE, 1))
    expect(error.failure).toMatchObject({ kind: 'http', status: 401, message: 'Bad credentials' })
  })
})

describe('helpers', () => {
  it('lastPageOf reads rel="last" and nothing else', () => {
    const link =
      '<https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=14>; rel="last"'
    expect(lastPageOf(link)).toBe(14)
    expect(lastPageOf('<https://x/?page=2>; rel="next"')).toBeUndefined()
    expect(lastPageOf(undefined)).toBeUndefined()
    expect(lastPageOf('<not a url>; rel="last"')).toBeUndefined()
  })

  it('retryAfter reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-06-01T12:00:00Z')
    expect(retryAfter('7', now)).toBe(7000)
    expect(retryAfter('Mon, 01 Jun 2026 12:00:05 GMT', now)).toBe(5000)
    expect(retryAfter('Mon, 01 Jun 2026 11:00:00 GMT', now)).toBe(0)
    expect(retryAfter('soon', now)).toBeUndefined()
    expect(retryAfter(undefined, now)).toBeUndefined()
  })

  it('isTransient: 5xx, 408, 429, rate limits, network and timeouts', () => {
    const http = (status: number, rateLimited = false) => ({
      kind: 'http' as const,
      status,
      message: '',
      rateLimited,
    })
    expect([500, 502, 503, 504, 408, 429].every((s) => isTransient(http(s)))).toBe(true)
    expect(isTransient(http(403, true))).toBe(true)
    expect([400, 401, 403, 404, 409, 422].some((s) => isTransient(http(s)))).toBe(false)
    expect(isTransient({ kind: 'network', message: '' })).toBe(true)
    expect(isTransient({ kind: 'timeout', message: '' })).toBe(true)
    expect(isTransient({ kind: 'deadline', message: '' })).toBe(false)
  })
})
