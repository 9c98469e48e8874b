import { parseByteSize } from '../core/byte-size.js'
import type { Policy } from '../core/policy.js'
import { formatCount } from '../core/format.js'
import {
  DEFAULT_LIMITS,
  DEFAULT_MAX_BYTES,
  LIMIT_CEILINGS,
  parseLimit,
  type Limits,
} from '../core/limits.js'
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  DEFAULT_MAX_WAIVER_DAYS,
  parseDays,
  parseFailOn,
} from '../core/policy.js'
import type { Status } from '../core/types.js'

// The options of a run, read once for both shells: the action's inputs and the CLI's flags are the
// same options under two spellings, so they share one set of defaults and one set of checks here.
// The shells only say where the text came from (`wording`), so that each error names the option as
// its user wrote it.

/** What a run of `check` or `plan` is given: topology files, the policy and the limits. */
export interface RunOptions {
  /** Topology paths and glob patterns, relative to the workspace (the CLI's working directory). */
  topology: readonly string[]
  /** A glob pattern matching no file is fine; a run with no files at all then passes. */
  allowEmpty: boolean
  failOn: ReadonlySet<Status>
  /** A built-in matrix id or a matrix file; wins over each topology's `matrix:`. Absent: the files decide. */
  matrix?: string
  /** Exceptions expiring within this many days get a notice; 0 turns that off. */
  expiryWarningDays: number
  /** Exceptions expiring further ahead than this many days get a warning; 0 turns that off. */
  maxWaiverDays: number
  /** Topology files larger than this are refused before they are read. */
  maxBytes: number
  /** What one run may read and evaluate (max-nodes, max-pairs). */
  limits: Limits
  /** New-only mode: findings the files already had at this git revision do not count. */
  baseRevision?: string
}

/**
 * The options as text, as the shell received them; absent means the default. (The action passes a
 * blank input as absent, as the runner gives every input declared in action.yml, set or not.)
 */
export interface RunOptionsText {
  topology?: readonly string[]
  allowEmpty?: boolean
  'fail-on'?: string
  matrix?: string
  'expiry-warning-days'?: string
  'max-waiver-days'?: string
  'max-bytes'?: string
  'max-nodes'?: string
  'max-pairs'?: string
  base?: string
}

/** The options given as text, in the order they are checked; each shell spells them its own way. */
export const TEXT_OPTIONS = [
  'fail-on',
  'matrix',
  'expiry-warning-days',
  'max-waiver-days',
  'max-bytes',
  'max-nodes',
  'max-pairs',
  'base',
] as const satisfies readonly (keyof RunOptionsText)[]

/**
 * The options as text from a shell: `textOf` gives an option's text, or undefined where the shell
 * got none (a flag not given, an input left blank, an option the shell does not have).
 */
export function runOptionsText(
  topology: readonly string[],
  allowEmpty: boolean,
  textOf: (option: (typeof TEXT_OPTIONS)[number]) => string | undefined,
): RunOptionsText {
  const text: RunOptionsText = { topology, allowEmpty }
  for (const option of TEXT_OPTIONS) {
    const value = textOf(option)
    if (value !== undefined) text[option] = value
  }
  return text
}

/** The topology file a run reads when it is given none. */
export const DEFAULT_TOPOLOGY = 'coexist.yml'

/** How the shell names its options in messages: action inputs (`input max-bytes`) or CLI flags (`--max-bytes`). */
export type OptionWording = 'input' | 'flag'

export type RunOptionsOutcome = { ok: true; options: RunOptions } | { ok: false; message: string }

/** The one place that checks a run's options and fills in their defaults. */
export function parseRunOptions(text: RunOptionsText, wording: OptionWording): RunOptionsOutcome {
  const invalid = (option: string, given: string, expected: string): RunOptionsOutcome => ({
    ok: false,
    message:
      wording === 'input'
        ? `input ${option}: "${given}" is not ${expected}`
        : `--${option} must be ${expected}, not "${given}"`,
  })
  const failOn = parseFailOn(text['fail-on'] ?? '')
  if (!failOn.ok)
    return { ok: false, message: wording === 'input' ? `input ${failOn.message}` : failOn.message }
  const days: Partial<Record<'expiry-warning-days' | 'max-waiver-days', number>> = {}
  for (const [option, fallback] of [
    ['expiry-warning-days', DEFAULT_EXPIRY_WARNING_DAYS],
    ['max-waiver-days', DEFAULT_MAX_WAIVER_DAYS],
  ] as const) {
    const given = text[option]
    const value = given === undefined ? fallback : parseDays(given)
    if (value === undefined)
      return invalid(option, given as string, 'a whole number of days from 0 to 3650')
    days[option] = value
  }
  const maxBytesText = text['max-bytes']
  const maxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : parseByteSize(maxBytesText)
  if (maxBytes === undefined)
    return invalid('max-bytes', maxBytesText as string, 'a size such as 16MiB, 500KiB or 1000000')
  const limits: Limits = { ...DEFAULT_LIMITS }
  for (const [option, key] of [
    ['max-nodes', 'maxNodes'],
    ['max-pairs', 'maxPairs'],
  ] as const) {
    const given = text[option]
    if (given === undefined) continue
    const value = parseLimit(given, LIMIT_CEILINGS[key])
    if (value === undefined)
      return invalid(
        option,
        given,
        `a whole number from 1 to ${formatCount(LIMIT_CEILINGS[key])} (250000, 250k or 1M)`,
      )
    limits[key] = value
  }
  const topology = text.topology && text.topology.length > 0 ? text.topology : [DEFAULT_TOPOLOGY]
  // An empty --matrix or --base is no choice at all, as an empty input is.
  const matrix = text.matrix || undefined
  const base = text.base || undefined
  return {
    ok: true,
    options: {
      topology,
      allowEmpty: text.allowEmpty === true,
      failOn: failOn.failOn,
      ...(matrix === undefined ? {} : { matrix }),
      expiryWarningDays: days['expiry-warning-days'] as number,
      maxWaiverDays: days['max-waiver-days'] as number,
      maxBytes,
      limits,
      ...(base === undefined ? {} : { baseRevision: base }),
    },
  }
}

/** The policy a run judges by, at the moment `now`. */
export function policyOf(options: RunOptions, now: Date): Policy {
  return {
    failOn: options.failOn,
    now,
    expiryWarningDays: options.expiryWarningDays,
    maxWaiverDays: options.maxWaiverDays,
  }
}
