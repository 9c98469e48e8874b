// src/runner/protocol.ts as it would be with @actions/core 3 bundled: the same exports, each done
// by the @actions/core function it is named after. bench/startup.mjs builds the action from a copy
// of src/ with this file in place of src/runner/protocol.ts (variant "actions-core"), so that the
// bundle and what a run loads are the only difference from the hand-written protocol; it checks
// that both write the same log, outputs and summary before it times them.
//
// Where coexist returns text for the action to write, this returns the text @actions/core would
// have written to stdout (captured), so the action's log is the same line for line. @actions/core
// reads process.env itself, so `env` must be process.env, as it is in the action.
// It imports nothing but @actions/core and Node: it lives in bench/startup/ and is built in
// src/runner/, and a relative import would resolve to different files in the two places.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface CommandProperties {
  [name: string]: string | number | undefined
}

function processEnv(env: NodeJS.ProcessEnv): void {
  if (env !== process.env)
    throw new Error('bench/startup/actions-core.ts: @actions/core reads process.env only')
}

/** What `write` writes to process.stdout, instead of writing it. */
function captured(write: () => void): string {
  const chunks: string[] = []
  const original = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }) as typeof process.stdout.write
  try {
    write()
  } finally {
    process.stdout.write = original
  }
  return chunks.join('')
}

/** One command line @actions/core printed, without its line end. */
const line = (write: () => void) => captured(write).replace(/\r?\n$/, '')

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  processEnv(env)
  return core.getInput(name)
}

export async function setOutputs(
  env: NodeJS.ProcessEnv,
  outputs: Record<string, string>,
): Promise<void> {
  processEnv(env)
  // Without GITHUB_OUTPUT core.setOutput prints the retired ::set-output:: command; coexist prints nothing.
  if (!env.GITHUB_OUTPUT) return
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

export async function appendSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  processEnv(env)
  // Without GITHUB_STEP_SUMMARY core.summary.write() throws; coexist writes nothing.
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
}

export function setSecret(secret: string): string {
  return captured(() => core.setSecret(secret))
}

// @actions/core does not export its escaping functions: they are read back from a notice it prints.

export function escapeData(value: string): string {
  return line(() => core.notice(value)).slice('::notice::'.length)
}

export function escapeProperty(value: string): string {
  if (value === '') return ''
  const text = line(() => core.notice('', { title: value }))
  return text.slice('::notice title='.length, -'::'.length)
}

/** The annotation properties coexist uses, by @actions/core's names (core.toCommandProperties maps them back). */
const ANNOTATION: Record<string, keyof core.AnnotationProperties> = {
  title: 'title',
  file: 'file',
  line: 'startLine',
  endLine: 'endLine',
  col: 'startColumn',
  endColumn: 'endColumn',
}

/** core.error / core.warning / core.notice (core.setSecret for add-mask): the line each prints. */
export function formatCommand(
  name: string,
  properties: CommandProperties,
  message: string,
): string {
  if (name === 'add-mask' && Object.keys(properties).length === 0)
    return line(() => core.setSecret(message))
  if (name !== 'error' && name !== 'warning' && name !== 'notice')
    throw new Error(`bench/startup/actions-core.ts: no @actions/core function prints ::${name}::`)
  const annotation: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(properties)) {
    const coreKey = ANNOTATION[key]
    if (coreKey === undefined)
      throw new Error(
        `bench/startup/actions-core.ts: @actions/core annotations have no property ${key}`,
      )
    if (value !== undefined && value !== '')
      annotation[coreKey] =
        coreKey === 'title' || coreKey === 'file' ? String(value) : Number(value)
  }
  return line(() => core[name](message, annotation as core.AnnotationProperties))
}

/** core.info between `::stop-commands::` and its resume token (@actions/core has no function of its own for it). */
export function stopCommands(text: string): string {
  const token = randomUUID()
  return captured(() => {
    core.info(`::stop-commands::${token}`)
    core.info(text.endsWith('\n') ? text.slice(0, -1) : text)
    core.info(`::${token}::`)
  })
}
