import { run } from './action/main.js'
import { formatCommand } from './runner/protocol.js'

// The action's entry point: everything happens in run(), which tests call with their own deps.
try {
  process.exitCode = await run()
} catch (error) {
  // Only a defect of coexist gets here; fail the step with one line, not a stack trace.
  process.stdout.write(
    `${formatCommand('error', { title: 'coexist: internal error' }, error instanceof Error ? error.message : String(error))}\n`,
  )
  process.exitCode = 2
}
