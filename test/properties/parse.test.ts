// Property 1: whatever bytes a topology file holds, checkTopology answers (never throws) and every
// position it gives is inside the file: 1 ≤ line ≤ endLine ≤ line count, columns ≥ 1.
import fc from 'fast-check'
import { EVENT_ID, parseEvents } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { checkTopology } from '../../src/core/check.js'
import { estimateNodes } from '../../src/core/document.js'
import type { Span } from '../../src/core/types.js'
import {
  anyText,
  bytesOf,
  lineCount,
  NOW,
  serialize,
  timeoutFor,
  topologySpecOf,
  type Format,
} from '../support/arbitraries.js'

const topologySpec = topologySpecOf({ servers: [1, 4], clients: [1, 6] })

const POLICY = { failOn: new Set(['not-supported'] as const), now: NOW, expiryWarningDays: 30 }

function spansInside(text: string, spans: Span[]): void {
  const lines = lineCount(text)
  for (const span of spans) {
    expect(span.line, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    expect(span.endLine, JSON.stringify(span)).toBeGreaterThanOrEqual(span.line)
    expect(span.endLine, JSON.stringify(span)).toBeLessThanOrEqual(lines)
    expect(span.column, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    expect(span.endColumn, JSON.stringify(span)).toBeGreaterThanOrEqual(1)
    if (span.endLine === span.line)
      expect(span.endColumn, JSON.stringify(span)).toBeGreaterThanOrEqual(span.column)
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
            spansInside(text, [
              ...report.errors,
              ...report.warnings,
              ...report.notices,
              ...report.results,
            ])
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
        fc.property(
          fc.uint8Array({ maxLength: 200 }),
          fc.constantFrom('yml', 'json'),
          (bytes, format) => {
            const report = checkTopology(`topology.${format}`, bytes, { policy: POLICY })
            const text = new TextDecoder().decode(bytes)
            spansInside(text, [...report.errors, ...report.results])
          },
        ),
      )
    },
    timeoutFor(5),
  )
})

describe('estimateNodes (the node budget checked before parsing)', () => {
  // The estimate decides whether js-yaml may parse a file at all: if it were ever below the real
  // count, a file could slip past max-nodes and make js-yaml build events without bound.
  const countNodes = (text: string): number | undefined => {
    try {
      return parseEvents(text, { maxDepth: 100 }).filter(
        (e) => e.type !== EVENT_ID.DOCUMENT && e.type !== EVENT_ID.POP,
      ).length
    } catch {
      return undefined
    }
  }

  it(
    'is never below the number of nodes js-yaml reports, for any text it parses',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const nodes = countNodes(text)
          if (nodes !== undefined)
            expect(estimateNodes(text), JSON.stringify(text)).toBeGreaterThanOrEqual(nodes)
        }),
      )
    },
    timeoutFor(5),
  )

  it(
    'is never below it for well-formed topologies either, in YAML or JSON',
    () => {
      fc.assert(
        fc.property(topologySpec, fc.constantFrom<Format>('yml', 'json'), (spec, format) => {
          const text = serialize(spec, format)
          expect(estimateNodes(text)).toBeGreaterThanOrEqual(countNodes(text) ?? 0)
        }),
      )
    },
    timeoutFor(5),
  )
})
