// The test client of test/support/lsp-client.ts against stand-in servers: one Node script each.
import { describe, expect, it } from 'vitest'
import { LspClient } from '../support/lsp-client.js'

/**
 * Answers its first request with `{ text: "Füße ✓" }`, the message cut in the middle of a
 * multi-byte character and written in two pieces: Content-Length counts bytes, not characters.
 * Whatever comes after that request (the client's shutdown) ends it.
 */
const SPLIT_ANSWER = String.raw`
let input = Buffer.alloc(0)
let answered = false
process.stdin.on('data', (chunk) => {
  if (answered) process.exit(0)
  input = Buffer.concat([input, chunk])
  const headerEnd = input.indexOf('\r\n\r\n')
  if (headerEnd < 0) return
  const length = Number(/Content-Length: (\d+)/.exec(input.subarray(0, headerEnd).toString())[1])
  if (input.length < headerEnd + 4 + length) return
  answered = true
  const { id } = JSON.parse(input.subarray(headerEnd + 4, headerEnd + 4 + length).toString())
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, result: { text: 'Füße ✓' } }))
  const message = Buffer.concat([Buffer.from('Content-Length: ' + body.length + '\r\n\r\n'), body])
  const cut = message.indexOf(Buffer.from('ü')) + 1
  process.stdout.write(message.subarray(0, cut))
  setTimeout(() => process.stdout.write(message.subarray(cut)), 50)
})
`

describe('LspClient', () => {
  it('reads a message by its byte length, across chunks', async () => {
    const client = new LspClient(process.execPath, ['-e', SPLIT_ANSWER], {})
    try {
      await expect(client.request('hello', {})).resolves.toEqual({ text: 'Füße ✓' })
    } finally {
      await client.close()
    }
  })

  it('fails a pending request when the server exits, with what it wrote to stderr', async () => {
    const client = new LspClient(
      process.execPath,
      [
        '-e',
        'process.stdin.once("data", () => { console.error("no such method"); process.exit(3) })',
      ],
      {},
    )
    await expect(client.request('hello', {})).rejects.toThrow(
      /the language server exited \(code 3\); stderr: no such method/,
    )
  })
})
