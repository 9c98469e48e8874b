import type { Span } from './types.js'

/**
 * Turns character offsets into 1-based lines and columns. Built once per file; each lookup is a
 * binary search, so mapping every node of a 100,000-population file stays linear overall.
 */
export class LineIndex {
  /** Offset of each line's first character; 32-bit, as files are capped far below 2 GiB: half the memory of numbers. */
  private readonly starts: Int32Array
  /** The line of the last lookup, where the next one is likely to be. */
  private recent = 0

  constructor(readonly text: string) {
    let starts = new Int32Array(1024)
    let count = 1
    const add = (offset: number): void => {
      // Grown by doubling rather than pushed to an array and copied: a large file has 400,000
      // lines.
      if (count === starts.length) {
        const grown = new Int32Array(count * 2)
        grown.set(starts)
        starts = grown
      }
      starts[count++] = offset
    }
    // \r\n, \r and \n all end a line, as editors count them. Most files have no \r, and for them
    // indexOf, which skips ahead natively, is several times faster than reading every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) add(i + 1)
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) add(i + 1)
      }
    }
    this.starts = starts.slice(0, count)
  }

  get lineCount(): number {
    return this.starts.length
  }

  position(offset: number): { line: number; column: number } {
    const at = this.clamp(offset)
    const line = this.lineAt(at)
    return { line: line + 1, column: at - (this.starts[line] as number) + 1 }
  }

  span(start: number, end: number): Span {
    // Computed without position()'s objects: every located finding and error comes through here.
    const from = this.clamp(start)
    const to = this.clamp(Math.max(start, end))
    const line = this.lineAt(from)
    const endLine = this.lineAt(to)
    return {
      line: line + 1,
      column: from - (this.starts[line] as number) + 1,
      endLine: endLine + 1,
      endColumn: to - (this.starts[endLine] as number) + 1,
    }
  }

  /** The 0-based line holding `offset` (clamped to the text). */
  lineOf(offset: number): number {
    return this.lineAt(this.clamp(offset))
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length))
  }

  /**
   * The 0-based line holding the offset `at`. Lookups mostly come in file order (a topology is read
   * entry by entry, and a span's end is on or just after its start's line), so the few lines from
   * the last one found are tried before a binary search over all of them.
   */
  private lineAt(at: number): number {
    const { starts } = this
    const last = starts.length - 1
    for (let line = this.recent, tried = 0; tried < 8 && line <= last; line++, tried++) {
      if ((starts[line] as number) > at) break
      if (line === last || (starts[line + 1] as number) > at) return (this.recent = line)
    }
    let lo = 0
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return (this.recent = lo)
  }
}
