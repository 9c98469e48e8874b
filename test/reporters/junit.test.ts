// The JUnit XML report, read as Jenkins, Azure Pipelines and GitLab read it: valid against the
// xUnit plugin's JUnit schema (vendored in fixtures/junit-10.xsd), failing exactly when coexist's
// verdict fails, its counts those of its elements, and every name from a topology kept as written
// or, where XML cannot hold a character, replaced, never breaking the document.
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { buildReport } from '../../src/core/check.js'
import type { FileReport, Report } from '../../src/core/types.js'
import { junitReporter } from '../../src/reporters/junit.js'
import { CHUNK_LENGTH, renderToString } from '../../src/reporters/reporter.js'
import { fixtureText } from '../support/fixtures.js'
import { checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  estateFinding,
  invalidFile,
  pair,
  reportOf,
  sampleFile,
  manyFailingPairs,
} from '../support/sample-reports.js'

const SCHEMA = { fileName: 'junit-10.xsd', contents: fixtureText('reporters', 'junit-10.xsd') }

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [SCHEMA],
  })
  return result.errors.map((e) => e.rawMessage)
}

/** The document as an XML parser reads it: canonical XML (C14N), which writes every character a parser keeps in one way. */
async function canonical(xml: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    normalization: 'c14n',
  })
  expect(result.errors.map((e) => e.rawMessage)).toEqual([])
  return result.normalized
}

/** Undoes C14N's escapes. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#x[0-9A-F]+);/g, (_, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : (({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[entity] as string),
  )
}

function attributesOf(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1] as string, decode(m[2] as string)]),
  )
}

interface Case {
  attributes: Record<string, string>
  outcome: 'passed' | 'failure' | 'error' | 'skipped'
  /** The outcome element's attributes and text, for a test that did not pass. */
  detail?: { attributes: Record<string, string>; text: string }
  systemOut?: string
}

interface Suite {
  attributes: Record<string, string>
  properties: Record<string, string>
  cases: Case[]
}

/** Root attributes and suites of a canonical document (C14N: attribute values hold no `"`, text no `<`). */
function read(xml: string): { root: Record<string, string>; suites: Suite[] } {
  const root = attributesOf(/<testsuites((?:\s+[\w-]+="[^"]*")*)>/.exec(xml)?.[1] ?? '')
  const suites = [
    ...xml.matchAll(/<testsuite((?:\s+[\w-]+="[^"]*")*)>([\s\S]*?)<\/testsuite>/g),
  ].map((suite) => ({
    attributes: attributesOf(suite[1] as string),
    properties: Object.fromEntries(
      [...(suite[2] as string).matchAll(/<property name="([^"]*)" value="([^"]*)">/g)].map((m) => [
        decode(m[1] as string),
        decode(m[2] as string),
      ]),
    ),
    cases: [
      ...(suite[2] as string).matchAll(/<testcase((?:\s+[\w-]+="[^"]*")*)>([\s\S]*?)<\/testcase>/g),
    ].map((m): Case => {
      const body = m[2] as string
      const detail = /<(failure|error|skipped)((?:\s+[\w-]+="[^"]*")*)>([^<]*)<\/\1>/.exec(body)
      const systemOut = /<system-out>([^<]*)<\/system-out>/.exec(body)?.[1]
      return {
        attributes: attributesOf(m[1] as string),
        outcome: (detail?.[1] as Case['outcome'] | undefined) ?? 'passed',
        ...(detail
          ? {
              detail: {
                attributes: attributesOf(detail[2] as string),
                text: decode(detail[3] as string),
              },
            }
          : {}),
        ...(systemOut === undefined ? {} : { systemOut: decode(systemOut) }),
      }
    }),
  }))
  return { root, suites }
}

async function render(
  report: Report,
): Promise<{ xml: string; root: Record<string, string>; suites: Suite[] }> {
  const xml = renderToString(junitReporter, report)
  expect(await schemaErrors(xml), 'against junit-10.xsd').toEqual([])
  return { xml, ...read(await canonical(xml)) }
}

describe('the JUnit report', () => {
  it('is valid against the JUnit schema, for every kind of report', async () => {
    for (const report of [
      reportOf(sampleFile(), invalidFile(), cleanFile('second.yml')),
      reportOf(checkFixture('reporters', 'sarif-estate.yml')),
      reportOf(checkFixture('reporters', 'sarif-hostile.yml')),
      reportOf(checkFixture('reporters', 'sarif-invalid.yml')),
      { passed: true, files: [] },
    ])
      await render(report)
  })

  it('is checked by a schema that refuses what JUnit readers would not read', async () => {
    const xml = renderToString(junitReporter, reportOf(sampleFile()))
    expect(await schemaErrors(xml.replace('<testsuite name=', '<testsuite title='))).not.toEqual([])
    expect(await schemaErrors(xml.replace('<failure ', '<failed '))).not.toEqual([])
  })

  it('has one suite per file, one testcase per pair, estate finding and input problem, each with its file and line', async () => {
    const { root, suites } = await render(reportOf(sampleFile(), invalidFile()))
    expect(suites.map((s) => s.attributes.name)).toEqual(['estate.yml', 'broken.yml'])
    const [estate, broken] = suites as [Suite, Suite]
    expect(estate.attributes.file).toBe('estate.yml')
    expect(estate.properties).toEqual({ 'coexist.matrix': 'lync-server-2013' })
    expect(estate.cases.map((c) => [c.attributes.name, c.attributes.line, c.outcome])).toEqual([
      ['workers on pool13 (Lync 2013 on Lync Server 2013)', '7', 'passed'],
      ['workers on pool10 (Lync 2013 on Lync Server 2010)', '7', 'passed'],
      ['chat on pool10 (Lync 2010 Group Chat on Lync Server 2010)', '10', 'passed'],
      ['legacy on pool13 (Office Communicator 2007 R2 on Lync Server 2013)', '13', 'skipped'],
      ['partners on pool13 (Lync 2010 Attendee on Lync Server 2013)', '16', 'passed'],
      ['attendees on pool13 (Lync 2010 Attendee on Lync Server 2013)', '19', 'failure'],
      ['Exception to review: the exception for "legacy" on "pool13" expired', '24', 'skipped'],
    ])
    for (const c of estate.cases) {
      expect(c.attributes.classname).toBe('estate.yml')
      expect(c.attributes.file).toBe('estate.yml')
    }
    expect(broken.cases.map((c) => [c.attributes.name, c.attributes.line, c.outcome])).toEqual([
      ['Invalid topology: unknown server product "Lync Server 2099"', '3', 'error'],
      [
        'Invalid topology: client "users" names server "nowhere", which is not declared under servers',
        '7',
        'error',
      ],
    ])
    expect(broken.cases[0]?.detail).toEqual({
      attributes: {
        message: 'unknown server product "Lync Server 2099"',
        type: 'coexist/invalid-topology',
      },
      text: 'Line 3, column 14: unknown server product "Lync Server 2099".',
    })
    expect(root).toEqual({ name: 'coexist', tests: '9', failures: '1', errors: '2' })
  })

  it('makes a failing pair a failure: its title, its status, then its message, footnotes and source', async () => {
    const { suites } = await render(reportOf(sampleFile()))
    const attendees = suites[0]?.cases[5]
    expect(attendees?.detail).toEqual({
      attributes: {
        message: 'Lync 2010 Attendee on Lync Server 2013: not supported',
        type: 'not-supported',
      },
      text: [
        'attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
        'Footnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.',
        'Source: Supported clients from previous deployments in Lync Server 2013, table "Supported Server and Client Combinations", as matrix lync-server-2013 cites it.',
      ].join('\n'),
    })
    const legacy = suites[0]?.cases[3]
    expect(legacy?.detail?.attributes).toEqual({
      message: 'Office Communicator 2007 R2 on Lync Server 2013: interoperable only',
      type: 'interoperable',
    })
    // A notice passes and says what it is in the test's output; a plain supported pair says nothing.
    expect(suites[0]?.cases[4]?.systemOut?.split('\n')[0]).toBe(
      'notice: Lync 2010 Attendee on Lync Server 2013: not supported',
    )
    expect(suites[0]?.cases[0]?.systemOut).toBeUndefined()
  })

  it('counts its failures, errors, skipped tests and tests, per suite and in all', async () => {
    const file = sampleFile()
    file.estate = [
      estateFinding({ kind: 'server-rule', subject: 'ocs, pool13', line: 4 }),
      estateFinding({
        kind: 'capability',
        subject: 'legacy',
        line: 13,
        severity: 'warning',
        status: 'undocumented',
      }),
    ]
    file.notices = [
      diagnostic({ line: 26, column: 14, message: 'the exception for "x" expires soon' }),
    ]
    const { root, suites } = await render(reportOf(file, invalidFile(), cleanFile('third.yml')))
    for (const suite of suites) {
      const count = (outcome: Case['outcome']) =>
        String(suite.cases.filter((c) => c.outcome === outcome).length)
      expect(suite.attributes).toMatchObject({
        tests: String(suite.cases.length),
        failures: count('failure'),
        errors: count('error'),
        skipped: count('skipped'),
      })
    }
    expect(
      suites.map((s) => [
        s.attributes.tests,
        s.attributes.failures,
        s.attributes.errors,
        s.attributes.skipped,
      ]),
    ).toEqual([
      ['10', '2', '0', '3'],
      ['2', '0', '2', '0'],
      ['1', '0', '0', '0'],
    ])
    expect(root).toEqual({ name: 'coexist', tests: '13', failures: '2', errors: '2' })
  })

  it('fails exactly when the verdict fails: pre-existing, waived and warned findings do not fail it', async () => {
    const passing = (file: FileReport) => {
      for (const r of file.results)
        if (r.severity === 'error') Object.assign(r, { preexisting: true })
      return file
    }
    const reports: Report[] = [
      reportOf(sampleFile()),
      reportOf(cleanFile()),
      reportOf(invalidFile()),
      buildReport([passing(sampleFile())], { revision: 'abc123' }),
      reportOf(checkFixture('reporters', 'sarif-estate.yml')),
      reportOf(checkFixture('reporters', 'sarif-invalid.yml')),
    ]
    expect(reports.map((r) => r.passed)).toEqual([false, true, false, true, false, false])
    for (const report of reports) {
      const { root } = await render(report)
      expect(Number(root.failures) + Number(root.errors) > 0, JSON.stringify(root)).toBe(
        !report.passed,
      )
    }
    const { suites } = await render(buildReport([passing(sampleFile())], { revision: 'abc123' }))
    expect(suites[0]?.cases[5]?.detail?.attributes.message).toBe(
      'Already in the base commit: Lync 2010 Attendee on Lync Server 2013: not supported',
    )
    expect(suites[0]?.properties).toEqual({
      'coexist.matrix': 'lync-server-2013',
      'coexist.baseline': 'abc123',
    })
  })

  it('keeps hostile names as written, and replaces what XML 1.0 cannot hold', async () => {
    const client = 'a"b\'c<d>&e ]]> f\tg\nh\r\ni'
    const server =
      'bell\u0007 vt\u000b nul\u0000 del\u007f c1\u0085 rlo\u202Eevil\u202C ffff\uffff lone\ud800 pair😀'
    const file = cleanFile('we"ird <&> ]]>.yml')
    file.results = [
      pair({
        file: file.file,
        client,
        server,
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 5,
        status: 'not-supported',
        severity: 'error',
        title: `${client} on ${server}`,
        message: `Text ]]> with <![CDATA[ and ${client}`,
      }),
    ]
    const { xml, suites } = await render(reportOf(file))
    expect(xml).not.toContain(']]>')
    const replaced =
      'bell\uFFFD vt\uFFFD nul\uFFFD del\uFFFD c1\uFFFD rlo\uFFFDevil\uFFFD ffff\uFFFD lone\uFFFD pair😀'
    const [suite] = suites as [Suite]
    expect(suite.attributes.name).toBe('we"ird <&> ]]>.yml')
    expect(suite.cases[0]?.attributes).toEqual({
      classname: 'we"ird <&> ]]>.yml',
      file: 'we"ird <&> ]]>.yml',
      line: '5',
      name: `${client} on ${replaced} (Lync 2010 Attendee on Lync Server 2013)`,
    })
    expect(suite.cases[0]?.detail?.attributes.message).toBe(`${client} on ${replaced}`)
    expect(suite.cases[0]?.detail?.text.split('\n').slice(0, 3)).toEqual([
      'Text ]]> with <![CDATA[ and a"b\'c<d>&e ]]> f\tg',
      'h\r',
      'i.',
    ])
  })

  it('gives a large estate in pieces of about CHUNK_LENGTH', async () => {
    const file = manyFailingPairs(100_000)
    const report = reportOf(file)
    let pieces = 0
    let longest = 0
    let failures = 0
    for (const chunk of junitReporter.chunks(report)) {
      pieces++
      longest = Math.max(longest, chunk.length)
      failures += chunk.split('<failure ').length - 1
    }
    expect(failures).toBe(100_000)
    expect(pieces).toBeGreaterThan(100)
    expect(longest).toBeLessThan(CHUNK_LENGTH + 2000)
  })

  it('is a pure function of the report', () => {
    const make = () => reportOf(sampleFile(), invalidFile())
    const report = make()
    const before = structuredClone(report)
    const output = renderToString(junitReporter, report)
    expect(report).toStrictEqual(before)
    expect(renderToString(junitReporter, make())).toBe(output)
    expect(output.endsWith('</testsuites>\n')).toBe(true)
  })
})
