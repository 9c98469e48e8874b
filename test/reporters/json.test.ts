import { describe, expect, it } from 'vitest'
import type { FileReport, Report } from '../../src/core/types.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { CHUNK_LENGTH, renderToString } from '../../src/reporters/reporter.js'
import { buildReport } from '../../src/core/check.js'
import {
  type JsonReport,
  jsonReportObject,
  parseJsonReport,
  reportSchemaErrors,
} from '../support/json-report.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  estateFinding,
  F1,
  F2,
  F3,
  invalidFile,
  pair,
  reportOf,
  sampleFile,
} from '../support/sample-reports.js'

const render = (...files: FileReport[]) => renderToString(jsonReporter, reportOf(...files))
const parse = (...files: FileReport[]) => parseJsonReport(render(...files))
/** cleanFile checked against a custom matrix `house` read from matrixFile: its results cite that matrix. */
const houseFile = (file: string, matrixFile: string): FileReport => {
  const clean = cleanFile(file)
  return {
    ...clean,
    matrix: 'house',
    matrixFile,
    results: clean.results.map((r) => ({
      ...r,
      source: { ...r.source, matrix: 'house', matrixFile },
    })),
  }
}
/** The matrix a result or finding names, from the report's `matrices`. */
const matrixOf = (json: JsonReport, item: { matrix: string }) => json.matrices[item.matrix]!

const RESULT_KEYS = [
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'matrix',
  'client',
  'server',
  'clientProduct',
  'serverProduct',
  'status',
  'severity',
  'waived',
  'preexisting',
  'workloads',
  'footnotes',
  'replacement',
  'alternatives',
  'workloadVerdicts',
  'missingUpdate',
  'source',
  'exception',
  'title',
  'message',
]

describe('jsonReporter', () => {
  it('is one object { version, passed, counts, matrices, results, findings, errors, warnings, notices }, in that order', () => {
    const json = parse(sampleFile())
    expect(json.version).toBe(2)
    expect(Object.keys(json)).toEqual([
      'version',
      'passed',
      'counts',
      'matrices',
      'results',
      'findings',
      'errors',
      'warnings',
      'notices',
    ])
  })

  it('adds the baseline after the counts in new-only mode, with its problem when there was one', () => {
    const compared = parseJsonReport(
      renderToString(jsonReporter, buildReport([sampleFile()], { revision: 'a1b2c3d4e5f6a7b8' })),
    )
    expect(Object.keys(compared)).toEqual([
      'version',
      'passed',
      'counts',
      'baseline',
      'matrices',
      'results',
      'findings',
      'errors',
      'warnings',
      'notices',
    ])
    expect(compared.baseline).toStrictEqual({ revision: 'a1b2c3d4e5f6a7b8' })
    const failed = parseJsonReport(
      renderToString(
        jsonReporter,
        buildReport([sampleFile()], {
          revision: 'a1b2c3d',
          problem: 'the base commit a1b2c3d is not in the checkout',
        }),
      ),
    )
    expect(failed.baseline).toStrictEqual({
      revision: 'a1b2c3d',
      problem: 'the base commit a1b2c3d is not in the checkout',
    })
  })

  it('marks pre-existing results, counts them apart, and passes when the only error is pre-existing', () => {
    const file = sampleFile()
    file.results = file.results.map((r) =>
      r.severity === 'error' || r.severity === 'warning' ? { ...r, preexisting: true } : r,
    )
    const json = parseJsonReport(
      renderToString(jsonReporter, buildReport([file], { revision: 'abc' })),
    )
    expect(json.passed).toBe(true)
    expect(json.counts).toStrictEqual({
      errors: 0,
      warnings: 1,
      notices: 2,
      waived: 1,
      preexisting: 2,
      pairs: 6,
    })
    expect(json.results.map((r) => [r.client, r.preexisting])).toEqual([
      ['workers', false],
      ['workers', false],
      ['chat', false],
      ['legacy', true],
      ['partners', false],
      ['attendees', true],
    ])
  })

  it('puts each top-level key on a line of its own, and each result on one line in compact JSON', () => {
    const report = reportOf(cleanFile())
    const result = JSON.stringify(jsonReportObject(report).results[0])
    const matrix = JSON.stringify(jsonReportObject(report).matrices['lync-server-2013'])
    expect(renderToString(jsonReporter, report)).toBe(
      `{\n  "version": 2,\n  "passed": true,\n  "counts": {"errors":0,"warnings":0,"notices":0,"waived":0,"preexisting":0,"pairs":1},\n  "matrices": {\n    "lync-server-2013":${matrix}\n  },\n  "results": [\n    ${result}\n  ],\n  "findings": [],\n  "errors": [],\n  "warnings": [],\n  "notices": []\n}\n`,
    )
  })

  it('parses back to exactly the report as one object, every kind of value and hostile text included', () => {
    const report = richReport()
    const output = renderToString(jsonReporter, report)
    // Compared as JSON text: the same values, the same key order, the same members left out.
    const json = parseJsonReport(output)
    expect(JSON.stringify(json)).toBe(JSON.stringify(jsonReportObject(report)))
    // One line per matrix, per result, per estate finding and per diagnostic, whatever the names hold.
    const matrices = Object.keys(json.matrices).length
    expect(matrices).toBe(2)
    const counts = { results: 0, findings: 0, errors: 0, warnings: 0, notices: 0 }
    for (const file of report.files) {
      for (const kind of ['results', 'errors', 'warnings', 'notices'] as const)
        counts[kind] += file[kind].length
      counts.findings += file.estate?.length ?? 0
    }
    expect(counts.findings).toBe(2)
    expect(output.split('\n')).toHaveLength(
      1 +
        4 +
        (matrices + 2) +
        (counts.results + 2) +
        (counts.findings + 2) +
        (counts.errors + 2) +
        (counts.warnings + 2) +
        (counts.notices + 2) +
        1 +
        1,
    )
  })

  it('gives a large report in pieces of about CHUNK_LENGTH, each result a line that parses on its own', () => {
    const file = cleanFile()
    file.results = Array.from({ length: 3000 }, (_, i) =>
      pair({
        client: `c${i}`,
        server: 'pool13',
        clientProduct: 'Lync 2013',
        serverProduct: 'Lync Server 2013',
        line: i + 5,
      }),
    )
    const report = reportOf(file)
    const chunks = [...jsonReporter.chunks(report)]
    parseJsonReport(chunks.join(''))
    const lines = chunks.join('').split('\n')
    const longest = Math.max(...lines.map((line) => line.length + 1))
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_LENGTH + longest)
    const resultLines = lines.slice(lines.indexOf('  "results": [') + 1, lines.indexOf('  ],'))
    expect(resultLines.map((line) => JSON.parse(line.replace(/,$/, '')) as unknown)).toEqual(
      jsonReportObject(report).results,
    )
  })

  it('states the verdict and the counts', () => {
    const json = parse(sampleFile())
    expect(json.passed).toBe(false)
    expect(json.counts).toStrictEqual({
      errors: 1,
      warnings: 2,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 6,
    })
    expect(parse(cleanFile()).passed).toBe(true)
  })

  it('lists every pair, supported ones included, in the order of the file', () => {
    expect(
      parse(sampleFile()).results.map(
        (r) => `${String(r.client)}/${String(r.server)}:${String(r.severity)}`,
      ),
    ).toEqual([
      'workers/pool13:none',
      'workers/pool10:none',
      'chat/pool10:notice',
      'legacy/pool13:warning',
      'partners/pool13:notice',
      'attendees/pool13:error',
    ])
  })

  it('writes a plain supported pair with every field and no replacement or exception', () => {
    const json = parse(sampleFile())
    expect(json.results[0]).toStrictEqual({
      file: 'estate.yml',
      line: 7,
      column: 14,
      endLine: 7,
      endColumn: 23,
      matrix: 'lync-server-2013',
      client: 'workers',
      server: 'pool13',
      clientProduct: 'Lync 2013',
      serverProduct: 'Lync Server 2013',
      status: 'supported',
      severity: 'none',
      waived: false,
      preexisting: false,
      workloads: [],
      footnotes: [],
      source: { ref: '1' },
      title: 'Lync 2013 on Lync Server 2013: supported',
      message: 'workers (Lync 2013) is supported on pool13 (Lync Server 2013).',
    })
    expect(json.matrices['lync-server-2013']?.sources['1']).toStrictEqual({
      title: 'Supported clients from previous deployments in Lync Server 2013',
      table: 'Supported Server and Client Combinations',
    })
  })

  it('writes a waived pair with its footnote ids, its replacement and its exception', () => {
    const json = parse(sampleFile())
    expect(json.results[4]).toStrictEqual({
      file: 'estate.yml',
      line: 16,
      column: 14,
      endLine: 16,
      endColumn: 32,
      matrix: 'lync-server-2013',
      client: 'partners',
      server: 'pool13',
      clientProduct: 'Lync 2010 Attendee',
      serverProduct: 'Lync Server 2013',
      status: 'not-supported',
      severity: 'notice',
      waived: true,
      preexisting: false,
      workloads: [],
      footnotes: ['2'],
      replacement: 'Lync Web App 2013',
      source: { ref: '1' },
      exception: { reason: 'CHG-1234', expires: '2099-03-31' },
      title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
      message:
        'partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
    })
    const matrix = json.matrices['lync-server-2013']
    expect(matrix?.footnotes['2']).toBe('Lync Web App 2013 replaces Lync 2010 Attendee.')
    expect(matrix?.sources['1']).toStrictEqual({
      title: 'Supported clients from previous deployments in Lync Server 2013',
      table: 'Supported Server and Client Combinations',
    })
  })

  it('writes the warnings about the input with file, line, column and message', () => {
    const json = parse(sampleFile())
    expect(json.errors).toStrictEqual([])
    expect(json.warnings).toStrictEqual([
      {
        file: 'estate.yml',
        line: 24,
        column: 14,
        endLine: 24,
        endColumn: 24,
        message: 'the exception for "legacy" on "pool13" expired',
      },
    ])
    expect(json.notices).toStrictEqual([])
  })

  it('writes exceptions that expire soon as notices, after the warnings, and counts them', () => {
    const file = sampleFile()
    file.notices.push({
      file: 'estate.yml',
      line: 30,
      column: 14,
      endLine: 30,
      endColumn: 24,
      message:
        'the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days',
    })
    const json = parse(file)
    expect(json.notices).toStrictEqual([
      {
        file: 'estate.yml',
        line: 30,
        column: 14,
        endLine: 30,
        endColumn: 24,
        message:
          'the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days',
      },
    ])
    expect(json.counts).toStrictEqual({
      errors: 1,
      warnings: 2,
      notices: 3,
      waived: 1,
      preexisting: 0,
      pairs: 6,
    })
  })

  it('writes the alternatives and the source of a result as the core gives them', () => {
    const file = cleanFile()
    const first = file.results[0]
    if (first) {
      first.alternatives = { clients: ['Lync Web App 2013', 'Lync 2013'], servers: [] }
      first.source = {
        matrix: 'house-rules',
        title: 'Our table',
        url: 'https://example.com/t',
        note: 'Board decision.',
      }
    }
    const json = parse(file)
    const result = json.results[0]
    expect(result?.matrix).toBe('house-rules')
    expect(result?.alternatives).toBe('1')
    expect(result?.source).toStrictEqual({ ref: '1', note: 'Board decision.' })
    expect(json.matrices['house-rules']).toStrictEqual({
      id: 'house-rules',
      footnotes: {},
      sources: { '1': { title: 'Our table', url: 'https://example.com/t' } },
      alternatives: { '1': { clients: ['Lync Web App 2013', 'Lync 2013'], servers: [] } },
    })
  })

  it('writes the input errors of a file that could not be evaluated, and no results for it', () => {
    const json = parse(invalidFile())
    expect(json).toStrictEqual({
      version: 2,
      passed: false,
      counts: { errors: 2, warnings: 0, notices: 0, waived: 0, preexisting: 0, pairs: 0 },
      matrices: {},
      results: [],
      findings: [],
      errors: [
        {
          file: 'broken.yml',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 30,
          message: 'unknown server product "Lync Server 2099"',
        },
        {
          file: 'broken.yml',
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 28,
          message: 'client "users" names server "nowhere", which is not declared under servers',
        },
      ],
      warnings: [],
      notices: [],
    })
  })

  it('puts the results, errors and warnings of all files in one list each, file by file', () => {
    const json = parse(sampleFile(), invalidFile(), cleanFile('second.yml'))
    expect(json.results.map((r) => r.file)).toEqual([
      'estate.yml',
      'estate.yml',
      'estate.yml',
      'estate.yml',
      'estate.yml',
      'estate.yml',
      'second.yml',
    ])
    expect(json.errors.map((e) => e.file)).toEqual(['broken.yml', 'broken.yml'])
    expect(json.warnings.map((w) => w.file)).toEqual(['estate.yml'])
    expect(json.counts).toStrictEqual({
      errors: 3,
      warnings: 2,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 7,
    })
  })

  it("keeps the footnotes of each result in the result's own order", () => {
    const file = sampleFile()
    const last = file.results[5]
    if (last) last.footnotes = [F2, F1]
    const json = parse(file)
    expect(json.results[5]?.footnotes).toStrictEqual(['2', '1'])
    // The matrix's table gives the texts, in the matrix's order of ids.
    expect(json.matrices['lync-server-2013']?.footnotes).toStrictEqual({
      '1': F1.text,
      '2': F2.text,
      '3': F3.text,
    })
  })

  it('writes topology strings verbatim: JSON needs no HTML escaping', () => {
    const file = cleanFile()
    const name = '<script>"x"</script>\n::error::y \u001b[31m & | ` @a **b** Bob\'s'
    const first = file.results[0]
    if (first) first.client = name
    expect(parse(file).results[0]?.client).toBe(name)
  })
})

describe('schema/report.schema.json and the references of a report', () => {
  const valid = () => JSON.parse(render(sampleFile())) as JsonReport
  const problems = (report: unknown) => {
    try {
      parseJsonReport(JSON.stringify(report))
      return ''
    } catch (e) {
      return (e as Error).message
    }
  }

  it('accepts what the reporter writes', () => {
    expect(reportSchemaErrors(valid())).toEqual([])
    expect(problems(valid())).toBe('')
  })

  it('rejects a version 1 report', () => {
    const report = { ...valid(), version: 1 }
    expect(reportSchemaErrors(report)).toContain('/version must be equal to constant')
    expect(problems(report)).toMatch(/does not match schema\/report\.schema\.json/)
  })

  it('rejects a footnote id its matrix does not define', () => {
    const report = valid()
    const waived = report.results[4]!
    waived.footnotes = ['2', '99']
    // The schema cannot see it; the reference check does.
    expect(reportSchemaErrors(report)).toEqual([])
    expect(problems(report)).toContain('/results/4: no footnote 99')
  })

  it('rejects a dangling matrix, source or alternatives reference', () => {
    const report = valid()
    report.results[0]!.matrix = 'nowhere'
    report.results[1]!.source = { ref: '7' }
    report.results[3]!.alternatives = '9'
    expect(problems(report).split('\n').slice(1)).toEqual([
      '/results/0: no matrix nowhere',
      '/results/1: no source 7',
      '/results/3: no alternatives 9',
    ])
  })

  it('rejects a result without a required field, and a field of version 1', () => {
    const report = valid()
    delete (report.results[0] as Partial<JsonReport['results'][number]>).status
    report.results[1] = { ...report.results[1]!, matrixFile: 'rules/house.yml' }
    const errors = reportSchemaErrors(report)
    expect(errors).toContain("/results/0 must have required property 'status'")
    expect(errors).toContain('/results/1 must NOT have unevaluated properties')
    expect(problems(report)).toContain("/results/0 must have required property 'status'")
  })

  it('rejects a report without its matrices', () => {
    const report: Partial<JsonReport> = valid()
    delete report.matrices
    expect(reportSchemaErrors(report)).toContain("/ must have required property 'matrices'")
  })
})

describe('jsonReporter on YAML fixtures', () => {
  it('gives every pair of estate.yml with exactly the documented fields', () => {
    const json = parse(checkFixture('reporters', 'estate.yml'))
    expect(json.passed).toBe(false)
    // The second error is the server rule: the three pools side by side.
    expect(json.counts).toStrictEqual({
      errors: 2,
      warnings: 3,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 8,
    })
    expect(json.results).toHaveLength(8)
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(RESULT_KEYS.filter((k) => Object.hasOwn(result, k)))
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(
          RESULT_KEYS.filter(
            (k) =>
              ![
                'replacement',
                'alternatives',
                'workloadVerdicts',
                'missingUpdate',
                'exception',
              ].includes(k),
          ),
        ),
      )
      // Alternatives exactly where nothing works: not supported and not applicable.
      expect(Object.hasOwn(result, 'alternatives')).toBe(
        result.status === 'not-supported' || result.status === 'not-applicable',
      )
      // Each footnote id resolves to its text in the result's matrix.
      for (const id of result.footnotes)
        expect(typeof matrixOf(json, result).footnotes[id]).toBe('string')
    }
    expect(
      json.results.map((r) => [
        r.client,
        r.server,
        r.status,
        r.severity,
        r.waived,
        r.footnotes,
        r.workloads,
      ]),
    ).toEqual([
      ['workers', 'pool13', 'supported', 'none', false, [], []],
      ['workers', 'pool10', 'supported', 'none', false, [], []],
      ['chat', 'pool10', 'supported', 'notice', false, ['1'], []],
      ['chat', 'pool13', 'not-applicable', 'warning', false, [], []],
      ['sales', 'pool13', 'interoperable', 'warning', false, ['3'], []],
      ['sales', 'ocs', 'supported', 'none', false, [], []],
      ['field', 'pool13', 'not-supported', 'error', false, ['3'], ['conferencing']],
      ['partners', 'pool13', 'not-supported', 'notice', true, ['2'], []],
    ])
    expect(json.results[7]).toMatchObject({
      file: 'estate.yml',
      line: 25,
      column: 14,
      replacement: 'Lync Web App 2013',
      exception: {
        reason: 'Moving to Lync Web App 2013 in wave 3 (CHG-1234)',
        expires: '2099-03-31',
      },
    })
    // Checked by hand against matrices/lync-server-2013.json: the replacement, then what Lync Server
    // 2013 supports, three at most (Lync 2010 Attendant, the fourth, is left out).
    const last = json.results[7]!
    expect(matrixOf(json, last).alternatives[last.alternatives!]).toStrictEqual({
      clients: ['Lync Web App 2013', 'Lync 2013', 'Lync 2010'],
      servers: ['Lync Server 2010'],
    })
    // Only the populations that declare workloads have their verdicts, each stated for the workload or the pair's own.
    expect(json.results.map((r) => [r.client, r.server, r.workloadVerdicts])).toEqual([
      ['workers', 'pool13', undefined],
      ['workers', 'pool10', undefined],
      ['chat', 'pool10', undefined],
      ['chat', 'pool13', undefined],
      [
        'sales',
        'pool13',
        [
          { workload: 'im', status: 'interoperable', from: 'pair' },
          { workload: 'presence', status: 'interoperable', from: 'pair' },
        ],
      ],
      [
        'sales',
        'ocs',
        [
          { workload: 'im', status: 'supported', from: 'pair' },
          { workload: 'presence', status: 'supported', from: 'pair' },
        ],
      ],
      [
        'field',
        'pool13',
        [
          { workload: 'im', status: 'interoperable', from: 'pair' },
          { workload: 'conferencing', status: 'not-supported', from: 'workload' },
        ],
      ],
      ['partners', 'pool13', undefined],
    ])
    expect(last.matrix).toBe('lync-server-2013')
    expect(Object.keys(last.source ?? {})).toEqual(['ref'])
    expect(matrixOf(json, last).sources[last.source!.ref!]).toStrictEqual({
      title: 'Supported clients from previous deployments in Lync Server 2013',
      table: 'Supported Server and Client Combinations',
      url: 'https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)',
    })
    expect(json.warnings).toStrictEqual([
      {
        file: 'estate.yml',
        line: 36,
        column: 14,
        endLine: 36,
        endColumn: 24,
        message:
          'the exception for "sales" on "ocs" expired at the end of 2020-01-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      },
    ])
  })

  it('gives the errors of invalid.yml with their positions', () => {
    const json = parse(checkFixture('reporters', 'invalid.yml'))
    expect(json.results).toEqual([])
    expect(json.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['invalid.yml', 3, 14],
      ['invalid.yml', 7, 21],
    ])
  })
})

/**
 * A report with every optional member both present and absent, nested values shared between
 * results (as evaluate shares them) and members set to `undefined`, a file without a matrix, a
 * failed baseline, and names full of quotes, control and line-separator characters, markup, a
 * lone surrogate and characters outside the Basic Multilingual Plane.
 */
function richReport(): Report {
  const hostile =
    '</script><!-- "q" \\ \u0000\u0007\u001b[31m\n\r\t\u2028\u2029 \ud800 é 中文 😀 ::error::x'
  const footnotes = [F1, { id: '</script>', text: hostile }]
  const source = {
    matrix: 'house-rules',
    title: hostile,
    table: undefined,
    url: 'https://example.com/t?a=1&b=2',
    note: hostile,
  }
  const alternatives = { clients: ['Lync Web App 2013', hostile], servers: [] }
  const workloads = ['conferencing', hostile]
  const shared = {
    footnotes,
    source,
    alternatives,
    workloads,
    status: 'not-supported' as const,
    clientProduct: 'Lync 2010 Attendee',
    serverProduct: 'Lync Server 2013',
  }
  const estate = sampleFile()
  estate.results.push(
    pair({
      ...shared,
      client: hostile,
      server: 'pool13',
      line: 40,
      severity: 'error',
      preexisting: true,
      replacement: undefined,
      exception: undefined,
      title: hostile,
      message: hostile,
    }),
    pair({
      ...shared,
      client: `${hostile}-2`,
      server: hostile,
      line: 41,
      severity: 'notice',
      waived: true,
      replacement: 'Lync Web App 2013',
      exception: { reason: hostile, expires: '2099-03-31', owner: 'uc-team', ticket: undefined },
    }),
    pair({
      ...shared,
      client: 'twin',
      server: 'pool13',
      line: 42,
      severity: 'error',
      alternatives: { clients: [], servers: [] },
      footnotes: [{ id: '1', text: F1.text }],
    }),
  )
  estate.notices.push(diagnostic({ line: 50, column: 3, message: hostile }))
  estate.warnings.push(
    diagnostic({ line: 3, column: 14, topic: 'server-version', message: hostile }),
  )
  estate.estate = [
    estateFinding({
      kind: 'server-rule',
      subject: `pool13, ${hostile}`,
      line: 8,
      related: [{ line: 4, column: 14, endLine: 4, endColumn: 30, message: hostile }],
      source: {
        matrix: 'lync-server-2013',
        title: hostile,
        url: 'https://example.com/t?a=1&b=2',
        quote: hostile,
        note: undefined,
      },
      title: hostile,
      message: hostile,
    }),
    estateFinding({
      kind: 'capability',
      subject: hostile,
      line: 12,
      status: 'undocumented',
      severity: 'warning',
      preexisting: true,
      source: { matrix: 'lync-server-2013' },
      related: undefined,
    }),
  ]
  const noMatrix: FileReport = { ...cleanFile('no matrix.yml'), matrix: undefined }
  return buildReport([estate, invalidFile(), noMatrix, cleanFile(`sites/${hostile}.yml`)], {
    revision: 'a1b2c3d',
    problem: hostile,
  })
}

describe('jsonReporter and problems past the per-file listing limit', () => {
  it('adds an unlisted member, per file, only when a file found more problems than it lists', () => {
    const clean = parseJsonReport(renderToString(jsonReporter, reportOf(cleanFile())))
    expect(Object.hasOwn(clean, 'unlisted')).toBe(false)
    const json = parseJsonReport(
      renderToString(
        jsonReporter,
        reportOf(cleanFile(), {
          ...invalidFile(),
          unlisted: { errors: 5, warnings: 0, notices: 1 },
        }),
      ),
    )
    expect(json.unlisted).toEqual([{ file: 'broken.yml', errors: 5, warnings: 0, notices: 1 }])
    expect([json.counts.errors, json.counts.notices]).toEqual([7, 1])
  })

  it("names a custom matrix's file once, in its entry of matrices, and keys a second file sharing the id by id@file", () => {
    const json = parse(houseFile('clean.yml', 'rules/house.yml'), houseFile('b.yml', 'b/house.yml'))
    expect(json.results.map((r) => r.matrix)).toEqual(['house', 'house@b/house.yml'])
    expect(json.results.map((r) => Object.hasOwn(r, 'matrixFile'))).toEqual([false, false])
    expect(
      Object.entries(json.matrices).map(([key, m]) => [key, m.id, m.file, m.sources['1']?.title]),
    ).toEqual([
      [
        'house',
        'house',
        'rules/house.yml',
        'Supported clients from previous deployments in Lync Server 2013',
      ],
      [
        'house@b/house.yml',
        'house',
        'b/house.yml',
        'Supported clients from previous deployments in Lync Server 2013',
      ],
    ])
  })
})

describe('jsonReporter and findings about the estate', () => {
  const SERVER_RULE_DOCUMENT = {
    title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
  }
  const SERVER_RULE_SOURCE = {
    note: 'Likewise for migration: "Migration from an environment running both of these previous versions is not supported."',
    quote:
      'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.',
  }

  it('writes the server rule of estate.yml in findings, at the last of its pools, with the others as related lines', () => {
    const json = parse(checkFixture('reporters', 'estate.yml'))
    expect(json.findings).toStrictEqual([
      {
        file: 'estate.yml',
        line: 8,
        column: 14,
        endLine: 8,
        endColumn: 25,
        matrix: 'lync-server-2013',
        kind: 'server-rule',
        subject: 'ocs, pool10, pool13',
        status: 'not-supported',
        severity: 'error',
        preexisting: false,
        source: { ref: '2', ...SERVER_RULE_SOURCE },
        related: [
          {
            line: 4,
            column: 14,
            endLine: 4,
            endColumn: 30,
            message: 'server "pool13" (Lync Server 2013)',
          },
          {
            line: 6,
            column: 14,
            endLine: 6,
            endColumn: 30,
            message: 'server "pool10" (Lync Server 2010)',
          },
        ],
        title:
          'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
        message: `Lync Server 2013 ("pool13", line 4), Lync Server 2010 ("pool10", line 6) and Office Communications Server 2007 R2 ("ocs", line 8) run side by side, which is not supported. The source: "${SERVER_RULE_SOURCE.quote}"`,
      },
    ])
    // The pairs cite the client table first: the server rule's document is the matrix's second.
    expect(json.matrices['lync-server-2013']?.sources['2']).toStrictEqual(SERVER_RULE_DOCUMENT)
  })

  it('writes a capability finding without a related member, and counts it under its severity', () => {
    const file = check(
      [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: web',
        '    product: Lync Web App 2013',
        '    workloads: [im]',
        '',
      ].join('\n'),
    )
    const json = parse(file)
    expect(json.passed).toBe(false)
    expect(json.counts).toStrictEqual({
      errors: 1,
      warnings: 0,
      notices: 0,
      waived: 0,
      preexisting: 0,
      pairs: 1,
    })
    expect(json.results.map((r) => [r.client, r.server, r.status, r.severity])).toEqual([
      ['web', 'pool13', 'supported', 'none'],
    ])
    expect(json.findings).toStrictEqual([
      {
        file: 'coexist.yml',
        line: 8,
        column: 17,
        endLine: 8,
        endColumn: 19,
        matrix: 'all-generations',
        kind: 'capability',
        subject: 'web',
        status: 'not-supported',
        severity: 'error',
        preexisting: false,
        source: {
          ref: '2',
          note: 'Desktop client comparison tables for Lync Server 2013, IM Support, column "Lync Web App": "Initiate IM or email to a contact" is not marked.',
        },
        title: 'Lync Web App 2013 does not offer instant messaging',
        message:
          'web (Lync Web App 2013) declares instant messaging, which Lync Web App 2013 does not offer at all: Table 2 of Client interoperability in Lync 2013 says "Lync Web App and Lync 2010 Attendee are meeting-only clients". Remove im from the population, or use a client that offers every workload it declares and is supported on its servers: Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac.',
      },
    ])
    expect(json.matrices['all-generations']?.sources['2']).toStrictEqual({
      title: 'Desktop client comparison tables for Lync Server 2013',
      table: 'Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)',
      url: 'https://technet.microsoft.com/en-us/library/Gg425836(v=OCS.15)',
    })
  })

  it("lists the findings of all files in one list, file by file, each on a line of its own, with a custom matrix's file", () => {
    const first = sampleFile()
    first.estate = [
      estateFinding({
        kind: 'server-rule',
        subject: 'pool13, pool10',
        line: 5,
        status: 'undocumented',
        severity: 'warning',
        source: { matrix: 'lync-server-2013' },
      }),
    ]
    const second: FileReport = {
      ...cleanFile('second.yml'),
      matrix: 'house',
      matrixFile: 'rules/house.yml',
      estate: [
        estateFinding({
          file: 'second.yml',
          kind: 'client-product',
          subject: 'old',
          line: 9,
          source: {
            matrix: 'house',
            matrixFile: 'rules/house.yml',
            title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
            url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
          },
        }),
      ],
    }
    const report = reportOf(first, second)
    const output = renderToString(jsonReporter, report)
    const lines = output.split('\n')
    const start = lines.indexOf('  "findings": [')
    expect(lines.slice(start, start + 4)).toEqual([
      '  "findings": [',
      '    {"file":"estate.yml","line":5,"column":14,"endLine":5,"endColumn":30,"matrix":"lync-server-2013","kind":"server-rule","subject":"pool13, pool10","status":"undocumented","severity":"warning","preexisting":false,"title":"pool13, pool10: undocumented","message":"pool13, pool10 is undocumented."},',
      '    {"file":"second.yml","line":9,"column":14,"endLine":9,"endColumn":30,"matrix":"house","kind":"client-product","subject":"old","status":"not-supported","severity":"error","preexisting":false,"source":{"ref":"1"},"title":"old: not-supported","message":"old is not-supported."}',
      '  ],',
    ])
    const json = parseJsonReport(output)
    expect(JSON.stringify(json)).toBe(JSON.stringify(jsonReportObject(report)))
    // The custom matrix's file is named once, on its entry; the finding's document is its first.
    expect(json.matrices.house).toStrictEqual({
      id: 'house',
      file: 'rules/house.yml',
      footnotes: {},
      sources: {
        '1': {
          title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
          url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
        },
      },
      alternatives: {},
    })
    // The estate findings count under their severity: one more error and one more warning than the pairs alone.
    expect(json.counts).toStrictEqual({
      errors: 2,
      warnings: 3,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 7,
    })
  })

  it('passes when the only failing estate finding is pre-existing, and counts it apart', () => {
    const file = cleanFile()
    file.estate = [
      estateFinding({
        file: 'clean.yml',
        kind: 'capability',
        subject: 'workers',
        line: 6,
        preexisting: true,
      }),
    ]
    const json = parseJsonReport(
      renderToString(jsonReporter, buildReport([file], { revision: 'abc' })),
    )
    expect(json.passed).toBe(true)
    expect(json.counts).toStrictEqual({
      errors: 0,
      warnings: 0,
      notices: 0,
      waived: 0,
      preexisting: 1,
      pairs: 1,
    })
    expect(json.findings.map((f) => f.preexisting)).toEqual([true])
    file.estate = [
      { ...(file.estate[0] as NonNullable<FileReport['estate']>[number]), preexisting: false },
    ]
    expect(parse(file).passed).toBe(false)
  })

  it('gives a warning its topic only when it has one', () => {
    const file = cleanFile()
    file.warnings.push(
      diagnostic({
        file: 'clean.yml',
        line: 3,
        column: 14,
        endColumn: 30,
        topic: 'server-version',
        message: 'declare a version',
      }),
      diagnostic({ file: 'clean.yml', line: 9, column: 5, message: 'an exception' }),
    )
    expect(parse(file).warnings).toStrictEqual([
      {
        file: 'clean.yml',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 30,
        topic: 'server-version',
        message: 'declare a version',
      },
      { file: 'clean.yml', line: 9, column: 5, endLine: 9, endColumn: 6, message: 'an exception' },
    ])
  })

  it("writes a pair's missing update and its workload verdicts after its alternatives", () => {
    const file = check(
      [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        '    version: 5.0.8308.556',
        'clients:',
        '  - name: office',
        '    product: Skype for Business 2016',
        '    servers: [pool13]',
        '    workloads: [im]',
        '',
      ].join('\n'),
    )
    const [result] = parse(file).results
    expect(Object.keys(result ?? {})).toEqual(
      RESULT_KEYS.filter((k) => !['replacement', 'alternatives', 'exception'].includes(k)),
    )
    expect([
      result?.status,
      result?.severity,
      result?.workloadVerdicts,
      result?.missingUpdate,
    ]).toEqual([
      'supported',
      'notice',
      [{ workload: 'im', status: 'supported', from: 'pair' }],
      { id: 'dec-2014', name: 'December 2014 cumulative update', build: '5.0.8308.857' },
    ])
  })
})
