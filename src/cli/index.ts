#!/usr/bin/env node
import packageJson from '../../package.json' with { type: 'json' }
import { runCli } from './main.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    version: packageJson.version,
  })
} catch (error) {
  // Only a defect of coexist gets here; say so in one line rather than with a stack trace.
  process.stderr.write(`coexist: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
}
