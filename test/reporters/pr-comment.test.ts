import { describe, expect, it } from 'vitest'
import type { FileReport, PairResult, Report } from '../../src/core/types.js'
import { inertText } from '../../src/reporters/markup.js'
import { renderToString } from '../../src/reporters/reporter.js'
import {
  GITHUB_COMMENT_LIMIT,
  isPrCommentBody,
  needsAttention,
  PR_COMMENT_MARKER,
  PR_COMMENT_MAX_LENGTH,
  prCommentReporter,
  renderAllClear,
  renderPrComment,
} from '../../src/reporters/pr-comment.js'
import { check } from '../support/pipeline.js'
import {
  cleanFile,
  estateFinding,
  F2,
  invalidFile,
  linesOf,
  pair,
  reportOf,
  sampleFile,
  THREE_POOLS_YAML,
} from '../support/sample-reports.js'

const RUN = 'https://github.com/contoso/uc-estate/actions/runs/42'
const BLOB = 'https://github.com/contoso/uc-estate/blob/1e29da33582cd62b1ee6d586de5d5d317d17fcad/'
const FOOTER = `<sub>[Workflow run and job summary](${RUN}) · coexist</sub>`

/** What GitHub shows for the entities the renderer writes (decimal, and the five named ones). */
function decode(html: string): string {
  return html.replace(
    /&(?:#(\d+)|(amp|lt|gt|quot));/g,
    (_m, code: string | undefined, name: string | undefined) =>
      code !== undefined
        ? String.fromCodePoint(Number(code))
        : (({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[name ?? ''] ?? ''),
  )
}

/** The tags the comment itself writes; any other `<` after removing them came from the input. */
const OWN_TAGS =
  /<\/?(?:table|thead|tbody|tr|th|td|br|sub|sup|code|details|summary)(?: align="left")?>|<!-- coexist:pr-comment -->/g

describe('renderPrComment on a hand-built report', () => {
  const body = renderPrComment(reportOf(sampleFile()), { runUrl: RUN, blobUrl: BLOB })
  const lines = linesOf(body)

  it('starts with the marker, then the verdict and the counts', () => {
    expect(lines.slice(0, 4)).toEqual([
      PR_COMMENT_MARKER,
      '## ❌ coexist: compatibility check failed',
      '',
      '1 error · 2 warnings · 2 notices · 6 pairs checked · 1 waived',
    ])
    expect(isPrCommentBody(body)).toBe(true)
  })

  it('lists each finding worst first with its line (linked at the head commit), title, footnote text and replacement', () => {
    const start = lines.indexOf(
      '### <code>estate.yml</code> · matrix <code>lync-server-2013</code>',
    )
    expect(start).toBeGreaterThan(0)
    expect(lines.slice(start + 2, start + 15)).toEqual([
      `- ❌ **error** · [line 19](${BLOB}estate.yml#L19) · **Lync 2010 Attendee on Lync Server 2013: not supported**<sup>2</sup>`,
      '  attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
      '  Suggested replacement: **Lync Web App 2013**',
      '  > <sup>2</sup> Lync Web App 2013 replaces Lync 2010 Attendee.',
      `- ⚠️ **warning** · [line 13](${BLOB}estate.yml#L13) · **Office Communicator 2007 R2 on Lync Server 2013: interoperable only**<sup>3</sup>`,
      '  legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.',
      '  > <sup>3</sup> IM and presence only.',
      `- ℹ️ **notice** · [line 10](${BLOB}estate.yml#L10) · **Lync 2010 Group Chat on Lync Server 2010: supported**<sup>1</sup>`,
      '  chat (Lync 2010 Group Chat) is supported on pool10 (Lync Server 2010).',
      '  > <sup>1</sup> Group Chat needs its own server.',
      `- 🔕 **waived** · [line 16](${BLOB}estate.yml#L16) · **Lync 2010 Attendee on Lync Server 2013: not supported**<sup>2</sup>`,
      '  partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
      '  Suggested replacement: **Lync Web App 2013**',
    ])
    expect(body).toContain(
      `- ⚠️ **warning** · [line 24](${BLOB}estate.yml#L24) · the exception for &quot;legacy&quot; on &quot;pool13&quot; expired`,
    )
  })

  it('draws the grid as the job summary does, after the findings', () => {
    expect(lines).toContain(
      '<thead><tr><th align="left">Client population</th><th>pool13<br><sub>Lync Server 2013</sub></th><th>pool10<br><sub>Lync Server 2010</sub></th></tr></thead>',
    )
    expect(lines.filter((l) => l.startsWith('<tr><th align="left">'))).toEqual([
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>✅ supported</td><td>✅ supported</td></tr>',
      '<tr><th align="left">chat<br><sub>Lync 2010 Group Chat</sub></th><td>—</td><td>✅ supported<sup>1</sup></td></tr>',
      '<tr><th align="left">legacy<br><sub>Office Communicator 2007 R2</sub></th><td>⚠️ interoperable<sup>3</sup></td><td>—</td></tr>',
      '<tr><th align="left">partners<br><sub>Lync 2010 Attendee</sub></th><td>🔕❌ not supported<sup>2</sup></td><td>—</td></tr>',
      '<tr><th align="left">attendees<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported<sup>2</sup></td><td>—</td></tr>',
    ])
    expect(lines.indexOf('<table>')).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('- ❌ **error**')),
    )
  })

  it('ends with the link to the run', () => {
    expect(lines.at(-1)).toBe(FOOTER)
    expect(body.endsWith(`${FOOTER}\n`)).toBe(true)
  })

  it('is what prCommentReporter renders, without links', () => {
    const plain = renderToString(prCommentReporter, reportOf(sampleFile()))
    expect(plain).not.toContain('](')
    expect(plain).toContain(
      '- ❌ **error** · line 19 · **Lync 2010 Attendee on Lync Server 2013: not supported**<sup>2</sup>',
    )
    expect(linesOf(plain).at(-1)).toBe('<sub>coexist</sub>')
  })
})

describe('renderPrComment on other reports', () => {
  it('says passed for a clean file and shows only the grid', () => {
    const body = renderPrComment(reportOf(cleanFile()), { runUrl: RUN })
    const lines = linesOf(body)
    expect(lines.slice(0, 4)).toEqual([
      PR_COMMENT_MARKER,
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 0 warnings · 0 notices · 1 pair checked',
    ])
    expect(body).not.toMatch(/^- /m)
    expect(lines).toContain(
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>✅ supported</td></tr>',
    )
  })

  it('lists the input errors of a file it could not evaluate, and draws no grid for it', () => {
    const body = renderPrComment(reportOf(invalidFile(), cleanFile()), {})
    const lines = linesOf(body)
    expect(lines[1]).toBe('## ❌ coexist could not evaluate the topology')
    expect(lines).toContain('- line 3: unknown server product &quot;Lync Server 2099&quot;')
    expect(lines).toContain(
      '- line 7: client &quot;users&quot; names server &quot;nowhere&quot;, which is not declared under servers',
    )
    expect(lines).toContain('### <code>clean.yml</code> · matrix <code>lync-server-2013</code>')
    expect(lines).toContain('No findings: every pair is supported without remarks.')
    expect(lines.filter((l) => l === '<table>')).toHaveLength(1)
  })

  it('does not link lines of files outside the repository', () => {
    const file = { ...sampleFile(), file: '/tmp/elsewhere/estate.yml' }
    file.results = file.results.map((r) => ({ ...r, file: file.file }))
    file.warnings = file.warnings.map((w) => ({ ...w, file: file.file }))
    const body = renderPrComment(reportOf(file), { blobUrl: BLOB })
    expect(body).toContain('- ❌ **error** · line 19 · ')
    expect(body).not.toContain('/blob/')
  })

  it('percent-encodes paths in line links so they cannot end the Markdown link', () => {
    const file = cleanFile('topo (copy)/a b.yml')
    file.results = [
      pair({
        file: file.file,
        client: 'workers',
        server: 'pool13',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 5,
        status: 'not-supported',
        severity: 'error',
      }),
    ]
    const body = renderPrComment(reportOf(file), { blobUrl: BLOB })
    expect(body).toContain(`[line 5](${BLOB}topo%20%28copy%29/a%20b.yml#L5)`)
  })

  it('drops a run link that is not http(s)', () => {
    const body = renderPrComment(reportOf(sampleFile()), { runUrl: 'javascript:alert(1)' })
    expect(body).not.toContain('javascript')
    expect(linesOf(body).at(-1)).toBe('<sub>coexist</sub>')
  })
})

describe('renderPrComment with pre-existing findings (new-only mode)', () => {
  const file = sampleFile()
  // The error on attendees was already in the base commit; the rest is new.
  file.results = file.results.map((r): PairResult =>
    r.client === 'attendees' ? { ...r, preexisting: true } : r,
  )
  const report: Report = { ...reportOf(file), baseline: { revision: '0123456789abcdef0123' } }
  const body = renderPrComment(report, { blobUrl: BLOB })
  const lines = linesOf(body)

  it('counts them apart and names the base commit', () => {
    expect(report.passed).toBe(true)
    expect(lines[1]).toBe('## ✅ coexist: compatibility check passed')
    expect(lines[3]).toBe(
      '0 errors · 2 warnings · 2 notices · 6 pairs checked · 1 waived · 1 pre-existing',
    )
    expect(lines).toContain(
      'New-only mode: findings already present in the base commit <code>0123456789ab</code> are listed apart, marked ⏮, and do not fail the run.',
    )
  })

  it('lists them in their own collapsed section, not among the new findings', () => {
    const open = lines.indexOf(
      '<details><summary>⏮ 1 pre-existing finding: already in the base commit, not counted</summary>',
    )
    expect(open).toBeGreaterThan(0)
    const section = lines.slice(open, lines.indexOf('</details>', open) + 1)
    expect(section).toEqual([
      '<details><summary>⏮ 1 pre-existing finding: already in the base commit, not counted</summary>',
      '',
      `- ⏮ **pre-existing error** · [line 19](${BLOB}estate.yml#L19) · **Lync 2010 Attendee on Lync Server 2013: not supported**<sup>2</sup>`,
      '  attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
      '  Suggested replacement: **Lync Web App 2013**',
      `  > <sup>2</sup> ${F2.text}`,
      '',
      '</details>',
    ])
    const newFindings = lines.slice(0, open).filter((l) => l.startsWith('- '))
    expect(newFindings.some((l) => l.includes('line 19'))).toBe(false)
    expect(newFindings.filter((l) => l.startsWith('- ❌'))).toEqual([])
    expect(lines).toContain(
      '<tr><th align="left">attendees<br><sub>Lync 2010 Attendee</sub></th><td>⏮❌ not supported<sup>2</sup></td><td>—</td></tr>',
    )
  })

  it('says when the base commit could not be read', () => {
    const failed = renderPrComment({
      ...reportOf(sampleFile()),
      baseline: { revision: 'abc123', problem: 'fatal: bad object <abc123>' },
    })
    expect(failed).toContain(
      '> [!WARNING]\n> New-only mode could not read the base commit <code>abc123</code>, so every finding counts as new: fatal: bad object &lt;abc123&gt;',
    )
  })
})

describe('renderAllClear', () => {
  it('is short: the marker, all clear, what was checked, and the run link', () => {
    expect(renderAllClear(reportOf(cleanFile()), { runUrl: RUN })).toBe(
      [
        PR_COMMENT_MARKER,
        '## ✅ coexist: all clear',
        '',
        'The errors and warnings coexist reported on this pull request are gone: 1 pair checked, none with an error or a warning.',
        '',
        FOOTER,
        '',
      ].join('\n'),
    )
  })

  it('mentions remaining notices and pre-existing findings', () => {
    const file = sampleFile()
    file.warnings = []
    file.results = file.results.map((r) =>
      r.severity === 'error' || r.severity === 'warning' ? { ...r, preexisting: true } : r,
    )
    const report: Report = { ...reportOf(file), baseline: { revision: 'abcdef1234567890' } }
    expect(needsAttention(report)).toBe(false)
    const body = renderAllClear(report)
    expect(body).toContain(
      '6 pairs checked, none with an error or a warning (2 notices remain, see the job summary).',
    )
    expect(body).toContain(
      '⏮ 2 findings already in the base commit <code>abcdef123456</code> do not count; the job summary lists them.',
    )
    const one = sampleFile()
    one.warnings = []
    one.results = one.results
      .filter((r) => r.client !== 'chat' && r.client !== 'partners')
      .map((r) =>
        r.client === 'legacy'
          ? { ...r, preexisting: true }
          : r.client === 'attendees'
            ? { ...r, severity: 'notice' as const }
            : r,
      )
    const single = renderAllClear(reportOf(one))
    expect(single).toContain(
      'none with an error or a warning (1 notice remains, see the job summary).',
    )
    expect(single).toContain(
      '⏮ 1 finding already in the base commit does not count; the job summary lists them.',
    )
  })
})

describe('the comment when allow-empty let a pattern match nothing', () => {
  const NOTHING =
    'nothing was checked: no topology file matches "configs/**/coexist.yml" (allow-empty is set, so this passes)'
  const NOTE = [
    '> [!NOTE]',
    '> Nothing was checked: no topology file matches &quot;configs/&#42;&#42;/coexist.yml&quot; (allow-empty is set, so this passes)',
  ]
  const report: Report = { passed: true, files: [], notice: NOTHING }

  it('says under the counts that nothing was checked, and why', () => {
    expect(linesOf(renderPrComment(report)).slice(0, 7)).toEqual([
      PR_COMMENT_MARKER,
      '## ✅ coexist: compatibility check passed',
      '',
      '0 errors · 0 warnings · 0 notices · 0 pairs checked',
      '',
      ...NOTE,
    ])
  })

  it('does not let "all clear" pass for a run that checked nothing', () => {
    const lines = linesOf(renderAllClear(report, { runUrl: RUN }))
    expect(lines.slice(5, 7)).toEqual(NOTE)
  })
})

describe('needsAttention', () => {
  it('is true for new errors, new warnings (expired exceptions included) and input errors, false otherwise', () => {
    expect(needsAttention(reportOf(sampleFile()))).toBe(true)
    expect(needsAttention(reportOf(invalidFile()))).toBe(true)
    expect(needsAttention(reportOf(cleanFile()))).toBe(false)
    const onlyExpired: FileReport = { ...cleanFile(), warnings: sampleFile().warnings }
    expect(needsAttention(reportOf(onlyExpired))).toBe(true)
    const onlyNotices: FileReport = {
      ...sampleFile(),
      warnings: [],
      results: sampleFile().results.filter((r) => r.severity === 'notice' || r.severity === 'none'),
    }
    expect(needsAttention(reportOf(onlyNotices))).toBe(false)
  })
})

describe('isPrCommentBody', () => {
  it('wants the marker alone on the first line', () => {
    expect(isPrCommentBody(`${PR_COMMENT_MARKER}\n## x`)).toBe(true)
    expect(isPrCommentBody(`${PR_COMMENT_MARKER}\r\n## x`)).toBe(true)
    expect(isPrCommentBody(PR_COMMENT_MARKER)).toBe(true)
    expect(isPrCommentBody(`> ${PR_COMMENT_MARKER}\n`)).toBe(false)
    expect(isPrCommentBody(`Why does the bot write ${PR_COMMENT_MARKER}?`)).toBe(false)
    expect(isPrCommentBody(`hello\n${PR_COMMENT_MARKER}`)).toBe(false)
    expect(isPrCommentBody(`${PR_COMMENT_MARKER} and more`)).toBe(false)
    expect(isPrCommentBody('')).toBe(false)
    expect(isPrCommentBody(null)).toBe(false)
  })
})

describe('escaping names taken from the topology', () => {
  const hostile = [
    'servers:',
    '  - name: "<!-- coexist:pr-comment -->"',
    '    product: Lync Server 2013',
    'clients:',
    '  - name: "@octocat and @contoso/admins see #1 and contoso/uc-estate#2"',
    '    product: Lync 2010 Attendee',
    '  - name: "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)) | a | b |"',
    '    product: Office Live Meeting 2007',
    '  - name: "see https://evil.example/x and www.evil.example\\n## injected heading"',
    '    product: Lync Web App 2010',
    '  - name: "</td></tr></table><details open><summary>x</summary> `code` ~~strike~~ _em_ <br>"',
    '    product: Lync 2010 Attendee',
    '',
  ].join('\n')
  const report = reportOf(check(hostile, { file: 'hostile <b>.yml' }))
  const body = renderPrComment(report, { runUrl: RUN, blobUrl: BLOB })
  const allClear = renderAllClear(report, { runUrl: RUN })

  it('sees four failing pairs (so the names are in findings and grid)', () => {
    expect(report.files[0]?.errors).toEqual([])
    expect(report.files[0]?.results.filter((r) => r.severity === 'error')).toHaveLength(4)
  })

  it('lets the marker appear only as the first line, even when a name is the marker', () => {
    expect(body.split(PR_COMMENT_MARKER)).toHaveLength(2)
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expect(allClear.split(PR_COMMENT_MARKER)).toHaveLength(2)
    expect(body.slice(PR_COMMENT_MARKER.length)).not.toContain('<!--')
    expect(body).toContain('&lt;&#33;-- coexist:pr-comment --&gt;')
  })

  it('leaves no HTML of its own making: every tag is one the renderer writes', () => {
    expect(body.replace(OWN_TAGS, '')).not.toMatch(/</)
    expect(body).not.toContain('<img')
    expect(body).not.toContain('<details open>')
    // Tags stay balanced: the names could not close the table.
    for (const tag of ['table', 'tbody', 'details'])
      expect(body.split(`<${tag}>`).length).toBe(body.split(`</${tag}>`).length)
  })

  it('leaves no Markdown from the names: no emphasis, links, code, table cells or headings', () => {
    expect(body).not.toContain('**bold**')
    expect(body).not.toContain('](javascript')
    expect(body).not.toContain('`code`')
    expect(body).not.toContain('~~strike~~')
    expect(body).not.toMatch(/^## injected/m)
    expect(body).not.toContain('| a | b |')
  })

  it('breaks @mentions, #references and bare links even after GitHub decodes the entities', () => {
    const shown = decode(body)
    expect(shown).toContain(
      '@\u200Boctocat and @\u200Bcontoso/admins see #\u200B1 and contoso/uc-estate#\u200B2',
    )
    expect(shown).not.toMatch(/@[A-Za-z0-9]/)
    expect(shown).not.toMatch(/#[0-9]/)
    expect(shown).not.toMatch(/https?:\/\/evil/)
    expect(shown).not.toMatch(/www\.evil/i)
    // The name is still readable.
    expect(shown).toContain(
      'see https:\u200B//evil.example/x and www\u200B.evil.example #\u200B#\u200B injected heading',
    )
  })

  it('escapes the file name in headings, grid captions and links', () => {
    expect(body).toContain('### <code>hostile &lt;b&gt;.yml</code>')
    expect(body).toContain(`](${BLOB}hostile%20%3Cb%3E.yml#L`)
  })

  it('inertText keeps plain names as they are', () => {
    expect(inertText('ams-pool01 (Lync Server 2013), wave 2.')).toBe(
      'ams-pool01 (Lync Server 2013), wave 2.',
    )
  })
})

describe('size cap', () => {
  /** A topology whose every population fails on every server: findings and grid grow without bound. */
  function huge(clients: number, servers: number): Report {
    const text = [
      'servers:',
      ...Array.from({ length: servers }, (_, i) => [
        `  - name: pool-${i}-${'s'.repeat(40)}`,
        '    product: Lync Server 2013',
      ]).flat(),
      'clients:',
      ...Array.from({ length: clients }, (_, i) => [
        `  - name: "@team-${i} <b>${'c'.repeat(40)}</b>"`,
        '    product: Lync 2010 Attendee',
      ]).flat(),
      '',
    ].join('\n')
    return reportOf(check(text))
  }

  it('keeps a body for 2,000 failing pairs under GitHub’s limit, with a note pointing to the job summary', () => {
    const report = huge(1000, 2)
    const body = renderPrComment(report, { runUrl: RUN, blobUrl: BLOB })
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_MAX_LENGTH)
    expect([...body].length).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(
      body.startsWith(`${PR_COMMENT_MARKER}\n## ❌ coexist: compatibility check failed\n`),
    ).toBe(true)
    expect(body).toContain(
      `> [!NOTE]\n> This comment was cut short to stay within GitHub’s size limit for comments. The [job summary of this run](${RUN}) has the whole report.`,
    )
    expect(body.endsWith(`${FOOTER}\n`)).toBe(true)
    // Cut between findings, never inside one: each kept finding has its message line.
    const items = linesOf(body).filter((l) => l.startsWith('- ❌ **error**'))
    expect(items.length).toBeGreaterThan(50)
    expect(items.length).toBeLessThan(2000)
    const last = linesOf(body).lastIndexOf(items.at(-1) as string)
    expect(linesOf(body)[last + 1]).toMatch(/^ {2}\S/)
  })

  it('closes an open table when it cuts inside the grid', () => {
    // Few findings, a wide grid: the cut falls in the grid.
    const text = [
      'servers:',
      ...Array.from({ length: 30 }, (_, i) => [
        `  - name: pool-${i}-${'s'.repeat(60)}`,
        '    product: Lync Server 2013',
      ]).flat(),
      'clients:',
      ...Array.from({ length: 200 }, (_, i) => [
        `  - name: users-${i}-${'u'.repeat(60)}`,
        '    product: Lync 2013',
      ]).flat(),
      '',
    ].join('\n')
    const body = renderPrComment(reportOf(check(text)), { runUrl: RUN })
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_MAX_LENGTH)
    expect(body).toContain('This comment was cut short')
    expect(body.split('<table>')).toHaveLength(2)
    expect(body.split('</table>')).toHaveLength(2)
    expect(body.indexOf('</table>')).toBeLessThan(body.indexOf('> [!NOTE]'))
  })

  it('respects a smaller maxLength, and does not cut what fits', () => {
    const report = reportOf(sampleFile())
    const full = renderPrComment(report, { runUrl: RUN })
    expect(full).not.toContain('cut short')
    expect(renderPrComment(report, { runUrl: RUN, maxLength: full.length })).toBe(full)
    const cut = renderPrComment(report, { runUrl: RUN, maxLength: 1500 })
    expect(cut.length).toBeLessThanOrEqual(1500)
    expect(cut).toContain('cut short')
    expect(isPrCommentBody(cut)).toBe(true)
  })

  it('never exceeds GitHub’s limit even when asked for more', () => {
    const body = renderPrComment(huge(1000, 2), { maxLength: 10_000_000 })
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(body).toContain('The job summary of this run has the whole report.')
  })
})

describe('renderPrComment and findings about the estate', () => {
  it('lists a server-rule finding at the last of its pools, with its title and message, and counts it', () => {
    const report = reportOf(check(THREE_POOLS_YAML))
    expect(report.passed).toBe(false)
    expect(needsAttention(report)).toBe(true)
    const lines = linesOf(renderPrComment(report, { runUrl: RUN, blobUrl: BLOB }))
    expect(lines.slice(0, 9)).toEqual([
      PR_COMMENT_MARKER,
      '## ❌ coexist: compatibility check failed',
      '',
      '1 error · 0 warnings · 0 notices · 1 pair checked',
      '',
      '### <code>coexist.yml</code> · matrix <code>lync-server-2013</code>',
      '',
      `- ❌ **error** · [line 7](${BLOB}coexist.yml#L7) · **Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported**`,
      '  Lync Server 2013 (&quot;pool13&quot;, line 3), Lync Server 2010 (&quot;pool10&quot;, line 5) and Office Communications Server 2007 R2 (&quot;ocs&quot;, line 7) run side by side, which is not supported. The source: &quot;Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.&quot;',
    ])
    expect(lines[9]).toBe('')
    expect(lines[10]).toBe('### Topology grid')
  })

  it('escapes the title and message of an estate finding', () => {
    const file = cleanFile()
    file.estate = [
      estateFinding({
        file: 'clean.yml',
        kind: 'capability',
        subject: 'workers',
        line: 6,
        title: '<img src=x> **bold** @octocat',
        message: 'see #1 | a | b |\n## heading <b>x</b>',
      }),
    ]
    const lines = linesOf(renderPrComment(reportOf(file)))
    expect(lines[3]).toBe('1 error · 0 warnings · 0 notices · 1 pair checked')
    const at = lines.findIndex((l) => l.startsWith('- ❌ **error**'))
    expect(lines.slice(at, at + 2)).toEqual([
      '- ❌ **error** · line 6 · **&lt;img src=x&gt; &#42;&#42;bold&#42;&#42; &#64;&#8203;octocat**',
      '  see &#35;&#8203;1 &#124; a &#124; b &#124; &#35;&#8203;&#35;&#8203; heading &lt;b&gt;x&lt;/b&gt;',
    ])
  })

  it('lists a pre-existing estate finding in the collapsed section, not counted', () => {
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
    const report: Report = { ...reportOf(file), baseline: { revision: 'abc' } }
    expect(report.passed).toBe(true)
    expect(needsAttention(report)).toBe(false)
    const lines = linesOf(renderPrComment(report))
    expect(lines[3]).toBe('0 errors · 0 warnings · 0 notices · 1 pair checked · 1 pre-existing')
    const open = lines.indexOf(
      '<details><summary>⏮ 1 pre-existing finding: already in the base commit, not counted</summary>',
    )
    expect(lines.slice(open, open + 6)).toEqual([
      '<details><summary>⏮ 1 pre-existing finding: already in the base commit, not counted</summary>',
      '',
      '- ⏮ **pre-existing error** · line 5 · **Rule**',
      '  Why.',
      '',
      '</details>',
    ])
  })

  it('lists ❔ undocumented in the legend, after not applicable, and marks an undocumented pair with it', () => {
    const file = cleanFile()
    file.results = [
      pair({
        file: 'clean.yml',
        client: 'workers',
        server: 'pool13',
        clientProduct: 'Skype for Business 2019',
        serverProduct: 'Lync Server 2013',
        line: 5,
        status: 'undocumented',
        severity: 'warning',
      }),
    ]
    const lines = linesOf(renderPrComment(reportOf(file)))
    expect(lines).toContain(
      '<tr><th align="left">workers<br><sub>Lync 2013</sub></th><td>❔ undocumented</td></tr>',
    )
    expect(lines.at(-3)).toBe(
      '<sub>✅ supported · ⚠️ interoperable · ❌ not supported · ➖ not applicable · ❔ undocumented · 🔕 waived by an exception · ⏮ already in the base commit · — not connected</sub>',
    )
  })
})
