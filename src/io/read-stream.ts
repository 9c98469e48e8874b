import type { TopologyBytes } from './read-topology.js'

/**
 * A topology from a stream (the CLI's `-`, standard input), read whole, or why not: no more than
 * `maxBytes` is ever kept, and a longer stream is refused as a longer file is.
 */
export async function readTopologyStream(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<TopologyBytes> {
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      size += chunk.byteLength
      // Leaving the loop ends the stream: the rest of an oversized input is never read.
      if (size > maxBytes)
        return {
          ok: false,
          message: `standard input is more than ${maxBytes} bytes; coexist reads topologies up to ${maxBytes} bytes (max-bytes)`,
        }
      chunks.push(chunk)
    }
  } catch (error) {
    return {
      ok: false,
      message: `cannot read standard input (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks) }
}
