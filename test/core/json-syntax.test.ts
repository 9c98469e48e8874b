import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../src/core/json-syntax.js'
import { check, where } from '../support/pipeline.js'

describe('findJsonSyntaxError: valid JSON', () => {
  it.each([
    ['an object', '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}'],
    ['an empty object and array', '{"a": {}, "b": []}'],
    ['a scalar document', '"just a string"'],
    ['numbers in every form', '[0, -0, 1, -12, 3.25, 1e9, 1E+2, -2.5e-3]'],
    ['escapes', '["\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE42"]'],
    ['surrounding whitespace of every JSON kind', ' \t\r\n{ "a" :\r\n [ 1 , 2 ] }\n\n'],
    ['non-ASCII text', '{"name": "Zürich 東京"}'],
  ])('accepts %s', (_, text) => {
    expect(findJsonSyntaxError(text)).toBeNull()
  })

  it('accepts nesting far deeper than any call stack would allow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(findJsonSyntaxError(deep)).toBeNull()
  })
})

describe('findJsonSyntaxError: errors, with the offset of the offending character', () => {
  it.each([
    // [what, text, offset, message]
    ['a trailing comma in an array', '[1, 2, ]', 7, 'expected a JSON value but found "]"'],
    [
      'a trailing comma in an object',
      '{"a": 1, }',
      9,
      'expected a property name in double quotes but found "}"',
    ],
    [
      'a line comment',
      '{\n  // note\n  "a": 1\n}',
      4,
      'expected a property name in double quotes but found "/"',
    ],
    ['a block comment after a value', '{"a": 1 /* x */}', 8, 'expected "," or "}" but found "/"'],
    ['a missing colon', '{"a" 1}', 5, 'expected ":" after the property name but found "1"'],
    ['a missing comma', '[1 2]', 3, 'expected "," or "]" but found "2"'],
    [
      'a single-quoted key',
      "{'a': 1}",
      1,
      'expected a property name in double quotes but found "\'"',
    ],
    ['a bare key', '{a: 1}', 1, 'expected a property name in double quotes but found "a"'],
    ['a bare word value', '{"a": yes}', 6, 'expected a JSON value but found "y"'],
    ['a leading plus', '[+1]', 1, 'expected a JSON value but found "+"'],
    ['a leading zero', '[01]', 2, 'expected "," or "]" but found "1"'],
    ['an unterminated string (at its opening quote)', '{"a": "abc', 6, 'unterminated string'],
    [
      'a raw newline in a string',
      '["a\nb"]',
      3,
      'control character inside a string (write it as an escape like \\n)',
    ],
    [
      'a raw tab in a string',
      '["a\tb"]',
      3,
      'control character inside a string (write it as an escape like \\n)',
    ],
    ['an invalid escape', '["a\\x"]', 3, 'invalid escape in a string'],
    ['a short \\u escape', '["\\u12"]', 2, 'invalid \\u escape in a string'],
    ['an unclosed object', '{"a": 1', 7, 'expected "," or "}" but found the end of the file'],
    ['an unclosed array', '[1, [2]', 7, 'expected "," or "]" but found the end of the file'],
    ['a mismatched bracket', '[1}', 2, 'expected "," or "]" but found "}"'],
    ['text after the value', '{} x', 3, 'unexpected "x" after the JSON value'],
    ['two documents', '{}\n{}', 3, 'unexpected "{" after the JSON value'],
    ['an empty text', '', 0, 'expected a JSON value but found the end of the file'],
    ['only whitespace', '  \n ', 4, 'expected a JSON value but found the end of the file'],
    ['a YAML text', 'servers:\n  - a', 0, 'expected a JSON value but found "s"'],
    [
      'a non-breaking space as whitespace',
      '{\u00a0"a": 1}',
      1,
      'expected a property name in double quotes but found "\u00a0"',
    ],
  ])('rejects %s', (_, text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message })
  })

  it('reports the first error only', () => {
    expect(findJsonSyntaxError('[1,, 2,]')).toEqual({
      offset: 3,
      message: 'expected a JSON value but found ","',
    })
  })
})

describe('malformed JSON through the pipeline (a .json file)', () => {
  const valid =
    '{\n  "servers": [{"name": "s1", "product": "Lync Server 2013"}],\n  "clients": [{"name": "c1", "product": "Lync 2013"}]\n}\n'

  it('reads a valid .json topology with positions of the JSON text', () => {
    const report = check(valid, { file: 'estate.json' })
    expect(report.errors).toEqual([])
    expect(report.results).toHaveLength(1)
    // "product": "Lync 2013" on line 3: the value starts after its opening quote.
    expect(report.results[0]).toMatchObject({
      line: 3,
      column: 42,
      endLine: 3,
      endColumn: 51,
      status: 'supported',
    })
  })

  it('reports a trailing comma at the closing bracket, with no results', () => {
    const text =
      '{\n  "servers": [\n    {"name": "s1", "product": "Lync Server 2013"},\n  ],\n  "clients": []\n}\n'
    const report = check(text, { file: 'estate.json' })
    expect(where(report.errors)).toEqual([
      {
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 4,
        message: 'invalid JSON: expected a JSON value but found "]"',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('reports a comment at the slash, with no results', () => {
    const text = '{\n  // the pools\n  "servers": []\n}\n'
    const report = check(text, { file: 'estate.json' })
    expect(where(report.errors)).toEqual([
      {
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 4,
        message: 'invalid JSON: expected a property name in double quotes but found "/"',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('reports a missing colon after the key, with no results', () => {
    const text = '{\n  "servers" [],\n  "clients": []\n}\n'
    const report = check(text, { file: 'estate.json' })
    expect(where(report.errors)).toEqual([
      {
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 14,
        message: 'invalid JSON: expected ":" after the property name but found "["',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('treats a .JSON file name case-insensitively as JSON', () => {
    const report = check('{"servers": [], // x\n}', { file: 'ESTATE.JSON' })
    expect(where(report.errors)).toEqual([
      {
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 18,
        message: 'invalid JSON: expected a property name in double quotes but found "/"',
      },
    ])
  })

  it('lets YAML files use comments and trailing commas in flow collections', () => {
    const text =
      '# the estate\nservers: [{name: s1, product: Lync Server 2013},]\nclients: [{name: c1, product: Lync 2013}]\n'
    const report = check(text, { file: 'estate.yml' })
    expect(report.errors).toEqual([])
    expect(report.results).toHaveLength(1)
  })
})
