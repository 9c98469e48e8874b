#!/usr/bin/env node
import packageJson from '../../package.json' with { type: 'json' }
import { runCli } from './main.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    // Touched only when a topology is `-`: opening standard input costs every other run start-up
    // time, and a pipe nobody writes to must not matter to them.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    version: packageJson.version,
  })
} catch (error) {
  // A reader that stops early (`| head`) closes the pipe: the report was not delivered whole, so no
  // verdict either, but that is not coexist's defect. Anything else reaching here is one; say so in
  // one line rather than with a stack trace.
  const message =
    (error as NodeJS.ErrnoException).code === 'EPIPE'
      ? 'the output was closed before the whole report was written'
      : `internal error: ${error instanceof Error ? error.message : String(error)}`
  process.stderr.write(`coexist: ${message}\n`)
  process.exitCode = 2
}
