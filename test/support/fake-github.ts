// A stand-in for the part of GitHub's REST API coexist uses, on a loopback port: list, create and
// update issue comments. It keeps the comments, records every request as it arrived (method, path,
// query, headers, body), and can be told how to answer the next matching requests: a status with
// headers and a body, or no answer at all. It refuses a wrong token with 401 and a body of 65,536
// characters or more with 422, as GitHub does, and closes itself after `lifetimeMs`.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path without the query string. */
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  body: string
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  created_at: string
  updated_at: string
}

export interface Scripted {
  /** Which requests this applies to; any when absent. */
  method?: 'GET' | 'POST' | 'PATCH'
  /** How many matching requests it answers; 1 by default. */
  times?: number
  /** The answer; ignored when `hang`. */
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** The token a request must carry (`Authorization: token …` or `Bearer …`). */
  token: string
  /** The login of the Bot the token stands for. */
  botLogin?: string
  /** Closes itself after this long, whatever the test does. */
  lifetimeMs?: number
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT: what GITHUB_API_URL points at. */
  url: string
  owner: string
  repo: string
  requests: RecordedRequest[]
  comments: StoredComment[]
  /** Answers the next matching requests as told, before the regular API does. */
  script(...entries: Scripted[]): void
  /** A comment already on the issue, by someone (a person by default). */
  addComment(issue: number, body: string, user?: StoredComment['user']): StoredComment
  /** Adds `count` comments by people, for pagination tests. */
  addFillerComments(issue: number, count: number): void
  commentsOf(issue: number): StoredComment[]
  /** Forgets recorded requests (comments stay). */
  resetRequests(): void
  /** Forgets recorded requests and scripted answers not used yet (comments stay). */
  reset(): void
  close(): Promise<void>
}

const PAGE_MAX = 100

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const owner = options.owner ?? 'contoso'
  const repo = options.repo ?? 'uc-estate'
  const botLogin = options.botLogin ?? 'github-actions[bot]'
  const requests: RecordedRequest[] = []
  const comments: StoredComment[] = []
  const scripts: (Scripted & { left: number })[] = []
  let nextId = 1_000
  let clock = Date.parse('2026-06-01T12:00:00Z')
  const stamp = () => new Date((clock += 1000)).toISOString()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')))
  })

  let base = ''
  const htmlUrl = (c: StoredComment) =>
    `https://github.example/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`
  const view = (c: StoredComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: htmlUrl(c),
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: { login: c.user.login, id: c.user.type === 'Bot' ? 41898282 : 1, type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  })

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      ...headers,
    })
    res.end(text)
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    })

    const scripted = scripts.find((s) => s.left > 0 && (!s.method || s.method === method))
    if (scripted) {
      scripted.left--
      if (scripted.hang) return // never answered; closeAllConnections ends it
      send(
        res,
        scripted.status ?? 500,
        scripted.body ?? { message: 'scripted failure' },
        scripted.headers,
      )
      return
    }

    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      })
      return
    }
    const prefix = `/repos/${owner}/${repo}/issues/`
    const list = new RegExp(`^${escape(prefix)}(\\d+)/comments$`).exec(url.pathname)
    const one = new RegExp(`^${escape(prefix)}comments/(\\d+)$`).exec(url.pathname)
    if (list && method === 'GET') {
      const issue = Number(list[1])
      const all = comments.filter((c) => c.issue === issue)
      const perPage = Math.min(
        PAGE_MAX,
        Math.max(1, Number(url.searchParams.get('per_page') ?? 30)),
      )
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const links: string[] = []
      const link = (p: number, rel: string) =>
        `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
      if (page > 1) links.push(link(page - 1, 'prev'))
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
      if (page > 1) links.push(link(1, 'first'))
      send(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage).map(view),
        links.length > 0 ? { link: links.join(', ') } : {},
      )
      return
    }
    if ((list && method === 'POST') || (one && method === 'PATCH')) {
      let text: unknown
      try {
        text = (JSON.parse(body) as { body?: unknown }).body
      } catch {
        send(res, 400, { message: 'Problems parsing JSON' })
        return
      }
      if (typeof text !== 'string' || text.length === 0 || [...text].length >= 65_536) {
        send(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
        })
        return
      }
      if (list) {
        const created: StoredComment = {
          id: nextId++,
          issue: Number(list[1]),
          body: text,
          user: { login: botLogin, type: 'Bot' },
          created_at: stamp(),
          updated_at: '',
        }
        created.updated_at = created.created_at
        comments.push(created)
        send(res, 201, view(created), {
          location: `${base}/repos/${owner}/${repo}/issues/comments/${created.id}`,
        })
        return
      }
      const existing = comments.find((c) => c.id === Number(one?.[1]))
      if (!existing) {
        send(res, 404, { message: 'Not Found' })
        return
      }
      // Like GitHub: only the author (here, the token's Bot) may edit a comment.
      if (existing.user.login !== botLogin) {
        send(res, 403, { message: 'You must be the author of this comment to edit it' })
        return
      }
      existing.body = text
      existing.updated_at = stamp()
      send(res, 200, view(existing))
      return
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  let closed: Promise<void> | undefined
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime)
      server.close(() => resolve())
      server.closeAllConnections()
    }))
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 60_000)
  lifetime.unref()

  const addComment = (
    issue: number,
    text: string,
    user: StoredComment['user'] = { login: 'octocat', type: 'User' },
  ) => {
    const comment: StoredComment = {
      id: nextId++,
      issue,
      body: text,
      user,
      created_at: stamp(),
      updated_at: '',
    }
    comment.updated_at = comment.created_at
    comments.push(comment)
    return comment
  }

  return {
    url: base,
    owner,
    repo,
    requests,
    comments,
    script: (...entries) =>
      void scripts.push(...entries.map((e) => ({ ...e, left: e.times ?? 1 }))),
    addComment,
    addFillerComments(issue, count) {
      for (let i = 0; i < count; i++) addComment(issue, `Comment ${i + 1}: looks good to me.`)
    },
    commentsOf: (issue) => comments.filter((c) => c.issue === issue),
    resetRequests: () => void requests.splice(0),
    reset: () => {
      requests.splice(0)
      scripts.splice(0)
    },
    close,
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
