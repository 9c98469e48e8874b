import type { RunContext } from './context.js'
import type { Report } from '../core/types.js'
import {
  isPrCommentBody,
  needsAttention,
  renderAllClear,
  renderPrComment,
  type PrCommentRenderOptions,
} from '../reporters/pr-comment.js'
import {
  describeFailure,
  GitHubApiError,
  GitHubClient,
  type IssueComment,
  type IssueRef,
  type RetryPolicy,
} from './client.js'

// The sticky pull-request comment: one per pull request, found again by the marker on its first
// line and a Bot author, created or updated in place. Whatever GitHub answers, this never throws
// and never changes the check's verdict: the caller prints `warning` and carries on.

export type PrCommentMode = 'auto' | 'always' | 'never'

export interface PrCommentOptions {
  mode: PrCommentMode
  token: string
  context: RunContext
  /** Total time for all API work, retries and waits included. */
  deadlineMs: number
  /** Tests only: retry timing. */
  retryPolicy?: Partial<RetryPolicy>
}

export interface PrCommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'
  commentUrl?: string
  /** One message for one `::warning` annotation; absent when all went as it should. */
  warning?: string
  /** HTTP requests made, retries included. */
  apiCalls: number
}

/** Pages of 100 comments looked at, at most: the first one and the newest ones. */
export const MAX_LIST_PAGES = 3

/**
 * The most requests one run makes: MAX_LIST_PAGES lists and one create or update, plus the retries
 * the policy allows over the whole run.
 */
export function maxApiCalls(policy: Partial<RetryPolicy> = {}): number {
  return MAX_LIST_PAGES + 1 + (policy.maxRetriesPerRun ?? 3)
}

export async function publishPrComment(
  report: Report,
  options: PrCommentOptions,
): Promise<PrCommentOutcome> {
  const { context, mode } = options
  const pr = context.pullRequest
  if (mode === 'never' || !pr) return { action: 'skipped', apiCalls: 0 }
  if (!context.repository) {
    return {
      action: 'skipped',
      apiCalls: 0,
      warning:
        'coexist did not comment on the pull request: GITHUB_REPOSITORY is not set, so the repository is unknown. The check result is not affected.',
    }
  }
  if (!options.token) {
    return {
      action: 'skipped',
      apiCalls: 0,
      warning:
        'coexist did not comment on the pull request: the github-token input is empty. The default, `${{ github.token }}`, works once the job has `permissions: pull-requests: write`.',
    }
  }
  const issue: IssueRef = {
    owner: context.repository.owner,
    repo: context.repository.repo,
    issueNumber: pr.number,
  }
  let client: GitHubClient | undefined
  let step = 'look for its comment on'
  try {
    client = new GitHubClient({
      token: options.token,
      apiUrl: context.apiUrl,
      deadlineMs: options.deadlineMs,
      ...(options.retryPolicy ? { policy: options.retryPolicy } : {}),
    })
    const attention = needsAttention(report)
    const found = await findComment(client, issue)
    const links = linksOf(context)
    const body =
      attention || mode === 'always'
        ? renderPrComment(report, links)
        : renderAllClear(report, links)
    const calls = () => client?.apiCalls ?? 0

    if (found.comment) {
      if (found.comment.body === body)
        return { action: 'unchanged', commentUrl: found.comment.htmlUrl, apiCalls: calls() }
      step = 'update its comment on'
      const updated = await client.updateComment(issue, found.comment.id, body)
      return {
        action: 'updated',
        commentUrl: updated.htmlUrl || found.comment.htmlUrl,
        apiCalls: calls(),
      }
    }
    // No comment yet: `auto` leaves a clean pull request alone.
    if (!attention && mode === 'auto') return { action: 'skipped', apiCalls: calls() }
    if (!found.complete) {
      return {
        action: 'skipped',
        apiCalls: calls(),
        warning:
          `coexist did not comment on pull request #${pr.number}: it has more than ${MAX_LIST_PAGES * 100} comments, and coexist reads only the first 100 and the newest ${(MAX_LIST_PAGES - 1) * 100}, ` +
          'where its comment is not; it adds no comment that could be a second one. The job summary has the report, and the check result is not affected.',
      }
    }
    step = 'comment on'
    const created = await client.createComment(issue, body)
    return { action: 'created', commentUrl: created.htmlUrl, apiCalls: calls() }
  } catch (error) {
    return {
      action: 'failed',
      apiCalls: client?.apiCalls ?? 0,
      warning: warningFor(error, step, options),
    }
  }
}

interface Found {
  comment?: IssueComment
  /** False when pages in the middle were not read (more than MAX_LIST_PAGES pages). */
  complete: boolean
}

/**
 * coexist's comment: a Bot's comment whose first line is the marker (so a person quoting the marker
 * is never edited). Reads the first page, which says how many there are, then the newest pages,
 * at most MAX_LIST_PAGES in all, and stops at the first page that has it. Of several on that page,
 * the oldest is the one kept up to date.
 */
async function findComment(client: GitHubClient, issue: IssueRef): Promise<Found> {
  const first = await client.listComments(issue, 1)
  const last = first.lastPage ?? 1
  const complete = last <= MAX_LIST_PAGES
  let comments = first.comments
  let read = 1
  for (let page = last; ; page--) {
    const ours = comments
      .filter((c) => c.userType === 'Bot' && isPrCommentBody(c.body) && Number.isSafeInteger(c.id))
      .sort((a, b) => a.id - b.id)
    if (ours[0]) return { comment: ours[0], complete }
    if (page <= 1 || read >= MAX_LIST_PAGES) return { complete }
    comments = (await client.listComments(issue, page)).comments
    read++
  }
}

/** The run link, and links from each finding to its line at the pull request's head. */
function linksOf(context: RunContext): PrCommentRenderOptions {
  const links: PrCommentRenderOptions = {}
  if (context.runUrl) links.runUrl = context.runUrl
  const { repository, pullRequest } = context
  if (repository && pullRequest && /^[0-9a-f]{7,64}$/i.test(pullRequest.headSha)) {
    links.blobUrl = `${context.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/blob/${pullRequest.headSha}/`
  }
  return links
}

const PERMISSION =
  'Add `permissions: pull-requests: write` to the job (or the workflow), or set `pr-comment: never` to go without the comment.'
const FORK =
  'This pull request comes from a fork: on `pull_request` events GitHub gives workflows from forks a read-only token, whatever `permissions:` asks for. ' +
  'To comment on such pull requests, post the comment from a separate `workflow_run` workflow (it runs with the base repository’s token), or accept no comment (`pr-comment: never` silences this).'

/** One warning that says what failed and what to change. Built from the status and GitHub's message only. */
function warningFor(error: unknown, step: string, options: PrCommentOptions): string {
  const pr = options.context.pullRequest
  const where = `pull request #${pr?.number ?? '?'}`
  const tail = 'The check result is not affected.'
  if (!(error instanceof GitHubApiError)) {
    // Not an API answer: a bug or an environment problem. Its name only; messages can carry anything.
    const name = error instanceof Error ? error.name : typeof error
    return `coexist could not ${step} ${where}: unexpected ${name}. ${tail}`
  }
  const { failure, attempts } = error
  const what = describeFailure(failure)
  if (failure.kind === 'http' && !failure.rateLimited) {
    const { status } = failure
    const readOnlyFork = pr?.fromFork === true && options.context.eventName === 'pull_request'
    if (status === 401)
      return `coexist could not ${step} ${where}: ${what}. The token was refused; check the github-token input (the default is \`\${{ github.token }}\`). ${tail}`
    if (status === 403)
      return `coexist could not ${step} ${where}: ${what}. ${readOnlyFork ? FORK : `The token may not write pull request comments. ${PERMISSION}`} ${tail}`
    if (status === 404) {
      return `coexist could not ${step} ${where}: ${what}. The token cannot see this pull request; use the workflow's own token (github-token's default) and ${PERMISSION.charAt(0).toLowerCase()}${PERMISSION.slice(1)}${readOnlyFork ? ` ${FORK}` : ''} ${tail}`
    }
    if (status === 422)
      return `coexist could not ${step} ${where}: ${what}. GitHub refused the request as invalid. ${readOnlyFork ? FORK : PERMISSION} ${tail}`
    if (status < 500 && status !== 408 && status !== 429)
      return `coexist could not ${step} ${where}: ${what}. ${tail}`
  }
  const tries = attempts > 1 ? ` after ${attempts} attempts` : ''
  return `coexist could not ${step} ${where}${tries}: ${what}. This looks temporary (GitHub unavailable, rate-limited or slow); the next run updates the comment. ${tail}`
}
