import { check, type CheckReport } from '../../src/app/check.js'
import { parseRunOptions, type RunOptions } from '../../src/app/options.js'

/** The moment the tests' exceptions are judged against, unless a test says otherwise. */
export const TEST_NOW = new Date('2026-06-01T12:00:00Z')

/**
 * `check` as both shells call it, on `topology` under `cwd`, with the default options but for
 * `overrides`; a matrix option that cannot be used fails the test.
 */
export async function checkRun(
  topology: readonly string[],
  cwd: string,
  overrides: Partial<RunOptions> = {},
  now = TEST_NOW,
): Promise<CheckReport> {
  const defaults = parseRunOptions({}, 'flag')
  if (!defaults.ok) throw new Error(defaults.message)
  const outcome = await check({ ...defaults.options, topology, ...overrides }, { cwd, now })
  if (!outcome.ok) throw new Error(`the matrix option cannot be used: ${outcome.problem.message}`)
  return outcome.report
}
