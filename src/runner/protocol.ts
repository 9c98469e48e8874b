import { appendFile } from 'node:fs/promises'
import { randomHex } from '../io/random.js'

// The GitHub runner protocol, as much of it as coexist uses, written against the documented
// environment variables, files and workflow commands. Each function is named after the
// @actions/core function it replaces. Bundling @actions/core 3 instead adds about 1 MB to the
// bundle every run loads (an HTTP client for OIDC tokens comes with it) and takes the whole run
// about 1.45 times as long: BENCHMARKS.md has the figures (`npm run bench`, start-up variant
// "actions-core").
//
// Everything written to stdout is returned as text, so that the action writes it through its own
// `stdout` and tests read it without patching the process.

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface CommandProperties {
  [name: string]: string | number | undefined
}

/** core.getInput: `INPUT_FAIL-ON` for `fail-on` (the runner upper-cases names, spaces become `_`), trimmed. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * core.setOutput for each entry, in one append to the step's outputs file, each value between
 * delimiters it cannot contain (random, as the runner's own).
 */
export async function setOutputs(
  env: NodeJS.ProcessEnv,
  outputs: Record<string, string>,
): Promise<void> {
  const file = env.GITHUB_OUTPUT
  if (!file) return
  let text = ''
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomHex(16)}`
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  }
  await appendFile(file, text)
}

/** core.summary.addRaw(markdown).write(): appends to the job summary file, when the runner gives one. */
export async function appendSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY
  if (file) await appendFile(file, markdown)
}

/** core.setSecret: the runner masks `secret` in every later line of the log. */
export function setSecret(secret: string): string {
  return `${formatCommand('add-mask', {}, secret)}\n`
}

// The runner reads every stdout line that starts with `::`. Anything taken from a topology file is
// escaped here, so a population named "x::error::y" or "a\n::add-mask::b" stays text in one
// annotation and cannot open a command of its own.

/** The escaping of a command's message (core's escapeData). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** The escaping of a command's property values (core's escapeProperty). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The line core.issueCommand prints: `::name key=value,...::message`, one line whatever the inputs contain. */
export function formatCommand(
  name: string,
  properties: CommandProperties,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/**
 * core.info between `::stop-commands::` and its resume token: the runner prints `text` and executes
 * none of its lines, whatever they start with (file and population names among them).
 */
export function stopCommands(text: string): string {
  const token = randomHex(16)
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`
}
