import { readFileSync, writeFileSync } from 'node:fs'

/**
 * The bundle as ASCII: every other character written as a \u escape. One arrow or emoji in 700 kB
 * makes Node hold the whole source as two-byte text, which costs start-up time to decode and to
 * compile (some 10 ms of every run). Escapes mean the same in strings, templates, regular
 * expressions and comments, but not in String.raw, so a bundle with such a character there is an error.
 */
export function asciiOnly(file) {
  const source = readFileSync(file, 'utf8')
  for (const raw of source.matchAll(/String\.raw`[^`]*`/g)) {
    if (/[^\x00-\x7f]/.test(raw[0]))
      throw new Error(
        `${file}: a String.raw template holds a non-ASCII character: ${raw[0].slice(0, 80)}`,
      )
  }
  // Each UTF-16 code unit on its own: a character beyond U+FFFF becomes its surrogate pair.
  writeFileSync(
    file,
    source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}
