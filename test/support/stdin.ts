// Standard input for runCli without a process: the chunks given, then the end of the stream.

/** A stream of `chunks` (text is UTF-8), for CliDeps.stdin; none: an empty input. */
export function stdinOf(...chunks: (string | Uint8Array)[]): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    },
  }
}
