// The GitLab Code Quality report: every field GitLab documents for an issue, with its type; the
// severities; and fingerprints that name a finding, not its line, unique within a report and the
// same as the SARIF log's, so GitLab's comparison with the base branch sees moved lines as unchanged.
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/types.js'
import { gitlabReporter, type CodeQualityIssue } from '../../src/reporters/gitlab.js'
import { CHUNK_LENGTH, renderToString } from '../../src/reporters/reporter.js'
import { sarifLog } from '../../src/reporters/sarif.js'
import { fixtureText } from '../support/fixtures.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  invalidFile,
  pair,
  reportOf,
  sampleFile,
  manyFailingPairs,
} from '../support/sample-reports.js'

const render = (report: Report) => JSON.parse(renderToString(gitlabReporter, report)) as unknown[]

const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker']

describe('the GitLab Code Quality report', () => {
  const reports: [string, Report][] = [
    ['hand-built', reportOf(sampleFile(), invalidFile(), cleanFile('second.yml'))],
    ['estate', reportOf(checkFixture('reporters', 'sarif-estate.yml'))],
    ['hostile', reportOf(checkFixture('reporters', 'sarif-hostile.yml'))],
    ['invalid', reportOf(checkFixture('reporters', 'sarif-invalid.yml'))],
  ]

  it.each(reports)(
    'gives every issue of the %s report the fields GitLab documents',
    (_, report) => {
      const issues = render(report)
      expect(issues.length).toBeGreaterThan(0)
      for (const issue of issues) {
        expect(Object.keys(issue as object).sort()).toEqual(
          ['check_name', 'description', 'fingerprint', 'location', 'severity'].sort(),
        )
        const { description, check_name, fingerprint, severity, location } =
          issue as CodeQualityIssue
        expect(typeof description).toBe('string')
        expect(description).not.toBe('')
        expect(check_name).toMatch(/^coexist\/[a-z0-9/-]+$/)
        expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
        expect(SEVERITIES).toContain(severity)
        expect(Object.keys(location).sort()).toEqual(['lines', 'path'])
        expect(typeof location.path).toBe('string')
        expect(location.path.startsWith('./')).toBe(false)
        expect(Object.keys(location.lines)).toEqual(['begin'])
        expect(Number.isInteger(location.lines.begin) && location.lines.begin >= 1).toBe(true)
      }
    },
  )

  it.each(reports)('gives the issues of the %s report distinct fingerprints', (_, report) => {
    const fingerprints = (render(report) as CodeQualityIssue[]).map((i) => i.fingerprint)
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
  })

  it('lists the input problems and every finding a person should read, with its severity', () => {
    const issues = render(reportOf(sampleFile(), invalidFile())) as CodeQualityIssue[]
    expect(
      issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.severity]),
    ).toEqual([
      ['estate.yml', 24, 'coexist/exception', 'major'],
      ['estate.yml', 19, 'coexist/not-supported', 'blocker'],
      ['estate.yml', 13, 'coexist/interoperable', 'major'],
      ['estate.yml', 10, 'coexist/supported', 'info'],
      ['estate.yml', 16, 'coexist/not-supported', 'info'],
      ['broken.yml', 3, 'coexist/invalid-topology', 'blocker'],
      ['broken.yml', 7, 'coexist/invalid-topology', 'blocker'],
    ])
    expect(issues[1]?.description).toBe(
      'Lync 2010 Attendee on Lync Server 2013: not supported. attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. Footnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.',
    )
    expect(issues[5]?.description).toBe('unknown server product "Lync Server 2099".')
  })

  it('says how many problems a file has beyond those it lists', () => {
    const file = invalidFile()
    file.unlisted = { errors: 12, warnings: 0, notices: 3 }
    const issues = render(reportOf(file)) as CodeQualityIssue[]
    expect(issues.slice(2).map((i) => [i.check_name, i.severity, i.description])).toEqual([
      [
        'coexist/unlisted',
        'blocker',
        '… and 12 more errors not listed (coexist lists the first 100 of each kind in a file).',
      ],
      [
        'coexist/unlisted',
        'info',
        '… and 3 more notices not listed (coexist lists the first 100 of each kind in a file).',
      ],
    ])
  })

  it('fingerprints a finding as the SARIF log does', () => {
    const report = reportOf(checkFixture('reporters', 'sarif-estate.yml'))
    const fromSarif = sarifLog(report).runs[0].results.map(
      (r) => Object.values(r.partialFingerprints)[0],
    )
    const issues = render(report) as CodeQualityIssue[]
    expect(new Set(issues.map((i) => i.fingerprint))).toEqual(new Set(fromSarif))
  })

  it('keeps each fingerprint when the lines move, and changes it when the finding changes', () => {
    const text = fixtureText('reporters', 'sarif-estate.yml')
    const file = 'topologies/coexist.yml'
    const issues = (source: string) =>
      render(reportOf(check(source, { file }))) as CodeQualityIssue[]
    const before = issues(text)
    const moved = issues(`# three lines\n# of comments\n# on top\n${text}`)
    expect(moved.map((i) => i.location.lines.begin)).toEqual(
      before.map((i) => i.location.lines.begin + 3),
    )
    expect(moved.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint))
    const renamed = issues(text.replaceAll('visitors', 'guests'))
    const visitors = before.find((i) => i.description.includes('visitors'))
    const guests = renamed.find((i) => i.description.includes('guests'))
    expect(guests?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(guests?.fingerprint).not.toBe(visitors?.fingerprint)
  })

  it('gives two identical input problems of a file two fingerprints', () => {
    const file = invalidFile()
    file.errors = [
      diagnostic({ file: 'broken.yml', line: 3, column: 14, message: 'unknown product "X"' }),
      diagnostic({ file: 'broken.yml', line: 9, column: 14, message: 'unknown product "X"' }),
    ]
    const [first, second] = render(reportOf(file)) as CodeQualityIssue[]
    expect(first?.fingerprint).not.toBe(second?.fingerprint)
  })

  it('gives paths relative to the repository, without "./"', () => {
    const file = cleanFile('./sites/ams/coexist.yml')
    file.results = [
      pair({
        file: file.file,
        client: 'c',
        server: 's',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 5,
        status: 'not-supported',
        severity: 'error',
      }),
    ]
    const [issue] = render(reportOf(file)) as CodeQualityIssue[]
    expect(issue?.location).toEqual({ path: 'sites/ams/coexist.yml', lines: { begin: 5 } })
  })

  it('is an empty array when there is nothing to read', () => {
    expect(renderToString(gitlabReporter, reportOf(cleanFile()))).toBe('[]\n')
    expect(renderToString(gitlabReporter, { passed: true, files: [] })).toBe('[]\n')
  })

  it('gives a large estate in pieces of about CHUNK_LENGTH, one issue a line', () => {
    const file = manyFailingPairs(100_000)
    const chunks = [...gitlabReporter.chunks(reportOf(file))]
    expect(chunks.length).toBeGreaterThan(100)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_LENGTH + 2000)
    const lines = chunks.join('').split('\n')
    expect(lines.length).toBe(100_000 + 3)
    expect(JSON.parse(lines[1]?.replace(/,$/, '') ?? '')).toMatchObject({ severity: 'blocker' })
  })
})
