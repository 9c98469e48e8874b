import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'

// The three REST calls coexist makes (list, create and update issue comments), through the real
// @actions/github client, with what that client leaves to its caller: a time budget for the whole
// run, a timeout per request, and a bounded number of retries for transient failures. Nothing in
// here logs, and no error that leaves this module carries a request, its headers or the token.

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  maxAttemptsPerCall: number
  /** Retries per run, over all calls: what bounds the number of requests. */
  maxRetriesPerRun: number
  /** First backoff; doubled on each retry of the same call, with jitter. */
  baseDelayMs: number
  /** The longest coexist waits before a retry. A longer `retry-after` (or rate-limit reset) ends the retries instead. */
  maxDelayMs: number
  /** Each request's own timeout (shortened to what is left of the deadline). */
  requestTimeoutMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttemptsPerCall: 3,
  maxRetriesPerRun: 3,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  requestTimeoutMs: 10_000,
}

/** Why a call failed, in words safe to show in a log (no headers, no token). */
export type ApiFailure =
  | { kind: 'http'; status: number; message: string; rateLimited: boolean; retryAfterMs?: number }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'deadline'; message: string }

export class GitHubApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    /** Attempts made for the call that failed. */
    readonly attempts: number,
  ) {
    super(describeFailure(failure))
    this.name = 'GitHubApiError'
  }
}

export function describeFailure(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'http':
      return `GitHub answered ${failure.status}${failure.message ? ` (${failure.message})` : ''}`
    case 'network':
      return `the request failed (${failure.message})`
    case 'timeout':
    case 'deadline':
      return failure.message
  }
}

/** True for failures worth another attempt: 5xx, 408, 429, secondary rate limits, network errors, timeouts. */
export function isTransient(failure: ApiFailure): boolean {
  if (failure.kind === 'network' || failure.kind === 'timeout') return true
  if (failure.kind !== 'http') return false
  return (
    failure.status >= 500 || failure.status === 408 || failure.status === 429 || failure.rateLimited
  )
}

export interface IssueComment {
  id: number
  body: string
  /** `Bot` for GitHub Apps and github-actions[bot]; `User` for people. */
  userType?: string
  login?: string
  htmlUrl: string
}

export interface CommentPage {
  comments: IssueComment[]
  /** The number of the last page, from the Link header; undefined when this is the only page. */
  lastPage?: number
}

export interface IssueRef {
  owner: string
  repo: string
  issueNumber: number
}

export interface GitHubClientOptions {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  apiUrl: string
  /** Total time for every request and wait of this client, from its creation. */
  deadlineMs: number
  policy?: Partial<RetryPolicy>
  /** For tests: the clock, the sleep and the jitter. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

/** A send function gets the signal that aborts it when its timeout or the deadline passes. */
type Send<T> = (signal: AbortSignal) => Promise<T>

const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const MIN_REQUEST_MS = 50

export class GitHubClient {
  /** HTTP requests started so far, retries included. */
  apiCalls = 0
  private retries = 0
  private readonly policy: RetryPolicy
  private readonly deadline: number
  private readonly deadlineMs: number
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number
  private readonly octokit: ReturnType<typeof getOctokit>
  private readonly token: string

  constructor(options: GitHubClientOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.policy }
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.random = options.random ?? Math.random
    this.deadlineMs = options.deadlineMs
    this.deadline = this.now() + options.deadlineMs
    this.token = options.token
    this.octokit = getOctokit(options.token, {
      baseUrl: options.apiUrl,
      userAgent: 'coexist',
      // Octokit's default logger writes deprecation notices to stderr; coexist reports through its outcome.
      log: SILENT,
      // @actions/github's fetch honours the runner's proxy variables; keep it, add nothing global.
      request: { ...(defaults.request?.fetch ? { fetch: defaults.request.fetch } : {}) },
    })
  }

  /** Milliseconds left of the deadline. */
  remaining(): number {
    return this.deadline - this.now()
  }

  /** One page of an issue's (or pull request's) comments, oldest first, 100 to a page. */
  async listComments(issue: IssueRef, page: number): Promise<CommentPage> {
    const response = await this.call((signal) =>
      this.octokit.rest.issues.listComments({
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.issueNumber,
        per_page: 100,
        page,
        request: { signal },
      }),
    )
    const comments = (Array.isArray(response.data) ? response.data : []).map(toComment)
    const lastPage = lastPageOf(response.headers.link)
    return lastPage === undefined ? { comments } : { comments, lastPage }
  }

  async createComment(issue: IssueRef, body: string): Promise<IssueComment> {
    const response = await this.call((signal) =>
      this.octokit.rest.issues.createComment({
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.issueNumber,
        body,
        request: { signal },
      }),
    )
    return toComment(response.data)
  }

  async updateComment(issue: IssueRef, commentId: number, body: string): Promise<IssueComment> {
    const response = await this.call((signal) =>
      this.octokit.rest.issues.updateComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: commentId,
        body,
        request: { signal },
      }),
    )
    return toComment(response.data)
  }

  /**
   * Runs `send` until it succeeds, fails for good, or the budgets run out: attempts per call,
   * retries per run, and the deadline. Waits follow `retry-after` (or the rate-limit reset) when
   * GitHub gives one, else exponential backoff with jitter; a wait longer than maxDelayMs, or one
   * that would pass the deadline, ends the retries.
   */
  async call<T>(send: Send<T>): Promise<T> {
    let attempt = 0
    for (;;) {
      const left = this.remaining()
      if (left < MIN_REQUEST_MS) {
        throw new GitHubApiError(
          {
            kind: 'deadline',
            message: `the ${formatSeconds(this.deadlineMs)} allowed for GitHub API calls ran out`,
          },
          attempt,
        )
      }
      attempt++
      this.apiCalls++
      const timeout = Math.min(this.policy.requestTimeoutMs, left)
      const signal = AbortSignal.timeout(timeout)
      let failure: ApiFailure
      try {
        return await send(signal)
      } catch (error) {
        failure = this.classify(error, signal, timeout)
      }
      const wait = this.waitBefore(failure, attempt)
      if (wait === undefined) throw new GitHubApiError(failure, attempt)
      this.retries++
      await this.sleep(wait)
    }
  }

  /** How long to wait before retrying, or undefined to give up. */
  private waitBefore(failure: ApiFailure, attempt: number): number | undefined {
    if (!isTransient(failure)) return undefined
    if (attempt >= this.policy.maxAttemptsPerCall || this.retries >= this.policy.maxRetriesPerRun)
      return undefined
    let wait: number
    if (failure.kind === 'http' && failure.retryAfterMs !== undefined) {
      // GitHub said when: never earlier, and not at all if that is too far off.
      if (failure.retryAfterMs > this.policy.maxDelayMs) return undefined
      wait = failure.retryAfterMs
    } else if (failure.kind === 'http' && failure.rateLimited) {
      // A secondary rate limit without a time: GitHub asks for at least a minute.
      return undefined
    } else {
      const backoff = this.policy.baseDelayMs * 2 ** (attempt - 1)
      wait = Math.min(this.policy.maxDelayMs, backoff / 2 + (this.random() * backoff) / 2)
    }
    if (wait + MIN_REQUEST_MS > this.remaining()) return undefined
    return wait
  }

  /** Turns whatever octokit threw into an ApiFailure, keeping only status, GitHub's message and timing headers. */
  private classify(error: unknown, signal: AbortSignal, timeout: number): ApiFailure {
    const e = error as {
      status?: unknown
      response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown }
      message?: unknown
      cause?: unknown
    }
    const response = e?.response
    if (response && typeof response.status === 'number') {
      const headers = response.headers ?? {}
      const retryAfterMs = retryAfter(headers['retry-after'], this.now())
      const exhausted = String(headers['x-ratelimit-remaining'] ?? '') === '0'
      const status = response.status
      // 429 always is one; a 403 is one when it says when to come back or that nothing is left.
      const rateLimited =
        status === 429 || (status === 403 && (retryAfterMs !== undefined || exhausted))
      let waitMs = retryAfterMs
      if (waitMs === undefined && exhausted) {
        const reset = Number(headers['x-ratelimit-reset'])
        if (Number.isFinite(reset) && reset > 0) waitMs = Math.max(0, reset * 1000 - this.now())
      }
      const failure: ApiFailure = {
        kind: 'http',
        status,
        message: this.clean(messageOf(response.data)),
        rateLimited,
      }
      if (waitMs !== undefined) failure.retryAfterMs = waitMs
      return failure
    }
    if (signal.aborted) {
      return timeout < this.policy.requestTimeoutMs
        ? {
            kind: 'timeout',
            message: `GitHub did not answer before the ${formatSeconds(this.deadlineMs)} allowed for API calls ran out`,
          }
        : { kind: 'timeout', message: `GitHub did not answer within ${formatSeconds(timeout)}` }
    }
    return { kind: 'network', message: this.clean(networkMessage(error)) }
  }

  /** Text from the server or the network stack, made fit for one log line and free of the token. */
  private clean(text: string): string {
    let line = text
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    if (this.token) line = line.split(this.token).join('***')
    return line.length > 200 ? `${line.slice(0, 199)}…` : line
  }
}

function toComment(data: unknown): IssueComment {
  const c = (data ?? {}) as {
    id?: unknown
    body?: unknown
    user?: { type?: unknown; login?: unknown } | null
    html_url?: unknown
  }
  const comment: IssueComment = {
    id: Number(c.id),
    body: typeof c.body === 'string' ? c.body : '',
    htmlUrl: typeof c.html_url === 'string' ? c.html_url : '',
  }
  if (typeof c.user?.type === 'string') comment.userType = c.user.type
  if (typeof c.user?.login === 'string') comment.login = c.user.login
  return comment
}

/** The `page` of the `rel="last"` link, as GitHub paginates. */
export function lastPageOf(link: unknown): number | undefined {
  if (typeof link !== 'string') return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?last"?/.exec(part)
    if (!match) continue
    try {
      const page = Number(new URL(match[1] as string).searchParams.get('page'))
      return Number.isInteger(page) && page > 0 ? page : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** `retry-after` in milliseconds: delta-seconds or an HTTP date. */
export function retryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

function messageOf(data: unknown): string {
  if (typeof data === 'string') return data
  if (
    data &&
    typeof data === 'object' &&
    typeof (data as { message?: unknown }).message === 'string'
  )
    return (data as { message: string }).message
  return ''
}

function networkMessage(error: unknown): string {
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } }
  const code = e?.cause && typeof e.cause.code === 'string' ? e.cause.code : undefined
  const message = typeof e?.message === 'string' ? e.message : 'unknown error'
  return code && !message.includes(code) ? `${message}, ${code}` : message
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`
}
