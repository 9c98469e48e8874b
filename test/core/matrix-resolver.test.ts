// Matrix files: `matrix:` naming a YAML or JSON file that may `extends` a built-in matrix or another
// file, merged entry by entry; every problem reported in the file (and at the line) it is in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { checkTopology } from '../../src/core/check.js'
import {
  createMatrixResolver,
  isMatrixPath,
  mergeMatrix,
  type MatrixFileReader,
} from '../../src/core/matrix-resolver.js'
import type { MatrixData } from '../../src/core/matrix.js'
import type { MatrixResolution, MatrixResolver } from '../../src/core/matrix.js'
import type { Diagnostic, FileReport, PairResult } from '../../src/core/types.js'
import { MAX_EXTENDS_DEPTH, RunBudget } from '../../src/core/limits.js'
import { matrixResolver } from '../../src/io/matrix-files.js'
import { fixtureText } from '../support/fixtures.js'
import { policy, utf8 } from '../support/pipeline.js'

/** Every error of an unresolved matrix, file by file (the file itself first, then what it extends). */
function errorsOf(resolution: MatrixResolution): Diagnostic[] | undefined {
  return resolution.ok ? undefined : resolution.invalidFiles?.flatMap((f) => f.errors)
}

/** An in-memory repository: the reader hands out files by their normalized path and logs each read. */
function repo(files: Record<string, string>): { reader: MatrixFileReader; reads: string[] } {
  const reads: string[] = []
  const reader: MatrixFileReader = (ref) => {
    const file = path.posix.normalize(ref)
    reads.push(file)
    const text = files[file]
    return text === undefined
      ? { ok: false, message: 'no such file (paths are relative to the repository root)' }
      : { ok: true, file, load: () => ({ ok: true, bytes: utf8(text) }) }
  }
  return { reader, reads }
}

function resolved(resolution: MatrixResolution) {
  if (!resolution.ok)
    throw new Error(
      `expected a matrix, got: ${resolution.message}; ${(errorsOf(resolution) ?? []).map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('; ')}`,
    )
  return resolution.matrix
}

/**
 * A topology on `matrix` with one server per product of lync-server-2013 and the given populations
 * (name → product), each connected to the servers listed (all of them by default). `matrix:` is on
 * line 1, its value at column 9.
 */
function topology(matrix: string, clients: [string, string, string[]?][]): string {
  const lines = [
    `matrix: ${matrix}`,
    'servers:',
    '  - {name: s13, product: Lync Server 2013}',
    '  - {name: s10, product: Lync Server 2010}',
    '  - {name: ocs, product: OCS 2007 R2}',
    'clients:',
  ]
  for (const [name, product, servers] of clients) {
    lines.push(`  - name: ${name}`, `    product: ${product}`)
    if (servers) lines.push(`    servers: [${servers.join(', ')}]`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * The topology's report with the errors of the invalid matrix files it names after its own, as a
 * run reports them (there, each matrix file's once, as a file of its own).
 */
function checkWith(matrices: MatrixResolver, text: string, file = 'coexist.yml'): FileReport {
  const report = checkTopology(file, utf8(text), { policy: policy(), matrices })
  const ref = /^matrix: (.*)$/m.exec(text)?.[1]
  return { ...report, errors: [...report.errors, ...((ref && errorsOf(matrices(ref))) || [])] }
}

function only(report: FileReport, client: string, server: string): PairResult {
  expect(report.errors).toEqual([])
  const found = report.results.find((r) => r.client === client && r.server === server)
  if (!found) throw new Error(`no result for ${client} on ${server}`)
  return found
}

const BUILTIN_SOURCE = {
  title: 'Supported clients from previous deployments in Lync Server 2013',
  table: 'Supported Server and Client Combinations',
  url: 'https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)',
}

// A chain of three files on top of the built-in table, each level overriding something:
//   matrices/c.yml → matrices/b.yml → matrices/a.yml → lync-server-2013 (built in)
const A = [
  'id: contoso-a',
  'extends: lync-server-2013',
  'title: Contoso rules on the Lync Server 2013 table',
  'sources:',
  '  contoso-sec:',
  '    title: Contoso security standard SEC-42',
  '    table: Retired clients',
  '    url: https://intranet.contoso.example/sec-42',
  'cells:',
  '  # Lync 2010 is retired on the 2013 pool (the built-in table says supported).',
  '  - client: lync-2010',
  '    server: lync-server-2013',
  '    status: not-supported',
  '    replacement: lync-2013',
  '    source: {ref: contoso-sec, note: Overrides the supported of the source table.}',
  '',
].join('\n')
const B = [
  'id: contoso-b',
  'extends: matrices/a.yml',
  'footnotes:',
  '  - id: "2"',
  '    text: Contoso joins meetings with Lync Web App 2013 only.',
  '',
].join('\n')
const C = [
  'id: contoso-c',
  'extends: matrices/b.yml',
  'sources:',
  '  contoso-lab:',
  '    title: Contoso lab results',
  '    url: https://intranet.contoso.example/lab',
  'clients:',
  '  - id: lync-2013',
  '    name: Lync 2013',
  '    aliases: [Lync 15]',
  '  - id: contoso-softphone',
  '    name: Contoso Softphone',
  'cells:',
  '  - {client: contoso-softphone, server: lync-server-2013, status: supported, source: {ref: contoso-lab}}',
  '  - {client: contoso-softphone, server: lync-server-2010, status: not-supported, source: {ref: contoso-lab, note: No SIP over TLS 1.2 there.}}',
  '  - {client: contoso-softphone, server: ocs-2007-r2, status: not-applicable, source: {ref: contoso-lab}}',
  '',
].join('\n')
const CHAIN = { 'matrices/a.yml': A, 'matrices/b.yml': B, 'matrices/c.yml': C }

describe('isMatrixPath', () => {
  it('takes a reference with a slash or a .yml, .yaml or .json ending for a file, anything else for a built-in id', () => {
    expect(['matrices/c.yml', 'c.yml', 'c.YAML', 'c.json', 'sub\\c', './c']).toEqual(
      ['matrices/c.yml', 'c.yml', 'c.YAML', 'c.json', 'sub\\c', './c'].filter(isMatrixPath),
    )
    expect(
      ['lync-server-2013', 'skype-for-business-server', 'c.yml.bak', 'json'].filter(isMatrixPath),
    ).toEqual([])
  })
})

describe('an extends chain of three files on a built-in matrix', () => {
  const { reader } = repo(CHAIN)
  const matrices = createMatrixResolver(reader)
  const merged = resolved(matrices('matrices/c.yml'))

  it("is named by the last file's id and keeps the title set further down the chain", () => {
    expect(merged.id).toBe('contoso-c')
    expect(merged.data.title).toBe('Contoso rules on the Lync Server 2013 table')
  })

  it("keeps the base's clients in order, replaces lync-2013 in place (with its alias) and adds the new client last", () => {
    const base = builtinMatrix('lync-server-2013')?.data.clients ?? []
    expect(merged.data.clients.map((c) => c.id)).toEqual([
      ...base.map((c) => c.id),
      'contoso-softphone',
    ])
    expect(merged.data.clients[0]).toEqual({
      id: 'lync-2013',
      name: 'Lync 2013',
      aliases: ['Lync 15'],
    })
    expect(merged.find('lync 15')?.product.id).toBe('lync-2013')
    expect(merged.data.servers.map((s) => s.id)).toEqual([
      'lync-server-2013',
      'lync-server-2010',
      'ocs-2007-r2',
    ])
  })

  it('takes each override from the level that made it: the cell from a.yml, footnote 2 from b.yml, the cells of the new client from c.yml', () => {
    expect(merged.cell('lync-2010', 'lync-server-2013')).toMatchObject({
      status: 'not-supported',
      replacement: 'lync-2013',
      source: { ref: 'contoso-sec' },
    })
    expect(merged.footnote('2')).toEqual({
      id: '2',
      text: 'Contoso joins meetings with Lync Web App 2013 only.',
    })
    expect(merged.footnote('1').text).toMatch(/^In Microsoft Lync Server 2010, group chat/)
    expect(
      ['lync-server-2013', 'lync-server-2010', 'ocs-2007-r2'].map(
        (s) => merged.cell('contoso-softphone', s).status,
      ),
    ).toEqual(['supported', 'not-supported', 'not-applicable'])
    // Untouched: 33 cells of the base plus 3 new ones, the rest as the built-in table has them.
    expect(merged.data.cells).toHaveLength(36)
    expect(merged.cell('lync-2010', 'lync-server-2010')).toMatchObject({
      status: 'supported',
      source: { ref: 'gg398499' },
    })
    expect(Object.keys(merged.data.sources).sort()).toEqual([
      'contoso-lab',
      'contoso-sec',
      'gg398499',
    ])
  })

  it('does not change the built-in matrix it extends', () => {
    expect(builtinMatrix('lync-server-2013')?.cell('lync-2010', 'lync-server-2013').status).toBe(
      'supported',
    )
    expect(builtinMatrix('lync-server-2013')?.footnote('2').text).toMatch(
      /^Lync Web App 2013 now provides/,
    )
    expect(builtinMatrix('lync-server-2013')?.find('Lync 15')).toBeUndefined()
  })

  it('gives findings the merged verdicts, naming matrix contoso-c and the document each cell comes from', () => {
    const report = checkWith(
      matrices,
      topology('matrices/c.yml', [
        ['old', 'Lync 2010', ['s13']],
        ['soft', 'Contoso Softphone'],
        ['new', 'Lync 15', ['s13']],
        ['guests', 'Lync 2010 Attendee', ['s13']],
      ]),
    )
    expect(report.matrix).toBe('contoso-c')
    const old = only(report, 'old', 's13')
    expect([old.status, old.severity, old.replacement]).toEqual([
      'not-supported',
      'error',
      'Lync 2013',
    ])
    expect(old.source).toStrictEqual({
      matrix: 'contoso-c',
      matrixFile: 'matrices/c.yml',
      title: 'Contoso security standard SEC-42',
      table: 'Retired clients',
      url: 'https://intranet.contoso.example/sec-42',
      note: 'Overrides the supported of the source table.',
    })
    // What works instead, from the merged matrix: the replacement, then what the 2013 pool supports
    // there (Lync 2010 no longer, the softphone now); Lync 2010 is still supported on Lync Server 2010.
    // Three at most, in table order: the softphone, added last, is not among them.
    expect(old.alternatives).toEqual({
      clients: ['Lync 2013', 'Lync Web App 2013', 'Lync 2010 Attendant'],
      servers: ['Lync Server 2010'],
    })
    expect(old.message).toBe(
      'old (Lync 2010) is not supported on s13 (Lync Server 2013). Use Lync 2013 instead. Alternatives: Lync Server 2013 supports Lync 2013, Lync Web App 2013, Lync 2010 Attendant; Lync 2010 is supported on Lync Server 2010.',
    )

    expect(
      report.results
        .filter((r) => r.client === 'soft')
        .map((r) => [r.server, r.status, r.source.title, r.source.note]),
    ).toEqual([
      ['s13', 'supported', 'Contoso lab results', undefined],
      ['s10', 'not-supported', 'Contoso lab results', 'No SIP over TLS 1.2 there.'],
      ['ocs', 'not-applicable', 'Contoso lab results', undefined],
    ])
    expect(only(report, 'soft', 'ocs').message).toContain('matrix contoso-c marks not applicable')

    const renamed = only(report, 'new', 's13')
    expect([renamed.clientProduct, renamed.status]).toEqual(['Lync 2013', 'supported'])
    expect(renamed.source).toStrictEqual({
      matrix: 'contoso-c',
      matrixFile: 'matrices/c.yml',
      ...BUILTIN_SOURCE,
    })

    expect(only(report, 'guests', 's13').footnotes).toEqual([
      { id: '2', text: 'Contoso joins meetings with Lync Web App 2013 only.' },
    ])
    expect(new Set(report.results.map((r) => r.source.matrix))).toEqual(new Set(['contoso-c']))
  })

  it('a topology on the middle of the chain sees only what that file and its bases say', () => {
    const report = checkWith(matrices, topology('matrices/b.yml', [['old', 'Lync 2010', ['s13']]]))
    expect(report.matrix).toBe('contoso-b')
    expect(only(report, 'old', 's13').source.matrix).toBe('contoso-b')
    expect(only(report, 'old', 's13').status).toBe('not-supported')
    const unknown = checkWith(matrices, topology('matrices/b.yml', [['soft', 'Contoso Softphone']]))
    expect(unknown.errors.map((e) => [e.line, e.message.split(';')[0]])).toEqual([
      [8, 'unknown client product "Contoso Softphone" in matrix contoso-b'],
    ])
  })
})

describe('mergeMatrix', () => {
  const base = builtinMatrix('lync-server-2013')?.data as MatrixData

  it("with an empty overlay is the base under the overlay's id", () => {
    const merged = mergeMatrix(base, { id: 'copy' })
    // `$schema` is for editors; the merged table has no file of its own to point from.
    expect({ ...merged, description: undefined }).toEqual({
      ...base,
      $schema: undefined,
      id: 'copy',
      description: undefined,
    })
  })

  it('replaces entries by id (and cells by client and server, sources by key) and appends new ones in order', () => {
    const merged = mergeMatrix(base, {
      id: 'over',
      sources: {
        gg398499: { title: 'Renamed', url: 'https://example.com/' },
        extra: { title: 'Extra', url: 'https://example.com/x' },
      },
      workloads: [
        { id: 'video', name: 'video calls' },
        { id: 'im', name: 'IM' },
      ],
      footnotes: [{ id: '9', text: 'Nine.' }],
      cells: [
        {
          client: 'lync-2013',
          server: 'ocs-2007-r2',
          status: 'interoperable',
          source: { ref: 'extra' },
        },
      ],
    })
    expect(merged.sources.gg398499).toEqual({ title: 'Renamed', url: 'https://example.com/' })
    expect(Object.keys(merged.sources)).toEqual(['gg398499', 'extra'])
    expect(merged.workloads).toEqual([
      { id: 'im', name: 'IM' },
      { id: 'presence', name: 'presence' },
      { id: 'conferencing', name: 'conferencing (meetings)' },
      { id: 'group-chat', name: 'group chat' },
      { id: 'video', name: 'video calls' },
    ])
    expect(merged.footnotes.map((f) => f.id)).toEqual(['1', '2', '3', '9'])
    expect(merged.cells).toHaveLength(base.cells.length)
    expect(
      merged.cells.find((c) => c.client === 'lync-2013' && c.server === 'ocs-2007-r2'),
    ).toEqual({
      client: 'lync-2013',
      server: 'ocs-2007-r2',
      status: 'interoperable',
      source: { ref: 'extra' },
    })
    expect(
      base.cells.find((c) => c.client === 'lync-2013' && c.server === 'ocs-2007-r2')?.status,
    ).toBe('not-supported')
  })
})

describe('extends problems, at the extends line of the file that has them', () => {
  it("a cycle a → b → a: the chain at b.yml's extends line, and a.yml pointing there", () => {
    const { reader } = repo({
      'a.yml': 'id: a\nextends: b.yml\n',
      'b.yml': 'id: b\nextends: a.yml\n',
    })
    const report = checkWith(createMatrixResolver(reader), topology('a.yml', [['c1', 'Lync 2013']]))
    expect(report.results).toEqual([])
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.endColumn, e.message])).toEqual([
      ['coexist.yml', 1, 9, 14, 'matrix file a.yml is invalid (see the error there)'],
      ['a.yml', 2, 10, 15, 'matrix file b.yml is invalid (see the error there)'],
      ['b.yml', 2, 10, 15, 'matrix files extend each other in a cycle: a.yml → b.yml → a.yml'],
    ])
  })

  it('a cycle through the matrix option: the option named before the message, not in a second parenthesis (issue 13)', () => {
    const { reader } = repo({
      'a.yml': 'id: a\nextends: b.yml\n',
      'b.yml': 'id: b\nextends: a.yml\n',
    })
    const report = checkTopology(
      'coexist.yml',
      utf8(topology('lync-server-2013', [['c1', 'Lync 2013']])),
      {
        policy: policy(),
        matrices: createMatrixResolver(reader),
        matrixOverride: 'a.yml',
      },
    )
    expect(report.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 9, 'matrix option: matrix file a.yml is invalid (see the error there)'],
    ])
  })

  it('a file that extends itself', () => {
    const { reader } = repo({ 'self.yml': 'id: self\ntitle: Me\nextends: ./self.yml\n' })
    const resolution = createMatrixResolver(reader)('self.yml')
    expect(resolution.ok).toBe(false)
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.file, e.line, e.column, e.message]),
    ).toEqual([
      ['self.yml', 3, 10, 'matrix files extend each other in a cycle: self.yml → self.yml'],
    ])
  })

  it('an unknown built-in id: did you mean, at the extends line', () => {
    const { reader } = repo({
      'm.yml': 'id: m\n# on top of the 2013 table\nextends: lync-server-2031\n',
    })
    const report = checkWith(createMatrixResolver(reader), topology('m.yml', [['c1', 'Lync 2013']]))
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.endColumn, e.message])).toEqual([
      ['coexist.yml', 1, 9, 14, 'matrix file m.yml is invalid (see the error there)'],
      [
        'm.yml',
        3,
        10,
        26,
        'unknown matrix "lync-server-2031" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server; a matrix file is named by its path (.yml, .yaml or .json)',
      ],
    ])
  })

  it('a base file that does not exist, at the extends line', () => {
    const { reader } = repo({ 'm.yml': 'id: m\nextends: matrices/base.yml\n' })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.file, e.line, e.column, e.message]),
    ).toEqual([
      [
        'm.yml',
        2,
        10,
        'matrix file matrices/base.yml: no such file (paths are relative to the repository root)',
      ],
    ])
  })
})

describe('a matrix file that is not a valid matrix', () => {
  // Line 6, column 13: the value of `status`.
  const BAD_STATUS = [
    'id: house',
    'extends: lync-server-2013',
    'cells:',
    '  - client: lync-2010',
    '    server: lync-server-2013',
    '    status: maybe',
    '    source: {ref: gg398499}',
    '',
  ].join('\n')

  it("a schema error: reported in the topology's check as an error in the matrix file, at its line and column, and no verdicts", () => {
    const { reader } = repo({ 'rules/house.yml': BAD_STATUS })
    const report = checkWith(
      createMatrixResolver(reader),
      topology('rules/house.yml', [['c1', 'Lync 2010']]),
    )
    expect(report.results).toEqual([])
    expect(report.errors).toEqual([
      {
        file: 'coexist.yml',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 24,
        message: 'matrix file rules/house.yml is invalid (see the error there)',
      },
      {
        file: 'rules/house.yml',
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 18,
        message:
          'cells[0].status: "maybe" is not one of the allowed values; allowed: supported, interoperable, not-supported, not-applicable, undocumented',
      },
    ])
  })

  it('a misspelled status: the allowed statuses, and the one it is a slip of (issue 13)', () => {
    const { reader } = repo({
      'm.yml': BAD_STATUS.replace('status: maybe', 'status: not-suported'),
    })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.line, e.column, e.message]),
    ).toEqual([
      [
        6,
        13,
        'cells[0].status: "not-suported" is not one of the allowed values (did you mean "not-supported"?); allowed: supported, interoperable, not-supported, not-applicable, undocumented',
      ],
    ])
  })

  it('an unknown key in a cell, at the key, with the keys a cell may have (issue 13)', () => {
    const { reader } = repo({
      'm.yml': BAD_STATUS.replace('status: maybe', 'status: supported\n    advise: x'),
    })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.line, e.column, e.message]),
    ).toEqual([
      [
        7,
        5,
        'cells[0]: unknown key "advise" (did you mean "advice"?); allowed: status, footnotes, replacement, advice, source, conflicts, requires, client, server, workloads',
      ],
    ])
  })

  it('an unknown key, at the key, with the closest allowed one', () => {
    const { reader } = repo({ 'm.yml': 'id: m\nextends: lync-server-2013\nclints: []\n' })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.line, e.column, e.message]),
    ).toEqual([
      [
        3,
        1,
        'the file: unknown key "clints" (did you mean "clients"?); allowed: id, extends, facts, title, description, sources, workloads, servers, clients, footnotes, cells, unsupportedProducts, serverRules',
      ],
    ])
  })

  it('facts: a built-in matrix only, and an unknown one is an error at its line', () => {
    const { reader } = repo({
      'm.yml': 'id: m\nextends: lync-server-2013\nfacts: all-generatons\n',
    })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok ? [] : errorsOf(resolution)?.map((e) => [e.line, e.column, e.message]),
    ).toEqual([
      [
        3,
        8,
        'facts: "all-generatons" is no built-in matrix (did you mean "all-generations"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server',
      ],
    ])
  })

  it('a file that extends a built-in matrix keeps its product facts: capabilities, builds, server rules, products supported nowhere', () => {
    const { reader } = repo({ 'm.yml': 'id: m\nextends: lync-server-2013\n' })
    const matrix = resolved(createMatrixResolver(reader)('m.yml'))
    expect(matrix.offers('lync-web-app-2013', 'im')?.level).toBe('no')
    expect(matrix.builds('lync-server-2013')?.line).toBe('5.0.8308')
    expect(matrix.serverRules.some((r) => r.id === 'lync-server-2013-with-both')).toBe(true)
    expect(matrix.find('LCS 2005')?.unsupported?.name).toBe('Live Communications Server 2005')
  })

  it('without extends, every table key is required; with it, only id', () => {
    const { reader } = repo({
      'whole.yml': 'id: whole\ntitle: Whole\n',
      'thin.yml': 'extends: lync-server-2013\n',
    })
    const matrices = createMatrixResolver(reader)
    const whole = matrices('whole.yml')
    expect(whole.ok ? [] : errorsOf(whole)?.map((e) => e.message)).toEqual(
      ['sources', 'workloads', 'servers', 'clients', 'footnotes', 'cells'].map(
        (key) => `the file: missing required key "${key}"`,
      ),
    )
    const thin = matrices('thin.yml')
    expect(thin.ok ? [] : errorsOf(thin)?.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 1, 'the file: missing required key "id"'],
    ])
  })

  it('not YAML at all: the parse error at its place in the matrix file', () => {
    const { reader } = repo({ 'm.yml': 'id: [\n' })
    const resolution = createMatrixResolver(reader)('m.yml')
    expect(
      resolution.ok
        ? []
        : errorsOf(resolution)?.map((e) => [e.file, e.line, e.message.startsWith('invalid YAML')]),
    ).toEqual([['m.yml', 2, true]])
  })

  it("a consistency problem after the merge (a new client without cells): at the file's id, one per missing cell", () => {
    const text = [
      '# Contoso additions',
      'id: contoso-new',
      'extends: lync-server-2013',
      'clients:',
      '  - {id: contoso-softphone, name: Contoso Softphone}',
      '',
    ].join('\n')
    const { reader } = repo({ 'new.yml': text })
    const report = checkWith(
      createMatrixResolver(reader),
      topology('new.yml', [['c1', 'Lync 2013']]),
    )
    expect(report.results).toEqual([])
    const prefix = 'matrix contoso-new (with what it extends from lync-server-2013): '
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.endColumn, e.message])).toEqual([
      ['coexist.yml', 1, 9, 16, 'matrix file new.yml is invalid (see the 3 errors there)'],
      [
        'new.yml',
        2,
        5,
        16,
        `${prefix}no cell for contoso-softphone on lync-server-2013; every pair needs one`,
      ],
      [
        'new.yml',
        2,
        5,
        16,
        `${prefix}no cell for contoso-softphone on lync-server-2010; every pair needs one`,
      ],
      [
        'new.yml',
        2,
        5,
        16,
        `${prefix}no cell for contoso-softphone on ocs-2007-r2; every pair needs one`,
      ],
    ])
  })

  it('an error further down the chain is reported in the file that has it, through every file above', () => {
    const { reader } = repo({
      'top.yml': 'id: top\nextends: rules/house.yml\n',
      'rules/house.yml': BAD_STATUS,
    })
    const report = checkWith(
      createMatrixResolver(reader),
      topology('top.yml', [['c1', 'Lync 2010']]),
    )
    expect(report.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['coexist.yml', 1, 9],
      ['top.yml', 2, 10],
      ['rules/house.yml', 6, 13],
    ])
  })
})

describe('a JSON matrix file', () => {
  const FLIP = [
    '{',
    '  "id": "json-rules",',
    '  "extends": "lync-server-2013",',
    '  "cells": [',
    '    { "client": "lync-2010", "server": "lync-server-2013", "status": "interoperable", "source": { "ref": "gg398499", "note": "JSON says so." } }',
    '  ]',
    '}',
    '',
  ].join('\n')

  it('is read as JSON, extends a built-in matrix and flips a cell', () => {
    const { reader } = repo({ 'rules.json': FLIP })
    const report = checkWith(
      createMatrixResolver(reader),
      topology('rules.json', [['old', 'Lync 2010', ['s13']]]),
    )
    expect(report.matrix).toBe('json-rules')
    const result = only(report, 'old', 's13')
    expect([result.status, result.severity, result.source]).toEqual([
      'interoperable',
      'warning',
      { matrix: 'json-rules', matrixFile: 'rules.json', ...BUILTIN_SOURCE, note: 'JSON says so.' },
    ])
  })

  it('a whole matrix of its own in JSON, without extends', () => {
    const { reader } = repo({ 'tiny.json': fixtureText('core', 'matrix-tiny.json') })
    const text =
      'matrix: tiny.json\nservers:\n  - {name: old, product: Server Old}\nclients:\n  - {name: pop, product: Client B}\n'
    const report = checkWith(createMatrixResolver(reader), text)
    expect(report.matrix).toBe('tiny')
    expect(only(report, 'pop', 'old')).toMatchObject({
      status: 'not-supported',
      source: { matrix: 'tiny', title: 'The test table', url: 'https://example.com/table' },
    })
  })

  it('a schema error at its line and column in the JSON', () => {
    // Line 5: the number 3 where a status belongs.
    const line5 =
      '    { "client": "lync-2010", "server": "lync-server-2013", "status": 3, "source": { "ref": "gg398499" } }'
    expect(line5.indexOf('3,') + 1).toBe(70)
    const { reader } = repo({
      'bad.json': FLIP.split('\n')
        .map((l, i) => (i === 4 ? line5 : l))
        .join('\n'),
    })
    const resolution = createMatrixResolver(reader)('bad.json')
    expect(resolution.ok ? [] : errorsOf(resolution)).toEqual([
      {
        file: 'bad.json',
        line: 5,
        column: 70,
        endLine: 5,
        endColumn: 71,
        message:
          'cells[0].status: number 3 is not one of the allowed values; allowed: supported, interoperable, not-supported, not-applicable, undocumented',
      },
    ])
  })

  it('JSON syntax errors are reported as JSON, not as YAML', () => {
    const { reader } = repo({
      'broken.json': '{\n  "id": "x",\n  "extends": "lync-server-2013",\n}\n',
    })
    const resolution = createMatrixResolver(reader)('broken.json')
    expect(resolution.ok).toBe(false)
    const errors = resolution.ok ? [] : (errorsOf(resolution) ?? [])
    expect(errors.map((e) => [e.file, e.line])).toEqual([['broken.json', 4]])
    expect(errors[0]?.message).not.toMatch(/YAML/)
  })
})

describe('the matrix option (action input, --matrix) with matrix files', () => {
  it("wins over the topology's matrix:, and a bad one says the option set it", () => {
    const { reader } = repo(CHAIN)
    const matrices = createMatrixResolver(reader)
    const text = topology('lync-server-2013', [['old', 'Lync 2010', ['s13']]])
    const overridden = checkTopology('coexist.yml', utf8(text), {
      policy: policy(),
      matrices,
      matrixOverride: 'matrices/a.yml',
    })
    expect(overridden.matrix).toBe('contoso-a')
    expect(only(overridden, 'old', 's13').status).toBe('not-supported')
    const missing = checkTopology('coexist.yml', utf8(text), {
      policy: policy(),
      matrices,
      matrixOverride: 'matrices/nope.yml',
    })
    expect(missing.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [
        1,
        9,
        'matrix option: matrix file matrices/nope.yml: no such file (paths are relative to the repository root)',
      ],
    ])
  })
})

describe('resolver caching', () => {
  it('a matrix file used from two topologies is read and resolved once', () => {
    const { reader, reads } = repo(CHAIN)
    const matrices = createMatrixResolver(reader)
    const first = checkWith(
      matrices,
      topology('matrices/c.yml', [['old', 'Lync 2010', ['s13']]]),
      'emea/coexist.yml',
    )
    const second = checkWith(
      matrices,
      topology('matrices/c.yml', [['new', 'Lync 15', ['s13']]]),
      'amer/coexist.yml',
    )
    expect([first.matrix, second.matrix]).toEqual(['contoso-c', 'contoso-c'])
    // createMatrixResolver promises "Each file is read and resolved once per resolver".
    expect(reads).toEqual(['matrices/c.yml', 'matrices/b.yml', 'matrices/a.yml'])
    expect(resolved(matrices('matrices/c.yml'))).toBe(resolved(matrices('matrices/c.yml')))
  })

  it('a base shared by two matrix files is read once', () => {
    const { reader, reads } = repo({
      ...CHAIN,
      'matrices/d.yml': 'id: contoso-d\nextends: matrices/a.yml\n',
    })
    const matrices = createMatrixResolver(reader)
    resolved(matrices('matrices/b.yml'))
    resolved(matrices('matrices/d.yml'))
    expect(reads.filter((r) => r === 'matrices/a.yml')).toHaveLength(1)
  })

  it('a broken matrix file used from two topologies gives each the same errors', () => {
    const { reader } = repo({ 'm.yml': 'id: m\nextends: lync-server-2031\n' })
    const matrices = createMatrixResolver(reader)
    const one = checkWith(matrices, topology('m.yml', [['c1', 'Lync 2013']]), 'one.yml')
    const two = checkWith(matrices, topology('m.yml', [['c1', 'Lync 2013']]), 'two.yml')
    expect(one.errors.slice(1)).toEqual(two.errors.slice(1))
    expect([one.errors[0]?.file, two.errors[0]?.file]).toEqual(['one.yml', 'two.yml'])
  })
})

describe('matrix files that would bend the gate or the run (issue 10)', () => {
  it('may not take the id of a built-in matrix: an error at the id, so that no report calls it the built-in one', () => {
    const text = [
      'id: lync-server-2013',
      'extends: lync-server-2013',
      'cells:',
      '  - {client: lync-2010-attendee, server: lync-server-2013, status: supported, source: {ref: gg398499}}',
      '',
    ].join('\n')
    const { reader } = repo({ 'm.yml': text })
    expect(
      errorsOf(createMatrixResolver(reader)('m.yml'))?.map((e) => [
        e.file,
        e.line,
        e.column,
        e.message,
      ]),
    ).toEqual([
      [
        'm.yml',
        1,
        5,
        '"lync-server-2013" is the id of a built-in matrix; a matrix file needs an id of its own (e.g. lync-server-2013-house-rules), so that no report mistakes it for the built-in one',
      ],
    ])
  })

  it('names a custom matrix by its file in every finding', () => {
    const { reader } = repo({ 'rules/house.yml': 'id: house\nextends: lync-server-2013\n' })
    const report = checkWith(
      createMatrixResolver(reader),
      topology('rules/house.yml', [['c1', 'Lync 2013', ['s13']]]),
    )
    expect([report.matrix, report.matrixFile, report.results[0]?.source.matrixFile]).toEqual([
      'house',
      'rules/house.yml',
      'rules/house.yml',
    ])
  })

  it('stops an extends chain deeper than MAX_EXTENDS_DEPTH at the extends line where it goes too deep', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3_000; i++)
      files[`m${i}.yml`] =
        `id: m${i}\nextends: ${i === 2_999 ? 'lync-server-2013' : `m${i + 1}.yml`}\n`
    const { reader, reads } = repo(files)
    const errors = errorsOf(createMatrixResolver(reader)('m0.yml')) ?? []
    expect(reads).toHaveLength(MAX_EXTENDS_DEPTH + 1)
    const deepest = errors.find((e) =>
      e.message.startsWith('matrix files extend each other more than'),
    )
    expect(deepest).toMatchObject({ file: `m${MAX_EXTENDS_DEPTH}.yml`, line: 2, column: 10 })
  })

  it("loads a file once however it is spelled: the reader's key (its real path) decides", () => {
    const asked: string[] = []
    let loads = 0
    const reader: MatrixFileReader = (ref) => {
      asked.push(ref)
      return {
        ok: true,
        file: path.posix.normalize(ref),
        key: 'the-one-file',
        load: () => {
          loads++
          return { ok: true, bytes: utf8('id: house\nextends: lync-server-2013\n') }
        },
      }
    }
    const matrices = createMatrixResolver(reader)
    const spellings = ['m.yml', './m.yml', '././m.yml', 'a/../m.yml']
    const found = spellings.map((ref) => resolved(matrices(ref)))
    expect(new Set(found).size).toBe(1)
    // Each spelling is asked for once (to learn its key); the file is loaded and parsed once.
    expect([asked, loads]).toEqual([spellings, 1])
    expect(matrices('./m.yml')).toBe(matrices('./m.yml'))
    expect(asked).toHaveLength(4)
  })

  it("counts a matrix file's nodes against the run's budget", () => {
    const { reader } = repo({ 'm.yml': 'id: house\nextends: lync-server-2013\n' })
    const budget = new RunBudget({ maxNodes: 4, maxPairs: 10 })
    const problems = errorsOf(createMatrixResolver(reader, budget)('m.yml'))
    expect(problems?.map((e) => e.message)).toEqual([
      "this file has 5 YAML nodes, more than the run's limit of 4 (max-nodes) leaves for it; raise max-nodes for an estate this large",
    ])
  })
})

describe('matrix files on disk (src/io/matrix-files.ts)', () => {
  let root: string
  let workspace: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'coexist-matrix-files-'))
    workspace = path.join(root, 'repo')
    mkdirSync(path.join(workspace, 'matrices'), { recursive: true })
    for (const [relative, text] of Object.entries(CHAIN))
      writeFileSync(path.join(workspace, relative), text)
    writeFileSync(
      path.join(workspace, 'matrices', 'escape.yml'),
      'id: escape\nextends: ../outside.yml\n',
    )
    writeFileSync(path.join(root, 'outside.yml'), A.replace('id: contoso-a', 'id: outside'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('resolves the chain from the repository root', () => {
    const report = checkWith(
      matrixResolver(workspace),
      topology('matrices/c.yml', [['old', 'Lync 2010', ['s13']]]),
    )
    expect(report.matrix).toBe('contoso-c')
    expect(only(report, 'old', 's13').source.title).toBe('Contoso security standard SEC-42')
  })

  it("refuses a topology's matrix: leaving the workspace, even when the file exists", () => {
    const report = checkWith(
      matrixResolver(workspace),
      topology('../outside.yml', [['c1', 'Lync 2013']]),
    )
    expect(report.results).toEqual([])
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      [
        'coexist.yml',
        1,
        9,
        'matrix file ../outside.yml: the path leaves the repository; name a matrix file inside it',
      ],
    ])
  })

  it('refuses an extends leaving the workspace, at the extends line of the file inside', () => {
    const report = checkWith(
      matrixResolver(workspace),
      topology('matrices/escape.yml', [['c1', 'Lync 2013']]),
    )
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['coexist.yml', 1, 9, 'matrix file matrices/escape.yml is invalid (see the error there)'],
      [
        'matrices/escape.yml',
        2,
        10,
        'matrix file ../outside.yml: the path leaves the repository; name a matrix file inside it',
      ],
    ])
  })
})
