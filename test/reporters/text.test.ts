import { describe, expect, it } from 'vitest'
import { buildReport } from '../../src/core/check.js'
import type { FileReport } from '../../src/core/types.js'
import { renderErrorLines, textReporter } from '../../src/reporters/text.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  estateFinding,
  F2,
  invalidFile,
  linesOf,
  pair,
  reportOf,
  sampleFile,
} from '../support/sample-reports.js'

const plain = (...files: FileReport[]) =>
  renderToString(textReporter({ color: false }), reportOf(...files))
const colored = (...files: FileReport[]) =>
  renderToString(textReporter({ color: true }), reportOf(...files))

const ESC = '\u001b'
const sgr = (code: number, text: string) => `${ESC}[${code}m${text}${ESC}[0m`

describe('textReporter without colour', () => {
  it("renders a file's findings worst first, explained, with the footnotes once and the verdict last", () => {
    expect(plain(sampleFile())).toBe(
      [
        'estate.yml  (matrix lync-server-2013)',
        '  estate.yml:24:14: warning: the exception for "legacy" on "pool13" expired',
        '  estate.yml:19:14: error: Lync 2010 Attendee on Lync Server 2013: not supported [2]',
        '      attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
        '  estate.yml:13:14: warning: Office Communicator 2007 R2 on Lync Server 2013: interoperable only [3]',
        '      legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.',
        '  estate.yml:10:14: notice: Lync 2010 Group Chat on Lync Server 2010: supported [1]',
        '      chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).',
        '  estate.yml:16:14: notice: Lync 2010 Attendee on Lync Server 2013: not supported [2] (waived)',
        '      partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
        '  2 of 6 pairs supported without remarks',
        '',
        '  Footnotes:',
        '  [1] Group Chat needs its own server.',
        '  [2] Lync Web App 2013 replaces Lync 2010 Attendee.',
        '  [3] IM and presence only.',
        '',
        '✖ Failed: 1 error, 2 warnings, 2 notices in 6 pairs, 1 waived',
        '',
      ].join('\n'),
    )
  })

  it('says Passed when nothing fails, and leaves out footnotes nobody cites', () => {
    expect(plain(cleanFile())).toBe(
      [
        'clean.yml  (matrix lync-server-2013)',
        '  1 of 1 pair supported without remarks',
        '',
        '✔ Passed: 0 errors, 0 warnings, 0 notices in 1 pair',
        '',
      ].join('\n'),
    )
  })

  it('says Could not evaluate when a file has input errors, and gives no verdict for its pairs', () => {
    expect(plain(invalidFile())).toBe(
      [
        'broken.yml',
        '  broken.yml:3:14: error: unknown server product "Lync Server 2099"',
        '  broken.yml:7:21: error: client "users" names server "nowhere", which is not declared under servers',
        '  The file could not be evaluated; no verdict for its pairs.',
        '',
        '✖ Could not evaluate: 2 errors, 0 warnings, 0 notices in 0 pairs',
        '',
      ].join('\n'),
    )
  })

  it('says Could not evaluate even when the other files passed', () => {
    expect(linesOf(plain(cleanFile(), invalidFile())).at(-1)).toBe(
      '✖ Could not evaluate: 2 errors, 0 warnings, 0 notices in 1 pair',
    )
  })

  it('says Passed with warnings and notices when none of them fails the run', () => {
    const file = cleanFile()
    file.results.push(
      pair({
        client: 'legacy',
        server: 'pool13',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 8,
        status: 'interoperable',
        severity: 'warning',
      }),
    )
    expect(linesOf(plain(file)).at(-1)).toBe('✔ Passed: 0 errors, 1 warning, 0 notices in 2 pairs')
  })

  it("groups findings by file, and prints each file's footnotes once in that file", () => {
    const second: FileReport = {
      ...cleanFile('second.yml'),
      results: [
        pair({
          file: 'second.yml',
          client: 'guests',
          server: 'pool13',
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 4,
          status: 'not-supported',
          severity: 'error',
          footnotes: [F2],
          title: 'T1',
          message: 'M1',
        }),
        pair({
          file: 'second.yml',
          client: 'hosts',
          server: 'pool13',
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 9,
          status: 'not-supported',
          severity: 'error',
          footnotes: [F2],
          title: 'T2',
          message: 'M2',
        }),
      ],
    }
    const lines = linesOf(plain(sampleFile(), second))
    const start = lines.indexOf('second.yml  (matrix lync-server-2013)')
    expect(start).toBeGreaterThan(0)
    expect(lines.slice(0, start).every((l) => !l.includes('second.yml'))).toBe(true)
    expect(lines.slice(start)).toEqual([
      'second.yml  (matrix lync-server-2013)',
      '  second.yml:4:14: error: T1 [2]',
      '      M1',
      '  second.yml:9:14: error: T2 [2]',
      '      M2',
      '',
      '  Footnotes:',
      '  [2] Lync Web App 2013 replaces Lync 2010 Attendee.',
      '',
      '✖ Failed: 3 errors, 2 warnings, 2 notices in 8 pairs, 1 waived',
    ])
    expect(
      lines.filter((l) => l === '  [2] Lync Web App 2013 replaces Lync 2010 Attendee.'),
    ).toHaveLength(2)
  })

  it('writes every footnote marker of a result', () => {
    const file = cleanFile()
    file.results = [
      pair({
        client: 'c',
        server: 's',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 2,
        status: 'interoperable',
        severity: 'warning',
        title: 'T',
        message: 'M',
        footnotes: [F2, { id: '10', text: 'ten' }],
      }),
    ]
    expect(linesOf(plain(file))).toContain('  estate.yml:2:14: warning: T [2][10]')
  })

  it('writes no ANSI escape at all', () => {
    expect(plain(sampleFile(), invalidFile())).not.toContain(ESC)
  })
})

describe('textReporter in new-only mode', () => {
  /** sampleFile with the error (attendees) and the warning (legacy) already in the base commit. */
  function withPreexisting(): FileReport {
    const file = sampleFile()
    file.results = file.results.map((r) =>
      r.client === 'attendees' || r.client === 'legacy' ? { ...r, preexisting: true } : r,
    )
    return file
  }

  it('remarks pre-existing findings, counts them apart, and passes when no new finding fails', () => {
    const lines = linesOf(
      renderToString(
        textReporter({ color: false }),
        buildReport([withPreexisting()], { revision: 'abc123' }),
      ),
    )
    expect(lines).toContain(
      '  estate.yml:19:14: error: Lync 2010 Attendee on Lync Server 2013: not supported [2] (pre-existing: already at abc123)',
    )
    expect(lines).toContain(
      '  estate.yml:13:14: warning: Office Communicator 2007 R2 on Lync Server 2013: interoperable only [3] (pre-existing: already at abc123)',
    )
    expect(lines).toContain(
      '  estate.yml:16:14: notice: Lync 2010 Attendee on Lync Server 2013: not supported [2] (waived)',
    )
    expect(lines.at(-1)).toBe(
      '✔ Passed: 0 errors, 1 warning, 2 notices in 6 pairs, 1 waived, 2 pre-existing',
    )
    // A baseline that worked needs no word of its own.
    expect(lines.filter((l) => l.includes('new-only'))).toEqual([])
  })

  it('says "(pre-existing)" rather than "(waived)" for a waived pair that was already there, dimmed in colour', () => {
    const file = sampleFile()
    file.results = file.results.map((r) =>
      r.client === 'partners' ? { ...r, preexisting: true } : r,
    )
    expect(linesOf(plain(file))).toContain(
      '  estate.yml:16:14: notice: Lync 2010 Attendee on Lync Server 2013: not supported [2] (pre-existing)',
    )
    expect(linesOf(colored(file))).toContain(
      `  estate.yml:16:14: ${sgr(34, 'notice')}: Lync 2010 Attendee on Lync Server 2013: not supported [2]${sgr(2, ' (pre-existing)')}`,
    )
  })

  it('fails on a new error beside pre-existing ones', () => {
    const file = withPreexisting()
    file.results.push(
      pair({
        client: 'guests',
        server: 'pool13',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 30,
        status: 'not-supported',
        severity: 'error',
      }),
    )
    const lines = linesOf(
      renderToString(textReporter({ color: false }), buildReport([file], { revision: 'abc123' })),
    )
    expect(lines).toContain(
      '  estate.yml:30:14: error: Lync 2010 Attendee on Lync Server 2013: not-supported',
    )
    expect(lines.at(-1)).toBe(
      '✖ Failed: 1 error, 1 warning, 2 notices in 7 pairs, 1 waived, 2 pre-existing',
    )
  })

  it('warns before the verdict when the base commit could not be read', () => {
    const lines = linesOf(
      renderToString(
        textReporter({ color: false }),
        buildReport([sampleFile()], {
          revision: 'abc123',
          problem: 'the base commit abc123 is not in the checkout',
        }),
      ),
    )
    expect(lines.slice(-3)).toEqual([
      'warning: new-only mode is off, every finding counts: the base commit abc123 is not in the checkout',
      '',
      '✖ Failed: 1 error, 2 warnings, 2 notices in 6 pairs, 1 waived',
    ])
    const painted = linesOf(
      renderToString(
        textReporter({ color: true }),
        buildReport([sampleFile()], { revision: 'abc123', problem: 'shallow' }),
      ),
    )
    expect(painted).toContain(
      `${sgr(33, 'warning')}: new-only mode is off, every finding counts: shallow`,
    )
  })

  it('keeps control characters and line breaks of a refused revision out of the warning', () => {
    // readAtRevision quotes a revision it refuses, whatever it holds; --base takes it from the command line.
    const problem =
      '"\u001b[2J\nforged.yml:1:1: error: forged" is not a revision coexist will pass to git'
    const output = renderToString(
      textReporter({ color: false }),
      buildReport([cleanFile()], { revision: '\u001b[2J\nforged.yml:1:1: error: forged', problem }),
    )
    expect(output).not.toContain(ESC)
    expect(linesOf(output).filter((l) => l.startsWith('forged.yml'))).toEqual([])
  })
})

describe('textReporter with colour', () => {
  it('paints the header, the severities, the waiver, the supported count and the verdict', () => {
    expect(colored(sampleFile())).toBe(
      [
        `${sgr(1, 'estate.yml')}${sgr(2, '  (matrix lync-server-2013)')}`,
        `  estate.yml:24:14: ${sgr(33, 'warning')}: the exception for "legacy" on "pool13" expired`,
        `  estate.yml:19:14: ${sgr(31, 'error')}: Lync 2010 Attendee on Lync Server 2013: not supported [2]`,
        '      attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
        `  estate.yml:13:14: ${sgr(33, 'warning')}: Office Communicator 2007 R2 on Lync Server 2013: interoperable only [3]`,
        '      legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.',
        `  estate.yml:10:14: ${sgr(34, 'notice')}: Lync 2010 Group Chat on Lync Server 2010: supported [1]`,
        '      chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).',
        `  estate.yml:16:14: ${sgr(34, 'notice')}: Lync 2010 Attendee on Lync Server 2013: not supported [2]${sgr(2, ' (waived)')}`,
        '      partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
        sgr(32, '  2 of 6 pairs supported without remarks'),
        '',
        '  Footnotes:',
        '  [1] Group Chat needs its own server.',
        '  [2] Lync Web App 2013 replaces Lync 2010 Attendee.',
        '  [3] IM and presence only.',
        '',
        sgr(31, '✖ Failed: 1 error, 2 warnings, 2 notices in 6 pairs, 1 waived'),
        '',
      ].join('\n'),
    )
  })

  it('paints Passed green and Could not evaluate red', () => {
    expect(linesOf(colored(cleanFile())).at(-1)).toBe(
      sgr(32, '✔ Passed: 0 errors, 0 warnings, 0 notices in 1 pair'),
    )
    const lines = linesOf(colored(invalidFile()))
    expect(lines.at(-1)).toBe(
      sgr(31, '✖ Could not evaluate: 2 errors, 0 warnings, 0 notices in 0 pairs'),
    )
    expect(lines).toContain(sgr(2, '  The file could not be evaluated; no verdict for its pairs.'))
    expect(lines).toContain(
      `  broken.yml:3:14: ${sgr(31, 'error')}: unknown server product "Lync Server 2099"`,
    )
  })
})

describe('textReporter and control characters from the topology', () => {
  // C0 controls (but tab and line feed, tested below), DEL and the C1 controls, including CSI (U+009B).
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

  function hostileFile(name: string, file = `evil${name}.yml`): FileReport {
    return {
      file,
      matrix: 'lync-server-2013',
      topology: {
        servers: [{ name: 's', product: 'Lync Server 2013' }],
        clients: [{ name, product: 'Lync 2010 Attendee', servers: ['s'] }],
      },
      results: [
        pair({
          file,
          client: name,
          server: 's',
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 5,
          status: 'not-supported',
          severity: 'error',
          title: `T${name}`,
          message: `${name} (Lync 2010 Attendee) is not supported on s (Lync Server 2013).`,
        }),
      ],
      errors: [],
      notices: [],
      warnings: [
        {
          file,
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 24,
          message: `the exception for "${name}" on "s" expired`,
        },
      ],
    }
  }

  it.each([
    ['ESC (clear screen)', '\u001b[2J', '?[2J'],
    ['ESC (window title)', '\u001b]0;pwned\u0007', '?]0;pwned?'],
    ['BEL', '\u0007', '?'],
    ['backspace', 'ab\bc', 'ab?c'],
    ['carriage return', 'safe\rforged', 'safe?forged'],
    ['NUL', 'a\u0000b', 'a?b'],
    ['DEL', 'a\u007fb', 'a?b'],
    ['C1 CSI', '\u009b31m', '?31m'],
    ['vertical tab and form feed', 'a\u000b\u000cb', 'a??b'],
  ])('replaces %s with "?" in file names, titles, messages and warnings', (_what, name, shown) => {
    const output = plain(hostileFile(name))
    expect(output).not.toMatch(CONTROL)
    expect(linesOf(output).slice(0, 4)).toEqual([
      `evil${shown}.yml  (matrix lync-server-2013)`,
      `  evil${shown}.yml:9:14: warning: the exception for "${shown}" on "s" expired`,
      `  evil${shown}.yml:5:14: error: T${shown}`,
      `      ${shown} (Lync 2010 Attendee) is not supported on s (Lync Server 2013).`,
    ])
  })

  it('keeps a control character in a name from reaching a colour terminal either', () => {
    const output = colored(hostileFile('\u001b[2J\u009b2J'))
    // The only escapes left are the reporter's own SGR sequences.
    expect(output.replace(/\u001b\[\d+m/g, '')).not.toMatch(CONTROL)
  })

  it('keeps a line feed in a name from starting a line of its own', () => {
    // A population named so that its name forges a finding of another file on a line of its own.
    const name = 'x\n  forged.yml:1:1: error: forged'
    const lines = linesOf(plain(hostileFile(name, 'estate.yml')))
    expect(lines.filter((l) => l.startsWith('  forged.yml:'))).toEqual([])
    expect(lines).toHaveLength(
      linesOf(plain(hostileFile('x  forged.yml:1:1: error: forged', 'estate.yml'))).length,
    )
  })
})

describe('textReporter on YAML fixtures', () => {
  it('reports estate.yml worst first with the counts and the verdict', () => {
    const lines = linesOf(plain(checkFixture('reporters', 'estate.yml')))
    expect(lines[0]).toBe('estate.yml  (matrix lync-server-2013)')
    expect(
      lines
        .filter((l) => /^ {2}estate\.yml:\d+:\d+: /.test(l))
        .map((l) => l.replace(/: .*$/, '').trim() + l.match(/: (error|warning|notice):/)?.[1]),
    ).toEqual([
      'estate.yml:36:14warning',
      // The server rule: the three pools side by side, at the last of them.
      'estate.yml:8:14error',
      'estate.yml:21:14error',
      'estate.yml:14:14warning',
      'estate.yml:17:14warning',
      'estate.yml:14:14notice',
      'estate.yml:25:14notice',
    ])
    expect(lines).toContain('  3 of 8 pairs supported without remarks')
    expect(lines.filter((l) => /^ {2}\[\d+\] /.test(l)).map((l) => l.slice(0, 5))).toEqual([
      '  [1]',
      '  [2]',
      '  [3]',
    ])
    expect(lines.at(-1)).toBe('✖ Failed: 2 errors, 3 warnings, 2 notices in 8 pairs, 1 waived')
  })

  it('reports invalid.yml as could not evaluate', () => {
    const lines = linesOf(plain(checkFixture('reporters', 'invalid.yml')))
    expect(lines[0]).toBe('invalid.yml')
    expect(
      lines.filter((l) => l.startsWith('  invalid.yml:')).map((l) => l.split(': ')[0]),
    ).toEqual(['  invalid.yml:3:14', '  invalid.yml:7:21'])
    expect(lines.at(-1)).toBe('✖ Could not evaluate: 2 errors, 0 warnings, 0 notices in 0 pairs')
  })
})

describe('textReporter and exceptions that expire soon', () => {
  it("lists each notice at its line, after the file's warnings and before its findings, and counts it", () => {
    const file = sampleFile()
    file.notices.push({
      file: 'estate.yml',
      line: 28,
      column: 14,
      endLine: 28,
      endColumn: 24,
      message:
        'the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days',
    })
    const lines = linesOf(plain(file))
    expect(lines.slice(1, 4)).toEqual([
      '  estate.yml:24:14: warning: the exception for "legacy" on "pool13" expired',
      '  estate.yml:28:14: notice: the exception for "partners" on "pool13" expires at the end of 2026-06-10 (UTC), in 9 days',
      '  estate.yml:19:14: error: Lync 2010 Attendee on Lync Server 2013: not supported [2]',
    ])
    expect(lines.at(-1)).toBe('✖ Failed: 1 error, 2 warnings, 3 notices in 6 pairs, 1 waived')
  })
})

describe("textReporter with a limit on findings (the action's step log)", () => {
  const failing = (n: number): FileReport => ({
    ...cleanFile('many.yml'),
    results: Array.from({ length: n }, (_, i) =>
      pair({
        client: `c${i}`,
        server: 's1',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: i + 1,
        status: 'not-supported',
        severity: 'error',
      }),
    ),
  })

  it('lists the first findings and says how many more there are and where', () => {
    const lines = linesOf(
      renderToString(
        textReporter({ color: false, limit: { findings: 3, elsewhere: 'see the job summary' } }),
        reportOf(failing(10)),
      ),
    )
    expect(lines.filter((l) => l.includes(': error: '))).toHaveLength(3)
    expect(lines).toContain(
      '7 more findings are not shown here (the first 3 are listed above, worst first in each file): see the job summary',
    )
    expect(lines.at(-1)).toBe('✖ Failed: 10 errors, 0 warnings, 0 notices in 10 pairs')
  })

  it('shares the limit between files and says nothing when everything fits', () => {
    const limited = textReporter({ color: false, limit: { findings: 5, elsewhere: 'elsewhere' } })
    const two = linesOf(
      renderToString(limited, reportOf(failing(4), { ...failing(4), file: 'more.yml' })),
    )
    expect(two.filter((l) => l.includes(': error: '))).toHaveLength(5)
    expect(two).toContain(
      '3 more findings are not shown here (the first 5 are listed above, worst first in each file): elsewhere',
    )
    expect(renderToString(limited, reportOf(failing(5)))).not.toContain('not shown here')
  })
})

describe('textReporter and problems past the per-file listing limit', () => {
  it('says how many errors, warnings and notices a file has beyond those listed', () => {
    const file: FileReport = {
      ...invalidFile(),
      unlisted: { errors: 1_234, warnings: 1, notices: 0 },
    }
    const lines = linesOf(renderToString(textReporter({ color: false }), reportOf(file)))
    expect(lines).toContain(
      '  … and 1,234 more errors not listed (coexist lists the first 100 of each kind in a file)',
    )
    expect(lines).toContain(
      '  … and 1 more warning not listed (coexist lists the first 100 of each kind in a file)',
    )
    expect(lines.at(-1)).toBe('✖ Could not evaluate: 1,236 errors, 1 warning, 0 notices in 0 pairs')
  })

  it('names a custom matrix as such, with the file it came from', () => {
    const file: FileReport = { ...cleanFile(), matrix: 'house', matrixFile: 'rules/house.yml' }
    expect(linesOf(renderToString(textReporter({ color: false }), reportOf(file)))[0]).toBe(
      'clean.yml  (custom matrix house from rules/house.yml)',
    )
  })
})

describe('textReporter and findings about the estate', () => {
  it('prints a capability finding at file:line:col of the workload, explained, and counts it', () => {
    const text = [
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
    expect(plain(check(text, { file: 'sites/web.yml' }))).toBe(
      [
        'sites/web.yml  (matrix all-generations)',
        '  sites/web.yml:8:17: error: Lync Web App 2013 does not offer instant messaging',
        '      web (Lync Web App 2013) declares instant messaging, which Lync Web App 2013 does not offer at all: Table 2 of Client interoperability in Lync 2013 says "Lync Web App and Lync 2010 Attendee are meeting-only clients". Remove im from the population, or use a client that offers every workload it declares and is supported on its servers: Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac.',
        // The pair itself is supported: the estate finding is not one of the pairs.
        '  1 of 1 pair supported without remarks',
        '',
        '✖ Failed: 1 error, 0 warnings, 0 notices in 1 pair',
        '',
      ].join('\n'),
    )
  })

  it('prints an estate finding before the pairs on its line, and a pre-existing one as such', () => {
    const file = sampleFile()
    file.estate = [
      estateFinding({
        kind: 'capability',
        subject: 'attendees',
        line: 19,
        column: 20,
        title: 'Lync 2010 Attendee does not offer instant messaging',
        message: 'attendees declares im.',
      }),
      estateFinding({
        kind: 'server-rule',
        subject: 'pool13, pool10',
        line: 4,
        status: 'undocumented',
        severity: 'warning',
        preexisting: true,
        title: 'Lync Server 2013 with Lync Server 2010: stated by no source',
        message: 'no source.',
      }),
    ]
    const lines = linesOf(plain(file)).filter((l) => /^ {2}estate\.yml:\d+:\d+: /.test(l))
    expect(lines).toEqual([
      '  estate.yml:24:14: warning: the exception for "legacy" on "pool13" expired',
      '  estate.yml:19:14: error: Lync 2010 Attendee on Lync Server 2013: not supported [2]',
      '  estate.yml:19:20: error: Lync 2010 Attendee does not offer instant messaging',
      '  estate.yml:4:14: warning: Lync Server 2013 with Lync Server 2010: stated by no source (pre-existing)',
      '  estate.yml:13:14: warning: Office Communicator 2007 R2 on Lync Server 2013: interoperable only [3]',
      '  estate.yml:10:14: notice: Lync 2010 Group Chat on Lync Server 2010: supported [1]',
      '  estate.yml:16:14: notice: Lync 2010 Attendee on Lync Server 2013: not supported [2] (waived)',
    ])
    expect(linesOf(plain(file))).toContain('  2 of 6 pairs supported without remarks')
    expect(linesOf(plain(file)).at(-1)).toBe(
      '✖ Failed: 2 errors, 2 warnings, 2 notices in 6 pairs, 1 waived, 1 pre-existing',
    )
  })

  it('puts the estate finding first on a line where it starts at the same column as a pair', () => {
    const file = sampleFile()
    file.estate = [
      estateFinding({
        kind: 'capability',
        subject: 'attendees',
        line: 19,
        title: 'Capability',
        message: 'm',
      }),
    ]
    expect(
      linesOf(plain(file))
        .filter((l) => l.startsWith('  estate.yml:19:'))
        .map((l) => l.split(': ')[2]),
    ).toEqual(['Capability', 'Lync 2010 Attendee on Lync Server 2013'])
  })
})

describe('renderErrorLines: a file that could not be used, for standard error', () => {
  it('prints each error as file:line:column: error: message, control characters replaced, then how many more', () => {
    const errors = [
      diagnostic({
        file: 'broken.yml',
        line: 3,
        column: 14,
        message: 'unknown server product "Lync Server 2099"',
      }),
      diagnostic({ file: 'broken.yml', line: 9, column: 1, message: 'bad\u001b\nname' }),
    ]
    expect(renderErrorLines('broken.yml', errors)).toBe(
      'broken.yml:3:14: error: unknown server product "Lync Server 2099"\nbroken.yml:9:1: error: bad??name\n',
    )
    expect(renderErrorLines('broken.yml', errors.slice(0, 1), 1200)).toBe(
      'broken.yml:3:14: error: unknown server product "Lync Server 2099"\nbroken.yml: 1,200 more errors not listed\n',
    )
  })
})
