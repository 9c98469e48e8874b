import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FileReport } from '../../src/core/types.js'
import { annotationsReporter, renderAnnotations } from '../../src/reporters/annotations.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  F1,
  F3,
  invalidFile,
  linesOf,
  pair,
  reportOf,
  sampleFile,
  THREE_POOLS_YAML,
} from '../support/sample-reports.js'
import { parseCommand } from '../support/workflow.js'

const render = (...files: FileReport[]) => renderToString(annotationsReporter, reportOf(...files))

// The built-in matrix's footnotes, read from the data file itself rather than through the code under test.
const matrixJson = JSON.parse(
  readFileSync(new URL('../../matrices/lync-server-2013.json', import.meta.url), 'utf8'),
) as { footnotes: { id: string; text: string }[] }
const footnoteText = (id: string) =>
  matrixJson.footnotes.find((f) => f.id === id)?.text ?? `(no footnote ${id})`
/** The last paragraph of every pair annotation from lync-server-2013 (escaped as in a command line). */
const SOURCE =
  '%0A%0ASource: matrix lync-server-2013, "Supported clients from previous deployments in Lync Server 2013", table "Supported Server and Client Combinations"'
/**
 * What lync-server-2013 offers instead of Lync 2010 Attendee on Lync Server 2013, checked by hand
 * against the matrix: the replacement (Lync Web App 2013) first, then the clients supported there in
 * the table's order, three at most (Lync 2010 Attendant, the fourth, is left out).
 */
const ATTENDEE_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010; Lync 2010 Attendee is supported on Lync Server 2010.'

describe('annotationsReporter on a hand-built report', () => {
  it('renders the errors, then the expired exception and the other warnings, then the notices, a supported pair with a footnote last', () => {
    expect(linesOf(render(sampleFile()))).toEqual([
      `::error file=estate.yml,line=19,endLine=19,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.%0A%0AFootnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.${SOURCE}`,
      '::warning file=estate.yml,line=24,endLine=24,col=14,endColumn=23,title=coexist%3A exception::the exception for "legacy" on "pool13" expired',
      `::warning file=estate.yml,line=13,endLine=13,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A interoperable only::legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.%0A%0AFootnote 3: IM and presence only.${SOURCE}`,
      `::notice file=estate.yml,line=16,endLine=16,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234%0A%0AFootnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.${SOURCE}`,
      `::notice file=estate.yml,line=10,endLine=10,col=14,endColumn=33,title=Lync 2010 Group Chat on Lync Server 2010%3A supported::chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).%0A%0AFootnote 1: Group Chat needs its own server.${SOURCE}`,
    ])
  })

  it('ends the output with a newline, and renders nothing at all when there is nothing to annotate', () => {
    expect(render(sampleFile()).endsWith('\n')).toBe(true)
    expect(render(cleanFile())).toBe('')
    expect(render()).toBe('')
  })

  it('annotates a supported pair with a footnote as a notice, below every other notice, and a plain supported pair not at all', () => {
    const footnoted = pair({
      client: 'chat',
      server: 'pool10',
      clientProduct: 'Lync 2010 Group Chat',
      serverProduct: 'Lync Server 2010',
      line: 1,
      severity: 'notice',
      footnotes: [F1],
    })
    expect(render({ ...cleanFile(), results: [footnoted] })).toBe(
      `::notice file=estate.yml,line=1,endLine=1,col=14,endColumn=33,title=Lync 2010 Group Chat on Lync Server 2010%3A supported::chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).%0A%0AFootnote 1: Group Chat needs its own server.${SOURCE}\n`,
    )
    // cleanFile's own pair, plain supported, stays unannotated among them.
    const file = cleanFile()
    file.results.push(
      footnoted,
      pair({
        client: 'skype',
        server: 'pool13',
        clientProduct: 'Skype for Business 2015',
        serverProduct: 'Lync Server 2013',
        line: 2,
        severity: 'notice',
        missingUpdate: { id: 'cu-2014-12', name: 'December 2014 cumulative update' },
      }),
      pair({
        client: 'partners',
        server: 'pool13',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 3,
        status: 'not-supported',
        severity: 'notice',
        waived: true,
      }),
    )
    file.notices.push(
      diagnostic({ file: 'clean.yml', line: 4, column: 14, message: 'expires soon' }),
    )
    expect(
      linesOf(render(file))
        .map((l) => parseCommand(l))
        .map((c) => [c.name, c.properties.line, c.properties.title]),
    ).toEqual([
      ['notice', '4', 'coexist: exception expires soon'],
      ['notice', '3', 'Lync 2010 Attendee on Lync Server 2013: not-supported (waived)'],
      ['notice', '2', 'Skype for Business 2015 on Lync Server 2013: supported'],
      ['notice', '1', 'Lync 2010 Group Chat on Lync Server 2010: supported'],
    ])
  })

  it('annotates every non-supported status, whatever its severity', () => {
    const file = cleanFile()
    file.results = [
      pair({
        client: 'a',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 1,
        status: 'interoperable',
        severity: 'error',
      }),
      pair({
        client: 'b',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 2,
        status: 'not-applicable',
        severity: 'warning',
      }),
      pair({
        client: 'c',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 3,
        status: 'not-supported',
        severity: 'warning',
      }),
      pair({
        client: 'd',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 4,
        status: 'not-supported',
        severity: 'notice',
        waived: true,
      }),
      pair({
        client: 'e',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 5,
        status: 'supported',
        severity: 'none',
      }),
    ]
    expect(
      linesOf(render(file))
        .map((l) => parseCommand(l))
        .map((c) => [c.name, c.properties.line, c.properties.title]),
    ).toEqual([
      ['error', '1', 'P on S: interoperable'],
      // Within a level the worse status first: not supported outranks not applicable.
      ['warning', '3', 'P on S: not-supported'],
      ['warning', '2', 'P on S: not-applicable'],
      ['notice', '4', 'P on S: not-supported (waived)'],
    ])
  })

  it("spells out every footnote of a result, in the result's order, separated by blank lines, then the source", () => {
    const file = cleanFile()
    file.results = [
      pair({
        client: 'a',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 1,
        status: 'interoperable',
        severity: 'warning',
        message: 'Msg.',
        footnotes: [F3, F1],
      }),
    ]
    const [line] = linesOf(render(file))
    expect(parseCommand(line ?? '').message).toBe(
      'Msg.\n\nFootnote 3: IM and presence only.\n\nFootnote 1: Group Chat needs its own server.\n\nSource: matrix lync-server-2013, "Supported clients from previous deployments in Lync Server 2013", table "Supported Server and Client Combinations"',
    )
    expect(line).toMatch(
      /::Msg\.%0A%0AFootnote 3: IM and presence only\.%0A%0AFootnote 1: Group Chat needs its own server\.%0A%0ASource: matrix lync-server-2013, /,
    )
  })

  it("cites the source: the matrix, the document title, the table when there is one, and the cell's note after it", () => {
    const file = cleanFile()
    const base = {
      client: 'a',
      server: 's',
      clientProduct: 'P',
      serverProduct: 'S',
      status: 'not-supported' as const,
      severity: 'error' as const,
      message: 'Msg.',
    }
    file.results = [
      pair({
        ...base,
        line: 1,
        source: { matrix: 'house-rules', title: 'Our table', url: 'https://example.com/t' },
      }),
      pair({
        ...base,
        line: 2,
        footnotes: [F1],
        source: {
          matrix: 'house-rules',
          title: 'Our table',
          table: 'Table 2',
          note: 'Decided by the UC board.',
        },
      }),
    ]
    expect(linesOf(render(file)).map((l) => parseCommand(l).message)).toEqual([
      'Msg.\n\nSource: matrix house-rules, "Our table"',
      'Msg.\n\nFootnote 1: Group Chat needs its own server.\n\nSource: matrix house-rules, "Our table", table "Table 2". Decided by the UC board.',
    ])
  })

  it('titles an exception that expires soon "coexist: exception expires soon", as a notice at its line', () => {
    const file = cleanFile()
    file.notices.push(
      diagnostic({
        file: 'clean.yml',
        line: 12,
        column: 14,
        endColumn: 24,
        message: 'the exception for "a" on "s" expires at the end of 2026-06-10 (UTC), in 9 days',
      }),
    )
    file.warnings.push(
      diagnostic({
        file: 'clean.yml',
        line: 9,
        column: 5,
        endColumn: 6,
        message:
          'the exception for "b" on "s" waives nothing: the pair is supported; remove the exception',
      }),
    )
    expect(linesOf(render(file))).toEqual([
      '::warning file=clean.yml,line=9,endLine=9,col=5,endColumn=5,title=coexist%3A exception::the exception for "b" on "s" waives nothing: the pair is supported; remove the exception',
      '::notice file=clean.yml,line=12,endLine=12,col=14,endColumn=23,title=coexist%3A exception expires soon::the exception for "a" on "s" expires at the end of 2026-06-10 (UTC), in 9 days',
    ])
  })

  it('reports each input error as an error titled "coexist: invalid topology", and nothing else for that file', () => {
    expect(linesOf(render(invalidFile()))).toEqual([
      '::error file=broken.yml,line=3,endLine=3,col=14,endColumn=29,title=coexist%3A invalid topology::unknown server product "Lync Server 2099"',
      '::error file=broken.yml,line=7,endLine=7,col=21,endColumn=27,title=coexist%3A invalid topology::client "users" names server "nowhere", which is not declared under servers',
    ])
  })

  it('goes level by level across all files: input errors before failing pairs, then warnings, then notices', () => {
    const lines = linesOf(render(sampleFile(), invalidFile()))
    expect(
      lines.map((l) => [
        parseCommand(l).name,
        parseCommand(l).properties.file,
        parseCommand(l).properties.line,
      ]),
    ).toEqual([
      ['error', 'broken.yml', '3'],
      ['error', 'broken.yml', '7'],
      ['error', 'estate.yml', '19'],
      ['warning', 'estate.yml', '24'],
      ['warning', 'estate.yml', '13'],
      ['notice', 'estate.yml', '16'],
      ['notice', 'estate.yml', '10'],
    ])
  })

  it('orders findings of the same rank by file name, then by line', () => {
    const failing = (file: string, line: number) =>
      pair({
        file,
        client: `c${line}`,
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line,
        status: 'not-supported',
        severity: 'error',
      })
    const b = { ...cleanFile('b.yml'), results: [failing('b.yml', 9), failing('b.yml', 2)] }
    const a = { ...cleanFile('a.yml'), results: [failing('a.yml', 30), failing('a.yml', 4)] }
    expect(
      linesOf(render(b, a)).map(
        (l) => `${parseCommand(l).properties.file}:${parseCommand(l).properties.line}`,
      ),
    ).toEqual(['a.yml:4', 'a.yml:30', 'b.yml:2', 'b.yml:9'])
  })
})

describe("annotationsReporter and GitHub's 10 annotations per level", () => {
  const ROLL_UP_MESSAGE = (n: number) =>
    `GitHub shows at most 10 annotations of each level per step, so ${n} more finding${n === 1 ? ' is' : 's are'} not annotated (the worst are shown first). The job summary and the JSON report list every finding.`
  const rollUp = (n: number) => ({
    name: 'notice',
    properties: { title: `coexist: ${n} more finding${n === 1 ? '' : 's'} not annotated` },
    message: ROLL_UP_MESSAGE(n),
  })

  const commands = (output: string) => linesOf(output).map((l) => parseCommand(l))
  const ofLevel = (output: string, level: string) =>
    commands(output).filter((c) => c.name === level)

  /** `n` results of one severity in a file, on lines 1..n. */
  function results(
    file: FileReport,
    n: number,
    fields: Partial<Parameters<typeof pair>[0]>,
    first = 1,
  ): FileReport {
    for (let i = 0; i < n; i++) {
      const line = first + i
      file.results.push(
        pair({
          file: file.file,
          client: `c${line}`,
          server: 's',
          clientProduct: 'P',
          serverProduct: 'S',
          line,
          ...fields,
        }),
      )
    }
    return file
  }
  const errors = (n: number, file = cleanFile(), first = 1) =>
    results(file, n, { status: 'not-supported', severity: 'error' }, first)
  const warnings = (n: number, file = cleanFile(), first = 1) =>
    results(file, n, { status: 'interoperable', severity: 'warning' }, first)
  const waived = (n: number, file = cleanFile(), first = 1) =>
    results(file, n, { status: 'not-supported', severity: 'notice', waived: true }, first)

  it('on a topology with 40 failing pairs: the 10 worst as errors, then one notice counting the other 30', () => {
    // 25 populations interoperable only (failing: fail-on names interoperable) come first in the
    // file, then 15 not supported at all: the not-supported ones are the worst and shown first.
    const text = [
      'servers:',
      '  - name: pool13',
      '    product: Lync Server 2013',
      'clients:',
      ...Array.from({ length: 25 }, (_, i) => [
        `  - name: legacy-${i + 1}`,
        '    product: Office Communicator 2007 R2',
      ]).flat(),
      ...Array.from({ length: 15 }, (_, i) => [
        `  - name: guests-${i + 1}`,
        '    product: Lync 2010 Attendee',
      ]).flat(),
      '',
    ].join('\n')
    const file = check(text, { failOn: ['not-supported', 'interoperable'] })
    expect(file.errors).toEqual([])
    expect(file.results.filter((r) => r.severity === 'error')).toHaveLength(40)
    const output = render(file)
    const all = commands(output)
    expect(all).toHaveLength(11)
    const shown = ofLevel(output, 'error')
    expect(shown).toHaveLength(10)
    // guests-1 is on line 56 (4 header lines, 2 lines per population, product on the second).
    expect(shown.map((c) => [c.properties.line, c.properties.title])).toEqual(
      Array.from({ length: 10 }, (_, i) => [
        String(56 + 2 * i),
        'Lync 2010 Attendee on Lync Server 2013: not supported',
      ]),
    )
    expect(all[10]).toEqual(rollUp(30))
    expect(output.endsWith('\n')).toBe(true)
  })

  it('annotates exactly 10 errors without a roll-up, and says "1 more finding" for the 11th', () => {
    expect(commands(render(errors(10))).map((c) => c.name)).toEqual(Array(10).fill('error'))
    const eleven = commands(render(errors(11)))
    expect(eleven).toHaveLength(11)
    expect(eleven.slice(0, 10).map((c) => c.properties.line)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ])
    expect(eleven[10]).toEqual(rollUp(1))
  })

  it('caps each level on its own and counts what every level left out in one roll-up', () => {
    const file = waived(3, warnings(14, errors(12)), 100)
    const output = render(file)
    expect(ofLevel(output, 'error')).toHaveLength(10)
    expect(ofLevel(output, 'warning')).toHaveLength(10)
    const notices = ofLevel(output, 'notice')
    expect(notices).toHaveLength(4)
    expect(notices.slice(0, 3).map((c) => c.properties.line)).toEqual(['100', '101', '102'])
    expect(notices[3]).toEqual(rollUp(2 + 4))
    // Errors, then warnings, then notices, then the roll-up last.
    expect(commands(output).map((c) => c.name)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(4).fill('notice'),
    ])
  })

  it('gives the roll-up the 10th notice slot when the notices are full', () => {
    // 12 errors (2 left out) and exactly 10 waived pairs: 9 of them are shown, the roll-up counts 2 + 1.
    const output = render(waived(10, errors(12), 100))
    const notices = ofLevel(output, 'notice')
    expect(notices).toHaveLength(10)
    expect(notices.slice(0, 9).map((c) => c.properties.line)).toEqual([
      '100',
      '101',
      '102',
      '103',
      '104',
      '105',
      '106',
      '107',
      '108',
    ])
    expect(notices[9]).toEqual(rollUp(3))
    expect(ofLevel(output, 'error')).toHaveLength(10)
  })

  it('shows 10 notices and no roll-up when exactly 10 notices are all there is to leave out nothing', () => {
    const output = render(waived(10, errors(3)))
    expect(ofLevel(output, 'notice')).toHaveLength(10)
    expect(output).not.toContain('more finding')
  })

  it('with only notices, 11 of them: 9 shown and a roll-up counting 2', () => {
    const notices = ofLevel(render(waived(11)), 'notice')
    expect(notices).toHaveLength(10)
    expect(notices[9]).toEqual(rollUp(2))
  })

  it('leaves out supported pairs with a footnote first, though they come earlier in the file', () => {
    const footnoted = () => results(cleanFile(), 3, { severity: 'notice', footnotes: [F1] })
    const line = (c: ReturnType<typeof parseCommand>) =>
      `${c.properties.line ?? '-'} ${c.properties.title}`
    // 10 waived pairs fill the notices: the roll-up takes the 10th slot and counts 1 + 3.
    const full = ofLevel(render(waived(10, footnoted(), 100)), 'notice')
    expect(full.slice(0, 9).map(line)).toEqual(
      Array.from({ length: 9 }, (_, i) => `${100 + i} P on S: not-supported (waived)`),
    )
    expect(full[9]).toEqual(rollUp(4))
    // 8 waived pairs leave one slot for the first of them, then the roll-up counts the other 2.
    const room = ofLevel(render(waived(8, footnoted(), 100)), 'notice')
    expect(room.slice(7).map(line)).toEqual([
      '107 P on S: not-supported (waived)',
      '1 P on S: supported',
      `- ${rollUp(2).properties.title}`,
    ])
  })

  it('shows input errors and expired exceptions before failing pairs when the cap bites', () => {
    const broken = invalidFile()
    const file = errors(12, cleanFile('zzz.yml'))
    for (let i = 0; i < 11; i++)
      file.warnings.push(
        diagnostic({ file: 'zzz.yml', line: 200 + i, column: 14, message: `expired ${i}` }),
      )
    warnings(5, file, 300)
    const output = render(file, broken)
    expect(
      ofLevel(output, 'error').map((c) => `${c.properties.file}:${c.properties.line}`),
    ).toEqual([
      'broken.yml:3',
      'broken.yml:7',
      ...Array.from({ length: 8 }, (_, i) => `zzz.yml:${i + 1}`),
    ])
    expect(ofLevel(output, 'warning').map((c) => c.properties.title)).toEqual(
      Array(10).fill('coexist: exception'),
    )
    // Left out: 4 failing pairs, 1 expired exception and 5 interoperable pairs.
    expect(commands(output).at(-1)).toEqual(rollUp(10))
  })

  it('never annotates a pre-existing finding, nor counts it as left out', () => {
    const file = errors(11)
    file.results = file.results.map((r) => (r.line <= 5 ? { ...r, preexisting: true } : r))
    warnings(1, file, 50)
    waived(1, file, 60)
    file.results.push({
      ...(file.results[11] as (typeof file.results)[number]),
      line: 51,
      preexisting: true,
    })
    file.results.push({
      ...(file.results[12] as (typeof file.results)[number]),
      line: 61,
      preexisting: true,
    })
    const output = render(file)
    expect(commands(output).map((c) => `${c.name}:${c.properties.line}`)).toEqual([
      'error:6',
      'error:7',
      'error:8',
      'error:9',
      'error:10',
      'error:11',
      'warning:50',
      'notice:60',
    ])
    const old = errors(2)
    old.results = old.results.map((r) => (r.severity === 'error' ? { ...r, preexisting: true } : r))
    expect(render(old)).toBe('')
  })
})

describe('annotation columns', () => {
  const one = (span: { line: number; column: number; endLine: number; endColumn: number }) => {
    const file = cleanFile()
    file.results = [
      pair({
        client: 'a',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        status: 'not-supported',
        severity: 'error',
        ...span,
      }),
    ]
    return parseCommand(linesOf(render(file))[0] ?? '').properties
  }

  it("gives col and an inclusive endColumn (one less than the span's end) for a span on one line", () => {
    expect(one({ line: 6, column: 14, endLine: 6, endColumn: 32 })).toEqual({
      file: 'estate.yml',
      line: '6',
      endLine: '6',
      col: '14',
      endColumn: '31',
      title: 'P on S: not-supported',
    })
  })

  it('gives endColumn = col for a one-character span', () => {
    expect(one({ line: 2, column: 5, endLine: 2, endColumn: 6 })).toMatchObject({
      col: '5',
      endColumn: '5',
    })
  })

  it('never gives an endColumn before col for an empty span', () => {
    expect(one({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toMatchObject({
      col: '1',
      endColumn: '1',
    })
  })

  it('gives no columns at all for a span across lines', () => {
    const properties = one({ line: 6, column: 14, endLine: 7, endColumn: 15 })
    expect(properties).toEqual({
      file: 'estate.yml',
      line: '6',
      endLine: '7',
      title: 'P on S: not-supported',
    })
  })

  it('drops the columns of a multi-line input error too', () => {
    const file = invalidFile()
    file.errors = [
      diagnostic({
        file: 'broken.yml',
        line: 2,
        column: 3,
        endLine: 4,
        endColumn: 1,
        message: 'm',
      }),
    ]
    expect(render(file)).toBe(
      '::error file=broken.yml,line=2,endLine=4,title=coexist%3A invalid topology::m\n',
    )
  })
})

describe('annotationsReporter on YAML fixtures', () => {
  it('renders exact lines for annotations.yml', () => {
    expect(linesOf(render(checkFixture('reporters', 'annotations.yml')))).toEqual([
      '::warning file=annotations.yml,line=26,endLine=26,col=14,endColumn=23,title=coexist%3A exception::the exception for "legacy" on "pool13" expired at the end of 2026-05-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      `::warning file=annotations.yml,line=11,endLine=11,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A interoperable only::legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported. Use Office Communicator 2007 R2 for presence and IM only during the migration.%0A%0AFootnote 3: ${footnoteText('3')}${SOURCE}`,
      `::notice file=annotations.yml,line=15,endLine=15,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES} Waived until the end of 2099-03-31 (UTC): Lync Web App 2013 in wave 3, CHG-1234%0A%0AFootnote 2: ${footnoteText('2')}${SOURCE}`,
      `::notice file=annotations.yml,line=8,endLine=8,col=14,endColumn=33,title=Lync 2010 Group Chat on Lync Server 2010%3A supported::chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).%0A%0AFootnote 1: ${footnoteText('1')}${SOURCE}`,
    ])
  })

  it('raises the level with the policy: interoperable fails when fail-on names it', () => {
    const lines = linesOf(
      render(
        checkFixture('reporters', 'annotations.yml', {
          failOn: ['not-supported', 'interoperable'],
        }),
      ),
    )
    expect(lines.map((l) => [parseCommand(l).name, parseCommand(l).properties.line])).toEqual([
      ['error', '11'],
      ['warning', '26'],
      ['notice', '15'],
      ['notice', '8'],
    ])
  })

  it('gives a product value folded over two lines its lines but no columns', () => {
    expect(linesOf(render(checkFixture('reporters', 'multiline.yml')))).toEqual([
      `::error file=multiline.yml,line=6,endLine=7,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES}%0A%0AFootnote 2: ${footnoteText('2')}${SOURCE}`,
    ])
  })

  it('keeps hostile names inside one annotation each, and they read back verbatim', () => {
    const output = render(checkFixture('reporters', 'hostile.yml'))
    const lines = linesOf(output)
    expect(lines).toHaveLength(1)
    const parsed = parseCommand(lines[0] ?? '')
    expect(parsed.name).toBe('notice')
    expect(parsed.message).toContain('x\n::error::y ::add-mask::secret,a:b%0A')
    expect(parsed.message).toContain(
      '::stop-commands::tok\n<img src=x onerror=alert(1)> 100% sure, really: yes',
    )
    // No line of the output other than the first starts a command.
    expect(output.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::'))).toHaveLength(1)
  })

  it('reports a file with input errors as errors only', () => {
    const lines = linesOf(render(checkFixture('reporters', 'invalid.yml')))
    expect(lines.map((l) => parseCommand(l))).toEqual([
      {
        name: 'error',
        properties: {
          file: 'invalid.yml',
          line: '3',
          endLine: '3',
          col: '14',
          endColumn: '29',
          title: 'coexist: invalid topology',
        },
        message: expect.stringMatching(
          /^unknown server product "Lync Server 2099" in matrix lync-server-2013; /,
        ),
      },
      {
        name: 'error',
        properties: {
          file: 'invalid.yml',
          line: '7',
          endLine: '7',
          col: '21',
          endColumn: '27',
          title: 'coexist: invalid topology',
        },
        message:
          'client "<b>users</b>" names server "nowhere", which is not declared under servers',
      },
    ])
  })
})

describe("renderAnnotations and the run's own errors", () => {
  it("puts the run's own errors (a report not written) first and within the cap", () => {
    const file: FileReport = {
      ...invalidFile(),
      errors: Array.from({ length: 12 }, (_, i) =>
        diagnostic({ file: 'broken.yml', line: i + 1, column: 1, message: `problem ${i}` }),
      ),
    }
    const lines = linesOf(
      renderToString(
        {
          chunks: (r) => [
            renderAnnotations(r, {
              errors: [{ title: 'coexist: SARIF log not written', message: 'the path is a link' }],
            }),
          ],
        },
        reportOf(file),
      ),
    )
    const errors = lines.filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(10)
    expect(parseCommand(errors[0] ?? '').properties.title).toBe('coexist: SARIF log not written')
    expect(lines.at(-1)).toContain('3 more findings are not annotated')
  })

  it("counts a file's unlisted problems in the roll-up", () => {
    const lines = linesOf(
      renderToString(
        annotationsReporter,
        reportOf({ ...invalidFile(), unlisted: { errors: 40, warnings: 0, notices: 0 } }),
      ),
    )
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(2)
    expect(parseCommand(lines.at(-1) ?? '').properties.title).toBe(
      'coexist: 40 more findings not annotated',
    )
  })

  it('titles the errors of an invalid matrix file as such', () => {
    const lines = linesOf(
      renderToString(annotationsReporter, reportOf({ ...invalidFile(), kind: 'matrix' })),
    )
    expect(lines.map((l) => parseCommand(l).properties.title)).toEqual([
      'coexist: invalid matrix',
      'coexist: invalid matrix',
    ])
  })
})

describe('annotationsReporter and findings about the estate', () => {
  /** Lync Web App 2013 declaring instant messaging: a client that does not offer it at all (all-generations). */
  const CAPABILITY_YAML = [
    'matrix: all-generations',
    'servers:',
    '  - name: pool13',
    '    product: Lync Server 2013',
    'clients:',
    '  - name: web',
    '    product: Lync Web App 2013',
    '    workloads: [im]',
    '',
  ].join('\n')
  const ALL_THREE =
    'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.'
  const LIKEWISE =
    'Likewise for migration: "Migration from an environment running both of these previous versions is not supported."'

  it('annotates a capability finding at the workload it names, citing the comparison table', () => {
    const file = check(CAPABILITY_YAML)
    expect(file.results.map((r) => r.severity)).toEqual(['none'])
    expect(linesOf(render(file))).toEqual([
      '::error file=coexist.yml,line=8,endLine=8,col=17,endColumn=18,title=Lync Web App 2013 does not offer instant messaging::web (Lync Web App 2013) declares instant messaging, which Lync Web App 2013 does not offer at all: Table 2 of Client interoperability in Lync 2013 says "Lync Web App and Lync 2010 Attendee are meeting-only clients". Remove im from the population, or use a client that offers every workload it declares and is supported on its servers: Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac.%0A%0ASource: matrix all-generations, "Desktop client comparison tables for Lync Server 2013", table "Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)". Desktop client comparison tables for Lync Server 2013, IM Support, column "Lync Web App": "Initiate IM or email to a contact" is not marked.',
    ])
  })

  it('annotates a server-rule finding at the last of its servers, and not the supported pair', () => {
    const lines = linesOf(render(check(THREE_POOLS_YAML)))
    expect(lines).toEqual([
      `::error file=coexist.yml,line=7,endLine=7,col=14,endColumn=49,title=Lync Server 2013%2C Lync Server 2010 and Office Communications Server 2007 R2 side by side%3A not supported::Lync Server 2013 ("pool13", line 3), Lync Server 2010 ("pool10", line 5) and Office Communications Server 2007 R2 ("ocs", line 7) run side by side, which is not supported. The source: "${ALL_THREE}"%0A%0ASource: matrix lync-server-2013, "Supported server migration paths and coexistence scenarios in Lync Server 2013". ${LIKEWISE}`,
    ])
    // The title's comma is a property escape; it reads back as written.
    expect(parseCommand(lines[0] ?? '').properties.title).toBe(
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
    )
  })

  it('says that no source states a verdict for a server rule no source speaks of', () => {
    const text = [
      'matrix: all-generations',
      'servers:',
      '  - name: pool15',
      '    product: Skype for Business Server 2015',
      '  - name: pool10',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: workers',
      '    product: Skype for Business 2015',
      '    servers: [pool15]',
      '',
    ].join('\n')
    expect(linesOf(render(check(text)))).toEqual([
      '::warning file=coexist.yml,line=6,endLine=6,col=14,endColumn=29,title=Skype for Business Server 2015 with Lync Server 2010%3A stated by no source::Skype for Business Server 2015 ("pool15", line 4) and Lync Server 2010 ("pool10", line 6) run side by side, and no source states that they may (or may not), so coexist does not call it supported.%0A%0ASource: none; matrix all-generations states no verdict here.',
    ])
  })

  it('never annotates an estate finding that is pre-existing or of severity none, nor counts it as left out', () => {
    const file = check(CAPABILITY_YAML)
    const [capability] = file.estate ?? []
    if (!capability) throw new Error('no capability finding')
    expect(render({ ...file, estate: [{ ...capability, preexisting: true }] })).toBe('')
    expect(render({ ...file, estate: [{ ...capability, severity: 'none' }] })).toBe('')
  })

  it('caps estate findings with the pairs of their level, worse status first', () => {
    const file = check(THREE_POOLS_YAML)
    const [rule] = file.estate ?? []
    if (!rule) throw new Error('no server-rule finding')
    file.results = Array.from({ length: 10 }, (_, i) =>
      pair({
        file: 'coexist.yml',
        client: `c${i}`,
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 20 + i,
        status: 'interoperable',
        severity: 'error',
      }),
    )
    const commands = linesOf(render(file)).map((l) => parseCommand(l))
    // Not supported outranks interoperable within the errors: the server rule is shown, the tenth pair is rolled up.
    expect(commands.map((c) => `${c.name}:${c.properties.line ?? '-'}`)).toEqual([
      'error:7',
      ...Array.from({ length: 9 }, (_, i) => `error:${20 + i}`),
      // The roll-up, at no line.
      'notice:-',
    ])
    expect(commands.at(-1)?.properties.title).toBe('coexist: 1 more finding not annotated')
  })
})

describe('annotationsReporter and server versions', () => {
  /** Skype for Business 2016 on Lync Server 2013 needs the December 2014 cumulative update (5.0.8308.857). */
  const onVersion = (version?: string) =>
    check(
      [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        ...(version ? [`    version: ${version}`] : []),
        'clients:',
        '  - name: office',
        '    product: Skype for Business 2016',
        '    servers: [pool13]',
        '',
      ].join('\n'),
    )
  const UPDATE_NOTE =
    'The update is "required to manage the configuration of the Skype for Business client" (EnableSkypeUI). Without it the client still signs in, but "User asked to switch to Lync client experience (user cannot switch to Skype for Business later)": the pair stays supported, in the Lync client experience. The page adds that "The Lync 2013 client experience is not an option for Skype for Business 2016 client versions" and does not say what a 2016 client does on an unpatched server.'

  it('annotates a supported pair whose server lacks an update it needs, as a notice at the pair', () => {
    const file = onVersion('5.0.8308.556')
    expect(file.results.map((r) => [r.status, r.severity, r.missingUpdate])).toEqual([
      [
        'supported',
        'notice',
        { id: 'dec-2014', name: 'December 2014 cumulative update', build: '5.0.8308.857' },
      ],
    ])
    expect(linesOf(render(file))).toEqual([
      `::notice file=coexist.yml,line=8,endLine=8,col=14,endColumn=36,title=Skype for Business 2016 on Lync Server 2013%3A supported::office (Skype for Business 2016) is supported on pool13 (Lync Server 2013). It needs the December 2014 cumulative update (5.0.8308.857) or later, and the server declares version 5.0.8308.556: ${UPDATE_NOTE} The Lync 2013 client experience is not an option for Skype for Business 2016: its users keep the Skype for Business user interface.%0A%0ASource: matrix all-generations, "Configure the client experience with Skype for Business (Lync Server 2013)", table "Default client experiences". The page configures the experience of Skype for Business client users in a Lync Server 2013 environment, and names Skype for Business 2016 client versions in it; the Desktop client comparison tables for Lync Server 2013 also have a column "Skype for Business 2015 and 2016 client".`,
    ])
  })

  it('does not annotate the same pair once the server declares the update', () => {
    const file = onVersion('5.0.8308.857')
    expect(file.results.map((r) => [r.status, r.severity, r.missingUpdate])).toEqual([
      ['supported', 'none', undefined],
    ])
    expect(render(file)).toBe('')
  })

  it('titles a warning about a server version "coexist: server version", at the server', () => {
    expect(linesOf(render(onVersion()))).toEqual([
      `::warning file=coexist.yml,line=4,endLine=4,col=14,endColumn=29,title=coexist%3A server version::server "pool13" (Lync Server 2013) declares no version, and Skype for Business 2016 on it needs the December 2014 cumulative update (5.0.8308.857) or later: ${UPDATE_NOTE} Add \`version:\` with the pool's build (Get-CsServerPatchVersion) or update so that coexist can check it.`,
    ])
  })

  it('words the warning the same whatever the order of the populations that need the update', () => {
    // Skype for Business 2016 and 2015 both need the December 2014 cumulative update on Lync Server
    // 2013, each with a note of its own: one warning per note at the server, the same whatever the file's order.
    const populations = {
      office16: ['  - name: office16', '    product: Skype for Business 2016'],
      office15: ['  - name: office15', '    product: Skype for Business 2015'],
    }
    const topology = (order: (keyof typeof populations)[]) =>
      check(
        [
          'matrix: all-generations',
          'servers:',
          '  - name: pool13',
          '    product: Lync Server 2013',
          'clients:',
          ...order.flatMap((p) => populations[p]),
          '',
        ].join('\n'),
      )
    const [first, second] = [topology(['office16', 'office15']), topology(['office15', 'office16'])]
    expect(first.warnings.map((w) => [w.topic, w.message.split(' on it ')[0]])).toEqual([
      [
        'server-version',
        'server "pool13" (Lync Server 2013) declares no version, and Skype for Business 2015',
      ],
      [
        'server-version',
        'server "pool13" (Lync Server 2013) declares no version, and Skype for Business 2016',
      ],
    ])
    expect(render(second)).toBe(render(first))
  })

  it('titles a hand-built server-version warning the same way, and other warnings as exceptions', () => {
    const file = cleanFile()
    file.warnings.push(
      diagnostic({
        file: 'clean.yml',
        line: 3,
        column: 14,
        topic: 'server-version',
        message: 'declare a version',
      }),
      diagnostic({ file: 'clean.yml', line: 9, column: 5, message: 'an exception' }),
    )
    expect(
      linesOf(render(file)).map((l) => [
        parseCommand(l).properties.line,
        parseCommand(l).properties.title,
      ]),
    ).toEqual([
      ['3', 'coexist: server version'],
      ['9', 'coexist: exception'],
    ])
  })
})
