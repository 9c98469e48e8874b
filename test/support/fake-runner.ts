// A fake GitHub runner's file layout: a workspace, RUNNER_TEMP, the empty files GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY point at, and a push event payload; plus the environment a runner would set
// for the step (only those variables: no INPUT_TOPOLOGY unless a test adds it).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseGithubOutput } from './workflow.js'

const PUSH_EVENT = fileURLToPath(new URL('../e2e/fixtures/push-event.json', import.meta.url))

export interface FakeRunner {
  root: string
  workspace: string
  runnerTemp: string
  outputFile: string
  summaryFile: string
  eventFile: string
  /** The step's environment: the runner's variables and INPUT_FAIL-ON at its action.yml default. */
  env: Record<string, string>
  /** Copies `source` to `relative` inside the workspace (creating folders) and returns its path. */
  addFile(relative: string, source: string): string
  writeFile(relative: string, text: string): string
  outputs(): Record<string, string>
  summary(): string
  remove(): void
}

export function createFakeRunner(prefix = 'coexist-runner-'): FakeRunner {
  const root = mkdtempSync(path.join(tmpdir(), prefix))
  const workspace = path.join(root, 'work', 'uc-estate', 'uc-estate')
  const runnerTemp = path.join(root, 'work', '_temp')
  const fileCommands = path.join(runnerTemp, '_runner_file_commands')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(fileCommands, { recursive: true })
  mkdirSync(path.join(runnerTemp, '_github_workflow'))
  const outputFile = path.join(fileCommands, 'set_output_0b6e2c1f')
  const summaryFile = path.join(fileCommands, 'step_summary_0b6e2c1f')
  const eventFile = path.join(runnerTemp, '_github_workflow', 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  copyFileSync(PUSH_EVENT, eventFile)
  const inWorkspace = (relative: string) => {
    const target = path.join(workspace, relative)
    mkdirSync(path.dirname(target), { recursive: true })
    return target
  }
  return {
    root,
    workspace,
    runnerTemp,
    outputFile,
    summaryFile,
    eventFile,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GITHUB_WORKSPACE: workspace,
      'INPUT_FAIL-ON': 'not-supported',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
    },
    addFile(relative, source) {
      const target = inWorkspace(relative)
      copyFileSync(source, target)
      return target
    },
    writeFile(relative, text) {
      const target = inWorkspace(relative)
      writeFileSync(target, text)
      return target
    },
    outputs: () => parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: () => readFileSync(summaryFile, 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** A stdout/stderr stand-in that keeps what is written. */
export interface Capture {
  text: string
  isTTY?: boolean
  write(chunk: string): boolean
}

export function capture(isTTY?: boolean): Capture {
  const sink: Capture = {
    text: '',
    write(chunk: string) {
      sink.text += chunk
      return true
    },
  }
  if (isTTY !== undefined) sink.isTTY = isTTY
  return sink
}
