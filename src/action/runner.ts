import { appendFile } from 'node:fs/promises'
import { randomHex } from '../io/random.js'

// The few parts of the runner protocol coexist needs, written against the documented files and
// environment variables. @actions/core would add about 1 MB of bundle (it pulls in an HTTP client
// for OIDC tokens) and roughly doubles start-up, for functions this small.

/** `INPUT_FAIL-ON` for `fail-on`: the runner upper-cases names and turns spaces into underscores. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Appends `name` to the step's outputs file with a delimiter the value cannot contain. */
export async function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): Promise<void> {
  const file = env.GITHUB_OUTPUT
  if (!file) return
  let text = ''
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomHex(16)}`
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  }
  await appendFile(file, text)
}

export async function appendSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY
  if (file) await appendFile(file, markdown)
}

/**
 * Wraps text that may contain lines starting with `::` (file names, population names) so the runner
 * prints it instead of executing it.
 */
export function inert(text: string): string {
  const token = randomHex(16)
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`
}
