// readRunContext: what the runner says about the run (GITHUB_* variables) and the pull request the
// event payload names, read without ever failing the gate.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRunContext } from '../../src/github/context.js'

const BASE_SHA = '9f3c1e0a5b7d2c4e6f8091a2b3c4d5e6f7a8b9c0'
const HEAD_SHA = '1e29da33582cd62b1ee6d586de5d5d317d17fcad'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'coexist-context-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let written = 0
/** Writes an event payload (an object as JSON, a string as it is) and returns its path. */
function eventFile(payload: unknown): string {
  const file = path.join(dir, `event-${++written}.json`)
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

/** A pull_request payload as GitHub sends it, trimmed to what matters, with overrides for the head repository. */
function pullRequestPayload(
  head: { full_name?: string; fork?: boolean } | null = {
    full_name: 'contoso/uc-estate',
    fork: false,
  },
  number: unknown = 42,
) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      base: { ref: 'main', sha: BASE_SHA, repo: { full_name: 'contoso/uc-estate', fork: false } },
      head: { ref: 'wave-2', sha: HEAD_SHA, repo: head },
    },
    repository: { full_name: 'contoso/uc-estate' },
  }
}

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_REPOSITORY: 'contoso/uc-estate',
  GITHUB_RUN_ID: '9876543210',
}

describe('readRunContext on pull request events', () => {
  it.each(['pull_request', 'pull_request_target'])(
    '%s: the number, the base and head shas, and not from a fork',
    (eventName) => {
      const context = readRunContext({
        ...ENV,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile(pullRequestPayload()),
      })
      expect(context).toEqual({
        eventName,
        serverUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
        repository: { owner: 'contoso', repo: 'uc-estate' },
        runUrl: 'https://github.com/contoso/uc-estate/actions/runs/9876543210',
        pullRequest: { number: 42, baseSha: BASE_SHA, headSha: HEAD_SHA, fromFork: false },
      })
    },
  )

  it('a head repository marked as a fork of the base: from a fork', () => {
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(
        pullRequestPayload({ full_name: 'mallory/uc-estate', fork: true }),
      ),
    })
    expect(context.pullRequest?.fromFork).toBe(true)
  })

  it('a head repository with another name, even without the fork flag: from a fork', () => {
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventFile(pullRequestPayload({ full_name: 'mallory/uc-estate' })),
    })
    expect(context.pullRequest?.fromFork).toBe(true)
  })

  it('a branch of the same repository, when that repository is itself a fork of another: not from a fork', () => {
    // `repo.fork` says the repository is a fork of something, not that the pull request crosses repositories.
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(
        pullRequestPayload({ full_name: 'contoso/uc-estate', fork: true }),
      ),
    })
    expect(context.pullRequest?.fromFork).toBe(false)
  })

  it('a head repository that was deleted (repo: null) can only have been a fork', () => {
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestPayload(null)),
    })
    expect(context.pullRequest).toEqual({
      number: 42,
      baseSha: BASE_SHA,
      headSha: HEAD_SHA,
      fromFork: true,
    })
  })

  it('compares repository names exactly as given', () => {
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(
        pullRequestPayload({ full_name: 'contoso/uc-estate-fork', fork: false }),
      ),
    })
    expect(context.pullRequest?.fromFork).toBe(true)
  })
})

describe('readRunContext without a usable pull request', () => {
  it('a push event: no pull request, and its payload is not even read', () => {
    // A push payload that happens to hold a pull_request key is still a push.
    const context = readRunContext({
      ...ENV,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile(pullRequestPayload()),
    })
    expect(context).toEqual({
      eventName: 'push',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      repository: { owner: 'contoso', repo: 'uc-estate' },
      runUrl: 'https://github.com/contoso/uc-estate/actions/runs/9876543210',
    })
  })

  it.each([
    'workflow_dispatch',
    'schedule',
    'issue_comment',
    'pull_request_review',
    'merge_group',
    'PULL_REQUEST',
  ])('%s: no pull request', (eventName) => {
    expect(
      readRunContext({
        ...ENV,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile(pullRequestPayload()),
      }).pullRequest,
    ).toBeUndefined()
  })

  it('no GITHUB_EVENT_PATH, or a path to nothing, or to a folder', () => {
    const missing = path.join(dir, 'no-such-event.json')
    const folder = path.join(dir, 'a-folder')
    mkdirSync(folder, { recursive: true })
    for (const eventPath of [undefined, '', missing, folder]) {
      const env = {
        ...ENV,
        GITHUB_EVENT_NAME: 'pull_request',
        ...(eventPath === undefined ? {} : { GITHUB_EVENT_PATH: eventPath }),
      }
      const context = readRunContext(env)
      expect(context.pullRequest).toBeUndefined()
      expect(context.eventName).toBe('pull_request')
    }
  })

  it.each([
    ['not JSON', '{"pull_request": {'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['a string', '"pull_request"'],
    ['no pull_request key', { action: 'opened' }],
    ['pull_request null', { pull_request: null }],
    ['the number a string', pullRequestPayload(undefined, '42')],
    ['no base', { pull_request: { number: 1, head: { sha: HEAD_SHA } } }],
    [
      'a base sha that is a number',
      { pull_request: { number: 1, base: { sha: 123 }, head: { sha: HEAD_SHA } } },
    ],
    ['no head sha', { pull_request: { number: 1, base: { sha: BASE_SHA }, head: {} } }],
  ])('a malformed payload (%s): no pull request, no throw', (_what, payload) => {
    const env = { ...ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload) }
    expect(() => readRunContext(env)).not.toThrow()
    expect(readRunContext(env).pullRequest).toBeUndefined()
  })
})

describe('readRunContext and the GITHUB_* variables', () => {
  it('defaults to github.com and its API, with an empty event name, when nothing is set', () => {
    expect(readRunContext({})).toEqual({
      eventName: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
    })
  })

  it('takes GitHub Enterprise Server URLs, without trailing slashes', () => {
    const context = readRunContext({
      ...ENV,
      GITHUB_SERVER_URL: 'https://ghe.contoso.com//',
      GITHUB_API_URL: 'https://ghe.contoso.com/api/v3/',
    })
    expect(context.serverUrl).toBe('https://ghe.contoso.com')
    expect(context.apiUrl).toBe('https://ghe.contoso.com/api/v3')
    expect(context.runUrl).toBe('https://ghe.contoso.com/contoso/uc-estate/actions/runs/9876543210')
  })

  it('builds the run link only from both the repository and the run id', () => {
    expect(readRunContext({ ...ENV, GITHUB_RUN_ID: undefined }).runUrl).toBeUndefined()
    expect(readRunContext({ ...ENV, GITHUB_RUN_ID: '' }).runUrl).toBeUndefined()
    expect(readRunContext({ ...ENV, GITHUB_REPOSITORY: undefined }).runUrl).toBeUndefined()
  })

  it.each(['', 'contoso', '/uc-estate', 'contoso/'])(
    'has no repository for GITHUB_REPOSITORY=%j',
    (value) => {
      const context = readRunContext({ ...ENV, GITHUB_REPOSITORY: value })
      expect(context.repository).toBeUndefined()
      expect(context.runUrl).toBeUndefined()
    },
  )
})
