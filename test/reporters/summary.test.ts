import { describe, expect, it } from 'vitest'
import { buildReport } from '../../src/core/check.js'
import type { FileReport, PairResult } from '../../src/core/types.js'
import { SUMMARY_LIMIT_BYTES, summaryReporter } from '../../src/reporters/summary.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  diagnostic,
  estateFinding,
  F1,
  invalidFile,
  linesOf,
  pair,
  reportOf,
  sampleFile,
} from '../support/sample-reports.js'

const render = (...files: FileReport[]) => renderToString(summaryReporter, reportOf(...files))

const LEGEND =
  '<sub>✅ supported · ⚠️ interoperable · ❌ not supported · ➖ not applicable · ❔ undocumented · 🔕 waived by an exception · ⏮ already in the base commit · — not connected</sub>'

/** The tags the summary itself writes; whatever `<` is left after removing them came from the input. */
const OWN_TAGS = /<\/?(?:table|thead|tbody|tr|th|td|br|sub|sup|code)(?: align="left")?>/g

describe('summaryReporter on a hand-built report', () => {
  it('renders the verdict, the counts, the grid, the findings, the warnings, the footnotes and the legend', () => {
    expect(render(sampleFile())).toBe(
      [
        '## ❌ coexist: compatibility check failed',
        '',
        '1 error · 2 warnings · 2 notices · 6 pairs checked · 1 waived',
        '',
        '### <code>estate.yml</code> · matrix <code>lync-server-2013</code>',
        '',
        '<table>',
        '<thead><tr><th align="left">Client population</th><th>pool13<br><sub>Lync Server 2013</sub></th><th>pool10<br><sub>Lync Server 2010</sub></th></tr></thead>',
        '<tbody>',
        '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>✅ supported</td><td>✅ supported</td></tr>',
        '<tr><th align="left">chat<br><sub>Lync 2010 Group Chat</sub></th><td>—</td><td>✅ supported<sup>1</sup></td></tr>',
        '<tr><th align="left">legacy<br><sub>Office Communicator 2007 R2</sub></th><td>⚠️ interoperable<sup>3</sup></td><td>—</td></tr>',
        '<tr><th align="left">partners<br><sub>Lync 2010 Attendee</sub></th><td>🔕❌ not supported<sup>2</sup></td><td>—</td></tr>',
        '<tr><th align="left">attendees<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported<sup>2</sup></td><td>—</td></tr>',
        '</tbody>',
        '</table>',
        '',
        '| | Line | Finding | What it means |',
        '|---|---|---|---|',
        '| error | 19 | Lync 2010 Attendee on Lync Server 2013: not supported<sup>2</sup> | attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. |',
        '| warning | 13 | Office Communicator 2007 R2 on Lync Server 2013: interoperable only<sup>3</sup> | legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported. |',
        '| notice | 10 | Lync 2010 Group Chat on Lync Server 2010: supported<sup>1</sup> | chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010). |',
        '| 🔕 waived | 16 | Lync 2010 Attendee on Lync Server 2013: not supported<sup>2</sup> | partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234 |',
        '',
        '> [!WARNING]',
        '> Line 24: the exception for &quot;legacy&quot; on &quot;pool13&quot; expired',
        '',
        '**Footnotes**',
        '',
        '<sup>1</sup> Group Chat needs its own server.',
        '',
        '<sup>2</sup> Lync Web App 2013 replaces Lync 2010 Attendee.',
        '',
        '<sup>3</sup> IM and presence only.',
        '',
        LEGEND,
        '',
      ].join('\n'),
    )
  })

  it('says passed on top for a clean file, with no findings table and no footnotes', () => {
    expect(render(cleanFile())).toBe(
      [
        '## ✅ coexist: compatibility check passed',
        '',
        '0 errors · 0 warnings · 0 notices · 1 pair checked',
        '',
        '### <code>clean.yml</code> · matrix <code>lync-server-2013</code>',
        '',
        '<table>',
        '<thead><tr><th align="left">Client population</th><th>pool13<br><sub>Lync Server 2013</sub></th></tr></thead>',
        '<tbody>',
        '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>✅ supported</td></tr>',
        '</tbody>',
        '</table>',
        '',
        LEGEND,
        '',
      ].join('\n'),
    )
  })

  it('says passed when warnings and notices do not fail the run', () => {
    const file = cleanFile()
    file.results.push(
      pair({
        client: 'workers',
        server: 'x',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 5,
        status: 'interoperable',
        severity: 'warning',
      }),
    )
    expect(linesOf(render(file)).slice(0, 3)).toEqual([
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 1 warning · 0 notices · 2 pairs checked',
    ])
  })

  it('says the topology could not be evaluated, and lists the input errors escaped', () => {
    expect(render(invalidFile())).toBe(
      [
        '## ❌ coexist could not evaluate the topology',
        '',
        '2 errors · 0 warnings · 0 notices · 0 pairs checked',
        '',
        '### <code>broken.yml</code>',
        '',
        'The file could not be evaluated; fix these first:',
        '',
        '- line 3, column 14: unknown server product &quot;Lync Server 2099&quot;',
        '- line 7, column 21: client &quot;users&quot; names server &quot;nowhere&quot;, which is not declared under servers',
        '',
        LEGEND,
        '',
      ].join('\n'),
    )
  })

  it('says could not evaluate when any file has input errors, even if others failed or passed', () => {
    expect(linesOf(render(sampleFile(), invalidFile()))[0]).toBe(
      '## ❌ coexist could not evaluate the topology',
    )
    expect(linesOf(render(cleanFile(), invalidFile()))[0]).toBe(
      '## ❌ coexist could not evaluate the topology',
    )
    expect(linesOf(render(sampleFile(), cleanFile()))[0]).toBe(
      '## ❌ coexist: compatibility check failed',
    )
  })

  it('marks not-applicable pairs with ➖ and a waived pair with 🔕 before its status mark', () => {
    const file = cleanFile()
    file.results = [
      pair({
        client: 'workers',
        server: 'pool13',
        clientProduct: 'Lync 2010 Group Chat',
        serverProduct: 'Lync Server 2013',
        line: 5,
        status: 'not-applicable',
        severity: 'warning',
      }),
    ]
    expect(render(file)).toContain(
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>➖ not applicable</td></tr>',
    )
    file.results[0] = {
      ...(file.results[0] as (typeof file.results)[number]),
      status: 'interoperable',
      waived: true,
      severity: 'notice',
      footnotes: [F1],
    }
    const output = render(file)
    expect(output).toContain('<td>🔕⚠️ interoperable<sup>1</sup></td>')
    expect(output).toContain('| 🔕 waived | 5 | ')
  })

  it('lists each footnote once, sorted by id as a number, however many pairs cite it', () => {
    const file = cleanFile()
    const note = (id: string) => ({ id, text: `Note ${id}.` })
    file.topology?.clients.push(
      { name: 'b', product: 'P', servers: ['pool13'] },
      { name: 'c', product: 'P', servers: ['pool13'] },
    )
    file.results = [
      pair({
        client: 'workers',
        server: 'pool13',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 5,
        status: 'interoperable',
        severity: 'warning',
        footnotes: [note('10'), note('2')],
      }),
      pair({
        client: 'b',
        server: 'pool13',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 8,
        status: 'interoperable',
        severity: 'warning',
        footnotes: [note('2')],
      }),
      pair({
        client: 'c',
        server: 'pool13',
        clientProduct: 'P',
        serverProduct: 'S',
        line: 11,
        status: 'supported',
        severity: 'notice',
        footnotes: [note('9'), note('10')],
      }),
    ]
    const lines = linesOf(render(file))
    const start = lines.indexOf('**Footnotes**')
    expect(lines.slice(start, start + 8)).toEqual([
      '**Footnotes**',
      '',
      '<sup>2</sup> Note 2.',
      '',
      '<sup>9</sup> Note 9.',
      '',
      '<sup>10</sup> Note 10.',
      '',
    ])
    expect(lines).toContain(
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>⚠️ interoperable<sup>10</sup><sup>2</sup></td></tr>',
    )
  })

  it('puts the findings worst first, whatever the order of the results', () => {
    const rows = linesOf(render(sampleFile())).filter((l) =>
      /^\| (error|warning|notice|🔕 waived) \|/.test(l),
    )
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| error | 19',
      '| warning | 13',
      '| notice | 10',
      '| 🔕 waived | 16',
    ])
  })
})

describe('summaryReporter in new-only mode', () => {
  /** sampleFile with the error (attendees), the warning (legacy) and the waived pair already in the base commit. */
  function withPreexisting(): FileReport {
    const file = sampleFile()
    file.results = file.results.map((r) =>
      ['attendees', 'legacy', 'partners'].includes(r.client) ? { ...r, preexisting: true } : r,
    )
    return file
  }

  it('counts pre-existing findings apart, says what was compared, and marks them ⏮ in the grid and the findings', () => {
    const lines = linesOf(
      renderToString(
        summaryReporter,
        buildReport([withPreexisting()], { revision: '0123456789abcdef0123456789abcdef01234567' }),
      ),
    )
    expect(lines.slice(0, 7)).toEqual([
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 1 warning · 1 notice · 6 pairs checked · 1 waived · 3 pre-existing',
      '',
      'New-only mode: findings already present in the base commit <code>0123456789ab</code> are marked ⏮ and do not fail the run.',
      '',
      '### <code>estate.yml</code> · matrix <code>lync-server-2013</code>',
    ])
    expect(lines).toContain(
      '<tr><th align="left">legacy<br><sub>Office Communicator 2007 R2</sub></th><td>⏮⚠️ interoperable<sup>3</sup></td><td>—</td></tr>',
    )
    expect(lines).toContain(
      '<tr><th align="left">partners<br><sub>Lync 2010 Attendee</sub></th><td>⏮🔕❌ not supported<sup>2</sup></td><td>—</td></tr>',
    )
    expect(lines).toContain(
      '<tr><th align="left">attendees<br><sub>Lync 2010 Attendee</sub></th><td>⏮❌ not supported<sup>2</sup></td><td>—</td></tr>',
    )
    // Still worst first; the pre-existing ones say so instead of their severity.
    expect(
      lines
        .filter((l) => l.startsWith('| ') && !l.startsWith('| |'))
        .map((r) => r.split(' | ').slice(0, 2).join(' | ')),
    ).toEqual([
      '| ⏮ pre-existing | 19',
      '| ⏮ pre-existing | 13',
      '| notice | 10',
      '| ⏮ pre-existing | 16',
    ])
    expect(lines.at(-1)).toBe(LEGEND)
  })

  it('says nothing about pre-existing findings when there are none, but still names the base commit', () => {
    const lines = linesOf(
      renderToString(summaryReporter, buildReport([sampleFile()], { revision: 'abc' })),
    )
    expect(lines[2]).toBe('1 error · 2 warnings · 2 notices · 6 pairs checked · 1 waived')
    expect(lines[4]).toBe(
      'New-only mode: findings already present in the base commit <code>abc</code> are marked ⏮ and do not fail the run.',
    )
    expect(lines.join('\n')).not.toMatch(/<td>⏮|\| ⏮ pre-existing/)
  })

  it('warns, escaped, when the base commit could not be read', () => {
    const report = buildReport([sampleFile()], {
      revision: '<b>0123456789abcdef',
      problem: 'the base commit <b> is not in the checkout; give it `fetch-depth: 0`',
    })
    const lines = linesOf(renderToString(summaryReporter, report))
    expect(lines.slice(4, 7)).toEqual([
      '> [!WARNING]',
      '> New-only mode could not read the base commit <code>&lt;b&gt;012345678</code>, so every finding counts as new: the base commit &lt;b&gt; is not in the checkout; give it &#96;fetch-depth: 0&#96;',
      '',
    ])
  })

  it('has no baseline line outside new-only mode', () => {
    expect(render(sampleFile())).not.toContain('New-only')
  })
})

describe('summaryReporter on a report too large for a job summary', () => {
  // Each CJK name is 3 bytes per character in UTF-8: a limit counted in characters instead of
  // bytes would let the summary grow far past 1 MiB.
  const NAME = '東京本社の会議室'

  /** `clients` populations on one server, every pair failing, with a message of `messageBytes`. */
  function hugeFile(file: string, clients: number, messageBytes = 60): FileReport {
    const names = Array.from({ length: clients }, (_, i) => `${NAME}-${String(i).padStart(6, '0')}`)
    return {
      file,
      matrix: 'lync-server-2013',
      topology: {
        servers: [{ name: 'pool13', product: 'Lync Server 2013' }],
        clients: names.map((name) => ({
          name,
          product: 'Lync 2010 Attendee',
          servers: ['pool13'],
        })),
      },
      results: names.map((name, i): PairResult =>
        pair({
          file,
          client: name,
          server: 'pool13',
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 6 + i * 3,
          status: 'not-supported',
          severity: 'error',
          title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
          message: 'm'.repeat(messageBytes),
        }),
      ),
      errors: [],
      notices: [],
      warnings: [],
    }
  }

  const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
  const count = (lines: string[], line: string) => lines.filter((l) => l === line).length
  const NOTE =
    /^> This summary was cut at (\d+) lines to stay under GitHub's 1 MiB limit for job summaries\. The JSON report \(output `report`\) lists every result\.$/

  it("keeps the limit 16 KiB under GitHub's 1 MiB", () => {
    expect(SUMMARY_LIMIT_BYTES).toBe(1024 * 1024 - 16 * 1024)
  })

  it('cuts 40,000 populations off at a line boundary inside the grid, closes the table, and says so', () => {
    const output = render(hugeFile('estate.yml', 40_000))
    expect(bytes(output)).toBeLessThanOrEqual(1024 * 1024)
    expect(bytes(output)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 1024)
    // Not cut much earlier than it has to be.
    expect(bytes(output)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 4 * 1024)
    const lines = linesOf(output)
    expect(lines.slice(0, 3)).toEqual([
      '## ❌ coexist: compatibility check failed',
      '',
      '40,000 errors · 0 warnings · 0 notices · 40,000 pairs checked',
    ])
    expect(count(lines, '<table>')).toBe(1)
    expect(count(lines, '</table>')).toBe(1)
    expect(count(lines, '<tbody>')).toBe(1)
    expect(count(lines, '</tbody>')).toBe(1)
    // Whole rows only, in order, from the first population on, and the table closed right after the last kept one.
    const rows = lines.filter((l) => l.startsWith('<tr>'))
    expect(rows.length).toBeGreaterThan(1000)
    expect(rows.length).toBeLessThan(40_000)
    rows.forEach((row, i) =>
      expect(row).toBe(
        `<tr><th align="left">${NAME}-${String(i).padStart(6, '0')}<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported</td></tr>`,
      ),
    )
    const close = lines.indexOf('</tbody>')
    expect(lines[close - 1]).toBe(rows.at(-1))
    expect(lines[close + 1]).toBe('</table>')
    // The findings table never started.
    expect(lines).not.toContain('| | Line | Finding | What it means |')
    const note = lines.findIndex((l) => NOTE.test(l))
    expect(note).toBeGreaterThan(close)
    expect(lines[note - 1]).toBe('> [!NOTE]')
    const [, kept] = NOTE.exec(lines[note] as string) as unknown as [string, string]
    // 4 header lines, the file heading and its blank, <table>, <thead>, <tbody>, the rows (and
    // perhaps the two closing tags); the rows after them were never rendered.
    expect(Number(kept)).toBeGreaterThanOrEqual(9 + rows.length)
    expect(Number(kept)).toBeLessThanOrEqual(11 + rows.length)
    expect(lines.at(-1)).toBe(LEGEND)
    expect(output.endsWith(`${LEGEND}\n`)).toBe(true)
  })

  it('cuts inside the findings table without adding a </table> nobody opened', () => {
    // The grid fits; the findings with their long messages do not.
    const output = render(hugeFile('estate.yml', 3_000, 1_000))
    expect(bytes(output)).toBeLessThanOrEqual(1024 * 1024)
    const lines = linesOf(output)
    expect(count(lines, '<table>')).toBe(1)
    expect(count(lines, '</table>')).toBe(1)
    expect(count(lines, '</tbody>')).toBe(1)
    expect(lines.filter((l) => l.startsWith('<tr>'))).toHaveLength(3_000)
    const findings = lines.filter((l) => l.startsWith('| error | '))
    expect(findings.length).toBeGreaterThan(100)
    expect(findings.length).toBeLessThan(3_000)
    for (const row of findings) expect(row.endsWith(`${'m'.repeat(1_000)} |`)).toBe(true)
    expect(lines.some((l) => NOTE.test(l))).toBe(true)
    expect(lines.at(-1)).toBe(LEGEND)
  })

  it('cuts in the second file, closing its table and dropping the files after it', () => {
    const output = render(
      hugeFile('first.yml', 2_000),
      hugeFile('second.yml', 40_000),
      hugeFile('third.yml', 10),
    )
    expect(bytes(output)).toBeLessThanOrEqual(1024 * 1024)
    const lines = linesOf(output)
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### <code>first.yml</code> · matrix <code>lync-server-2013</code>',
      '### <code>second.yml</code> · matrix <code>lync-server-2013</code>',
    ])
    expect(count(lines, '<table>')).toBe(2)
    expect(count(lines, '</table>')).toBe(2)
    expect(count(lines, '<tbody>')).toBe(2)
    expect(count(lines, '</tbody>')).toBe(2)
    expect(lines.some((l) => NOTE.test(l))).toBe(true)
  })

  it('leaves a summary just under the limit whole, with no note', () => {
    const output = render(hugeFile('estate.yml', 2_000))
    expect(bytes(output)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(output).not.toContain('[!NOTE]')
    expect(linesOf(output).filter((l) => l.startsWith('| error | '))).toHaveLength(2_000)
  })
})

describe('summaryReporter and hostile topology strings', () => {
  const NASTY = '<script>alert(1)</script> & co | `pool` @admins **bold**'

  function hostileFile(): FileReport {
    const file = `dir/${NASTY}.yml`
    return {
      file,
      matrix: 'lync-server-2013',
      topology: {
        servers: [{ name: `srv ${NASTY}`, product: 'Lync Server 2013' }],
        clients: [
          { name: `cli ${NASTY}`, product: 'Lync 2010 Attendee', servers: [`srv ${NASTY}`] },
        ],
      },
      results: [
        pair({
          file,
          client: `cli ${NASTY}`,
          server: `srv ${NASTY}`,
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 6,
          status: 'not-supported',
          severity: 'error',
          footnotes: [{ id: '<i>2</i>', text: `fn ${NASTY}` }],
          title: `title ${NASTY}`,
          message: `msg ${NASTY}\n| injected | row |\n\n# heading`,
        }),
      ],
      errors: [],
      notices: [],
      warnings: [
        diagnostic({ file, line: 12, column: 14, message: `warn ${NASTY}\n> [!CAUTION]` }),
      ],
    }
  }

  // As escapeMarkup leaves it, and then the @mention broken with a zero-width space (inertText).
  const ESCAPED =
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co &#124; &#96;pool&#96; &#64;&#8203;admins &#42;&#42;bold&#42;&#42;'

  it('escapes every string taken from the topology, wherever it appears', () => {
    expect(linesOf(render(hostileFile()))).toEqual([
      '## ❌ coexist: compatibility check failed',
      '',
      '1 error · 1 warning · 0 notices · 1 pair checked',
      '',
      `### <code>dir/${ESCAPED}.yml</code> · matrix <code>lync-server-2013</code>`,
      '',
      '<table>',
      `<thead><tr><th align="left">Client population</th><th>srv ${ESCAPED}<br><sub>Lync Server 2013</sub></th></tr></thead>`,
      '<tbody>',
      `<tr><th align="left">cli ${ESCAPED}<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported<sup>&lt;i&gt;2&lt;/i&gt;</sup></td></tr>`,
      '</tbody>',
      '</table>',
      '',
      '| | Line | Finding | What it means |',
      '|---|---|---|---|',
      `| error | 6 | title ${ESCAPED}<sup>&lt;i&gt;2&lt;/i&gt;</sup> | msg ${ESCAPED} &#124; injected &#124; row &#124;  &#35;&#8203; heading |`,
      '',
      '> [!WARNING]',
      `> Line 12: warn ${ESCAPED} &gt; &#91;&#33;CAUTION&#93;`,
      '',
      '**Footnotes**',
      '',
      `<sup>&lt;i&gt;2&lt;/i&gt;</sup> fn ${ESCAPED}`,
      '',
      LEGEND,
    ])
  })

  it('escapes the title and message of a finding about the estate too, and keeps its row whole', () => {
    const file = hostileFile()
    file.estate = [
      estateFinding({
        file: file.file,
        kind: 'server-rule',
        subject: `srv ${NASTY}, other`,
        line: 3,
        title: `rule ${NASTY}`,
        message: `why ${NASTY}\n| injected | row |`,
      }),
    ]
    const lines = linesOf(render(file))
    expect(lines[2]).toBe('2 errors · 1 warning · 0 notices · 1 pair checked')
    expect(lines.filter((l) => l.startsWith('| error |'))).toEqual([
      `| error | 3 | rule ${ESCAPED} | why ${ESCAPED} &#124; injected &#124; row &#124; |`,
      `| error | 6 | title ${ESCAPED}<sup>&lt;i&gt;2&lt;/i&gt;</sup> | msg ${ESCAPED} &#124; injected &#124; row &#124;  &#35;&#8203; heading |`,
    ])
    expect(render(file).replace(OWN_TAGS, '')).not.toContain('<')
  })

  it('leaves no raw < from the input anywhere, and no Markdown from it either', () => {
    const output = render(hostileFile())
    expect(output.replace(OWN_TAGS, '')).not.toContain('<')
    expect(output).not.toMatch(/<script|<i>|@admins|`|\*\*bold/)
    expect(output.replace(/&(?:#\d+|amp|lt|gt|quot);/g, '')).not.toContain('&')
    // Every findings row keeps its five cell separators.
    for (const row of linesOf(output).filter((l) => l.startsWith('| error')))
      expect(row.split('|')).toHaveLength(6)
  })

  it('escapes the names of a file that could not be evaluated too', () => {
    const file = invalidFile()
    file.file = `${NASTY}.yml`
    file.errors = [
      diagnostic({ file: file.file, line: 1, column: 1, message: `client "${NASTY}" is bad` }),
    ]
    const output = render(file)
    expect(output.replace(OWN_TAGS, '')).not.toContain('<')
    expect(linesOf(output)).toContain(`- line 1, column 1: client &quot;${ESCAPED}&quot; is bad`)
  })

  it('shows an apostrophe in a name as an apostrophe (&#39;), not as the text "&#39;"', () => {
    const file = cleanFile()
    file.topology = {
      servers: [{ name: 'pool13', product: 'Lync Server 2013' }],
      clients: [{ name: "Bob's team", product: 'Lync 2013', servers: ['pool13'] }],
    }
    file.results = [
      pair({
        file: 'clean.yml',
        client: "Bob's team",
        server: 'pool13',
        clientProduct: 'Lync 2013',
        serverProduct: 'Lync Server 2013',
        line: 5,
      }),
    ]
    expect(render(file)).toContain(
      '<tr><th align="left">Bob&#39;s team<br><sub>Lync 2013</sub></th><td>✅ supported</td></tr>',
    )
  })
})

describe('summaryReporter on YAML fixtures', () => {
  it('draws the grid of estate.yml with "—" where a population does not connect', () => {
    const lines = linesOf(render(checkFixture('reporters', 'estate.yml')))
    expect(lines[0]).toBe('## ❌ coexist: compatibility check failed')
    // The second error is the server rule: the three pools side by side (line 8, the last of them).
    expect(lines[2]).toBe('2 errors · 3 warnings · 2 notices · 8 pairs checked · 1 waived')
    const start = lines.indexOf('<table>')
    expect(lines.slice(start, start + 11)).toEqual([
      '<table>',
      '<thead><tr><th align="left">Client population</th><th>pool13<br><sub>Lync Server 2013</sub></th><th>pool10<br><sub>Lync Server 2010</sub></th><th>ocs<br><sub>Office Communications Server 2007 R2</sub></th></tr></thead>',
      '<tbody>',
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>✅ supported</td><td>✅ supported</td><td>—</td></tr>',
      '<tr><th align="left">chat<br><sub>Lync 2010 Group Chat</sub></th><td>➖ not applicable</td><td>✅ supported<sup>1</sup></td><td>—</td></tr>',
      '<tr><th align="left">sales<br><sub>Office Communicator 2007 R2</sub></th><td>⚠️ interoperable<sup>3</sup></td><td>—</td><td>✅ supported</td></tr>',
      '<tr><th align="left">field<br><sub>Office Communicator 2007 R2</sub></th><td>❌ not supported<sup>3</sup></td><td>—</td><td>—</td></tr>',
      '<tr><th align="left">partners<br><sub>Lync 2010 Attendee</sub></th><td>🔕❌ not supported<sup>2</sup></td><td>—</td><td>—</td></tr>',
      '</tbody>',
      '</table>',
      '',
    ])
    expect(lines.filter((l) => /^<sup>\d+<\/sup> /.test(l)).map((l) => l.slice(0, 12))).toEqual([
      '<sup>1</sup>',
      '<sup>2</sup>',
      '<sup>3</sup>',
    ])
    expect(
      lines
        .filter((l) => /^\| (error|warning|notice|🔕 waived) \|/.test(l))
        .map((l) => l.split(' | ').slice(0, 2).join(' | ')),
    ).toEqual([
      '| error | 8',
      '| error | 21',
      '| warning | 14',
      '| warning | 17',
      '| notice | 14',
      '| 🔕 waived | 25',
    ])
  })

  it('leaves no raw < from hostile.yml in the summary', () => {
    const output = render(checkFixture('reporters', 'hostile.yml'))
    expect(output.replace(OWN_TAGS, '')).not.toContain('<')
    expect(output).not.toMatch(/<script|<img|<b>|@admins|`|\*\*bold/)
    // A line break in a name stays inside its table row.
    for (const line of linesOf(output).filter((l) => l.startsWith('<tr>')))
      expect(line.endsWith('</tr>')).toBe(true)
  })

  it('says could not evaluate for invalid.yml', () => {
    const lines = linesOf(render(checkFixture('reporters', 'invalid.yml')))
    expect(lines.slice(0, 7)).toEqual([
      '## ❌ coexist could not evaluate the topology',
      '',
      '2 errors · 0 warnings · 0 notices · 0 pairs checked',
      '',
      '### <code>invalid.yml</code>',
      '',
      'The file could not be evaluated; fix these first:',
    ])
    expect(lines).toContain(
      '- line 7, column 21: client &quot;&lt;b&gt;users&lt;/b&gt;&quot; names server &quot;nowhere&quot;, which is not declared under servers',
    )
  })
})

describe('summaryReporter and exceptions that expire soon', () => {
  it('gives each notice a NOTE block with its line, after the warnings, escaped, and counts it', () => {
    const file = sampleFile()
    file.notices.push(
      diagnostic({
        line: 28,
        column: 14,
        message:
          'the exception for "partners" on "pool13" <b>expires</b> at the end of 2026-06-10 (UTC), in 9 days',
      }),
    )
    const lines = linesOf(render(file))
    expect(lines[2]).toBe('1 error · 2 warnings · 3 notices · 6 pairs checked · 1 waived')
    const warning = lines.indexOf('> [!WARNING]')
    expect(lines.slice(warning, warning + 6)).toEqual([
      '> [!WARNING]',
      '> Line 24: the exception for &quot;legacy&quot; on &quot;pool13&quot; expired',
      '',
      '> [!NOTE]',
      '> Line 28: the exception for &quot;partners&quot; on &quot;pool13&quot; &lt;b&gt;expires&lt;/b&gt; at the end of 2026-06-10 (UTC), in 9 days',
      '',
    ])
  })
})

describe('summaryReporter and findings about the estate', () => {
  it('lists a capability finding with the pairs, worst first, counts it, and marks an undocumented pair ❔', () => {
    const text = [
      'matrix: all-generations',
      'servers:',
      '  - name: pool13',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: office',
      '    product: Skype for Business 2019',
      '  - name: web',
      '    product: Lync Web App 2013',
      '    workloads: [im, conferencing]',
      '',
    ].join('\n')
    expect(render(check(text))).toBe(
      [
        '## ❌ coexist: compatibility check failed',
        '',
        '1 error · 1 warning · 0 notices · 2 pairs checked',
        '',
        '### <code>coexist.yml</code> · matrix <code>all-generations</code>',
        '',
        '<table>',
        '<thead><tr><th align="left">Client population</th><th>pool13<br><sub>Lync Server 2013</sub></th></tr></thead>',
        '<tbody>',
        '<tr><th align="left">office<br><sub>Skype for Business 2019</sub></th><td>❔ undocumented</td></tr>',
        '<tr><th align="left">web<br><sub>Lync Web App 2013</sub></th><td>✅ supported</td></tr>',
        '</tbody>',
        '</table>',
        '',
        '| | Line | Finding | What it means |',
        '|---|---|---|---|',
        '| error | 10 | Lync Web App 2013 does not offer instant messaging | web (Lync Web App 2013) declares instant messaging, which Lync Web App 2013 does not offer at all: Table 2 of Client interoperability in Lync 2013 says &quot;Lync Web App and Lync 2010 Attendee are meeting-only clients&quot;. Remove im from the population, or use a client that offers every workload it declares and is supported on its servers: Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac. |',
        '| warning | 7 | Skype for Business 2019 on Lync Server 2013: stated by no source | office (Skype for Business 2019) on pool13 (Lync Server 2013): no source states this combination, so coexist does not call it supported. Alternatives: Lync Server 2013 supports Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac; Skype for Business 2019 is supported on Skype for Business Server 2019, Skype for Business Server 2015. |',
        '',
        LEGEND,
        '',
      ].join('\n'),
    )
  })

  it('lists an estate finding before the pairs on its line, and fails the run on it alone', () => {
    const file = sampleFile()
    file.estate = [
      estateFinding({
        kind: 'capability',
        subject: 'attendees',
        line: 19,
        title: 'Lync 2010 Attendee does not offer instant messaging',
        message: 'attendees declares instant messaging.',
      }),
    ]
    const rows = linesOf(render(file)).filter((l) =>
      /^\| (error|warning|notice|🔕 waived) \|/.test(l),
    )
    expect(rows.slice(0, 2)).toEqual([
      '| error | 19 | Lync 2010 Attendee does not offer instant messaging | attendees declares instant messaging. |',
      '| error | 19 | Lync 2010 Attendee on Lync Server 2013: not supported<sup>2</sup> | attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead. |',
    ])
    expect(linesOf(render(file))[2]).toBe(
      '2 errors · 2 warnings · 2 notices · 6 pairs checked · 1 waived',
    )
    const clean = cleanFile()
    clean.estate = [
      estateFinding({ file: 'clean.yml', kind: 'server-rule', subject: 'pool13, pool10', line: 5 }),
    ]
    expect(linesOf(render(clean)).slice(0, 3)).toEqual([
      '## ❌ coexist: compatibility check failed',
      '',
      '1 error · 0 warnings · 0 notices · 1 pair checked',
    ])
  })

  it('marks a pre-existing estate finding ⏮, counts it apart, and passes', () => {
    const file = cleanFile()
    file.estate = [
      estateFinding({
        file: 'clean.yml',
        kind: 'server-rule',
        subject: 'pool13, pool10',
        line: 5,
        preexisting: true,
        title: 'Rule',
        message: 'Why.',
      }),
    ]
    const lines = linesOf(renderToString(summaryReporter, buildReport([file], { revision: 'abc' })))
    expect(lines.slice(0, 3)).toEqual([
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 0 warnings · 0 notices · 1 pair checked · 1 pre-existing',
    ])
    expect(lines.filter((l) => l.startsWith('| ⏮'))).toEqual([
      '| ⏮ pre-existing | 5 | Rule | Why. |',
    ])
  })

  it('lists no estate finding of severity none', () => {
    const file = cleanFile()
    file.estate = [
      estateFinding({
        file: 'clean.yml',
        kind: 'capability',
        subject: 'workers',
        line: 5,
        severity: 'none',
      }),
    ]
    expect(render(file)).toBe(render(cleanFile()))
  })
})

describe('summaryReporter when allow-empty let a pattern match nothing', () => {
  const NOTHING =
    'nothing was checked: no topology file matches "configs/**/coexist.yml" (allow-empty is set, so this passes)'

  it('says under the counts that nothing was checked, and why', () => {
    const summary = renderToString(summaryReporter, { ...buildReport([]), notice: NOTHING })
    expect(linesOf(summary).slice(0, 6)).toEqual([
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 0 warnings · 0 notices · 0 pairs checked',
      '',
      '> [!NOTE]',
      '> Nothing was checked: no topology file matches &quot;configs/&#42;&#42;/coexist.yml&quot; (allow-empty is set, so this passes)',
    ])
  })

  it('says which pattern matched nothing when other files were checked, before their sections', () => {
    const summary = renderToString(summaryReporter, {
      ...reportOf(cleanFile()),
      notice:
        'no topology file matches "sites/*.yml" (allow-empty is set); the other files were checked',
    })
    const lines = linesOf(summary)
    const note = lines.indexOf('> [!NOTE]')
    expect(lines[note + 1]).toBe(
      '> No topology file matches &quot;sites/&#42;.yml&quot; (allow-empty is set); the other files were checked',
    )
    expect(note).toBeLessThan(
      lines.indexOf('### <code>clean.yml</code> · matrix <code>lync-server-2013</code>'),
    )
  })

  it('has no such note without a notice', () => {
    expect(renderToString(summaryReporter, buildReport([]))).not.toContain('[!NOTE]')
  })
})
