// A minimal Language Server Protocol client over a child process's stdio, enough to drive a real
// language server the way an editor does: JSON-RPC messages framed by a Content-Length header,
// requests matched to their responses by id, the server's own requests answered, its notifications
// kept and waited for.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'

/** A JSON-RPC message as it crosses the pipe: a request, a response or a notification. */
interface Message {
  jsonrpc: '2.0'
  id?: number | string
  method?: string
  params?: unknown
  result?: unknown
  error?: { code: number; message: string }
}

interface Notification {
  method: string
  params: unknown
}

/** How the client answers a request the server sends it (workspace/configuration, …). */
export type ServerRequestHandler = (params: unknown) => unknown

/** The JSON-RPC error code for a method the receiver does not handle. */
const METHOD_NOT_FOUND = -32601

export class LspClient {
  private readonly server: ChildProcessByStdio<Writable, Readable, Readable>
  private buffered = Buffer.alloc(0)
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private readonly notifications: Notification[] = []
  private readonly waiters = new Set<() => void>()
  private stderr = ''
  private exited: string | undefined

  /** Starts `command args` and speaks LSP on its stdin and stdout; `handlers` answer the server's requests. */
  constructor(
    command: string,
    args: string[],
    private readonly handlers: Record<string, ServerRequestHandler>,
  ) {
    this.server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.server.on('error', (error) => this.stopped(`could not be started: ${error.message}`))
    this.server.on('exit', (code, signal) =>
      this.stopped(`exited (${signal ?? `code ${String(code)}`}); stderr: ${this.stderr}`),
    )
    // Writing to a server that has exited is reported by the 'exit' handler above, not thrown.
    this.server.stdin.on('error', () => {})
  }

  request<T>(method: string, params: unknown): Promise<T> {
    if (this.exited) return Promise.reject(new Error(this.exited))
    const id = this.nextId++
    const response = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    )
    this.send({ jsonrpc: '2.0', id, method, params })
    return response
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params })
  }

  /**
   * The first notification `method` (already received or still to come) whose params satisfy
   * `accept`; rejects after `timeoutMs` with the params of every such notification seen, so a
   * failure shows what the server did say.
   */
  waitForNotification<T>(
    method: string,
    accept: (params: T) => boolean,
    timeoutMs: number,
  ): Promise<T> {
    const find = () =>
      this.notifications.find((n) => n.method === method && accept(n.params as T))?.params as
        T | undefined
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const found = find()
        if (found !== undefined) done(() => resolve(found))
        else if (this.exited) done(() => reject(new Error(this.exited)))
      }
      const timer = setTimeout(() => {
        const seen = this.notifications.filter((n) => n.method === method).map((n) => n.params)
        done(() =>
          reject(
            new Error(
              `no ${method} notification as expected within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`,
            ),
          ),
        )
      }, timeoutMs)
      const done = (settle: () => void) => {
        clearTimeout(timer)
        this.waiters.delete(check)
        settle()
      }
      this.waiters.add(check)
      check()
    })
  }

  /** Asks the server to shut down and exit, and kills it if it has not within a second. */
  async close(): Promise<void> {
    if (this.exited) return
    const exited = new Promise<void>((resolve) => this.server.once('exit', () => resolve()))
    const killer = setTimeout(() => this.server.kill('SIGKILL'), 1000)
    try {
      await Promise.race([this.request('shutdown', null), exited])
      this.notify('exit', null)
    } catch {
      // Already gone: the 'exit' event settles `exited`.
    }
    await exited
    clearTimeout(killer)
  }

  /** A server that is gone fails whatever waits on it, saying why (the first reason given). */
  private stopped(why: string): void {
    this.exited ??= `the language server ${why}`
    for (const { reject } of this.pending.values()) reject(new Error(this.exited))
    this.pending.clear()
    for (const wake of [...this.waiters]) wake()
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    this.server.stdin.write(body)
  }

  /**
   * Splits the byte stream into messages: headers up to a blank line, then Content-Length bytes.
   * A stream that breaks the framing stops the server and fails what waits on it.
   */
  private receive(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk])
    for (;;) {
      const headerEnd = this.buffered.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const headers = this.buffered.subarray(0, headerEnd).toString('ascii')
      const length = /^Content-Length: *(\d+)$/im.exec(headers)?.[1]
      if (length === undefined) return this.broken(`a message without Content-Length: ${headers}`)
      const start = headerEnd + 4
      const end = start + Number(length)
      if (this.buffered.length < end) return
      const body = this.buffered.subarray(start, end).toString('utf8')
      this.buffered = this.buffered.subarray(end)
      let message: Message
      try {
        message = JSON.parse(body) as Message
      } catch {
        return this.broken(`a message that is not JSON: ${body}`)
      }
      this.dispatch(message)
    }
  }

  private broken(why: string): void {
    this.stopped(`sent ${why}`)
    this.server.kill('SIGKILL')
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = this.pending.get(Number(message.id))
      this.pending.delete(Number(message.id))
      if (message.error)
        pending?.reject(new Error(`${message.error.code}: ${message.error.message}`))
      else pending?.resolve(message.result)
    } else if (message.id !== undefined) {
      const handler = this.handlers[message.method]
      this.send(
        handler
          ? { jsonrpc: '2.0', id: message.id, result: handler(message.params) ?? null }
          : {
              jsonrpc: '2.0',
              id: message.id,
              error: { code: METHOD_NOT_FOUND, message: `${message.method} is not handled` },
            },
      )
    } else {
      this.notifications.push({ method: message.method, params: message.params })
      for (const wake of [...this.waiters]) wake()
    }
  }
}
