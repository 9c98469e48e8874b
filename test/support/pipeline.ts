// The real pipeline on a text, in process, and what tests read of its outcome: checkTopology with
// a fixed clock and fail-on, on a topology written in the test or on a fixture, and diagnostics
// reduced to what a test pins down.
import { checkTopology } from '../../src/core/check.js'
import type { Policy } from '../../src/core/policy.js'
import type { Diagnostic, FileReport, Status } from '../../src/core/types.js'
import { fixtureText } from './fixtures.js'
import { FIXED_NOW } from './runtimes.js'

/** The policy of a run: fail on `failOn` (not-supported by default), judging exceptions at `now` (FIXED_NOW, so expiry never depends on the day the tests run). */
export function policy(
  failOn: readonly Status[] = ['not-supported'],
  now: Date = FIXED_NOW,
): Policy {
  return { failOn: new Set(failOn), now }
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export interface CheckArgs {
  /** The name the report gives the file; coexist.yml by default. */
  file?: string
  failOn?: readonly Status[]
  now?: Date
}

/** checkTopology on a text (encoded as UTF-8) or on raw bytes. */
export function check(source: string | Uint8Array, args: CheckArgs = {}): FileReport {
  const bytes = typeof source === 'string' ? utf8(source) : source
  return checkTopology(args.file ?? 'coexist.yml', bytes, { policy: policy(args.failOn, args.now) })
}

/** check on test/<folder>/fixtures/<name>, which the report names by its file name unless `args.file` says otherwise. */
export function checkFixture(folder: string, name: string, args: CheckArgs = {}): FileReport {
  return check(fixtureText(folder, name), { file: name, ...args })
}

/** Diagnostics reduced to what a test pins down: where, and what. */
export function where(
  diagnostics: readonly Diagnostic[],
): { line: number; column: number; endLine: number; endColumn: number; message: string }[] {
  return diagnostics.map(({ line, column, endLine, endColumn, message }) => ({
    line,
    column,
    endLine,
    endColumn,
    message,
  }))
}

/** `[line, column, message]` of each diagnostic, for compact assertions. */
export function lcm(diagnostics: readonly Diagnostic[]): [number, number, string][] {
  return diagnostics.map((d) => [d.line, d.column, d.message])
}

/**
 * One server `s1` running `server` and one client `c1` running `client`: the server's product value
 * is on line 3, column 14; the client's on line 6, column 14; `workloads:` (when given) on line 7.
 */
export function pairTopology(
  client: string,
  server: string,
  workloads?: readonly string[],
): string {
  return [
    'servers:',
    '  - name: s1',
    `    product: ${server}`,
    'clients:',
    '  - name: c1',
    `    product: ${client}`,
    ...(workloads === undefined ? [] : [`    workloads: [${workloads.join(', ')}]`]),
    '',
  ].join('\n')
}
