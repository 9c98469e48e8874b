import { parseByteSize } from '../core/byte-size.js'
import { DEFAULT_LIMITS, LIMIT_CEILINGS, parseLimit, type Limits } from '../core/limits.js'
import { DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_MAX_WAIVER_DAYS, parseDays, parseFailOn } from '../core/policy.js'
import type { Status } from '../core/types.js'
import { getInput } from '../runner/protocol.js'
import { formatCount } from '../core/format.js'

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
  /** Exceptions expiring further ahead than this many days get a warning; 0 turns that off. */
  maxWaiverDays: number
  /** What one run may read and evaluate (max-nodes, max-pairs). */
  limits: Limits
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
  const expiryText = getInput(env, 'expiry-warning-days') || String(DEFAULT_EXPIRY_WARNING_DAYS)
  const expiryWarningDays = parseDays(expiryText)
  if (expiryWarningDays === undefined) return { ok: false, message: `input expiry-warning-days: "${expiryText}" is not a whole number of days from 0 to 3650` }
  const waiverText = getInput(env, 'max-waiver-days') || String(DEFAULT_MAX_WAIVER_DAYS)
  const maxWaiverDays = parseDays(waiverText)
  if (maxWaiverDays === undefined) return { ok: false, message: `input max-waiver-days: "${waiverText}" is not a whole number of days from 0 to 3650` }
  const maxBytes = parseByteSize(getInput(env, 'max-bytes') || '16MiB')
  if (maxBytes === undefined) return { ok: false, message: `input max-bytes: "${getInput(env, 'max-bytes')}" is not a size such as 16MiB, 500KiB or 1000000` }
  const limits: Limits = { ...DEFAULT_LIMITS }
  for (const [input, key] of [['max-nodes', 'maxNodes'], ['max-pairs', 'maxPairs']] as const) {
    const text = getInput(env, input)
    if (text === '') continue
    const value = parseLimit(text, LIMIT_CEILINGS[key])
    if (value === undefined) return { ok: false, message: `input ${input}: "${text}" is not a whole number from 1 to ${formatCount(LIMIT_CEILINGS[key])} (250000, 250k or 1M)` }
    limits[key] = value
  }
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
      maxWaiverDays,
      limits,
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
