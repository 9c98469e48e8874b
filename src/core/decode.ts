import { LineIndex } from './line-index.js'

/** The text of a file, or why it is not text coexist will read, with the offset of the first bad byte. */
export type Decoded =
  { ok: true; text: string } | { ok: false; message: string; line: number; column: number }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Topology files must be UTF-8 (a BOM is allowed and dropped). UTF-16 files are named as such
 * because editors on Windows still save them, and the fix is to re-save, not to edit.
 */
export function decodeSource(bytes: Uint8Array, what = 'a topology'): Decoded {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, message: 'the file is UTF-16; save it as UTF-8', line: 1, column: 1 }
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return {
      ok: false,
      message: 'the file is not valid UTF-8; save it as UTF-8',
      ...bytePosition(bytes, firstInvalidByte(bytes)),
    }
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1)
    return {
      ok: false,
      message: `the file contains a NUL byte; it is binary, not ${what}`,
      ...new LineIndex(text).position(nul),
    }
  return { ok: true, text }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] as number
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0
    if (length === 0) return i
    const chunk = bytes.subarray(i, i + length)
    if (chunk.length < length) return i
    try {
      utf8.decode(chunk)
    } catch {
      return i
    }
    i += length
  }
  return i
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  // Everything before the bad byte is valid UTF-8, so lines and columns count as in the text.
  const prefix = new TextDecoder().decode(bytes.subarray(0, offset))
  return new LineIndex(prefix).position(prefix.length)
}

/**
 * An inventory's text. Inventories come from Windows tools, and some write UTF-16 with a byte order
 * mark (Reporting Services' CSV export, PowerShell's Out-File): that is read too, where a topology,
 * which people edit, is asked to be re-saved.
 */
export function decodeInventory(bytes: Uint8Array): Decoded {
  const b0 = bytes[0]
  const b1 = bytes[1]
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined
  if (encoding === undefined) return decodeSource(bytes, 'an inventory')
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    return {
      ok: false,
      message: `the file is not valid ${encoding.toUpperCase()}`,
      line: 1,
      column: 1,
    }
  }
}
