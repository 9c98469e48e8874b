import { readFileSync } from 'node:fs'

/** What the runner tells a step about the run and the event that started it. */
export interface RunContext {
  eventName: string
  repository?: { owner: string; repo: string }
  serverUrl: string
  apiUrl: string
  /** Link to this workflow run, for the PR comment. */
  runUrl?: string
  /** Present on pull_request and pull_request_target events only. */
  pullRequest?: { number: number; baseSha: string; headSha: string; fromFork: boolean }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * Reads GITHUB_* variables and the event payload. The payload is only read for pull request
 * events, and a missing or malformed one leaves `pullRequest` unset rather than failing the gate.
 */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const repository = owner && repo ? { owner, repo } : undefined
  const runUrl =
    repository && env.GITHUB_RUN_ID
      ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  const context: RunContext = {
    eventName,
    serverUrl,
    apiUrl,
    ...(repository ? { repository } : {}),
    ...(runUrl ? { runUrl } : {}),
  }
  if (!PULL_REQUEST_EVENTS.has(eventName) || !env.GITHUB_EVENT_PATH) return context
  const pullRequest = pullRequestOf(env.GITHUB_EVENT_PATH)
  return pullRequest ? { ...context, pullRequest } : context
}

function pullRequestOf(eventPath: string): RunContext['pullRequest'] {
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch {
    return undefined
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  const base = pr?.base as { sha?: unknown; repo?: { full_name?: unknown } } | undefined
  const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined
  if (
    typeof pr?.number !== 'number' ||
    typeof base?.sha !== 'string' ||
    typeof head?.sha !== 'string'
  )
    return undefined
  // A PR is from a fork when its head lives in another repository (or in one since deleted); the
  // `fork` flag only says the head repository is a fork of something, which a base can be too.
  const fromFork = head.repo == null || head.repo.full_name !== base.repo?.full_name
  return { number: pr.number, baseSha: base.sha, headSha: head.sha, fromFork }
}
