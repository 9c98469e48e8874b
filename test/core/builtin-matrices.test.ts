import { describe, expect, it } from 'vitest'
import {
  BUILTIN_MATRIX_IDS,
  builtinMatrix,
  DEFAULT_MATRIX_ID,
} from '../../src/core/builtin-matrices.js'
import { Matrix } from '../../src/core/matrix.js'

describe('built-in matrices', () => {
  it('ship lync-server-2013, the default', () => {
    expect(BUILTIN_MATRIX_IDS).toEqual([
      'lync-server-2013',
      'all-generations',
      'lync-2013-client-interoperability',
      'skype-for-business-server',
    ])
    expect(DEFAULT_MATRIX_ID).toBe('lync-server-2013')
  })

  it('load and validate every built-in matrix, with the id it is listed under', () => {
    for (const id of BUILTIN_MATRIX_IDS) {
      const matrix = builtinMatrix(id)
      expect(matrix).toBeInstanceOf(Matrix)
      expect(matrix?.id).toBe(id)
    }
  })

  it('load each matrix once', () => {
    expect(builtinMatrix('lync-server-2013')).toBe(builtinMatrix('lync-server-2013'))
  })

  it('know nothing of other ids, inherited object keys included', () => {
    expect(builtinMatrix('lync-server-2031')).toBeUndefined()
    expect(builtinMatrix('')).toBeUndefined()
    expect(builtinMatrix('toString')).toBeUndefined()
    expect(builtinMatrix('__proto__')).toBeUndefined()
  })

  it('the lync-server-2013 matrix has 3 servers, 11 clients, 33 cells, 3 footnotes and 4 workloads', () => {
    const matrix = builtinMatrix('lync-server-2013') as Matrix
    expect(matrix.data.servers).toHaveLength(3)
    expect(matrix.data.clients).toHaveLength(11)
    expect(matrix.data.cells).toHaveLength(33)
    expect(matrix.data.footnotes.map((f) => f.id)).toEqual(['1', '2', '3'])
    expect(matrix.workloadIds).toEqual(['im', 'presence', 'conferencing', 'group-chat'])
  })

  it('refines exactly two cells by workload: footnote 1, and footnote 3 for conferencing and group chat', () => {
    const matrix = builtinMatrix('lync-server-2013') as Matrix
    const refined = matrix.data.cells.filter((c) => c.workloads !== undefined)
    expect(
      refined.map((c) => [
        c.client,
        c.server,
        Object.keys(c.workloads ?? {}),
        Object.values(c.workloads ?? {}).map((v) => [v.status, v.footnotes, v.replacement]),
      ]),
    ).toEqual([
      [
        'lync-2013',
        'lync-server-2010',
        ['group-chat'],
        [['not-supported', ['1'], 'lync-2010-group-chat']],
      ],
      // Footnote 3 makes only presence and IM compatible: group chat is not supported either (and has no replacement).
      [
        'office-communicator-2007-r2',
        'lync-server-2013',
        ['conferencing', 'group-chat'],
        [
          ['not-supported', ['3'], 'lync-web-app-2013'],
          ['not-supported', ['3'], undefined],
        ],
      ],
    ])
  })
})
