import { CORE_SCHEMA, JSON_SCHEMA, load, YAMLException } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import {
  estimateNodes,
  locate,
  parseDocument,
  type SourceDocument,
} from '../../src/core/document.js'
import { RunBudget } from '../../src/core/limits.js'
import { check, pairTopology, where } from '../support/pipeline.js'
import { fixtureText } from '../support/fixtures.js'

function parsed(text: string, format: 'yaml' | 'json' = 'yaml'): SourceDocument {
  const outcome = parseDocument(text, 'f.yml', format)
  if (!outcome.ok)
    throw new Error(
      `expected ${JSON.stringify(text)} to parse: ${outcome.errors.map((e) => e.message).join('; ')}`,
    )
  return outcome.document
}

function parseErrors(text: string, format: 'yaml' | 'json' = 'yaml') {
  const outcome = parseDocument(text, 'f.yml', format)
  if (outcome.ok) throw new Error(`expected ${JSON.stringify(text)} not to parse`)
  return where(outcome.errors)
}

/** `depth` levels of `fanout` aliases each: the classic "billion laughs". */
function aliasBomb(depth: number, fanout: number): string {
  const lines = [`a0: &a0 [${Array(fanout).fill('lol').join(', ')}]`]
  for (let i = 1; i < depth; i++)
    lines.push(
      `a${i}: &a${i} [${Array(fanout)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    )
  return `${lines.join('\n')}\n`
}

describe('parseDocument: values', () => {
  it('reads YAML with the core schema: dates and yes/no stay strings', () => {
    const doc = parsed('a: 2027-03-31\nb: yes\nc: 42\nd: ~\ne: [x, "y"]\n')
    expect(doc.value).toEqual({ a: '2027-03-31', b: 'yes', c: 42, d: null, e: ['x', 'y'] })
    expect(doc.file).toBe('f.yml')
  })

  it('reads JSON', () => {
    expect(parsed('{"a": [1, "b", null, true]}', 'json').value).toEqual({ a: [1, 'b', null, true] })
  })

  it('expands a shared list written once with an anchor', () => {
    expect(parsed('x: &both [s1, s2]\ny: *both\n').value).toEqual({
      x: ['s1', 's2'],
      y: ['s1', 's2'],
    })
  })
})

/** What js-yaml's own `load` makes of `text` with the schema parseDocument uses for the format. */
function loaded(text: string, format: 'yaml' | 'json' = 'yaml'): unknown {
  return load(text, { schema: format === 'json' ? JSON_SCHEMA : CORE_SCHEMA })
}

/** The keys of every mapping in document order, so that a value equal in all but order still differs. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder)
  if (typeof value !== 'object' || value === null) return typeof value
  return Object.entries(value).map(([k, v]) => [k, keyOrder(v)])
}

describe('parseDocument builds in one pass the value js-yaml would load', () => {
  it.each([
    [
      'plain scalars of every core type',
      'a: 1\nb: -0x1F\nc: 0o17\nd: 1.5e3\ne: .inf\nf: -.Inf\ng: .nan\nh: true\ni: False\nj: ~\nk: null\nl:\nm: yes\nn: 2027-03-31\n',
    ],
    [
      'quoted, escaped, folded and literal text',
      "a: \"1\"\nb: 'true'\nc: \"tab\\there \\u00e9\"\nd: 'it''s'\ne: |\n  two\n  lines\nf: >-\n  folded\n  text\ng: \"~\"\nh: ''\n",
    ],
    [
      'explicit tags on scalars',
      'a: !!str 1\nb: !!int "2"\nc: !!float 3\nd: !!bool "true"\ne: !!null ""\nf: ! 12\ng: !<tag:yaml.org,2002:str> 5\nh: !!str\n',
    ],
    [
      'explicit tags on collections and on an empty scalar',
      'a: !!map {x: 1}\nb: !!seq [1, 2]\nc: !!map\nd: !!seq\n',
    ],
    ['a %TAG directive', '%TAG !e! tag:yaml.org,2002:\n---\na: !e!int "7"\nb: !e!str 8\n'],
    [
      'keys that are not strings, read as js-yaml names them',
      '1: a\n0x10: b\ntrue: c\n~: d\n1.5: e\n.inf: f\n!!int "3": g\nempty:\n  ? \n  : h\n',
    ],
    [
      'keys an object literal treats specially',
      '__proto__: {a: 1}\nconstructor: 2\ntoString: 3\nhasOwnProperty: 4\n',
    ],
    [
      'a `<<` key, kept as an ordinary key',
      'base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n"<<": quoted\n',
    ],
    [
      'anchors on scalars, aliases as values and as keys',
      'a: &v 1\nb: *v\n&k key: c\ng: {*k : d}\ne: &s "text"\nf: [*s, *v]\n',
    ],
    [
      'aliases of mappings and sequences',
      'pools: &p [s1, s2]\nc1: {servers: *p}\nc2: {servers: *p}\nm: &m {x: [1, {y: 2}]}\nn: *m\n',
    ],
    [
      'nested collections, block and flow',
      'a:\n  - [1, [2, [3, {b: [4]}]]]\n  - - - x\n      - {}\n    - []\nc: {d: {e: {f: [g, {h: i}]}}}\n',
    ],
    ['empty values and items', 'a:\nb: []\nc: {}\nd:\n  -\n  - ""\n  - x\n'],
    [
      'the same text plain and quoted',
      'a: ["1", 1, \'1\', "true", true, "~", ~, "x", x, "Lync 2013", Lync 2013, \'Lync 2013\']\n',
    ],
  ])('%s', (_, text) => {
    const value = parsed(text).value
    expect(value).toEqual(loaded(text))
    expect(keyOrder(value)).toEqual(keyOrder(loaded(text)))
  })

  it('reads JSON with the JSON schema, where an empty value is not null', () => {
    const text = '{"a": [1, -0.5e2, "2", true, null, {"b": "", "__proto__": {"c": 1}}], "1": {}}'
    expect(parsed(text, 'json').value).toEqual(loaded(text, 'json'))
    expect(keyOrder(parsed(text, 'json').value)).toEqual(keyOrder(loaded(text, 'json')))
  })

  it('makes `__proto__` an own key, as js-yaml does, not the prototype', () => {
    const value = parsed('__proto__: {polluted: true}\n').value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives an alias the very value its anchor holds, a recursive one included', () => {
    const shared = parsed('a: &p [s1, s2]\nb: *p\nm: &m {x: 1}\nn: *m\n').value as Record<
      string,
      unknown
    >
    expect(shared.b).toBe(shared.a)
    expect(shared.n).toBe(shared.m)
    const recursive = parsed('&r [a, *r]\n').value as unknown[]
    expect(recursive[1]).toBe(recursive)
    expect(recursive).toEqual(loaded('&r [a, *r]\n'))
  })

  it.each([
    ['an unknown scalar tag', 'a: 1\nb: !foo x\n'],
    ['a tag js-yaml cannot resolve', 'a:\n  b: !!int x\n'],
    ['a collection tag on a scalar with text', 'a: !!map x\n'],
    ['an unknown mapping tag', 'a: !!set {x: 1}\n'],
    ['a mapping tag on a sequence', 'a: !!map [1]\n'],
    ['a merge tag, which the core schema does not have', 'a: {x: 1}\nb:\n  !!merge <<: {y: 2}\n'],
    ['an empty mapping used as a key', 'a: 1\n!!map : x\n'],
    ['a key repeated under another spelling', 'a:\n  1: x\n  01: y\n'],
    ['a key repeated behind a tag', 'a: 1\n!!str a: 2\n'],
  ])('refuses %s as js-yaml does, at its position', (_, text) => {
    let thrown: unknown
    try {
      loaded(text)
    } catch (error) {
      thrown = error
    }
    if (!(thrown instanceof YAMLException) || !thrown.mark) throw new Error('js-yaml accepted it')
    const { line, column } = thrown.mark
    expect(parseErrors(text)).toEqual([
      {
        line: line + 1,
        column: column + 1,
        endLine: line + 1,
        endColumn: column + 2,
        message: `invalid YAML: ${thrown.reason}`,
      },
    ])
  })

  it('reports what the position walk refuses before what js-yaml would refuse earlier in the file', () => {
    // The duplicate key comes first, but a key that is a collection was always refused first.
    expect(parseErrors('a: 1\na: 2\n? [x]\n: y\n').map((e) => e.message)).toEqual([
      'mapping keys must be plain strings',
    ])
    expect(parseErrors('a: !foo 1\n*nowhere : 2\n').map((e) => e.message)).toEqual([
      'unknown alias *nowhere',
    ])
  })

  it('reports a second document or an alias bomb before a duplicate key', () => {
    expect(parseErrors('a: 1\na: 2\n---\nb: 1\n').map((e) => e.message)).toEqual([
      'the file holds 2 YAML documents; coexist reads exactly one (remove the `---` separators)',
    ])
    expect(parseErrors(`dup: 1\ndup: 2\n${aliasBomb(9, 9)}`)[0]?.message).toMatch(
      /^aliases expand this document/,
    )
  })

  it('reads a topology as large as a real estate exactly as js-yaml does', () => {
    const text = fixtureText('core', 'estate.yml')
    const lines = text.trimEnd().split('\n')
    // The estate's clients many times over, renamed: one pass must agree with load() throughout.
    const start = lines.findIndex((l) => l.startsWith('clients:'))
    const end = lines.findIndex((l, i) => i > start && /^\S/.test(l))
    const clients = lines.slice(start + 1, end === -1 ? undefined : end)
    const many = Array.from({ length: 200 }, (_, n) =>
      clients.map((l) => l.replace(/name: (\S+)/, `name: $1-${n}`)).join('\n'),
    ).join('\n')
    const big = [...lines.slice(0, start + 1), many, ...(end === -1 ? [] : lines.slice(end))].join(
      '\n',
    )
    expect(parsed(big).value).toEqual(loaded(big))
  })
})

describe('parseDocument and locate: positions', () => {
  const text = fixtureText('core', 'estate.yml')
  const doc = parsed(text)

  it('locates scalar values by path, from their first to just past their last character', () => {
    // Line 17 of the fixture: "    product: Lync 2013"
    expect(locate(doc, ['clients', 0, 'product'])).toEqual({
      line: 17,
      column: 14,
      endLine: 17,
      endColumn: 23,
    })
    // Line 8: "  - name: ams-pool01            # new pool..."
    expect(locate(doc, ['servers', 0, 'name'])).toEqual({
      line: 8,
      column: 11,
      endLine: 8,
      endColumn: 21,
    })
    // Line 18: "    servers: [ams-pool01, lon-pool-2010]": the second item of a flow list
    expect(locate(doc, ['clients', 0, 'servers', 1])).toEqual({
      line: 18,
      column: 27,
      endLine: 18,
      endColumn: 40,
    })
  })

  it('locates keys when asked for the key', () => {
    expect(locate(doc, ['clients', 0, 'product'], 'key')).toEqual({
      line: 17,
      column: 5,
      endLine: 17,
      endColumn: 12,
    })
    expect(locate(doc, ['exceptions'], 'key')).toEqual({
      line: 45,
      column: 1,
      endLine: 45,
      endColumn: 11,
    })
  })

  it('points a collection at its first character only', () => {
    expect(locate(doc, ['clients', 1])).toEqual({ line: 21, column: 5, endLine: 21, endColumn: 6 })
    expect(locate(doc, ['clients', 0, 'workloads'])).toEqual({
      line: 19,
      column: 16,
      endLine: 19,
      endColumn: 17,
    })
  })

  it('falls back to the deepest node on the way to a missing path', () => {
    // clients[5] (reception) has no `workloads`: the entry itself stands in.
    expect(locate(doc, ['clients', 5, 'workloads'])).toEqual({
      line: 41,
      column: 5,
      endLine: 41,
      endColumn: 6,
    })
    expect(locate(doc, ['clients', 99, 'name'])).toEqual({
      line: 16,
      column: 3,
      endLine: 16,
      endColumn: 4,
    })
    // A missing key has no key span: the value of the deepest node stands in.
    expect(locate(doc, ['clients', 5, 'workloads'], 'key')).toEqual({
      line: 41,
      column: 5,
      endLine: 41,
      endColumn: 6,
    })
  })

  it('locates the root at its start for the empty path', () => {
    expect(locate(doc, [])).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 2 })
  })

  it('locates quoted scalars inside their quotes', () => {
    const quoted = parsed('a: "x y"\nb: \'z\'\n')
    expect(locate(quoted, ['a'])).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 8 })
    expect(locate(quoted, ['b'])).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 6 })
  })

  it('locates a quoted key by its value', () => {
    const quoted = parsed('"product": x\n')
    expect(locate(quoted, ['product'], 'key')).toEqual({
      line: 1,
      column: 2,
      endLine: 1,
      endColumn: 9,
    })
  })

  it('gives the same lines for CRLF as for LF, with the same columns', () => {
    const lf = pairTopology('Lync 2013', 'Lync Server 2013')
    const crlf = parsed(lf.replace(/\n/g, '\r\n'))
    expect(crlf.value).toEqual(parsed(lf).value)
    expect(locate(crlf, ['clients', 0, 'product'])).toEqual({
      line: 6,
      column: 14,
      endLine: 6,
      endColumn: 23,
    })
    expect(locate(crlf, ['servers', 0, 'product'])).toEqual({
      line: 3,
      column: 14,
      endLine: 3,
      endColumn: 30,
    })
  })

  it('locates an aliased scalar where the alias stands', () => {
    const aliased = parsed('a: &p Lync 2013\nb: *p\n')
    expect(aliased.value).toEqual({ a: 'Lync 2013', b: 'Lync 2013' })
    expect(locate(aliased, ['b'])).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 6 })
  })

  it('finds keys written quoted, escaped or as aliases by their value', () => {
    const doc = parsed('"pro\\u0064uct": a\n\'na me\': b\n&k key: c\nother: {*k : d}\n')
    expect(doc.value).toEqual({ product: 'a', 'na me': 'b', key: 'c', other: { key: 'd' } })
    expect(locate(doc, ['product'])).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 18 })
    expect(locate(doc, ['na me'], 'key')).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 7 })
    expect(locate(doc, ['other', 'key'])).toEqual({
      line: 4,
      column: 14,
      endLine: 4,
      endColumn: 15,
    })
    // An alias of a quoted, escaped value used as a key reads as the value, not as its source text.
    const quoted = parsed('a: &q "k\\u0041"\nm: {*q : v}\n')
    expect(quoted.value).toEqual({ a: 'kA', m: { kA: 'v' } })
    expect(locate(quoted, ['m', 'kA'])).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 11 })
  })

  it('points an empty value at its key, and an empty list item at its list', () => {
    const doc = parsed('servers:\n  - name: s1\n    product:\nitems:\n  -\n  - x\n')
    expect(locate(doc, ['servers', 0, 'product'])).toEqual({
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 12,
    })
    expect(locate(doc, ['items', 0])).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 4 })
  })

  it('stops at the list for an index past its end', () => {
    const doc = parsed('clients:\n  - name: a\n')
    expect(locate(doc, ['clients', 5, 'name'])).toEqual({
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 4,
    })
  })

  it('locates JSON values', () => {
    const json = parsed('{\n  "a": [\n    "x",\n    "yz"\n  ]\n}\n', 'json')
    expect(locate(json, ['a', 1])).toEqual({ line: 4, column: 6, endLine: 4, endColumn: 8 })
  })
})

describe('parseDocument: bad input', () => {
  it('reports malformed YAML (bad indentation) at the offending character', () => {
    expect(parseErrors('servers:\n  - name: s1\n   product: x\n')).toEqual([
      {
        line: 3,
        column: 4,
        endLine: 3,
        endColumn: 5,
        message: 'invalid YAML: bad indentation of a sequence entry',
      },
    ])
  })

  it('reports an unclosed flow sequence', () => {
    expect(
      parseErrors('servers:\n  - name: s1\n    product: [Lync Server 2013\nclients: []\n'),
    ).toEqual([
      {
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 2,
        message: 'invalid YAML: deficient indentation',
      },
    ])
  })

  it('reports an unclosed quoted string', () => {
    expect(parseErrors('a: 1\nb: "abc')).toEqual([
      {
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 8,
        message: 'invalid YAML: unexpected end of the stream within a double quoted scalar',
      },
    ])
  })

  it('reports a tab used for indentation', () => {
    expect(parseErrors('servers:\n\t- name: s1\n')).toEqual([
      {
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 2,
        message: 'invalid YAML: tab characters must not be used in indentation',
      },
    ])
  })

  it('reports a duplicate key at the second occurrence, by name, with the line of the first (issue 13)', () => {
    expect(
      parseErrors('servers:\n  - name: s1\n    product: Lync Server 2013\n    name: s2\n'),
    ).toEqual([
      {
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 9,
        message: 'invalid YAML: duplicated mapping key "name"; the first is at line 2',
      },
    ])
  })

  it('reports a duplicate key in a JSON file as invalid JSON, with the column of a first on the same line', () => {
    expect(parseErrors('{\n  "a": 1,\n  "a": 2\n}\n', 'json')).toEqual([
      {
        line: 3,
        column: 4,
        endLine: 3,
        endColumn: 5,
        message: 'invalid JSON: duplicated mapping key "a"; the first is at line 2',
      },
    ])
    expect(
      parseErrors('{"servers": [], "clients": [], "servers": []}', 'json').map((e) => e.message),
    ).toEqual(['invalid JSON: duplicated mapping key "servers"; the first is at line 1, column 3'])
  })

  it('names a duplicate key as it reads, however it is written, and shortens a long one', () => {
    expect(parseErrors('clients: []\n"cli\\u0065nts": []\n').map((e) => e.message)).toEqual([
      'invalid YAML: duplicated mapping key "clients"; the first is at line 1',
    ])
    const long = 'k'.repeat(100_000)
    expect(parseErrors(`${long}: 1\n${long}: 2\n`).map((e) => e.message)).toEqual([
      `invalid YAML: duplicated mapping key "${'k'.repeat(57)}..."; the first is at line 1`,
    ])
  })

  it('reports a JSON syntax error before YAML could accept it', () => {
    expect(parseErrors('{\n  "a": [1, 2,],\n}\n', 'json')).toEqual([
      {
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 15,
        message: 'invalid JSON: expected a JSON value but found "]"',
      },
    ])
  })

  it('refuses a mapping key that is a collection', () => {
    expect(parseErrors('? [a, b]\n: c\n')).toEqual([
      {
        line: 1,
        column: 3,
        endLine: 1,
        endColumn: 8,
        message: 'mapping keys must be plain strings',
      },
    ])
  })

  it('reports an empty file at 1:1', () => {
    const message = 'the file is empty; a topology needs `servers:` and `clients:`'
    expect(parseErrors('')).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 1, message }])
    expect(parseErrors('\n   \n\n')).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 1, message },
    ])
  })

  it('reports a file of comments only as empty', () => {
    expect(parseErrors('# coexist topology\n# TODO: fill in\n')).toEqual([
      {
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'the file is empty; a topology needs `servers:` and `clients:`',
      },
    ])
  })

  it('refuses a multi-document file at the start of the second document', () => {
    const one = pairTopology('Lync 2013', 'Lync Server 2013')
    const errors = parseErrors(`${one}---\n${one}`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 8, column: 1 })
    expect(errors[0]?.message).toBe(
      'the file holds 2 YAML documents; coexist reads exactly one (remove the `---` separators)',
    )
  })

  it('counts every document of a multi-document file', () => {
    expect(parseErrors('a: 1\n---\nb: 2\n---\nc: 3\n')[0]?.message).toBe(
      'the file holds 3 YAML documents; coexist reads exactly one (remove the `---` separators)',
    )
  })

  it('refuses nesting deeper than 20 levels at the level that overflows', () => {
    expect(parseErrors(`servers: ${'['.repeat(30)}${']'.repeat(30)}\n`)).toEqual([
      {
        line: 1,
        column: 29,
        endLine: 1,
        endColumn: 30,
        message: 'invalid YAML: nesting exceeded maxDepth (20)',
      },
    ])
  })

  it('refuses an alias bomb (9 levels of 9-fold aliases) quickly, naming aliases', () => {
    const started = performance.now()
    const errors = parseErrors(aliasBomb(9, 9))
    const elapsed = performance.now() - started
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 1, column: 1 })
    expect(errors[0]?.message).toMatch(
      /^aliases expand this document to \d+ nodes from \d+ written; coexist refuses alias bombs$/,
    )
    expect(elapsed).toBeLessThan(1000)
  })

  it('refuses a far larger bomb without counting it exactly', () => {
    const errors = parseErrors(aliasBomb(30, 10))
    expect(errors[0]?.message).toBe(
      'aliases expand this document to more than 10^15 nodes from 361 written; coexist refuses alias bombs',
    )
  })

  it('accepts modest alias use', () => {
    expect(parseDocument(aliasBomb(3, 9), 'f.yml', 'yaml').ok).toBe(true)
  })
})

describe('bad documents through the pipeline give errors and no results', () => {
  it.each([
    [
      'malformed YAML',
      'servers:\n  - name: s1\n   product: x\n',
      'coexist.yml',
      3,
      4,
      'invalid YAML: bad indentation of a sequence entry',
    ],
    [
      'an empty file',
      '',
      'coexist.yml',
      1,
      1,
      'the file is empty; a topology needs `servers:` and `clients:`',
    ],
    [
      'a comments-only file',
      '# nothing yet\n',
      'coexist.yml',
      1,
      1,
      'the file is empty; a topology needs `servers:` and `clients:`',
    ],
    [
      'duplicate keys',
      'servers: []\nclients: []\nservers: []\n',
      'coexist.yml',
      3,
      1,
      'invalid YAML: duplicated mapping key "servers"; the first is at line 1',
    ],
    [
      'a JSON trailing comma',
      '{"servers": [],}',
      'coexist.json',
      1,
      16,
      'invalid JSON: expected a property name in double quotes but found "}"',
    ],
  ])('%s', (_, text, file, line, column, message) => {
    const report = check(text, { file })
    expect(report.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [line, column, message],
    ])
    expect(report.results).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.topology).toBeUndefined()
    expect(report.matrix).toBeUndefined()
  })

  it('a multi-document file', () => {
    const one = pairTopology('Lync 2013', 'Lync Server 2013')
    const report = check(`${one}---\n${one}`)
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[8, 1]])
    expect(report.errors[0]?.message).toContain('2 YAML documents')
    expect(report.results).toEqual([])
  })

  it('an alias bomb, refused before any validation', () => {
    const started = performance.now()
    const report = check(aliasBomb(9, 9))
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]?.message).toContain('aliases')
    expect(report.errors[0]?.message).toContain('alias bombs')
    expect(report.results).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('a shared server list written once with an anchor gives every pair', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2013',
      '  - name: s2',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: c1',
      '    product: Lync 2013',
      '    servers: &both [s1, s2]',
      '  - name: c2',
      '    product: Lync 2010',
      '    servers: *both',
      '',
    ].join('\n')
    const report = check(text)
    expect(report.errors).toEqual([])
    expect(report.results.map((r) => `${r.client}/${r.server}@${r.line}:${r.column}`)).toEqual([
      'c1/s1@8:14',
      'c1/s2@8:14',
      'c2/s1@11:14',
      'c2/s2@11:14',
    ])
  })

  it('CRLF line endings give the lines an editor shows', () => {
    const text = `${pairTopology('Lync 2013', 'Lync Server 2013')}    servers: [s1, s9]\n`.replace(
      /\n/g,
      '\r\n',
    )
    const report = check(text)
    expect(where(report.errors)).toEqual([
      {
        line: 7,
        column: 19,
        endLine: 7,
        endColumn: 21,
        message:
          'client "c1" names server "s9", which is not declared under servers (did you mean "s1"?)',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('CRLF line endings: results point at the client product', () => {
    const report = check(
      pairTopology('Lync 2010 Attendee', 'Lync Server 2013').replace(/\n/g, '\r\n'),
    )
    expect(report.results.map((r) => [r.line, r.column, r.endLine, r.endColumn])).toEqual([
      [6, 14, 6, 32],
    ])
  })
})

describe("parseDocument within a run's node budget (max-nodes)", () => {
  const flowScalars = (n: number) => `servers: [${Array(n).fill('x').join(', ')}]\n`

  it('takes the nodes a file has out of the budget, so the next file gets what is left', () => {
    const budget = new RunBudget({ maxNodes: 120, maxPairs: 10 })
    expect(parseDocument(flowScalars(40), 'a.yml', 'yaml', budget).ok).toBe(true)
    // A mapping, its key, the list and 40 scalars.
    expect(budget.nodes.used).toBe(43)
    expect(parseDocument(flowScalars(40), 'b.yml', 'yaml', budget).ok).toBe(true)
    const third = parseDocument(flowScalars(40), 'c.yml', 'yaml', budget)
    expect(third.ok ? [] : where(third.errors)).toEqual([
      {
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message:
          "this file has 43 YAML nodes, more than the run's limit of 120 (max-nodes) leaves for it (the files before it used 86); raise max-nodes for an estate this large",
      },
    ])
    // A refused file takes nothing.
    expect(budget.nodes.used).toBe(86)
  })

  it('refuses a file far over the budget without parsing it at all', () => {
    const budget = new RunBudget({ maxNodes: 1_000, maxPairs: 10 })
    const outcome = parseDocument(flowScalars(2_000_000), 'big.yml', 'yaml', budget)
    // "far more" is the estimate's refusal (the parser's own count would give the number): the
    // YAML was never parsed. How long that takes is the bench's business (npm run bench), not a test's.
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.message)).toEqual([
      "this file has far more YAML nodes than the run's limit of 1,000 (max-nodes) leaves for it; raise max-nodes for an estate this large",
    ])
    expect(budget.nodes.used).toBe(0)
  })

  it('parses a file whose estimate is over the budget but whose real count is not', () => {
    // Plain scalars with spaces, comments and quoted text count for little; the estimate is an upper bound.
    const text = `${pairTopology('Office Communicator 2007 R2', 'Office Communications Server 2007 R2')}# ${'comment '.repeat(50)}\n`
    const counting = new RunBudget()
    expect(parseDocument(text, 'f.yml', 'yaml', counting).ok).toBe(true)
    const exact = new RunBudget({ maxNodes: counting.nodes.used, maxPairs: 10 })
    expect(estimateNodes(text)).toBeGreaterThan(counting.nodes.used)
    expect(parseDocument(text, 'f.yml', 'yaml', exact).ok).toBe(true)
    expect(exact.nodes.left).toBe(0)
  })
})

describe('estimateNodes', () => {
  it.each([
    ['a flow list', '[a, b, c]', 4],
    ['a block mapping', 'a: 1\nb: 2\n', 5],
    ['empty keys and values in a flow list', '[a:, b:, c:]', 10],
    ['nested dashes', '- - - x\n', 4],
    ['a lone value indicator', ':', 3],
    ['CR-only lines', 'servers:\r  - x\r  - y\r', 4],
  ])('is at least the node count for %s', (_, text, nodes) => {
    expect(estimateNodes(text)).toBeGreaterThanOrEqual(nodes)
  })

  it('cannot be fooled by what only looks like a comment or a quote', () => {
    // `a:#b` is text, not a comment; a quote inside a block scalar is text and hides at most its line.
    expect(estimateNodes(`[a:#b, ${Array(1000).fill('x').join(', ')}]`)).toBeGreaterThan(1000)
    expect(estimateNodes(`k: |\n  "unterminated\n${flowScalars(1000)}`)).toBeGreaterThan(1000)
    expect(estimateNodes(`k: "a\\\n${flowScalars(1000)}`)).toBeGreaterThan(1000)
    expect(estimateNodes(`# comment\r${flowScalars(1000)}`)).toBeGreaterThan(1000)
  })

  function flowScalars(n: number): string {
    return `servers: [${Array(n).fill('x').join(', ')}]\n`
  }
})
