// The Reporter contract every output format keeps: a pure function of the report, given in pieces
// that together are whole lines.
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/types.js'
import { annotationsReporter } from '../../src/reporters/annotations.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { prCommentReporter } from '../../src/reporters/pr-comment.js'
import {
  CHUNK_LENGTH,
  renderToString,
  writeReport,
  type Reporter,
} from '../../src/reporters/reporter.js'
import { sarifReporter } from '../../src/reporters/sarif.js'
import { summaryReporter } from '../../src/reporters/summary.js'
import { textReporter } from '../../src/reporters/text.js'
import { checkFixture } from '../support/pipeline.js'
import { cleanFile, invalidFile, pair, reportOf, sampleFile } from '../support/sample-reports.js'

const REPORTERS: [string, Reporter][] = [
  ['annotations', annotationsReporter],
  ['json', jsonReporter],
  ['pull request comment', prCommentReporter],
  ['sarif', sarifReporter],
  ['summary', summaryReporter],
  ['text', textReporter({ color: false })],
  ['text with colour', textReporter({ color: true })],
]

const REPORTS: [string, () => Report][] = [
  ['a hand-built report with every kind of finding', () => reportOf(sampleFile())],
  ['a clean report', () => reportOf(cleanFile())],
  ['a report of a file that could not be evaluated', () => reportOf(invalidFile())],
  [
    'a report of several files',
    () => reportOf(sampleFile(), invalidFile(), cleanFile('second.yml')),
  ],
  [
    'a report from the YAML pipeline',
    () =>
      reportOf(checkFixture('reporters', 'estate.yml'), checkFixture('reporters', 'hostile.yml')),
  ],
]

describe.each(REPORTERS)('the %s reporter', (_name, reporter) => {
  it.each(REPORTS)('renders %s as whole lines, without touching the report', (_what, make) => {
    const report = make()
    const before = structuredClone(report)
    const chunks = [...reporter.chunks(report)]
    for (const chunk of chunks) expect(typeof chunk).toBe('string')
    const output = chunks.join('')
    expect(output === '' || output.endsWith('\n')).toBe(true)
    expect(report).toStrictEqual(before)
    // Pure: the same report renders the same way again.
    expect(renderToString(reporter, make())).toBe(output)
  })

  it('renders a report without files', () => {
    expect(() => renderToString(reporter, { passed: true, files: [] })).not.toThrow()
  })
})

/** A report of `count` supported pairs: several pieces of JSON. */
function largeReport(count: number): Report {
  const file = cleanFile()
  file.results = Array.from({ length: count }, (_, i) =>
    pair({
      client: `c${i}`,
      server: 'pool13',
      clientProduct: 'Lync 2013',
      serverProduct: 'Lync Server 2013',
      line: i + 5,
    }),
  )
  return reportOf(file)
}

describe('writeReport', () => {
  it('writes the pieces in order, one write each', async () => {
    const report = largeReport(2000)
    const writes: string[] = []
    await writeReport(jsonReporter, report, { write: (text: string) => writes.push(text) })
    expect(writes.length).toBeGreaterThan(1)
    expect(writes).toEqual([...jsonReporter.chunks(report)])
    expect(writes.join('')).toBe(renderToString(jsonReporter, report))
  })

  it('waits for a stream that cannot keep up instead of queueing the whole output', async () => {
    const report = largeReport(2000)
    let received = ''
    let mostBuffered = 0
    const slow = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received += chunk
        setImmediate(done)
      },
    })
    const write = slow.write.bind(slow)
    slow.write = (chunk: string) => {
      const accepted = write(chunk)
      mostBuffered = Math.max(mostBuffered, slow.writableLength)
      return accepted
    }
    await writeReport(jsonReporter, report, slow)
    await new Promise<void>((resolve) => slow.end(resolve))
    expect(received).toBe(renderToString(jsonReporter, report))
    // Never more than the piece just written, whose length is CHUNK_LENGTH plus at most one result.
    expect(mostBuffered).toBeLessThan(CHUNK_LENGTH + 2000)
  })
})
