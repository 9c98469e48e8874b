import { parseByteSize } from '../core/byte-size.js'
import { parseFailOn } from '../core/policy.js'
import type { Status } from '../core/types.js'
import { getInput } from './runner.js'

export type PrCommentMode = 'auto' | 'always' | 'never'

export interface ActionInputs {
  /** Topology paths and glob patterns, relative to the workspace. */
  topology: string[]
  /** A glob pattern matching no file is fine; a run with no files at all then passes. */
  allowEmpty: boolean
  failOn: Set<Status>
  prComment: PrCommentMode
  /** Empty when the workflow passes none; then no comment is attempted. */
  githubToken: string
  /** Where to write the SARIF log, relative to the workspace; empty for none. */
  sarif: string
  newOnly: boolean
  /** Topology files larger than this are refused before they are read. */
  maxBytes: number
  /** A built-in matrix id or a matrix file; wins over each topology's `matrix:`. Empty: the files decide. */
  matrix: string
  /** Exceptions expiring within this many days get a notice; 0 turns that off. */
  expiryWarningDays: number
  /** Total time for GitHub API calls. Tuning only (COEXIST_GITHUB_DEADLINE_MS), not an input. */
  githubDeadlineMs: number
}

const PR_COMMENT_MODES: readonly PrCommentMode[] = ['auto', 'always', 'never']

/** The one place that reads and checks the action's inputs (action.yml documents them). */
export function readInputs(env: NodeJS.ProcessEnv): { ok: true; inputs: ActionInputs } | { ok: false; message: string } {
  const topology = splitTopology(getInput(env, 'topology'))
  const failOn = parseFailOn(getInput(env, 'fail-on'))
  if (!failOn.ok) return { ok: false, message: `input ${failOn.message}` }
  const prComment = (getInput(env, 'pr-comment') || 'auto').toLowerCase()
  if (!(PR_COMMENT_MODES as readonly string[]).includes(prComment)) {
    return { ok: false, message: `input pr-comment: "${prComment}" is not one of ${PR_COMMENT_MODES.join(', ')}` }
  }
  const newOnly = booleanInput(getInput(env, 'new-only'))
  if (newOnly === undefined) return { ok: false, message: `input new-only: "${getInput(env, 'new-only')}" is not true or false` }
  const allowEmpty = booleanInput(getInput(env, 'allow-empty'))
  if (allowEmpty === undefined) return { ok: false, message: `input allow-empty: "${getInput(env, 'allow-empty')}" is not true or false` }
  const expiryText = getInput(env, 'expiry-warning-days') || '30'
  const expiryWarningDays = Number(expiryText)
  if (!/^\d+$/.test(expiryText) || expiryWarningDays > 3650) return { ok: false, message: `input expiry-warning-days: "${expiryText}" is not a whole number of days from 0 to 3650` }
  const maxBytes = parseByteSize(getInput(env, 'max-bytes') || '16MiB')
  if (maxBytes === undefined) return { ok: false, message: `input max-bytes: "${getInput(env, 'max-bytes')}" is not a size such as 16MiB, 500KiB or 1000000` }
  const deadline = Number(env.COEXIST_GITHUB_DEADLINE_MS)
  return {
    ok: true,
    inputs: {
      topology: topology.length > 0 ? topology : ['coexist.yml'],
      allowEmpty,
      failOn: failOn.failOn,
      prComment: prComment as PrCommentMode,
      githubToken: getInput(env, 'github-token'),
      sarif: getInput(env, 'sarif'),
      newOnly,
      matrix: getInput(env, 'matrix'),
      maxBytes,
      expiryWarningDays,
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
