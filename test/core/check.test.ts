import { describe, expect, it } from 'vitest'
import {
  buildReport,
  checkTopology,
  countFindings,
  exitCodeOf,
  fileReport as listedReport,
  SEVERITY_RANK,
  unreadable,
} from '../../src/core/check.js'
import { PROBLEMS_LISTED_PER_FILE, RunBudget } from '../../src/core/limits.js'
import type { FileReport, PairResult } from '../../src/core/types.js'
import { check, pairTopology, policy, utf8, where } from '../support/pipeline.js'
import { fixtureBytes } from '../support/fixtures.js'

const result = (
  severity: PairResult['severity'],
  waived = false,
  preexisting = false,
): PairResult => ({
  file: 'f.yml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  preexisting,
  client: 'c',
  server: 's',
  clientProduct: 'C',
  serverProduct: 'S',
  status: severity === 'none' ? 'supported' : 'not-supported',
  severity,
  waived,
  workloads: [],
  footnotes: [],
  title: 't',
  message: 'm',
  source: { matrix: 'm', title: 'Source document' },
})

const fileReport = (results: PairResult[], errors = 0, warnings = 0): FileReport => ({
  file: 'f.yml',
  results,
  errors: Array.from({ length: errors }, () => ({
    file: 'f.yml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: 'bad',
  })),
  warnings: Array.from({ length: warnings }, () => ({
    file: 'f.yml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: 'expired',
  })),
  notices: [],
})

describe('checkTopology', () => {
  it('reads the estate fixture into a report with its topology summary', () => {
    const report = checkTopology('estate.yml', fixtureBytes('core', 'estate.yml'), {
      policy: policy(),
    })
    expect(report.file).toBe('estate.yml')
    expect(report.matrix).toBe('lync-server-2013')
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.results).toHaveLength(10)
    expect(report.topology).toEqual({
      servers: [
        { name: 'ams-pool01', product: 'Lync Server 2013' },
        { name: 'lon-pool-2010', product: 'Lync Server 2010' },
        { name: 'nyc-ocs', product: 'Office Communications Server 2007 R2' },
      ],
      clients: [
        {
          name: 'knowledge-workers',
          product: 'Lync 2013',
          servers: ['ams-pool01', 'lon-pool-2010'],
        },
        {
          name: 'trading-floor',
          product: 'Lync 2010 Group Chat',
          servers: ['lon-pool-2010', 'ams-pool01'],
        },
        {
          name: 'sales-desktops',
          product: 'Office Communicator 2007 R2',
          servers: ['ams-pool01', 'nyc-ocs'],
        },
        {
          name: 'field-engineers',
          product: 'Office Communicator 2007 R2',
          servers: ['ams-pool01'],
        },
        {
          name: 'external-partners',
          product: 'Lync 2010 Attendee',
          servers: ['ams-pool01', 'lon-pool-2010'],
        },
        {
          name: 'reception',
          product: 'Microsoft Office Communications Server 2007 R2 Attendant',
          servers: ['nyc-ocs'],
        },
      ],
    })
  })

  it('reads a .json file name as JSON and anything else as YAML', () => {
    // `{a: 1}` is YAML flow syntax but not JSON.
    const yamlOnly =
      '{servers: [{name: s1, product: Lync Server 2013}], clients: [{name: c1, product: Lync 2013}]}'
    expect(check(yamlOnly, { file: 'estate.yaml' }).results).toHaveLength(1)
    expect(check(yamlOnly, { file: 'estate.txt' }).results).toHaveLength(1)
    expect(lcmOf(check(yamlOnly, { file: 'estate.json' }))).toEqual([
      [1, 2, 'invalid JSON: expected a property name in double quotes but found "s"'],
    ])
  })

  it('carries the file name into every diagnostic and result', () => {
    const bad = check('servers: []\nclients: []\n', { file: 'dir/bad.yml' })
    expect(bad.file).toBe('dir/bad.yml')
    expect(bad.errors.map((e) => e.file)).toEqual(['dir/bad.yml', 'dir/bad.yml'])
    const good = check(pairTopology('Lync 2013', 'Lync Server 2013'), { file: 'dir/good.yml' })
    expect(good.results.map((r) => r.file)).toEqual(['dir/good.yml'])
  })

  it('evaluates the same bytes the same way every time', () => {
    const bytes = fixtureBytes('core', 'estate.yml')
    const first = checkTopology('estate.yml', bytes, { policy: policy() })
    const second = checkTopology('estate.yml', bytes, { policy: policy() })
    expect(second).toEqual(first)
  })
})

function lcmOf(report: FileReport): [number, number, string][] {
  return report.errors.map((e) => [e.line, e.column, e.message])
}

describe('unreadable', () => {
  it('is one error at 1:1 by default, with no results', () => {
    expect(unreadable('missing.yml', 'cannot read missing.yml: no such file')).toEqual({
      file: 'missing.yml',
      results: [],
      errors: [
        {
          file: 'missing.yml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: 'cannot read missing.yml: no such file',
        },
      ],
      warnings: [],
      notices: [],
    })
  })

  it('takes a line and column', () => {
    expect(where(unreadable('f.yml', 'm', 3, 7).errors)).toEqual([
      { line: 3, column: 7, endLine: 3, endColumn: 7, message: 'm' },
    ])
  })
})

describe('buildReport and exitCodeOf', () => {
  it('passes with no errors and no error results: exit 0', () => {
    const report = buildReport([
      fileReport(
        [result('none'), result('warning'), result('notice'), result('notice', true)],
        0,
        1,
      ),
    ])
    expect(report.passed).toBe(true)
    expect(exitCodeOf(report)).toBe(0)
  })

  it('fails on an error result: exit 1', () => {
    const report = buildReport([fileReport([result('none')]), fileReport([result('error')])])
    expect(report.passed).toBe(false)
    expect(exitCodeOf(report)).toBe(1)
  })

  it('fails on an input error, which takes precedence: exit 2', () => {
    const report = buildReport([fileReport([result('error')]), fileReport([], 1)])
    expect(report.passed).toBe(false)
    expect(exitCodeOf(report)).toBe(2)
  })

  it('passes when every error result is pre-existing, and fails on one new error beside them', () => {
    const old = buildReport([
      fileReport([result('error', false, true), result('error', false, true), result('warning')]),
    ])
    expect(old.passed).toBe(true)
    expect(exitCodeOf(old)).toBe(0)
    const added = buildReport([
      fileReport([result('error', false, true)]),
      fileReport([result('error')]),
    ])
    expect(added.passed).toBe(false)
    expect(exitCodeOf(added)).toBe(1)
  })

  it('still exits 2 on an input error when every error result is pre-existing', () => {
    const report = buildReport([fileReport([result('error', false, true)]), fileReport([], 1)])
    expect(report.passed).toBe(false)
    expect(exitCodeOf(report)).toBe(2)
  })

  it('carries the baseline when given, and has no baseline key otherwise', () => {
    expect(buildReport([], { revision: 'abc123' })).toEqual({
      passed: true,
      files: [],
      baseline: { revision: 'abc123' },
    })
    expect(buildReport([], { revision: 'abc123', problem: 'shallow' })).toEqual({
      passed: true,
      files: [],
      baseline: { revision: 'abc123', problem: 'shallow' },
    })
    expect('baseline' in buildReport([])).toBe(false)
  })

  it('passes with no files at all', () => {
    expect(buildReport([])).toEqual({ passed: true, files: [] })
    expect(exitCodeOf(buildReport([]))).toBe(0)
  })

  it('end to end: a bad file exits 2, a failing one 1, a passing one 0', () => {
    expect(exitCodeOf(buildReport([check('')]))).toBe(2)
    expect(
      exitCodeOf(buildReport([check(pairTopology('Lync 2010 Attendee', 'Lync Server 2013'))])),
    ).toBe(1)
    expect(
      exitCodeOf(
        buildReport([
          check(pairTopology('Lync 2010 Attendee', 'Lync Server 2013'), { failOn: [] }),
        ]),
      ),
    ).toBe(0)
  })
})

describe('countFindings', () => {
  it('counts input errors as errors, expired exceptions as warnings, and results by severity', () => {
    const report = buildReport([
      fileReport(
        [
          result('error'),
          result('warning'),
          result('notice'),
          result('notice', true),
          result('none'),
        ],
        0,
        2,
      ),
      fileReport([], 3),
    ])
    expect(countFindings(report)).toEqual({
      errors: 4,
      warnings: 3,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 5,
    })
  })

  it('counts pre-existing findings as pre-existing only, not as errors, warnings or notices', () => {
    const report = buildReport([
      fileReport(
        [
          result('error', false, true),
          result('error'),
          result('warning', false, true),
          result('notice', false, true),
          result('none'),
        ],
        1,
        1,
      ),
    ])
    expect(countFindings(report)).toEqual({
      errors: 2,
      warnings: 1,
      notices: 0,
      waived: 0,
      preexisting: 3,
      pairs: 5,
    })
  })

  it('counts the estate fixture', () => {
    const report = buildReport([
      checkTopology('estate.yml', fixtureBytes('core', 'estate.yml'), { policy: policy() }),
    ])
    // One failing pair, and one server rule: the fixture runs Lync Server 2013, Lync Server 2010 and OCS 2007 R2 side by side.
    expect(report.files[0]?.estate?.map((f) => [f.kind, f.status, f.line])).toEqual([
      ['server-rule', 'not-supported', 13],
    ])
    expect(countFindings(report)).toEqual({
      errors: 2,
      warnings: 2,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 10,
    })
  })
})

describe('SEVERITY_RANK', () => {
  it('orders error > warning > notice > none', () => {
    expect(SEVERITY_RANK).toEqual({ error: 3, warning: 2, notice: 1, none: 0 })
  })
})

describe('fileReport: at most PROBLEMS_LISTED_PER_FILE problems of a kind, in line order, the rest counted', () => {
  const problems = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      file: 'f.yml',
      line: n - i,
      column: 1,
      endLine: n - i,
      endColumn: 2,
      message: `problem ${n - i}`,
    }))

  it('sorts by line, lists the first ones and counts the others, for errors, warnings and notices alike', () => {
    const report = listedReport({
      file: 'f.yml',
      errors: problems(250),
      warnings: problems(3),
      notices: problems(101),
      unlistedErrors: 7,
    })
    expect(report.errors).toHaveLength(PROBLEMS_LISTED_PER_FILE)
    expect(report.errors.map((e) => e.line).slice(0, 3)).toEqual([1, 2, 3])
    expect(report.unlisted).toEqual({ errors: 157, warnings: 0, notices: 1 })
    expect(countFindings(buildReport([report]))).toMatchObject({
      errors: 257,
      warnings: 3,
      notices: 101,
    })
  })

  it('has no unlisted member when everything is listed', () => {
    expect(Object.hasOwn(listedReport({ file: 'f.yml', errors: problems(2) }), 'unlisted')).toBe(
      false,
    )
  })
})

describe("checkTopology within a run's budget of pairs (max-pairs)", () => {
  it('refuses a file whose pairs would take the run past max-pairs, at its clients key, and takes nothing', () => {
    const budget = new RunBudget({ maxNodes: 1_000, maxPairs: 3 })
    const text = [
      'servers:',
      '  - {name: a, product: Lync Server 2013}',
      '  - {name: b, product: Lync Server 2010}',
      'clients:',
      '  - {name: x, product: Lync 2013}',
      '  - {name: y, product: Lync 2013}',
      '',
    ].join('\n')
    const report = checkTopology('f.yml', utf8(text), { policy: policy(), budget })
    expect(where(report.errors)).toEqual([
      {
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 8,
        message:
          "this file has 4 client/server pairs, more than the run's limit of 3 (max-pairs) leaves for it; raise max-pairs for an estate this large",
      },
    ])
    expect(report.results).toEqual([])
    expect(budget.pairs.used).toBe(0)
  })
})
