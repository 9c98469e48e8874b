import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import topologySchema from '../../schema/topology.schema.json' with { type: 'json' }
import { parseDocument, type SourceDocument } from '../../src/core/document.js'
import { pathLabel, schemaDiagnostics } from '../../src/core/schema-errors.js'
import { lcm } from '../support/pipeline.js'

function doc(text: string): SourceDocument {
  const outcome = parseDocument(text, 'f.yml', 'yaml')
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('; '))
  return outcome.document
}

function error(
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>,
  extra: Partial<ErrorObject> = {},
): ErrorObject {
  return { keyword, instancePath, schemaPath: '#', params, ...extra }
}

const CLIENT_PROPERTIES = { properties: { name: {}, product: {}, servers: {}, workloads: {} } }

const text = [
  'servers:', //                          1
  '  - name: 42', //                      2
  '    product: Lync Server 2013', //     3
  'clients:', //                          4
  '  - name: c1', //                      5
  '    prodcut: Lync 2013', //            6
  '    servers: s1', //                   7
  '    workloads: [Video, im, im]', //    8
  'exceptions:', //                       9
  '  - client: c1', //                   10
  '    server: s1', //                   11
  '    reason: "  "', //                 12
  '    expires: 2027-3-1', //            13
  '    product: Lync 2013', //           14
  '',
].join('\n')

describe('schemaDiagnostics: one message per ajv error, at the node it is about', () => {
  const document = doc(text)

  it('names an unknown key at the key, with did-you-mean and the allowed keys', () => {
    const { diagnostics } = schemaDiagnostics(document, [
      error(
        'additionalProperties',
        '/clients/0',
        { additionalProperty: 'prodcut' },
        { parentSchema: CLIENT_PROPERTIES },
      ),
    ])
    expect(diagnostics).toEqual([
      {
        file: 'f.yml',
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 12,
        message:
          'clients[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, servers, workloads',
      },
    ])
  })

  it('leaves `$schema` out of the allowed keys', () => {
    const { diagnostics } = schemaDiagnostics(document, [
      error(
        'additionalProperties',
        '',
        { additionalProperty: 'exceptions' },
        { parentSchema: { properties: { $schema: {}, servers: {}, clients: {} } } },
      ),
    ])
    expect(lcm(diagnostics)).toEqual([
      [9, 1, 'the file: unknown key "exceptions"; allowed: servers, clients'],
    ])
  })

  it('names a missing key at the entry that lacks it', () => {
    expect(
      lcm(
        schemaDiagnostics(document, [
          error('required', '/clients/0', { missingProperty: 'product' }),
        ]).diagnostics,
      ),
    ).toEqual([[5, 5, 'clients[0]: missing required key "product"']])
  })

  it('names the expected and the actual type at the value', () => {
    expect(
      lcm(
        schemaDiagnostics(document, [
          error('type', '/servers/0/name', { type: 'string' }, { data: 42 }),
        ]).diagnostics,
      ),
    ).toEqual([[2, 11, 'servers[0].name: must be a string, not number 42']])
    expect(
      lcm(
        schemaDiagnostics(document, [
          error('type', '/clients/0/servers', { type: 'array' }, { data: 's1' }),
        ]).diagnostics,
      ),
    ).toEqual([[7, 14, 'clients[0].servers: must be a list, not "s1"']])
    expect(
      lcm(
        schemaDiagnostics(document, [error('type', '', { type: 'object' }, { data: ['x'] })])
          .diagnostics,
      ),
    ).toEqual([[1, 1, 'the file: must be a mapping, not a list']])
    expect(
      lcm(
        schemaDiagnostics(document, [error('type', '/servers', { type: 'array' }, { data: null })])
          .diagnostics,
      ),
    ).toEqual([[2, 3, 'servers: must be a list, not null']])
  })

  it('shortens a long value in a message', () => {
    const long = 'x'.repeat(80)
    const [d] = schemaDiagnostics(document, [
      error('type', '/servers/0/name', { type: 'number' }, { data: long }),
    ]).diagnostics
    expect(d?.message).toBe(`servers[0].name: must be a number, not "${'x'.repeat(57)}..."`)
  })

  // Ajv reports a duplicate with two loops: for items of unknown type (`servers`, whose items are a
  // $ref) `i` is the later index and `j` the earlier; for items of a known scalar type (`workloads`,
  // `type: string`) `i` is the earlier and `j` the later. Both must read the same.
  it('points a duplicate list entry at the second occurrence (ajv: i later, j earlier)', () => {
    expect(
      lcm(
        schemaDiagnostics(document, [error('uniqueItems', '/clients/0/workloads', { i: 2, j: 1 })])
          .diagnostics,
      ),
    ).toEqual([[8, 28, 'clients[0].workloads: lists the same value twice (entries 2 and 3)']])
  })

  it('points a duplicate list entry at the second occurrence (ajv: i earlier, j later)', () => {
    expect(
      lcm(
        schemaDiagnostics(document, [error('uniqueItems', '/clients/0/workloads', { i: 1, j: 2 })])
          .diagnostics,
      ),
    ).toEqual([[8, 28, 'clients[0].workloads: lists the same value twice (entries 2 and 3)']])
  })

  it('words minItems, minLength and maxLength', () => {
    expect(
      lcm(schemaDiagnostics(document, [error('minItems', '/servers', { limit: 1 })]).diagnostics),
    ).toEqual([[2, 3, 'servers: needs at least 1 entry']])
    expect(
      lcm(schemaDiagnostics(document, [error('minItems', '/servers', { limit: 2 })]).diagnostics),
    ).toEqual([[2, 3, 'servers: needs at least 2 entries']])
    expect(
      lcm(
        schemaDiagnostics(document, [error('minLength', '/clients/0/name', { limit: 1 })])
          .diagnostics,
      ),
    ).toEqual([[5, 11, 'clients[0].name: must not be empty']])
    expect(
      lcm(
        schemaDiagnostics(document, [error('maxLength', '/exceptions/0/reason', { limit: 1000 })])
          .diagnostics,
      ),
    ).toEqual([[12, 14, 'exceptions[0].reason: is longer than 1000 characters']])
  })

  it('words the three patterns: a date, a non-blank text and an identifier', () => {
    expect(
      lcm(
        schemaDiagnostics(document, [
          error(
            'pattern',
            '/exceptions/0/expires',
            { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            { data: '2027-3-1' },
          ),
        ]).diagnostics,
      ),
    ).toEqual([
      [13, 14, 'exceptions[0].expires: must be a date written YYYY-MM-DD, not "2027-3-1"'],
    ])
    expect(
      lcm(
        schemaDiagnostics(document, [
          error('pattern', '/exceptions/0/reason', { pattern: '\\S' }, { data: '  ' }),
        ]).diagnostics,
      ),
    ).toEqual([[12, 14, 'exceptions[0].reason: must not be blank']])
    expect(
      lcm(
        schemaDiagnostics(document, [
          error(
            'pattern',
            '/clients/0/workloads/0',
            { pattern: '^[a-z0-9][a-z0-9.-]*$' },
            { data: 'Video' },
          ),
        ]).diagnostics,
      ),
    ).toEqual([
      [
        8,
        17,
        'clients[0].workloads[0]: "Video" is not a valid identifier (lower-case letters, digits, dots and hyphens)',
      ],
    ])
  })

  it('names the value that is not allowed, the one it is a slip of and the allowed ones (issue 13)', () => {
    const statuses = ['supported', 'interoperable', 'not-supported']
    expect(
      lcm(
        schemaDiagnostics(document, [
          error('enum', '/clients/0/name', { allowedValues: statuses }, { data: 'not-suported' }),
          error('enum', '/servers/0/name', { allowedValues: statuses }, { data: 42 }),
        ]).diagnostics,
      ),
    ).toEqual([
      [
        2,
        11,
        'servers[0].name: number 42 is not one of the allowed values; allowed: supported, interoperable, not-supported',
      ],
      [
        5,
        11,
        'clients[0].name: "not-suported" is not one of the allowed values (did you mean "not-supported"?); allowed: supported, interoperable, not-supported',
      ],
    ])
  })

  it("falls back to ajv's own message for other keywords", () => {
    expect(
      lcm(
        schemaDiagnostics(document, [
          error(
            'minProperties',
            '/clients/0',
            { limit: 1 },
            { message: 'must NOT have fewer than 1 properties' },
          ),
        ]).diagnostics,
      ),
    ).toEqual([[5, 5, 'clients[0]: must NOT have fewer than 1 properties']])
    expect(
      lcm(schemaDiagnostics(document, [error('const', '/clients/0/name', {})]).diagnostics),
    ).toEqual([[5, 11, 'clients[0].name: is invalid']])
  })

  it('reports each problem once and sorts by line, then column', () => {
    const { diagnostics } = schemaDiagnostics(document, [
      error('minLength', '/clients/0/name', { limit: 1 }),
      error('required', '/clients/0', { missingProperty: 'product' }),
      error('minLength', '/clients/0/name', { limit: 1 }),
      error('type', '/servers/0/name', { type: 'string' }, { data: 42 }),
    ])
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([
      [2, 11],
      [5, 5],
      [5, 11],
    ])
  })

  it('decodes JSON-pointer escapes in key names', () => {
    const escaped = doc('"a/b":\n  "c~d": x\n')
    expect(
      lcm(
        schemaDiagnostics(escaped, [error('type', '/a~1b/c~0d', { type: 'number' }, { data: 'x' })])
          .diagnostics,
      ),
    ).toEqual([[2, 10, 'a/b.c~d: must be a number, not "x"']])
  })
})

describe('schemaDiagnostics with the errors of a verbose Ajv and the real topology schema', () => {
  it('gives every message of the sample file, sorted by line', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
      topologySchema,
    )
    const document = doc(text.replace('[Video, im, im]', '[Video, im]'))
    expect(validate(document.value)).toBe(false)
    expect(lcm(schemaDiagnostics(document, validate.errors ?? []).diagnostics)).toEqual([
      [2, 11, 'servers[0].name: must be a string, not number 42'],
      [5, 5, 'clients[0]: missing required key "product"'],
      [
        6,
        5,
        'clients[0]: unknown key "prodcut" (did you mean "product"?); allowed: name, product, servers, workloads, users',
      ],
      [7, 14, 'clients[0].servers: must be a list, not "s1"'],
      [
        8,
        17,
        'clients[0].workloads[0]: "Video" is not a valid identifier (lower-case letters, digits, dots and hyphens)',
      ],
      [12, 14, 'exceptions[0].reason: must not be blank'],
      [13, 14, 'exceptions[0].expires: must be a date written YYYY-MM-DD, not "2027-3-1"'],
    ])
  })
})

describe('schemaDiagnostics with the errors of a verbose Ajv: one message for one mistake (issue 13)', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
    topologySchema,
  )
  const errorsIn = (document: SourceDocument) => {
    expect(validate(document.value)).toBe(false)
    return lcm(schemaDiagnostics(document, validate.errors ?? []).diagnostics)
  }
  const pair =
    'servers:\n  - name: s1\n    product: Lync Server 2013\nclients:\n  - name: c1\n    product: Lync 2013\n'

  it('an empty reason or name is empty, not also blank', () => {
    const exception = (reason: string) =>
      `${pair}exceptions:\n  - client: c1\n    server: s1\n    product: Lync 2013\n    reason: ${reason}\n    expires: 2027-01-01\n`
    expect(errorsIn(doc(exception('""')))).toEqual([
      [11, 14, 'exceptions[0].reason: must not be empty'],
    ])
    expect(errorsIn(doc(exception('"   "')))).toEqual([
      [11, 14, 'exceptions[0].reason: must not be blank'],
    ])
    expect(errorsIn(doc(pair.replace('name: s1', 'name: ""')))).toEqual([
      [2, 12, 'servers[0].name: must not be empty'],
    ])
  })

  it('a merge key: one message at the `<<`, saying what to write instead, and no missing keys', () => {
    const merging = doc(
      'servers:\n  - name: s1\n    product: Lync Server 2013\nclients:\n  - &c1\n    name: c1\n    product: Lync 2013\n  - name: c2\n    <<: *c1\n',
    )
    expect(errorsIn(merging)).toEqual([
      [
        9,
        5,
        'clients[1]: merge keys (`<<`) are not supported; write the keys out in this entry, or put the anchor on a whole value and alias that (e.g. `servers: &pools [a, b]` in one client, `servers: *pools` in the next)',
      ],
    ])
  })

  it('a quoted "<<" is an ordinary unknown key, and the keys it lacks are missing', () => {
    const quoted = parseDocument(
      '{"servers": [{"name": "s1", "<<": {"product": "Lync Server 2013"}}], "clients": [{"name": "c1", "product": "Lync 2013"}]}',
      'f.json',
      'json',
    )
    if (!quoted.ok) throw new Error('not parsed')
    expect(errorsIn(quoted.document)).toEqual([
      [1, 14, 'servers[0]: missing required key "product"'],
      [1, 30, 'servers[0]: unknown key "<<"; allowed: name, product, version'],
    ])
  })
})

describe('schemaDiagnostics with the errors of a verbose Ajv: duplicates in a typed list', () => {
  it('points at the second occurrence of a duplicate workload', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
      topologySchema,
    )
    const document = doc(
      'servers:\n  - name: s1\n    product: Lync Server 2013\nclients:\n  - name: c1\n    product: Lync 2013\n    workloads: [im, presence, im]\n',
    )
    expect(validate(document.value)).toBe(false)
    expect(lcm(schemaDiagnostics(document, validate.errors ?? []).diagnostics)).toEqual([
      [7, 31, 'clients[0].workloads: lists the same value twice (entries 1 and 3)'],
    ])
  })

  it('points at the second occurrence of a duplicate server name', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
      topologySchema,
    )
    const document = doc(
      'servers:\n  - name: s1\n    product: Lync Server 2013\nclients:\n  - name: c1\n    product: Lync 2013\n    servers: [s1, s1]\n',
    )
    expect(validate(document.value)).toBe(false)
    expect(lcm(schemaDiagnostics(document, validate.errors ?? []).diagnostics)).toEqual([
      [7, 19, 'clients[0].servers: lists the same value twice (entries 1 and 2)'],
    ])
  })
})

describe('pathLabel', () => {
  it('writes paths as a reader would', () => {
    expect(pathLabel([])).toBe('the file')
    expect(pathLabel(['servers'])).toBe('servers')
    expect(pathLabel(['clients', 2, 'servers', 0])).toBe('clients[2].servers[0]')
    expect(pathLabel(['exceptions', 0, 'expires'])).toBe('exceptions[0].expires')
  })
})
