// Shared helpers for the core's unit tests: run the real pipeline on a text and read the outcome.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkTopology } from '../../src/core/check.js'
import type { Policy } from '../../src/core/evaluate.js'
import type { Diagnostic, FileReport, Status } from '../../src/core/types.js'

/** A fixed "now" so exception expiry never depends on the day the tests run. */
export const NOW = new Date('2026-06-01T12:00:00Z')

export function policy(failOn: readonly Status[] = ['not-supported'], now: Date = NOW): Policy {
  return { failOn: new Set(failOn), now }
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export interface CheckArgs {
  file?: string
  failOn?: readonly Status[]
  now?: Date
}

/** checkTopology on a text (encoded as UTF-8) or on raw bytes. */
export function check(source: string | Uint8Array, args: CheckArgs = {}): FileReport {
  const bytes = typeof source === 'string' ? utf8(source) : source
  return checkTopology(args.file ?? 'coexist.yml', bytes, { policy: policy(args.failOn, args.now) })
}

/** Diagnostics reduced to what a test pins down: where, and what. */
export function where(diagnostics: readonly Diagnostic[]): { line: number; column: number; endLine: number; endColumn: number; message: string }[] {
  return diagnostics.map(({ line, column, endLine, endColumn, message }) => ({ line, column, endLine, endColumn, message }))
}

/** `[line, column, message]` of each diagnostic, for compact assertions. */
export function lcm(diagnostics: readonly Diagnostic[]): [number, number, string][] {
  return diagnostics.map((d) => [d.line, d.column, d.message])
}

/**
 * One server `s1` running `server` and one client `c1` running `client`: the server's product value
 * is on line 3, column 14; the client's on line 6, column 14; `workloads:` (when given) on line 7.
 */
export function pairTopology(client: string, server: string, workloads?: readonly string[]): string {
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

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)))
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8')
}
