import { describe, expect, it } from 'vitest'
import type { EstateFinding, Finding, Footnote } from '../../src/core/types.js'
import { citedFootnotes, findingsOf, isPair, STATUS_LABEL } from '../../src/reporters/shared.js'
import { cleanFile, F1, F2, F3, pair, sampleFile } from '../support/sample-reports.js'

/** A pair as client/server, an estate finding as kind:subject. */
const label = (f: Finding) => (isPair(f) ? `${f.client}/${f.server}` : `${f.kind}:${f.subject}`)

describe('findingsOf', () => {
  it('drops plain supported pairs and puts the rest worst first', () => {
    expect(findingsOf(sampleFile()).map((r) => `${r.severity} ${label(r)}`)).toEqual([
      'error attendees/pool13',
      'warning legacy/pool13',
      'notice chat/pool10',
      'notice partners/pool13',
    ])
  })

  it('orders equal severities by line, then column, then server name', () => {
    const file = cleanFile()
    const at = (server: string, line: number, column: number) =>
      pair({
        client: 'c',
        server,
        clientProduct: 'P',
        serverProduct: 'S',
        line,
        column,
        status: 'interoperable',
        severity: 'warning',
      })
    file.results = [at('b', 9, 1), at('z', 3, 7), at('y', 3, 7), at('a', 3, 2), at('x', 1, 30)]
    expect(findingsOf(file).map((r) => `${r.line}:${r.column}:${label(r)}`)).toEqual([
      '1:30:c/x',
      '3:2:c/a',
      '3:7:c/y',
      '3:7:c/z',
      '9:1:c/b',
    ])
  })

  it('keeps supported pairs that cite a footnote (they are notices)', () => {
    const file = cleanFile()
    file.results.push(
      pair({
        client: 'chat',
        server: 'pool10',
        clientProduct: 'Lync 2010 Group Chat',
        serverProduct: 'Lync Server 2010',
        line: 9,
        severity: 'notice',
        footnotes: [F1],
      }),
    )
    expect(findingsOf(file).map(label)).toEqual(['chat/pool10'])
  })

  it('lists estate findings with the pairs, by severity and line, an estate finding before the pairs on its line', () => {
    const file = sampleFile()
    const estate = (
      kind: EstateFinding['kind'],
      subject: string,
      line: number,
      severity: EstateFinding['severity'],
    ): EstateFinding => ({
      file: file.file,
      line,
      column: 14,
      endLine: line,
      endColumn: 20,
      kind,
      subject,
      status: severity === 'error' ? 'not-supported' : 'undocumented',
      severity,
      waived: false,
      preexisting: false,
      footnotes: [],
      source: { matrix: 'lync-server-2013' },
      title: subject,
      message: subject,
    })
    const attendees = file.results.find((r) => r.client === 'attendees')?.line as number
    file.estate = [
      estate('server-rule', 'pool13, pool10', 99, 'error'),
      estate('capability', 'attendees', attendees, 'error'),
      estate('server-rule', 'pool10, pool07', 1, 'warning'),
    ]
    expect(findingsOf(file).map((r) => `${r.severity} ${label(r)}`)).toEqual([
      'error capability:attendees',
      'error attendees/pool13',
      'error server-rule:pool13, pool10',
      'warning server-rule:pool10, pool07',
      'warning legacy/pool13',
      'notice chat/pool10',
      'notice partners/pool13',
    ])
  })

  it("does not reorder the file's own results", () => {
    const file = sampleFile()
    const before = file.results.map((r) => r.client)
    findingsOf(file)
    expect(file.results.map((r) => r.client)).toEqual(before)
  })

  it('finds nothing in a file without results', () => {
    expect(
      findingsOf({ file: 'x.yml', results: [], errors: [], warnings: [], notices: [] }),
    ).toEqual([])
  })
})

describe('citedFootnotes', () => {
  it("lists each cited footnote once, in the source's numeric order", () => {
    expect(citedFootnotes(sampleFile().results)).toEqual([F1, F2, F3])
  })

  it('sorts ids as numbers, not as strings', () => {
    const f = (id: string): Footnote => ({ id, text: `note ${id}` })
    const results = [
      pair({
        client: 'a',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 1,
        footnotes: [f('10'), f('2')],
      }),
      pair({
        client: 'b',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 2,
        footnotes: [f('1'), f('10'), f('9')],
      }),
    ]
    expect(citedFootnotes(results).map((x) => x.id)).toEqual(['1', '2', '9', '10'])
  })

  it('is empty when nothing cites a footnote', () => {
    expect(citedFootnotes(cleanFile().results)).toEqual([])
    expect(citedFootnotes([])).toEqual([])
  })
})

describe('STATUS_LABEL', () => {
  it('names every status in words', () => {
    expect(STATUS_LABEL).toEqual({
      supported: 'supported',
      interoperable: 'interoperable',
      'not-supported': 'not supported',
      'not-applicable': 'not applicable',
      undocumented: 'undocumented',
    })
  })
})
