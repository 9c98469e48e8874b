import { describe, expect, it } from 'vitest'
import type { FileReport, Report } from '../../src/core/types.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { CHUNK_LENGTH, renderToString } from '../../src/reporters/reporter.js'
import { buildReport } from '../../src/core/check.js'
import { jsonReportObject } from '../support/json-report.js'
import { checkFixture, cleanFile, diagnostic, F1, F2, invalidFile, pair, reportOf, sampleFile } from './helpers.js'

const render = (...files: FileReport[]) => renderToString(jsonReporter, reportOf(...files))
const parse = (...files: FileReport[]) => JSON.parse(render(...files)) as Record<string, unknown> & { results: Record<string, unknown>[] }

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
  'source',
  'exception',
  'title',
  'message',
]

describe('jsonReporter', () => {
  it('is one object { passed, counts, results, errors, warnings, notices }, in that order', () => {
    expect(Object.keys(parse(sampleFile()))).toEqual(['passed', 'counts', 'results', 'errors', 'warnings', 'notices'])
  })

  it('adds the baseline after the counts in new-only mode, with its problem when there was one', () => {
    const compared = JSON.parse(renderToString(jsonReporter, buildReport([sampleFile()], { revision: 'a1b2c3d4e5f6a7b8' }))) as Record<string, unknown>
    expect(Object.keys(compared)).toEqual(['passed', 'counts', 'baseline', 'results', 'errors', 'warnings', 'notices'])
    expect(compared.baseline).toStrictEqual({ revision: 'a1b2c3d4e5f6a7b8' })
    const failed = JSON.parse(renderToString(jsonReporter, buildReport([sampleFile()], { revision: 'a1b2c3d', problem: 'the base commit a1b2c3d is not in the checkout' }))) as Record<string, unknown>
    expect(failed.baseline).toStrictEqual({ revision: 'a1b2c3d', problem: 'the base commit a1b2c3d is not in the checkout' })
  })

  it('marks pre-existing results, counts them apart, and passes when the only error is pre-existing', () => {
    const file = sampleFile()
    file.results = file.results.map((r) => (r.severity === 'error' || r.severity === 'warning' ? { ...r, preexisting: true } : r))
    const json = JSON.parse(renderToString(jsonReporter, buildReport([file], { revision: 'abc' }))) as { passed: boolean; counts: unknown; results: { client: string; preexisting: boolean }[] }
    expect(json.passed).toBe(true)
    expect(json.counts).toStrictEqual({ errors: 0, warnings: 1, notices: 2, waived: 1, preexisting: 2, pairs: 6 })
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
    expect(renderToString(jsonReporter, report)).toBe(
      `{\n  "passed": true,\n  "counts": {"errors":0,"warnings":0,"notices":0,"waived":0,"preexisting":0,"pairs":1},\n  "results": [\n    ${result}\n  ],\n  "errors": [],\n  "warnings": [],\n  "notices": []\n}\n`,
    )
  })

  it('parses back to exactly the report as one object, every kind of value and hostile text included', () => {
    const report = richReport()
    const output = renderToString(jsonReporter, report)
    // Compared as JSON text: the same values, the same key order, the same members left out.
    expect(JSON.stringify(JSON.parse(output))).toBe(JSON.stringify(jsonReportObject(report)))
    // One line per result and per diagnostic, whatever the names hold.
    const counts = { results: 0, errors: 0, warnings: 0, notices: 0 }
    for (const file of report.files) for (const kind of ['results', 'errors', 'warnings', 'notices'] as const) counts[kind] += file[kind].length
    expect(output.split('\n')).toHaveLength(1 + 3 + (counts.results + 2) + (counts.errors + 2) + (counts.warnings + 2) + (counts.notices + 2) + 1 + 1)
  })

  it('gives a large report in pieces of about CHUNK_LENGTH, each result a line that parses on its own', () => {
    const file = cleanFile()
    file.results = Array.from({ length: 3000 }, (_, i) => pair({ client: `c${i}`, server: 'pool13', clientProduct: 'Lync 2013', serverProduct: 'Lync Server 2013', line: i + 5 }))
    const report = reportOf(file)
    const chunks = [...jsonReporter.chunks(report)]
    const lines = chunks.join('').split('\n')
    const longest = Math.max(...lines.map((line) => line.length + 1))
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_LENGTH + longest)
    const resultLines = lines.slice(lines.indexOf('  "results": [') + 1, lines.indexOf('  ],'))
    expect(resultLines.map((line) => JSON.parse(line.replace(/,$/, '')) as unknown)).toEqual(jsonReportObject(report).results)
  })

  it('states the verdict and the counts', () => {
    const json = parse(sampleFile())
    expect(json.passed).toBe(false)
    expect(json.counts).toStrictEqual({ errors: 1, warnings: 2, notices: 2, waived: 1, preexisting: 0, pairs: 6 })
    expect(parse(cleanFile()).passed).toBe(true)
  })

  it('lists every pair, supported ones included, in the order of the file', () => {
    expect(parse(sampleFile()).results.map((r) => `${String(r.client)}/${String(r.server)}:${String(r.severity)}`)).toEqual([
      'workers/pool13:none',
      'workers/pool10:none',
      'chat/pool10:notice',
      'legacy/pool13:warning',
      'partners/pool13:notice',
      'attendees/pool13:error',
    ])
  })

  it('writes a plain supported pair with every field and no replacement or exception', () => {
    expect(parse(sampleFile()).results[0]).toStrictEqual({
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
      source: { matrix: 'lync-server-2013', title: 'Supported clients from previous deployments in Lync Server 2013', table: 'Supported Server and Client Combinations' },
      title: 'Lync 2013 on Lync Server 2013: supported',
      message: 'workers (Lync 2013) is supported on pool13 (Lync Server 2013).',
    })
  })

  it('writes a waived pair with its footnotes as {id, text}, its replacement and its exception', () => {
    expect(parse(sampleFile()).results[4]).toStrictEqual({
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
      footnotes: [{ id: '2', text: 'Lync Web App 2013 replaces Lync 2010 Attendee.' }],
      replacement: 'Lync Web App 2013',
      source: { matrix: 'lync-server-2013', title: 'Supported clients from previous deployments in Lync Server 2013', table: 'Supported Server and Client Combinations' },
      exception: { reason: 'CHG-1234', expires: '2099-03-31' },
      title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
      message: 'partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
    })
  })

  it('writes the warnings about the input with file, line, column and message', () => {
    const json = parse(sampleFile())
    expect(json.errors).toStrictEqual([])
    expect(json.warnings).toStrictEqual([{ file: 'estate.yml', line: 24, column: 14, endLine: 24, endColumn: 24, message: 'the exception for "legacy" on "pool13" expired' }])
    expect(json.notices).toStrictEqual([])
  })

  it('writes exceptions that expire soon as notices, after the warnings, and counts them', () => {
    const file = sampleFile()
    file.notices.push({ file: 'estate.yml', line: 30, column: 14, endLine: 30, endColumn: 24, message: 'the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days' })
    const json = parse(file)
    expect(json.notices).toStrictEqual([{ file: 'estate.yml', line: 30, column: 14, endLine: 30, endColumn: 24, message: 'the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days' }])
    expect(json.counts).toStrictEqual({ errors: 1, warnings: 2, notices: 3, waived: 1, preexisting: 0, pairs: 6 })
  })

  it('writes the alternatives and the source of a result as the core gives them', () => {
    const file = cleanFile()
    const first = file.results[0]
    if (first) {
      first.alternatives = { clients: ['Lync Web App 2013', 'Lync 2013'], servers: [] }
      first.source = { matrix: 'house-rules', title: 'Our table', url: 'https://example.com/t', note: 'Board decision.' }
    }
    const result = parse(file).results[0]
    expect(result?.alternatives).toStrictEqual({ clients: ['Lync Web App 2013', 'Lync 2013'], servers: [] })
    expect(result?.source).toStrictEqual({ matrix: 'house-rules', title: 'Our table', url: 'https://example.com/t', note: 'Board decision.' })
  })

  it('writes the input errors of a file that could not be evaluated, and no results for it', () => {
    const json = parse(invalidFile())
    expect(json).toStrictEqual({
      passed: false,
      counts: { errors: 2, warnings: 0, notices: 0, waived: 0, preexisting: 0, pairs: 0 },
      results: [],
      errors: [
        { file: 'broken.yml', line: 3, column: 14, endLine: 3, endColumn: 30, message: 'unknown server product "Lync Server 2099"' },
        { file: 'broken.yml', line: 7, column: 21, endLine: 7, endColumn: 28, message: 'client "users" names server "nowhere", which is not declared under servers' },
      ],
      warnings: [],
      notices: [],
    })
  })

  it('puts the results, errors and warnings of all files in one list each, file by file', () => {
    const json = parse(sampleFile(), invalidFile(), cleanFile('second.yml'))
    expect(json.results.map((r) => r.file)).toEqual(['estate.yml', 'estate.yml', 'estate.yml', 'estate.yml', 'estate.yml', 'estate.yml', 'second.yml'])
    expect((json.errors as { file: string }[]).map((e) => e.file)).toEqual(['broken.yml', 'broken.yml'])
    expect((json.warnings as { file: string }[]).map((w) => w.file)).toEqual(['estate.yml'])
    expect(json.counts).toStrictEqual({ errors: 3, warnings: 2, notices: 2, waived: 1, preexisting: 0, pairs: 7 })
  })

  it('keeps the footnotes of each result in the result\'s own order', () => {
    const file = sampleFile()
    const last = file.results[5]
    if (last) last.footnotes = [F2, { id: '1', text: 'one' }]
    expect(parse(file).results[5]?.footnotes).toStrictEqual([F2, { id: '1', text: 'one' }])
  })

  it('writes topology strings verbatim: JSON needs no HTML escaping', () => {
    const file = cleanFile()
    const name = '<script>"x"</script>\n::error::y \u001b[31m & | ` @a **b** Bob\'s'
    const first = file.results[0]
    if (first) first.client = name
    expect(parse(file).results[0]?.client).toBe(name)
  })
})

describe('jsonReporter on YAML fixtures', () => {
  it('gives every pair of estate.yml with exactly the documented fields', () => {
    const json = parse(checkFixture('estate.yml'))
    expect(json.passed).toBe(false)
    expect(json.counts).toStrictEqual({ errors: 1, warnings: 3, notices: 2, waived: 1, preexisting: 0, pairs: 8 })
    expect(json.results).toHaveLength(8)
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(RESULT_KEYS.filter((k) => Object.hasOwn(result, k)))
      expect(Object.keys(result)).toEqual(expect.arrayContaining(RESULT_KEYS.filter((k) => k !== 'replacement' && k !== 'alternatives' && k !== 'exception')))
      // Alternatives exactly where nothing works: not supported and not applicable.
      expect(Object.hasOwn(result, 'alternatives')).toBe(result.status === 'not-supported' || result.status === 'not-applicable')
      for (const footnote of result.footnotes as Record<string, unknown>[]) expect(Object.keys(footnote)).toEqual(['id', 'text'])
    }
    expect(json.results.map((r) => [r.client, r.server, r.status, r.severity, r.waived, (r.footnotes as { id: string }[]).map((f) => f.id), r.workloads])).toEqual([
      ['workers', 'pool13', 'supported', 'none', false, [], []],
      ['workers', 'pool10', 'supported', 'none', false, [], []],
      ['chat', 'pool10', 'supported', 'notice', false, ['1'], []],
      ['chat', 'pool13', 'not-applicable', 'warning', false, [], []],
      ['sales', 'pool13', 'interoperable', 'warning', false, ['3'], []],
      ['sales', 'ocs', 'supported', 'none', false, [], []],
      ['field', 'pool13', 'not-supported', 'error', false, ['3'], ['conferencing']],
      ['partners', 'pool13', 'not-supported', 'notice', true, ['2'], []],
    ])
    expect(json.results[7]).toMatchObject({ file: 'estate.yml', line: 25, column: 14, replacement: 'Lync Web App 2013', exception: { reason: 'Moving to Lync Web App 2013 in wave 3 (CHG-1234)', expires: '2099-03-31' } })
    // Checked by hand against matrices/lync-server-2013.json: the replacement, then what Lync Server 2013 supports.
    expect(json.results[7]?.alternatives).toStrictEqual({ clients: ['Lync Web App 2013', 'Lync 2013', 'Lync 2010', 'Lync 2010 Attendant'], servers: ['Lync Server 2010'] })
    expect(json.results[7]?.source).toStrictEqual({
      matrix: 'lync-server-2013',
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
        message: 'the exception for "sales" on "ocs" expired at the end of 2020-01-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      },
    ])
  })

  it('gives the errors of invalid.yml with their positions', () => {
    const json = parse(checkFixture('invalid.yml'))
    expect(json.results).toEqual([])
    expect((json.errors as { file: string; line: number; column: number }[]).map((e) => [e.file, e.line, e.column])).toEqual([
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
  const hostile = '</script><!-- "q" \\ \u0000\u0007\u001b[31m\n\r\t\u2028\u2029 \ud800 é 中文 😀 ::error::x'
  const footnotes = [F1, { id: '</script>', text: hostile }]
  const source = { matrix: 'house-rules', title: hostile, table: undefined, url: 'https://example.com/t?a=1&b=2', note: hostile }
  const alternatives = { clients: ['Lync Web App 2013', hostile], servers: [] }
  const workloads = ['conferencing', hostile]
  const shared = { footnotes, source, alternatives, workloads, status: 'not-supported' as const, clientProduct: 'Lync 2010 Attendee', serverProduct: 'Lync Server 2013' }
  const estate = sampleFile()
  estate.results.push(
    pair({ ...shared, client: hostile, server: 'pool13', line: 40, severity: 'error', preexisting: true, replacement: undefined, exception: undefined, title: hostile, message: hostile }),
    pair({ ...shared, client: `${hostile}-2`, server: hostile, line: 41, severity: 'notice', waived: true, replacement: 'Lync Web App 2013', exception: { reason: hostile, expires: '2099-03-31', owner: 'uc-team', ticket: undefined } }),
    pair({ ...shared, client: 'twin', server: 'pool13', line: 42, severity: 'error', alternatives: { clients: [], servers: [] }, footnotes: [{ id: '1', text: F1.text }] }),
  )
  estate.notices.push(diagnostic({ line: 50, column: 3, message: hostile }))
  const noMatrix: FileReport = { ...cleanFile('no matrix.yml'), matrix: undefined }
  return buildReport([estate, invalidFile(), noMatrix, cleanFile(`sites/${hostile}.yml`)], { revision: 'a1b2c3d', problem: hostile })
}

describe('jsonReporter and problems past the per-file listing limit', () => {
  it('adds an unlisted member, per file, only when a file found more problems than it lists', () => {
    const clean = JSON.parse(renderToString(jsonReporter, reportOf(cleanFile()))) as Record<string, unknown>
    expect(Object.hasOwn(clean, 'unlisted')).toBe(false)
    const json = JSON.parse(renderToString(jsonReporter, reportOf(cleanFile(), { ...invalidFile(), unlisted: { errors: 5, warnings: 0, notices: 1 } }))) as {
      unlisted: unknown
      counts: { errors: number; notices: number }
    }
    expect(json.unlisted).toEqual([{ file: 'broken.yml', errors: 5, warnings: 0, notices: 1 }])
    expect([json.counts.errors, json.counts.notices]).toEqual([7, 1])
  })

  it('names a custom matrix\'s file on every result', () => {
    const json = JSON.parse(renderToString(jsonReporter, reportOf({ ...cleanFile(), matrix: 'house', matrixFile: 'rules/house.yml' }))) as { results: Record<string, unknown>[] }
    expect(json.results.map((r) => [r.matrix, r.matrixFile])).toEqual([['house', 'rules/house.yml']])
  })
})
