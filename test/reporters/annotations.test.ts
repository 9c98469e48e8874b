import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FileReport } from '../../src/core/types.js'
import { annotationsReporter } from '../../src/reporters/annotations.js'
import { checkFixture, cleanFile, diagnostic, F1, F3, invalidFile, linesOf, pair, parseCommand, reportOf, sampleFile } from './helpers.js'

const render = (...files: FileReport[]) => annotationsReporter.render(reportOf(...files))

// The built-in matrix's footnotes, read from the data file itself rather than through the code under test.
const matrixJson = JSON.parse(readFileSync(new URL('../../matrices/lync-server-2013.json', import.meta.url), 'utf8')) as { footnotes: { id: string; text: string }[] }
const footnoteText = (id: string) => matrixJson.footnotes.find((f) => f.id === id)?.text ?? `(no footnote ${id})`

describe('annotationsReporter on a hand-built report', () => {
  it('renders the expired exception, then the findings worst first, skipping supported pairs', () => {
    expect(linesOf(render(sampleFile()))).toEqual([
      '::warning file=estate.yml,line=24,endLine=24,col=14,endColumn=23,title=coexist%3A expired exception::the exception for "legacy" on "pool13" expired',
      '::error file=estate.yml,line=19,endLine=19,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.%0A%0AFootnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.',
      '::warning file=estate.yml,line=13,endLine=13,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A interoperable only::legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.%0A%0AFootnote 3: IM and presence only.',
      '::notice file=estate.yml,line=16,endLine=16,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234%0A%0AFootnote 2: Lync Web App 2013 replaces Lync 2010 Attendee.',
    ])
  })

  it('ends the output with a newline, and renders nothing at all when there is nothing to annotate', () => {
    expect(render(sampleFile()).endsWith('\n')).toBe(true)
    expect(render(cleanFile())).toBe('')
    expect(render()).toBe('')
  })

  it('does not annotate supported pairs, even those with footnotes (they are notices elsewhere)', () => {
    const file = cleanFile()
    file.results.push(pair({ client: 'chat', server: 'pool10', clientProduct: 'Lync 2010 Group Chat', serverProduct: 'Lync Server 2010', line: 9, severity: 'notice', footnotes: [F1] }))
    expect(render(file)).toBe('')
  })

  it('annotates every non-supported status, whatever its severity', () => {
    const file = cleanFile()
    file.results = [
      pair({ client: 'a', server: 's', clientProduct: 'P', serverProduct: 'S', line: 1, status: 'interoperable', severity: 'error' }),
      pair({ client: 'b', server: 's', clientProduct: 'P', serverProduct: 'S', line: 2, status: 'not-applicable', severity: 'warning' }),
      pair({ client: 'c', server: 's', clientProduct: 'P', serverProduct: 'S', line: 3, status: 'not-supported', severity: 'warning' }),
      pair({ client: 'd', server: 's', clientProduct: 'P', serverProduct: 'S', line: 4, status: 'not-supported', severity: 'notice', waived: true }),
      pair({ client: 'e', server: 's', clientProduct: 'P', serverProduct: 'S', line: 5, status: 'supported', severity: 'none' }),
    ]
    expect(linesOf(render(file)).map((l) => parseCommand(l)).map((c) => [c.command, c.properties.line, c.properties.title])).toEqual([
      ['error', '1', 'P on S: interoperable'],
      ['warning', '2', 'P on S: not-applicable'],
      ['warning', '3', 'P on S: not-supported'],
      ['notice', '4', 'P on S: not-supported (waived)'],
    ])
  })

  it('spells out every footnote of a result, in the result\'s order, separated by blank lines', () => {
    const file = cleanFile()
    file.results = [pair({ client: 'a', server: 's', clientProduct: 'P', serverProduct: 'S', line: 1, status: 'interoperable', severity: 'warning', message: 'Msg.', footnotes: [F3, F1] })]
    const [line] = linesOf(render(file))
    expect(parseCommand(line ?? '').message).toBe('Msg.\n\nFootnote 3: IM and presence only.\n\nFootnote 1: Group Chat needs its own server.')
    expect(line).toMatch(/::Msg\.%0A%0AFootnote 3: IM and presence only\.%0A%0AFootnote 1: Group Chat needs its own server\.$/)
  })

  it('reports each input error as an error titled "coexist: invalid topology", and nothing else for that file', () => {
    expect(linesOf(render(invalidFile()))).toEqual([
      '::error file=broken.yml,line=3,endLine=3,col=14,endColumn=29,title=coexist%3A invalid topology::unknown server product "Lync Server 2099"',
      '::error file=broken.yml,line=7,endLine=7,col=21,endColumn=27,title=coexist%3A invalid topology::client "users" names server "nowhere", which is not declared under servers',
    ])
  })

  it('goes file by file: errors, then warnings, then findings of each file', () => {
    const lines = linesOf(render(sampleFile(), invalidFile()))
    expect(lines.map((l) => [parseCommand(l).properties.file, parseCommand(l).properties.line])).toEqual([
      ['estate.yml', '24'],
      ['estate.yml', '19'],
      ['estate.yml', '13'],
      ['estate.yml', '16'],
      ['broken.yml', '3'],
      ['broken.yml', '7'],
    ])
  })
})

describe('annotation columns', () => {
  const one = (span: { line: number; column: number; endLine: number; endColumn: number }) => {
    const file = cleanFile()
    file.results = [pair({ client: 'a', server: 's', clientProduct: 'P', serverProduct: 'S', status: 'not-supported', severity: 'error', ...span })]
    return parseCommand(linesOf(render(file))[0] ?? '').properties
  }

  it('gives col and an inclusive endColumn (one less than the span\'s end) for a span on one line', () => {
    expect(one({ line: 6, column: 14, endLine: 6, endColumn: 32 })).toEqual({ file: 'estate.yml', line: '6', endLine: '6', col: '14', endColumn: '31', title: 'P on S: not-supported' })
  })

  it('gives endColumn = col for a one-character span', () => {
    expect(one({ line: 2, column: 5, endLine: 2, endColumn: 6 })).toMatchObject({ col: '5', endColumn: '5' })
  })

  it('never gives an endColumn before col for an empty span', () => {
    expect(one({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toMatchObject({ col: '1', endColumn: '1' })
  })

  it('gives no columns at all for a span across lines', () => {
    const properties = one({ line: 6, column: 14, endLine: 7, endColumn: 15 })
    expect(properties).toEqual({ file: 'estate.yml', line: '6', endLine: '7', title: 'P on S: not-supported' })
  })

  it('drops the columns of a multi-line input error too', () => {
    const file = invalidFile()
    file.errors = [diagnostic({ file: 'broken.yml', line: 2, column: 3, endLine: 4, endColumn: 1, message: 'm' })]
    expect(render(file)).toBe('::error file=broken.yml,line=2,endLine=4,title=coexist%3A invalid topology::m\n')
  })
})

describe('annotationsReporter on YAML fixtures', () => {
  it('renders exact lines for annotations.yml', () => {
    expect(linesOf(render(checkFixture('annotations.yml')))).toEqual([
      '::warning file=annotations.yml,line=25,endLine=25,col=14,endColumn=23,title=coexist%3A expired exception::the exception for "legacy" on "pool13" expired at the end of 2026-05-31 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
      `::warning file=annotations.yml,line=11,endLine=11,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A interoperable only::legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported. Use Office Communicator 2007 R2 for presence and IM only during the migration.%0A%0AFootnote 3: ${footnoteText('3')}`,
      `::notice file=annotations.yml,line=15,endLine=15,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. Waived until the end of 2099-03-31 (UTC): Lync Web App 2013 in wave 3, CHG-1234%0A%0AFootnote 2: ${footnoteText('2')}`,
    ])
  })

  it('raises the level with the policy: interoperable fails when fail-on names it', () => {
    const lines = linesOf(render(checkFixture('annotations.yml', { failOn: ['not-supported', 'interoperable'] })))
    expect(lines.map((l) => [parseCommand(l).command, parseCommand(l).properties.line])).toEqual([
      ['warning', '25'],
      ['error', '11'],
      ['notice', '15'],
    ])
  })

  it('gives a product value folded over two lines its lines but no columns', () => {
    expect(linesOf(render(checkFixture('multiline.yml')))).toEqual([
      `::error file=multiline.yml,line=6,endLine=7,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.%0A%0AFootnote 2: ${footnoteText('2')}`,
    ])
  })

  it('keeps hostile names inside one annotation each, and they read back verbatim', () => {
    const output = render(checkFixture('hostile.yml'))
    const lines = linesOf(output)
    expect(lines).toHaveLength(1)
    const parsed = parseCommand(lines[0] ?? '')
    expect(parsed.command).toBe('notice')
    expect(parsed.message).toContain('x\n::error::y ::add-mask::secret,a:b%0A')
    expect(parsed.message).toContain('::stop-commands::tok\n<img src=x onerror=alert(1)> 100% sure, really: yes')
    // No line of the output other than the first starts a command.
    expect(output.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::'))).toHaveLength(1)
  })

  it('reports a file with input errors as errors only', () => {
    const lines = linesOf(render(checkFixture('invalid.yml')))
    expect(lines.map((l) => parseCommand(l))).toEqual([
      {
        command: 'error',
        properties: { file: 'invalid.yml', line: '3', endLine: '3', col: '14', endColumn: '29', title: 'coexist: invalid topology' },
        message: expect.stringMatching(/^unknown server product "Lync Server 2099" in matrix lync-server-2013; /),
      },
      {
        command: 'error',
        properties: { file: 'invalid.yml', line: '7', endLine: '7', col: '21', endColumn: '27', title: 'coexist: invalid topology' },
        message: 'client "<b>users</b>" names server "nowhere", which is not declared under servers',
      },
    ])
  })
})
