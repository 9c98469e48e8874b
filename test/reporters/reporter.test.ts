// The Reporter contract every output format keeps: a pure function of the report, one string,
// whole lines only.
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/types.js'
import { annotationsReporter } from '../../src/reporters/annotations.js'
import { jsonReporter } from '../../src/reporters/json.js'
import type { Reporter } from '../../src/reporters/reporter.js'
import { summaryReporter } from '../../src/reporters/summary.js'
import { textReporter } from '../../src/reporters/text.js'
import { checkFixture, cleanFile, invalidFile, reportOf, sampleFile } from './helpers.js'

const REPORTERS: [string, Reporter][] = [
  ['annotations', annotationsReporter],
  ['json', jsonReporter],
  ['summary', summaryReporter],
  ['text', textReporter({ color: false })],
  ['text with colour', textReporter({ color: true })],
]

const REPORTS: [string, () => Report][] = [
  ['a hand-built report with every kind of finding', () => reportOf(sampleFile())],
  ['a clean report', () => reportOf(cleanFile())],
  ['a report of a file that could not be evaluated', () => reportOf(invalidFile())],
  ['a report of several files', () => reportOf(sampleFile(), invalidFile(), cleanFile('second.yml'))],
  ['a report from the YAML pipeline', () => reportOf(checkFixture('estate.yml'), checkFixture('hostile.yml'))],
]

describe.each(REPORTERS)('the %s reporter', (_name, reporter) => {
  it.each(REPORTS)('renders %s as whole lines, without touching the report', (_what, make) => {
    const report = make()
    const before = structuredClone(report)
    const output = reporter.render(report)
    expect(typeof output).toBe('string')
    expect(output === '' || output.endsWith('\n')).toBe(true)
    expect(report).toStrictEqual(before)
    // Pure: the same report renders the same way again.
    expect(reporter.render(make())).toBe(output)
  })

  it('renders a report without files', () => {
    expect(() => reporter.render({ passed: true, files: [] })).not.toThrow()
  })
})
