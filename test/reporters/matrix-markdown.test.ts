import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { Matrix } from '../../src/core/matrix.js'
import { renderMatrixMarkdown } from '../../src/reporters/matrix-markdown.js'
import { linesOf } from '../support/sample-reports.js'

// The data file itself, read independently of the code under test, for "verbatim" comparisons.
const data = JSON.parse(
  readFileSync(new URL('../../matrices/lync-server-2013.json', import.meta.url), 'utf8'),
) as {
  facts?: string
  footnotes: { id: string; text: string; reading?: string }[]
  sources: Record<string, { title: string; url: string }>
}

function builtin(): Matrix {
  const matrix = builtinMatrix('lync-server-2013')
  if (!matrix) throw new Error('the built-in matrix lync-server-2013 is missing')
  return matrix
}

describe('renderMatrixMarkdown on the built-in lync-server-2013 matrix', () => {
  const output = renderMatrixMarkdown(builtin())
  const lines = linesOf(output)

  it('starts with the title and the matrix id with its description', () => {
    expect(lines.slice(0, 4)).toEqual([
      '# Supported clients from previous deployments in Lync Server 2013',
      '',
      "Matrix `lync-server-2013`: Microsoft's table of supported client and server combinations during a migration to Lync Server 2013, cell for cell, with its three footnotes.",
      '',
    ])
  })

  it('prints the grid: a header with the 3 servers and one row per client, 11 rows, cell for cell', () => {
    const start = lines.indexOf(
      '| Client | Lync Server 2013 | Lync Server 2010 | Office Communications Server 2007 R2 |',
    )
    expect(start).toBe(4)
    expect(lines.slice(start, start + 13)).toEqual([
      '| Client | Lync Server 2013 | Lync Server 2010 | Office Communications Server 2007 R2 |',
      '|---|---|---|---|',
      '| Lync 2013 | Supported | Supported | Not supported |',
      '| Lync Web App 2013 | Supported | Not supported | Not supported |',
      '| Lync 2010 | Supported | Supported | Not supported |',
      '| Lync 2010 Attendant | Supported | Supported | Not supported |',
      '| Lync 2010 Group Chat | Not applicable | Supported<sup>1</sup> | Not applicable |',
      '| Lync Web App 2010 | Not supported | Supported | Not supported |',
      '| Lync 2010 Attendee | Not supported<sup>2</sup> | Supported | Not supported |',
      '| Office Communicator 2007 R2 | Interoperable<sup>3</sup> | Supported | Supported |',
      '| Microsoft Office Communications Server 2007 R2 Attendant | Not supported | Supported | Supported |',
      '| Office Communicator 2007 | Not supported | Supported | Supported |',
      '| Office Live Meeting 2007 | Not supported | Supported | Supported |',
    ])
    expect(lines[start + 13]).toBe('')
    expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Client |'))).toHaveLength(11)
  })

  it('lists the by-workload refinements with their footnotes and advice', () => {
    const start = lines.indexOf('**By workload**')
    expect(start).toBeGreaterThan(0)
    expect(lines.slice(start, start + 5)).toEqual([
      '**By workload**',
      '',
      '- Lync 2013 on Lync Server 2010, for a population that declares `group-chat`: Not supported<sup>1</sup>. Keep Lync 2010 Group Chat for group chat on Lync Server 2010.',
      '- Office Communicator 2007 R2 on Lync Server 2013, for a population that declares `conferencing`: Not supported<sup>3</sup>. Join Lync Server 2013 meetings with Lync Web App 2013.',
      '- Office Communicator 2007 R2 on Lync Server 2013, for a population that declares `group-chat`: Not supported<sup>3</sup>. Only presence and IM of Office Communicator 2007 R2 work with Lync Server 2013.',
    ])
    expect(lines[start + 5]).toBe('')
  })

  it('prints the 3 footnotes verbatim, each with its marker and how coexist reads it', () => {
    expect(data.footnotes.map((f) => f.id)).toEqual(['1', '2', '3'])
    expect(data.footnotes.every((f) => f.reading !== undefined)).toBe(true)
    const start = lines.indexOf('**Footnotes**')
    expect(start).toBeGreaterThan(lines.indexOf('**By workload**'))
    expect(lines.slice(start, start + 14)).toEqual([
      '**Footnotes**',
      '',
      `<sup>1</sup> ${data.footnotes[0]?.text}`,
      '',
      `> How coexist reads it: ${data.footnotes[0]?.reading}`,
      '',
      `<sup>2</sup> ${data.footnotes[1]?.text}`,
      '',
      `> How coexist reads it: ${data.footnotes[1]?.reading}`,
      '',
      `<sup>3</sup> ${data.footnotes[2]?.text}`,
      '',
      `> How coexist reads it: ${data.footnotes[2]?.reading}`,
      '',
    ])
    expect(lines).toContain(
      '> How coexist reads it: Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.',
    )
    expect(lines).toContain(
      '<sup>2</sup> Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.',
    )
  })

  it('names the source with its URL, table and date', () => {
    expect(data.sources.gg398499?.url).toBe(
      'https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)',
    )
    expect(lines).toContain(
      '- `gg398499`: [Supported clients from previous deployments in Lync Server 2013](https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)), table "Supported Server and Client Combinations" (last modified 2012-12-14)',
    )
    expect(lines.indexOf('**Sources**')).toBeGreaterThan(lines.indexOf('**Footnotes**'))
  })

  it('says which facts come from the facts matrix, before the sources, and has no sections of facts of its own', () => {
    expect(data.facts).toBe('all-generations')
    const facts = lines.indexOf(
      'Client capabilities, builds, server rules and products supported nowhere that this matrix does not state come from matrix `all-generations`.',
    )
    expect(facts).toBeGreaterThan(lines.indexOf('**Footnotes**'))
    expect(lines.slice(facts + 1, facts + 3)).toEqual(['', '**Sources**'])
    for (const heading of [
      '**Update requirements**',
      '**Server rules**',
      '**Products supported nowhere**',
    ])
      expect(lines).not.toContain(heading)
    expect(lines.some((l) => l.startsWith('**Client capabilities**'))).toBe(false)
  })

  it('ends with the source notes of the cells that have one, citing their source', () => {
    // One source for every cell: a cell without a note needs no line of its own.
    expect(lines.slice(lines.indexOf('Source notes:'))).toEqual([
      'Source notes:',
      '',
      '- Lync 2013 on Lync Server 2010, declaring `group-chat`: `gg398499` Derived from footnote 1: Lync 2013 clients are not compatible with Lync Server 2010 Group Chat.',
      '- Office Communicator 2007 R2 on Lync Server 2013, declaring `conferencing`: `gg398499` Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.',
      '- Office Communicator 2007 R2 on Lync Server 2013, declaring `group-chat`: `gg398499` Derived from footnote 3: only the presence and IM features of Office Communicator 2007 R2 are compatible with Lync Server 2013; group chat is neither.',
    ])
    expect(output.endsWith('group chat is neither.\n')).toBe(true)
  })
})

describe('renderMatrixMarkdown on the built-in all-generations matrix', () => {
  // The data file itself, read independently of the code under test.
  const generations = JSON.parse(
    readFileSync(new URL('../../matrices/all-generations.json', import.meta.url), 'utf8'),
  ) as {
    facts?: string
    workloads: { id: string; name: string }[]
    clients: { id: string; name: string; offers?: Record<string, { level: string }> }[]
    servers: { id: string }[]
    cells: { status: string; workloads?: Record<string, unknown> }[]
    footnotes: { id: string; text: string; reading?: string }[]
    serverRules: unknown[]
  }
  const matrix = builtinMatrix('all-generations')
  if (!matrix) throw new Error('the built-in matrix all-generations is missing')
  const lines = linesOf(renderMatrixMarkdown(matrix))
  const section = (heading: string) => {
    const start = lines.indexOf(heading)
    expect(start).toBeGreaterThan(0)
    const end = lines.findIndex((l, i) => i > start + 1 && l === '')
    return lines.slice(start + 2, end)
  }

  it('draws the client capabilities: one row per client with its own offers, undocumented where no source states one', () => {
    const start = lines.indexOf(
      '**Client capabilities** (yes, partial, no, or undocumented: no source states it)',
    )
    expect(start).toBeGreaterThan(lines.indexOf('**Footnotes**'))
    expect(lines.slice(start + 1, start + 4)).toEqual([
      '',
      '| Client | instant messaging | presence | conferencing (meetings) | group chat |',
      '|---|---|---|---|---|',
    ])
    const rows = section(
      '**Client capabilities** (yes, partial, no, or undocumented: no source states it)',
    ).slice(2)
    const withOffers = generations.clients.filter((c) => c.offers)
    expect(withOffers).toHaveLength(generations.clients.length)
    expect(rows).toEqual(
      withOffers.map(
        (c) =>
          `| ${c.name} | ${generations.workloads.map((w) => c.offers?.[w.id]?.level ?? 'undocumented').join(' | ')} |`,
      ),
    )
    // Checked by hand against the desktop client comparison tables and Table 2 of Client interoperability in Lync 2013.
    expect(rows).toContain('| Lync Web App 2013 | no | no | yes | no |')
    expect(rows).toContain('| Lync 2010 Attendant | yes | yes | partial | no |')
    expect(rows).toContain(
      '| Skype for Business mobile | yes | yes | undocumented | undocumented |',
    )
  })

  it('lists the server rules, coexistence and migration, each with its status and its source quoted', () => {
    const rules = section('**Server rules**')
    expect(rules).toHaveLength(generations.serverRules.length)
    expect(rules).toContain(
      '- Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2 side by side: not supported. `gg425764`: "Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported." Likewise for migration: "Migration from an environment running both of these previous versions is not supported."',
    )
    expect(rules).toContain(
      '- migration from Office Communications Server 2007, Live Communications Server 2005 to Lync Server 2013: not supported. `gg425764`: "Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported."',
    )
    expect(rules.filter((r) => r.includes('(and from nothing else)'))).toEqual([
      '- migration from Lync Server 2013, Skype for Business Server 2015 to Skype for Business Server 2019 (and from nothing else): supported. `sfb2019-migration`: "Lync Server 2013 or Skype for Business Server 2015" The sources give the migration to Skype for Business Server 2019 as from "Lync Server 2013 or Skype for Business Server 2015", and no other; in-place upgrades "are no longer supported in Skype for Business Server 2019", so the migration is side by side.',
    ])
    expect(lines.indexOf('**Server rules**')).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('**Client capabilities**')),
    )
  })

  it('prints each footnote with how coexist reads it', () => {
    const seed2 = generations.footnotes.find((f) => f.id === 'seed-2')
    expect(seed2?.reading).toBe(
      'Footnote 2 of the seed table. Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.',
    )
    const at = lines.indexOf(`<sup>seed-2</sup> ${seed2?.text}`)
    expect(lines.slice(at, at + 4)).toEqual([
      '<sup>seed-2</sup> Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.',
      '',
      '> How coexist reads it: Footnote 2 of the seed table. Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.',
      '',
    ])
    expect(lines.filter((l) => l.startsWith('> How coexist reads it: '))).toHaveLength(
      generations.footnotes.filter((f) => f.reading).length,
    )
  })

  it('lists the update requirements, the products supported nowhere, and no line about facts (it is the facts matrix)', () => {
    expect(generations.facts).toBeUndefined()
    expect(section('**Update requirements**')).toContain(
      '- Lync 2010 Mobile on Lync Server 2010: needs the November 2011 cumulative update or later; below it, not supported. "Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients." Below it there is no Mcx mobility service for the client.',
    )
    expect(
      section('**Products supported nowhere**').map((l) => l.slice(0, l.indexOf(':'))),
    ).toEqual([
      '- Office Communications Server 2007 (server)',
      '- Live Communications Server 2005 (server)',
      '- Office Communicator 2005 (client)',
    ])
    expect(lines.some((l) => l.includes('come from matrix'))).toBe(false)
  })

  it('gives every cell and refinement a source note, as the matrix cites several sources, and says when no source states one', () => {
    const notes = lines.slice(lines.indexOf('Source notes:') + 2)
    const verdicts = generations.cells.reduce(
      (n, c) => n + 1 + Object.keys(c.workloads ?? {}).length,
      0,
    )
    expect(notes).toHaveLength(verdicts)
    expect(notes.filter((l) => l.endsWith(': no source states it.'))).toHaveLength(
      generations.cells.filter((c) => c.status === 'undocumented').length,
    )
    expect(notes).toContain('- Skype Meetings App on Lync Server 2013: no source states it.')
    expect(notes).toContain('- Lync 2010 on Lync Server 2013: `gg398499`')
  })
})

describe('renderMatrixMarkdown on a minimal matrix', () => {
  const load = (data: unknown): Matrix => {
    const outcome = Matrix.load(data)
    if (!outcome.ok) throw new Error(outcome.problems.join('; '))
    return outcome.matrix
  }

  it('leaves out the description, the refinements, the footnotes and the source notes when there are none', () => {
    const matrix = load({
      id: 'tiny',
      title: 'Tiny',
      sources: { doc: { title: 'Doc', url: 'https://example.com/doc' } },
      workloads: [],
      servers: [{ id: 'srv', name: 'Server' }],
      clients: [
        { id: 'a', name: 'Client A' },
        { id: 'b', name: 'Client B' },
      ],
      footnotes: [],
      cells: [
        { client: 'a', server: 'srv', status: 'interoperable', source: { ref: 'doc' } },
        { client: 'b', server: 'srv', status: 'not-applicable', source: { ref: 'doc' } },
      ],
    })
    expect(renderMatrixMarkdown(matrix)).toBe(
      [
        '# Tiny',
        '',
        'Matrix `tiny`',
        '',
        '| Client | Server |',
        '|---|---|',
        '| Client A | Interoperable |',
        '| Client B | Not applicable |',
        '',
        '**Sources**',
        '',
        '- `doc`: [Doc](https://example.com/doc)',
        '',
      ].join('\n'),
    )
  })

  it("writes every footnote marker of a cell, in the cell's order", () => {
    const matrix = load({
      id: 'notes',
      title: 'Notes',
      sources: { doc: { title: 'Doc', url: 'https://example.com/doc' } },
      workloads: [],
      servers: [{ id: 'srv', name: 'Server' }],
      clients: [{ id: 'a', name: 'Client A' }],
      footnotes: [
        { id: '1', text: 'One.' },
        { id: '2', text: 'Two.' },
      ],
      cells: [
        {
          client: 'a',
          server: 'srv',
          status: 'supported',
          footnotes: ['2', '1'],
          source: { ref: 'doc' },
        },
      ],
    })
    expect(linesOf(renderMatrixMarkdown(matrix))).toContain(
      '| Client A | Supported<sup>2</sup><sup>1</sup> |',
    )
  })

  it('renders its own capabilities, server rules, products supported nowhere and footnote readings, and a note for every cell of two sources', () => {
    const matrix = load({
      id: 'two',
      title: 'Two',
      sources: {
        a: { title: 'Doc A', url: 'https://example.com/a' },
        b: { title: 'Doc B', url: 'https://example.com/b', table: 'T2' },
      },
      workloads: [
        { id: 'im', name: 'instant messaging' },
        { id: 'conferencing', name: 'meetings' },
      ],
      servers: [
        { id: 'srv', name: 'Server' },
        { id: 'old', name: 'Old Server' },
      ],
      clients: [
        {
          id: 'x',
          name: 'Client X',
          offers: {
            im: { level: 'yes', source: { ref: 'a' } },
            conferencing: { level: 'partial', source: { ref: 'b' } },
          },
        },
        { id: 'y', name: 'Client Y' },
      ],
      footnotes: [{ id: '1', text: 'One.', reading: 'Read as one.' }],
      cells: [
        { client: 'x', server: 'srv', status: 'supported', source: { ref: 'a' } },
        {
          client: 'x',
          server: 'old',
          status: 'interoperable',
          footnotes: ['1'],
          source: { ref: 'b', quote: 'Works a bit.', note: 'Our reading.' },
          conflicts: [{ ref: 'a', status: 'supported', note: 'A says more.' }],
        },
        { client: 'y', server: 'srv', status: 'undocumented' },
        { client: 'y', server: 'old', status: 'not-supported', source: { ref: 'a' } },
      ],
      serverRules: [
        {
          id: 'r',
          kind: 'together',
          servers: ['srv', 'old'],
          status: 'not-supported',
          source: { ref: 'b', quote: 'Never both.' },
        },
      ],
      unsupportedProducts: [
        {
          id: 'ancient',
          kind: 'server',
          name: 'Ancient Server',
          statement: 'Nothing works on it.',
          source: { ref: 'a' },
        },
      ],
    })
    expect(renderMatrixMarkdown(matrix)).toBe(
      [
        '# Two',
        '',
        'Matrix `two`',
        '',
        '| Client | Server | Old Server |',
        '|---|---|---|',
        '| Client X | Supported | Interoperable<sup>1</sup> |',
        '| Client Y | Undocumented | Not supported |',
        '',
        '**Footnotes**',
        '',
        '<sup>1</sup> One.',
        '',
        '> How coexist reads it: Read as one.',
        '',
        '**Client capabilities** (yes, partial, no, or undocumented: no source states it)',
        '',
        '| Client | instant messaging | meetings |',
        '|---|---|---|',
        '| Client X | yes | partial |',
        '',
        '**Server rules**',
        '',
        '- Server, Old Server side by side: not supported. `b`: "Never both."',
        '',
        '**Products supported nowhere**',
        '',
        '- Ancient Server (server): Nothing works on it.',
        '',
        '**Sources**',
        '',
        '- `a`: [Doc A](https://example.com/a)',
        '- `b`: [Doc B](https://example.com/b), table "T2"',
        '',
        'Source notes:',
        '',
        '- Client X on Server: `a`',
        '- Client X on Old Server: `b`: "Works a bit." Our reading. `a` states it otherwise (supported): A says more.',
        '- Client Y on Server: no source states it.',
        '- Client Y on Old Server: `a`',
        '',
      ].join('\n'),
    )
  })
})
