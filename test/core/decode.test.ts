import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../src/core/decode.js'
import { LineIndex } from '../../src/core/line-index.js'
import { check, pairTopology, utf8, where } from '../support/pipeline.js'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)))

describe('decodeSource', () => {
  it('returns plain UTF-8 text unchanged, multi-byte characters included', () => {
    expect(decodeSource(utf8('name: Zürich — 東京 🙂\n'))).toEqual({
      ok: true,
      text: 'name: Zürich — 東京 🙂\n',
    })
  })

  it('accepts an empty file as empty text', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: true, text: '' })
  })

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'))).toEqual({ ok: true, text: 'a: 1\n' })
  })

  it('names UTF-16 little-endian (FF FE) at 1:1', () => {
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]))).toEqual({
      ok: false,
      message: 'the file is UTF-16; save it as UTF-8',
      line: 1,
      column: 1,
    })
  })

  it('names UTF-16 big-endian (FE FF) at 1:1', () => {
    expect(decodeSource(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3a]))).toEqual({
      ok: false,
      message: 'the file is UTF-16; save it as UTF-8',
      line: 1,
      column: 1,
    })
  })

  it('points at a stray byte that is not UTF-8, counting columns in characters', () => {
    // Line 2 is "  - name: é" (11 characters, 12 bytes) followed by the bad byte 0xFF.
    expect(decodeSource(bytes('servers:\n  - name: é', [0xff], '\n'))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 2,
      column: 12,
    })
  })

  it('points at a Latin-1 byte in the middle of a line', () => {
    // "café" saved as Latin-1: 0xE9 starts a 3-byte sequence that the next bytes do not continue.
    expect(decodeSource(bytes('a: 1\nb: caf', [0xe9], ' ok\n'))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 2,
      column: 7,
    })
  })

  it('points at a truncated multi-byte sequence at the end of the file', () => {
    expect(decodeSource(bytes('ab', [0xe2, 0x82]))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 1,
      column: 3,
    })
  })

  it('rejects an overlong encoding (C0 80) at its first byte', () => {
    expect(decodeSource(bytes('x\ny\nzz', [0xc0, 0x80]))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 3,
      column: 3,
    })
  })

  it('rejects an encoded surrogate (ED A0 80) at its first byte', () => {
    expect(decodeSource(bytes('k: ', [0xed, 0xa0, 0x80]))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 1,
      column: 4,
    })
  })

  it('counts the column of a bad byte after a UTF-8 BOM without the BOM', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 1,
      column: 3,
    })
  })

  it('counts lines of a CRLF file for a bad byte', () => {
    expect(decodeSource(bytes('a\r\nb\r\ncd', [0xff]))).toEqual({
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      line: 3,
      column: 3,
    })
  })

  it('refuses a NUL byte, at its position', () => {
    expect(decodeSource(bytes('servers:\n  - na', [0x00], 'me: x\n'))).toEqual({
      ok: false,
      message: 'the file contains a NUL byte; it is binary, not a topology',
      line: 2,
      column: 7,
    })
  })

  it('refuses a NUL byte at the very start at 1:1', () => {
    expect(decodeSource(new Uint8Array([0x00, 0x61]))).toEqual({
      ok: false,
      message: 'the file contains a NUL byte; it is binary, not a topology',
      line: 1,
      column: 1,
    })
  })

  // LineIndex (and js-yaml) end a line at a lone \r, so every other diagnostic of a file saved with
  // classic Mac line endings counts it as a line break; decode.ts must agree with them.
  it('counts a lone CR as a line break, as LineIndex does, for a NUL byte', () => {
    const text = 'a: 1\rbc\u0000'
    const expected = new LineIndex(text).position(text.indexOf('\u0000'))
    expect(expected).toEqual({ line: 2, column: 3 })
    expect(decodeSource(utf8(text))).toMatchObject({ ok: false, line: 2, column: 3 })
  })

  it('counts a lone CR as a line break, as LineIndex does, for an invalid byte', () => {
    expect(decodeSource(bytes('a: 1\rbc', [0xff]))).toMatchObject({ ok: false, line: 2, column: 3 })
  })
})

describe('decoding in the pipeline', () => {
  it('reports bad bytes as the only error, with no results', () => {
    const report = check(bytes(pairTopology('Lync 2013', 'Lync Server 2013'), [0xff]))
    expect(where(report.errors)).toEqual([
      {
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 1,
        message: 'the file is not valid UTF-8; save it as UTF-8',
      },
    ])
    expect(report.results).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.topology).toBeUndefined()
  })

  it('reports a UTF-16 file with no results', () => {
    const text = pairTopology('Lync 2013', 'Lync Server 2013')
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i)
    const report = check(utf16)
    expect(where(report.errors)).toEqual([
      {
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'the file is UTF-16; save it as UTF-8',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('reports a NUL byte with no results', () => {
    const report = check(bytes('servers:\n', [0x00]))
    expect(where(report.errors)).toEqual([
      {
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 1,
        message: 'the file contains a NUL byte; it is binary, not a topology',
      },
    ])
    expect(report.results).toEqual([])
  })

  it('accepts a UTF-8 BOM and keeps positions as the editor shows them', () => {
    const report = check(
      bytes([0xef, 0xbb, 0xbf], pairTopology('Lync 2010 Attendee', 'Lync Server 2013')),
    )
    expect(report.errors).toEqual([])
    expect(report.results).toHaveLength(1)
    expect(report.results[0]).toMatchObject({
      line: 6,
      column: 14,
      endLine: 6,
      endColumn: 32,
      status: 'not-supported',
    })
  })
})
