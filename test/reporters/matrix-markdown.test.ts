import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { Matrix } from '../../src/core/matrix.js'
import { renderMatrixMarkdown } from '../../src/reporters/matrix-markdown.js'
import { linesOf } from './helpers.js'

// The data file itself, read independently of the code under test, for "verbatim" comparisons.
const data = JSON.parse(readFileSync(new URL('../../matrices/lync-server-2013.json', import.meta.url), 'utf8')) as {
  footnotes: { id: string; text: string }[]
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
    const start = lines.indexOf('| Client | Lync Server 2013 | Lync Server 2010 | Office Communications Server 2007 R2 |')
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
    expect(lines.slice(start, start + 4)).toEqual([
      '**By workload**',
      '',
      '- Lync 2013 on Lync Server 2010, for a population that declares `group-chat`: Not supported<sup>1</sup>. Keep Lync 2010 Group Chat for group chat on Lync Server 2010.',
      '- Office Communicator 2007 R2 on Lync Server 2013, for a population that declares `conferencing`: Not supported<sup>3</sup>. Join Lync Server 2013 meetings with Lync Web App 2013.',
    ])
    expect(lines[start + 4]).toBe('')
  })

  it('prints the 3 footnotes verbatim, each with its marker', () => {
    expect(data.footnotes.map((f) => f.id)).toEqual(['1', '2', '3'])
    const start = lines.indexOf('**Footnotes**')
    expect(start).toBeGreaterThan(lines.indexOf('**By workload**'))
    expect(lines.slice(start, start + 8)).toEqual([
      '**Footnotes**',
      '',
      `<sup>1</sup> ${data.footnotes[0]?.text}`,
      '',
      `<sup>2</sup> ${data.footnotes[1]?.text}`,
      '',
      `<sup>3</sup> ${data.footnotes[2]?.text}`,
      '',
    ])
    expect(lines).toContain(
      '<sup>2</sup> Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.',
    )
  })

  it('names the source with its URL, table and date', () => {
    expect(data.sources.gg398499?.url).toBe('https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)')
    expect(lines).toContain(
      '- `gg398499`: [Supported clients from previous deployments in Lync Server 2013](https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)), table "Supported Server and Client Combinations" (last modified 2012-12-14)',
    )
    expect(lines.indexOf('**Sources**')).toBeGreaterThan(lines.indexOf('**Footnotes**'))
  })

  it('ends with the source notes of the derived cells', () => {
    expect(lines.slice(lines.indexOf('Source notes:'))).toEqual([
      'Source notes:',
      '',
      '- Lync 2013 on Lync Server 2010, declaring `group-chat`: Derived from footnote 1: Lync 2013 clients are not compatible with Lync Server 2010 Group Chat.',
      '- Office Communicator 2007 R2 on Lync Server 2013, declaring `conferencing`: Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.',
    ])
    expect(output.endsWith('Lync Server 2013.\n')).toBe(true)
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
      ['# Tiny', '', 'Matrix `tiny`', '', '| Client | Server |', '|---|---|', '| Client A | Interoperable |', '| Client B | Not applicable |', '', '**Sources**', '', '- `doc`: [Doc](https://example.com/doc)', ''].join('\n'),
    )
  })

  it('writes every footnote marker of a cell, in the cell\'s order', () => {
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
      cells: [{ client: 'a', server: 'srv', status: 'supported', footnotes: ['2', '1'], source: { ref: 'doc' } }],
    })
    expect(linesOf(renderMatrixMarkdown(matrix))).toContain('| Client A | Supported<sup>2</sup><sup>1</sup> |')
  })
})
