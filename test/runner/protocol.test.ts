import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, formatCommand } from '../../src/runner/protocol.js'
import { parseCommand } from '../support/workflow.js'

describe('escapeData', () => {
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['100%', '100%25'],
    ['%0A', '%250A'],
    ['%25', '%2525'],
    ['a\nb', 'a%0Ab'],
    ['a\rb', 'a%0Db'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['\n\n', '%0A%0A'],
    // Colons and commas are fine in a message: only the first `::` ends the command info.
    ['a: b, c', 'a: b, c'],
    ['x::error::y', 'x::error::y'],
    ['tab\there', 'tab\there'],
  ])('escapeData(%j) is %j', (input, expected) => {
    expect(escapeData(input)).toBe(expected)
  })
})

describe('escapeProperty', () => {
  it.each([
    ['estate.yml', 'estate.yml'],
    ['', ''],
    ['a:b', 'a%3Ab'],
    ['a,b', 'a%2Cb'],
    ['50%', '50%25'],
    ['%3A', '%253A'],
    ['%2C', '%252C'],
    ['a\nb', 'a%0Ab'],
    ['a\rb', 'a%0Db'],
    ['C:\\dir\\file.yml', 'C%3A\\dir\\file.yml'],
    ['x::error::y', 'x%3A%3Aerror%3A%3Ay'],
    [
      'Lync 2013 on Lync Server 2010: group chat not supported',
      'Lync 2013 on Lync Server 2010%3A group chat not supported',
    ],
    ['k=v', 'k=v'],
  ])('escapeProperty(%j) is %j', (input, expected) => {
    expect(escapeProperty(input)).toBe(expected)
  })
})

describe('formatCommand', () => {
  it('writes ::name key=value,...::message with the properties in the order given', () => {
    expect(
      formatCommand(
        'error',
        { file: 'estate.yml', line: 6, endLine: 6, col: 14, endColumn: 31, title: 'T: x' },
        'm',
      ),
    ).toBe('::error file=estate.yml,line=6,endLine=6,col=14,endColumn=31,title=T%3A x::m')
  })

  it('writes no properties part when there are none', () => {
    expect(formatCommand('notice', {}, 'hello')).toBe('::notice::hello')
  })

  it('drops undefined and empty properties, but keeps the number 0', () => {
    expect(
      formatCommand(
        'warning',
        { file: 'a.yml', line: undefined, col: 0, title: '', endColumn: undefined },
        'm',
      ),
    ).toBe('::warning file=a.yml,col=0::m')
    expect(formatCommand('warning', { file: undefined, title: '' }, 'm')).toBe('::warning::m')
  })

  it('keeps an empty message', () => {
    expect(formatCommand('error', { title: 't' }, '')).toBe('::error title=t::')
  })

  it('escapes the message with the data rules and the properties with the property rules', () => {
    expect(formatCommand('error', { title: 'a:b,c%\n' }, 'a:b,c%\n')).toBe(
      '::error title=a%3Ab%2Cc%25%0A::a:b,c%25%0A',
    )
  })

  it.each([
    [
      'a property value',
      (s: string) => formatCommand('error', { file: 'estate.yml', title: s }, 'fine'),
    ],
    [
      'the message',
      (s: string) => formatCommand('error', { file: 'estate.yml', title: 'fine' }, s),
    ],
  ])('keeps a new command that %s tries to start on the same line', (_where, make) => {
    for (const attack of [
      'x\n::error::y',
      'x\r::error::y',
      'x\r\n::add-mask::secret',
      '\n::stop-commands::token\n',
      '::add-mask::secret',
      '::stop-commands::token',
    ]) {
      const line = make(attack)
      expect(line).not.toMatch(/[\r\n]/)
      // The only command the runner can see is the one at the start of the line.
      expect(line.split('\n')).toHaveLength(1)
      expect(line.startsWith('::error ')).toBe(true)
      const parsed = parseCommand(line)
      expect(parsed.name).toBe('error')
    }
  })

  it('does not let a property value close the command info early or add a property', () => {
    const line = formatCommand(
      'error',
      { title: 'x::add-mask::secret,file=evil.yml', line: 3 },
      'm',
    )
    expect(line).toBe('::error title=x%3A%3Aadd-mask%3A%3Asecret%2Cfile=evil.yml,line=3::m')
    expect(parseCommand(line)).toEqual({
      name: 'error',
      properties: { title: 'x::add-mask::secret,file=evil.yml', line: '3' },
      message: 'm',
    })
  })

  describe("round-trips through the runner's parser", () => {
    const nasty = [
      'plain',
      '100% sure',
      '%',
      '%%',
      '%25',
      '%0A',
      '%0D',
      '%3A',
      '%2C',
      '%250A',
      'a:b',
      'a::b',
      ':',
      '::',
      ',',
      ',,',
      'a,b=c',
      '=',
      'key=value,other=thing',
      'x\n::error::y',
      '\n',
      '\r',
      '\r\n',
      '\n\r',
      'a\r\nb\nc\rd',
      '::add-mask::secret',
      '::stop-commands::token',
      'x\n::stop-commands::token\n::token::',
      '::error file=a.yml,line=1::forged',
      '<script>alert(1)</script> & co',
      'C:\\Users\\me\\estate.yml',
      'tab\tand unicode: Zürich — 東京 😀',
      '\u001b[31mred\u001b[0m',
      'ends with percent %',
      '%0A%0D%25%3A%2C:,\r\n%',
    ]

    it.each(nasty)('%j as message and as property value', (text) => {
      const line = formatCommand('warning', { file: text, line: 12, title: text }, text)
      expect(line).not.toMatch(/[\r\n]/)
      expect(parseCommand(line)).toEqual({
        name: 'warning',
        properties: { file: text, line: '12', title: text },
        message: text,
      })
    })
  })
})
