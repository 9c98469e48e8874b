// A regression test at the scale of a large estate: rendering once overflowed the call stack by
// spreading a file's 170,000 summary lines into one push() (100,000 populations, 3 servers).
import { describe, expect, it } from 'vitest'
import type { FileReport } from '../../src/core/types.js'
import { buildReport } from '../../src/core/check.js'
import { SUMMARY_LIMIT_BYTES, summaryReporter } from '../../src/reporters/summary.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { pair } from '../support/sample-reports.js'
import { PR_COMMENT_MAX_LENGTH, renderPrComment } from '../../src/reporters/pr-comment.js'
import { textReporter } from '../../src/reporters/text.js'
import { SARIF_MAX_RESULTS, sarifLog } from '../../src/reporters/sarif.js'

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

/** `file` with its clients behind a proxy that counts the rows read: a renderer that stops reads few. */
function countingRows(file: FileReport): { file: FileReport; read: () => number } {
  const clients = file.topology?.clients ?? []
  const seen = new Set<number>()
  const proxy = new Proxy(clients, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) seen.add(Number(key))
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return {
    file: { ...file, topology: { servers: file.topology?.servers ?? [], clients: proxy } },
    read: () => seen.size,
  }
}

function estate(count: number): FileReport {
  const clients = Array.from({ length: count }, (_, i) => ({
    name: `c${i}`,
    product: 'Lync 2010 Attendee',
    servers: ['pool13'],
  }))
  return {
    file: 'estate.yml',
    matrix: 'lync-server-2013',
    topology: { servers: [{ name: 'pool13', product: 'Lync Server 2013' }], clients },
    results: clients.map((c, i) =>
      pair({
        client: c.name,
        server: 'pool13',
        clientProduct: c.product,
        serverProduct: 'Lync Server 2013',
        line: i + 5,
        status: 'not-supported',
        severity: 'error',
      }),
    ),
    errors: [],
    warnings: [],
    notices: [],
  }
}

describe('the capped outputs on 100,000 pairs stop rendering at their cap', () => {
  const big = estate(100_000)

  it('the job summary renders only the rows that fit', () => {
    const { file, read } = countingRows(big)
    const summary = renderToString(summaryReporter, buildReport([file]))
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 16 * 1024)
    const rows = summary.split('\n').filter((l) => l.startsWith('<tr>')).length
    // One row past the last kept one is made (the one that did not fit), none after it.
    expect(read()).toBe(rows + 1)
    expect(read()).toBeLessThan(20_000)
  })

  it('the PR comment renders only the rows that fit', () => {
    const { file, read } = countingRows(big)
    const body = renderPrComment(buildReport([file]))
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_MAX_LENGTH)
    expect(read()).toBeLessThan(1_000)
  })

  it('the step log lists 200 findings and says how many more there are', () => {
    const text = renderToString(
      textReporter({ color: false, limit: { findings: 200, elsewhere: 'elsewhere' } }),
      buildReport([big]),
    )
    expect(text.split('\n').filter((l) => l.includes(': error: ')).length).toBe(200)
    expect(text).toContain('99,800 more findings are not shown here')
    expect(Buffer.byteLength(text)).toBeLessThan(100 * 1024)
  })

  it('the SARIF log keeps 25,000 results and a notification says how many are left out and where', () => {
    const log = sarifLog(buildReport([big]))
    const [run] = log.runs
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS)
    expect(run.invocations?.[0]?.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      '75,000 more results are not in this log: GitHub code scanning accepts at most 25,000 results per run, so the most severe are kept. The JSON report lists every result.',
    ])
  })
})
