import { run } from './action/main.js'
import { formatCommand } from './runner/protocol.js'

// The action's entry point: everything happens in run(), which tests call with their own deps.

// The runner reads stdout to its end, but a local run piped to a reader that stops early (`| head`)
// has it closed under it. The step log, and the annotations with it, then did not arrive whole, so
// the run ends as one that could not do what it was asked (exit 2, as the CLI does), in one line
// rather than a stack trace; run() still writes the outputs and the job summary, which are files.
let outputClosed = false
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  outputClosed = true
  const problem =
    error.code === 'EPIPE'
      ? 'the output was closed before the whole report was written'
      : `the step log could not be written: ${error.message}`
  process.stderr.write(`coexist: ${problem}\n`)
  process.exitCode = 2
})

try {
  const code = await run()
  if (!outputClosed) process.exitCode = code
} catch (error) {
  // Only a defect of coexist gets here; fail the step with one line, not a stack trace.
  process.stdout.write(
    `${formatCommand('error', { title: 'coexist: internal error' }, error instanceof Error ? error.message : String(error))}\n`,
  )
  process.exitCode = 2
}
