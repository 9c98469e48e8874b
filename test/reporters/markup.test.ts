import { describe, expect, it } from 'vitest'
import { escapeMarkup, inertText } from '../../src/reporters/markup.js'

/** What a browser shows for the entities escapeMarkup writes. */
function decode(html: string): string {
  return html.replace(
    /&(?:#(\d+)|(amp|lt|gt|quot));/g,
    (_m, code: string | undefined, name: string | undefined) =>
      code !== undefined
        ? String.fromCharCode(Number(code))
        : (({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[name ?? ''] ?? ''),
  )
}

describe('escapeMarkup', () => {
  it.each([
    ['', ''],
    ['plain text 123', 'plain text 123'],
    ['Lync Server 2013 (pool-01.contoso.com)', 'Lync Server 2013 (pool-01.contoso.com)'],
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['\\', '&#92;'],
    ['`', '&#96;'],
    ['*', '&#42;'],
    ['_', '&#95;'],
    ['[', '&#91;'],
    [']', '&#93;'],
    ['|', '&#124;'],
    ['~', '&#126;'],
    ['#', '&#35;'],
    ['@', '&#64;'],
    ['!', '&#33;'],
    ['{', '&#123;'],
    ['}', '&#125;'],
    ['a\nb', 'a b'],
    ['a\r\nb', 'a b'],
    ['a\rb', 'a b'],
    ['a\n\nb', 'a  b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp;', '&amp;amp;'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['&#60;', '&amp;&#35;60;'],
    ['a | b', 'a &#124; b'],
    ['`code`', '&#96;code&#96;'],
    ['@admins', '&#64;admins'],
    [
      '**bold** _em_ ~~gone~~',
      '&#42;&#42;bold&#42;&#42; &#95;em&#95; &#126;&#126;gone&#126;&#126;',
    ],
    ['[link](https://evil.example)', '&#91;link&#93;(https://evil.example)'],
    ['![img](x)', '&#33;&#91;img&#93;(x)'],
    ['# heading', '&#35; heading'],
    ['{{ secrets.TOKEN }}', '&#123;&#123; secrets.TOKEN &#125;&#125;'],
    ["Bob's team", 'Bob&#39;s team'],
    ['Zürich — 東京 😀', 'Zürich — 東京 😀'],
  ])('escapeMarkup(%j) is %j', (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected)
  })

  const samples = [
    '<script>alert(1)</script> & co | `pool` @admins **bold**',
    'a\nb\r\nc',
    '&#39; &amp; &lt;',
    '\'"<>&\\`*_[]|~#@!{}',
  ]

  it.each(samples)('leaves no HTML or Markdown syntax outside entities in %j', (input) => {
    const output = escapeMarkup(input)
    expect(output.replace(/&(?:#\d+|amp|lt|gt|quot);/g, '')).not.toMatch(
      /[<>"'&\\`*_[\]|~#@!{}\r\n]/,
    )
  })

  it.each(samples)(
    'shows %j as written (line breaks as spaces) once the entities are read',
    (input) => {
      expect(decode(escapeMarkup(input))).toBe(input.replace(/\r\n|\r|\n/g, ' '))
    },
  )
})

describe('inertText: what GitHub would still act on in a summary or comment', () => {
  it('breaks bare URLs and www. names so that GitHub does not link them', () => {
    expect(inertText('see https://evil.example/x and www.evil.example')).toBe(
      'see https:&#8203;//evil.example/x and www&#8203;.evil.example',
    )
  })

  it('breaks @mentions and every kind of issue reference, GH-3 included', () => {
    expect(inertText('fixes GH-3, gh-4, #5 and contoso/uc#6 for @octocat')).toBe(
      'fixes GH&#8203;-3, gh&#8203;-4, &#35;&#8203;5 and contoso/uc&#35;&#8203;6 for &#64;&#8203;octocat',
    )
  })

  it('leaves ordinary names alone', () => {
    expect(inertText('lon-pool-2010 (Lync Server 2010)')).toBe('lon-pool-2010 (Lync Server 2010)')
  })
})
