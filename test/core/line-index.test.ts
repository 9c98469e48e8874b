import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/core/line-index.js'

describe('LineIndex.position', () => {
  it('maps offsets of an LF text to 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\n\nef')
    expect(index.lineCount).toBe(4)
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 }, // the \n itself ends line 1
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 },
      { line: 3, column: 1 }, // the empty line
      { line: 4, column: 1 },
      { line: 4, column: 2 },
      { line: 4, column: 3 }, // just past the end
    ])
  })

  it('ends lines at CRLF, lone CR and LF alike', () => {
    const text = 'ab\r\ncd\ref\ngh'
    const index = new LineIndex(text)
    expect(index.lineCount).toBe(4)
    expect(index.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 })
    expect(index.position(text.indexOf('e'))).toEqual({ line: 3, column: 1 })
    expect(index.position(text.indexOf('h'))).toEqual({ line: 4, column: 2 })
    // The \r and the \n of a CRLF both belong to the line they end.
    expect(index.position(2)).toEqual({ line: 1, column: 3 })
    expect(index.position(3)).toEqual({ line: 1, column: 4 })
  })

  it('counts a CRLF file as many lines as the LF file', () => {
    const lf = 'a\nb\nc\n'
    expect(new LineIndex(lf.replace(/\n/g, '\r\n')).lineCount).toBe(new LineIndex(lf).lineCount)
    expect(new LineIndex('a\r\nb\r\nc\r\n').position(6)).toEqual({ line: 3, column: 1 })
  })

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd')
    expect(index.position(-5)).toEqual({ line: 1, column: 1 })
    expect(index.position(999)).toEqual({ line: 2, column: 3 })
  })

  it('has one line for an empty text', () => {
    const index = new LineIndex('')
    expect(index.lineCount).toBe(1)
    expect(index.position(0)).toEqual({ line: 1, column: 1 })
  })

  it('counts columns in UTF-16 code units, as JavaScript offsets are', () => {
    const text = 'é🙂x'
    expect(new LineIndex(text).position(text.indexOf('x'))).toEqual({ line: 1, column: 4 })
  })

  it('agrees with a naive scan at every offset of a long mixed text', () => {
    const text = Array.from(
      { length: 500 },
      (_, i) => `line ${i}${['\n', '\r\n', '\r'][i % 3]}`,
    ).join('')
    const index = new LineIndex(text)
    let line = 1
    let column = 1
    for (let offset = 0; offset < text.length; offset++) {
      expect(index.position(offset)).toEqual({ line, column })
      const c = text[offset]
      if (c === '\n' || (c === '\r' && text[offset + 1] !== '\n')) {
        line++
        column = 1
      } else column++
    }
    expect(index.lineCount).toBe(501)
  })
})

describe('LineIndex.span', () => {
  it('spans from the start to the end position', () => {
    expect(new LineIndex('ab\ncdef\n').span(4, 6)).toEqual({
      line: 2,
      column: 2,
      endLine: 2,
      endColumn: 4,
    })
  })

  it('spans across lines', () => {
    expect(new LineIndex('ab\ncdef\ngh').span(1, 9)).toEqual({
      line: 1,
      column: 2,
      endLine: 3,
      endColumn: 2,
    })
  })

  it('never ends before it starts', () => {
    expect(new LineIndex('abcdef').span(4, 2)).toEqual({
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 5,
    })
  })

  it('gives an empty span at 1:1 for (0, 0)', () => {
    expect(new LineIndex('').span(0, 0)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 })
  })
})

describe('LineIndex.lineOf', () => {
  it('gives the 0-based line of an offset, whatever ends the lines, and clamps', () => {
    const index = new LineIndex('a\r\nbb\rc\nd')
    expect([0, 1, 2, 3, 5, 6, 7, 8, 9, 100, -1].map((o) => index.lineOf(o))).toEqual([
      0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 0,
    ])
  })
})
