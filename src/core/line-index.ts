import type { Span } from './types.js'

/**
 * Turns character offsets into 1-based lines and columns. Built once per file; each lookup is a
 * binary search, so mapping every node of a 100,000-population file stays linear overall.
 */
export class LineIndex {
  /** Offset of each line's first character; 32-bit, as files are capped far below 2 GiB: half the memory of numbers. */
  private readonly starts: Int32Array

  constructor(readonly text: string) {
    const starts = [0]
    // \r\n, \r and \n all end a line, as editors count them. Most files have no \r, and for them
    // indexOf, which skips ahead natively, is several times faster than reading every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
      }
    }
    this.starts = Int32Array.from(starts)
  }

  get lineCount(): number {
    return this.starts.length
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (this.starts[lo] as number) + 1 }
  }

  span(start: number, end: number): Span {
    const from = this.position(start)
    const to = this.position(Math.max(start, end))
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}
