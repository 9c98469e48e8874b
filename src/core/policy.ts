import { didYouMean } from './suggest.js'
import { STATUSES, type Status } from './types.js'

/** How a run judges what it finds: which statuses fail it, and how exceptions are held to account. */
export interface Policy {
  /** Statuses that fail the run. Empty: nothing fails (`fail-on: none`). */
  failOn: ReadonlySet<Status>
  /** The moment exceptions are judged against. */
  now: Date
  /** An exception expiring within this many days gets a notice (0: never). */
  expiryWarningDays?: number
  /**
   * An exception whose `expires` lies further ahead than this many days gets a warning (it still
   * waives): an accepted risk is meant to be reviewed, not accepted for good. 0 or absent: no limit.
   */
  maxWaiverDays?: number
}

export const DEFAULT_FAIL_ON = 'not-supported'

/** Exceptions that expire within this many days get a notice (action input and CLI option expiry-warning-days). */
export const DEFAULT_EXPIRY_WARNING_DAYS = 30

/** An accepted risk is to be reviewed at least once a year (max-waiver-days). */
export const DEFAULT_MAX_WAIVER_DAYS = 365

/** A number of days as the options take it: a whole number from 0 to 3650 (ten years). */
export function parseDays(text: string): number | undefined {
  return /^\d{1,4}$/.test(text) && Number(text) <= 3650 ? Number(text) : undefined
}

/**
 * Reads `fail-on`: a comma-separated list of statuses, or `none`. Empty means the default, so an
 * action input left blank behaves like one left out.
 */
export function parseFailOn(
  text: string,
): { ok: true; failOn: Set<Status> } | { ok: false; message: string } {
  const words = (text.trim() === '' ? DEFAULT_FAIL_ON : text)
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '')
  if (words.length === 0)
    return {
      ok: false,
      message: `fail-on: "${text}" names no status; use a comma-separated list of ${STATUSES.join(', ')}, or none`,
    }
  if (words.length === 1 && words[0] === 'none') return { ok: true, failOn: new Set() }
  const failOn = new Set<Status>()
  for (const word of words) {
    if (!(STATUSES as readonly string[]).includes(word)) {
      const hint =
        word === 'none' ? ' ("none" cannot be combined with statuses)' : didYouMean(word, STATUSES)
      return {
        ok: false,
        message: `fail-on: unknown status "${word}"${hint}; use a comma-separated list of ${STATUSES.join(', ')}, or none`,
      }
    }
    failOn.add(word as Status)
  }
  return { ok: true, failOn }
}
