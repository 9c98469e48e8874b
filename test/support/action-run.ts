// The committed action bundle run once in a fake runner, the way a GitHub runner runs it, and what
// every such run must satisfy.
import { expect } from 'vitest'
import type { FakeRunner } from './fake-runner.js'
import { ACTION_BUNDLE, runNode, type RunResult, type Runtime } from './runtimes.js'
import { annotationLines, scanCommands, type CommandScan } from './workflow.js'

export interface ActionRun extends RunResult {
  workspace: string
  runnerTemp: string
  outputs: Record<string, string>
  summary: string
  scan: CommandScan
  annotations: string[]
}

/** `node dist/index.js` in `runner`'s workspace with `env` (the runner's variables and the inputs), and what it left behind. */
export async function runActionIn(
  runtime: Runtime,
  runner: FakeRunner,
  env: Record<string, string>,
): Promise<ActionRun> {
  const result = await runNode(runtime, ACTION_BUNDLE, [], {
    cwd: runner.workspace,
    env,
    timeout: 15_000,
  })
  return {
    ...result,
    workspace: runner.workspace,
    runnerTemp: runner.runnerTemp,
    outputs: runner.outputs(),
    summary: runner.summary(),
    scan: scanCommands(result.stdout),
    annotations: annotationLines(result.stdout),
  }
}

/** What every run must satisfy: nothing on stderr, no stack trace, every `::` line accounted for. */
export function expectWellBehaved(run: ActionRun): void {
  expect(run.signal).toBeNull()
  expect(run.stderr).toBe('')
  expect(run.stdout).not.toMatch(/^\s+at /m)
  expect(run.scan.unterminated).toBe(false)
  // Outside the stop-commands block, stdout is annotations and nothing else.
  expect(run.scan.commands).toEqual(run.annotations)
}
