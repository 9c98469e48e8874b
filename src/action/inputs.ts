import { parseRunOptions, runOptionsText, type RunOptions } from '../app/options.js'
import type { PrCommentMode } from '../github/pr-comment.js'
import { getInput } from '../runner/protocol.js'

/** The action's inputs (action.yml documents them): a run's options, and what only the action does. */
export interface ActionInputs {
  /** Topology files, policy and limits, as the CLI has them too. `baseRevision` comes from the event. */
  run: RunOptions
  prComment: PrCommentMode
  /** Empty when the workflow passes none; then no comment is attempted. */
  githubToken: string
  /** Where to write the SARIF log, relative to the workspace; empty for none. */
  sarif: string
  /** New-only mode: on a pull request, findings the base commit already had do not count. */
  newOnly: boolean
  /** Total time for GitHub API calls. Tuning only (COEXIST_GITHUB_DEADLINE_MS), not an input. */
  githubDeadlineMs: number
}

const PR_COMMENT_MODES: readonly PrCommentMode[] = ['auto', 'always', 'never']

/** The one place that reads and checks the action's inputs. */
export function readInputs(
  env: NodeJS.ProcessEnv,
): { ok: true; inputs: ActionInputs } | { ok: false; message: string } {
  const allowEmpty = booleanInput(getInput(env, 'allow-empty'))
  if (allowEmpty === undefined)
    return {
      ok: false,
      message: `input allow-empty: "${getInput(env, 'allow-empty')}" is not true or false`,
    }
  // A blank input is one left out: the runner passes every input action.yml declares. The base
  // revision is no input: new-only takes it from the pull request (main.ts).
  const text = runOptionsText(splitTopology(getInput(env, 'topology')), allowEmpty, (option) =>
    option === 'base' ? undefined : getInput(env, option) || undefined,
  )
  const run = parseRunOptions(text, 'input')
  if (!run.ok) return run
  const prComment = (getInput(env, 'pr-comment') || 'auto').toLowerCase()
  if (!(PR_COMMENT_MODES as readonly string[]).includes(prComment)) {
    return {
      ok: false,
      message: `input pr-comment: "${prComment}" is not one of ${PR_COMMENT_MODES.join(', ')}`,
    }
  }
  const newOnly = booleanInput(getInput(env, 'new-only'))
  if (newOnly === undefined)
    return {
      ok: false,
      message: `input new-only: "${getInput(env, 'new-only')}" is not true or false`,
    }
  const deadline = Number(env.COEXIST_GITHUB_DEADLINE_MS)
  return {
    ok: true,
    inputs: {
      run: run.options,
      prComment: prComment as PrCommentMode,
      githubToken: getInput(env, 'github-token'),
      sarif: getInput(env, 'sarif'),
      newOnly,
      githubDeadlineMs: Number.isFinite(deadline) && deadline > 0 ? deadline : 30_000,
    },
  }
}

/**
 * Entries are separated by newlines or commas, except commas inside a glob's `{a,b}` alternatives
 * (`{emea,amer}/coexist.yml` is one entry). Each is trimmed; blank ones are dropped.
 */
export function splitTopology(value: string): string[] {
  const entries: string[] = []
  for (const line of value.split('\n')) {
    let depth = 0
    let start = 0
    const parts: string[] = []
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (ch === '\\') i++
      else if (ch === '{') depth++
      else if (ch === '}' && depth > 0) depth--
      else if (ch === ',' && depth === 0) {
        parts.push(line.slice(start, i))
        start = i + 1
      }
    }
    parts.push(line.slice(start))
    // An unclosed brace is no glob: then every comma separates, as it always did.
    entries.push(...(depth === 0 ? parts : line.split(',')))
  }
  return entries.map((p) => p.trim()).filter((p) => p !== '')
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
function booleanInput(value: string): boolean | undefined {
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  return undefined
}
