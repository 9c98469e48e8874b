// Property 1: whatever bytes a topology file holds, checkTopology answers (never throws) and every
// position it gives is inside the file: 1 ≤ line ≤ endLine ≤ line count, columns ≥ 1.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkTopology } from '../../src/core/check.js'
import type { Span } from '../../src/core/types.js'
import { anyText, bytesOf, lineCount, NOW, timeoutFor } from './arbitraries.js'

const POLICY = { failOn: new Set(['not-supported'] as const), now: NOW, expiryWarningDays: 30 }

function spansInside(text: string, spans: Span[]): void {
  const lines = lineCount(text)
  for (const span of spans) {
    expect(span.line, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    expect(span.endLine, JSON.stringify(span)).toBeGreaterThanOrEqual(span.line)
    expect(span.endLine, JSON.stringify(span)).toBeLessThanOrEqual(lines)
    expect(span.column, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    expect(span.endColumn, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    if (span.endLine === span.line) expect(span.endColumn, JSON.stringify(span)).toBeGreaterThanOrEqual(span.column)
  }
}

describe('checkTopology on arbitrary text', () => {
  for (const format of ['yml', 'json'] as const) {
    it(
      `never throws and keeps every position inside the file (.${format})`,
      () => {
        fc.assert(
          fc.property(anyText, (text) => {
            const report = checkTopology(`topology.${format}`, bytesOf(text), { policy: POLICY })
            spansInside(text, [...report.errors, ...report.warnings, ...report.notices, ...report.results])
            // A file is either evaluated or not: errors and results never come together.
            expect(report.errors.length === 0 || report.results.length === 0).toBe(true)
          }),
        )
      },
      timeoutFor(5),
    )
  }

  it(
    'never throws on arbitrary bytes, and positions stay inside the decoded text',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('yml', 'json'), (bytes, format) => {
          const report = checkTopology(`topology.${format}`, bytes, { policy: POLICY })
          const text = new TextDecoder().decode(bytes)
          spansInside(text, [...report.errors, ...report.results])
        }),
      )
    },
    timeoutFor(5),
  )
})
