// A regression test at the scale of a large estate: rendering once overflowed the call stack by
// spreading a file's 170,000 summary lines into one push() (100,000 populations, 3 servers).
import { describe, expect, it } from 'vitest'
import type { FileReport } from '../../src/core/types.js'
import { buildReport } from '../../src/core/check.js'
import { SUMMARY_LIMIT_BYTES, summaryReporter } from '../../src/reporters/summary.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { pair } from '../support/sample-reports.js'

describe('summaryReporter on 150,000 populations', () => {
  it('renders without overflowing the stack and stays under the limit', () => {
    const count = 150_000
    const clients = Array.from({ length: count }, (_, i) => ({
      name: `c${i}`,
      product: 'Lync 2010 Attendee',
      servers: ['pool13'],
    }))
    const results = clients.map((c, i) =>
      pair({
        client: c.name,
        server: 'pool13',
        clientProduct: c.product,
        serverProduct: 'Lync Server 2013',
        line: i + 5,
        status: 'not-supported',
        severity: 'error',
      }),
    )
    const file: FileReport = {
      file: 'estate.yml',
      matrix: 'lync-server-2013',
      topology: { servers: [{ name: 'pool13', product: 'Lync Server 2013' }], clients },
      results,
      errors: [],
      warnings: [],
      notices: [],
    }
    const summary = renderToString(summaryReporter, buildReport([file]))
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 16 * 1024)
    expect(summary).toContain('This summary was cut at')
    expect(summary.split('\n')[0]).toBe('## ❌ coexist: compatibility check failed')
  })
})
