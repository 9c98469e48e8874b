import { formatCount } from './format.js'
import { PROBLEMS_LISTED_PER_FILE } from './limits.js'
import type { Diagnostic, Span } from './types.js'

// CSV and TSV as spreadsheets, PowerShell's Export-Csv, SQL Server and Reporting Services write them
// (RFC 4180): a header line naming the columns, then one row per line; a cell in double quotes may
// hold the delimiter, line breaks and "" for a quote. Inventories run to a million rows, so the
// reader is one pass over the text that allocates a string per cell and an array per row, nothing
// per cell for positions: a row's cell positions sit in typed arrays that the next row reuses.

/** Comma, tab, or semicolon (the list separator of Excel in locales whose decimal mark is a comma). */
export type Delimiter = ',' | '\t' | ';'

export interface DelimitedLimits {
  /** Data rows (the header and blank lines not counted): past it the file is refused. */
  maxRows: number
  /** Characters in one cell: an inventory's longest cell is a user agent, far shorter. */
  maxCellLength: number
  /** Columns the header may name. */
  maxColumns: number
}

export const DEFAULT_DELIMITED_LIMITS: Readonly<DelimitedLimits> = {
  maxRows: 2_000_000,
  maxCellLength: 4096,
  maxColumns: 256,
}

/** One data row, as `DelimitedTable.readRows` hands it over. */
export interface DelimitedRow {
  /** The row's cells, unquoted and untrimmed; fewer than the header's columns if the row is short. */
  readonly cells: readonly string[]
  /**
   * Where cell `index` stands, quotes included; for a cell the row lacks, the empty span at the end
   * of the row. Valid only during the call that received the row: the next row reuses its storage.
   */
  span(index: number): Span
}

export type DelimitedOutcome =
  { ok: true; table: DelimitedTable } | { ok: false; errors: Diagnostic[]; unlisted: number }

/**
 * Reads the header of delimited text (decoded by decodeSource: no BOM, no NUL). The delimiter is
 * the header line's: a tab if it has one, else a comma if it has one, else a semicolon if it has
 * one, else a comma (a file of one column). A first line `#TYPE …`, which Windows PowerShell's
 * Export-Csv writes unless told -NoTypeInformation, is skipped, as Import-Csv skips it.
 */
export function openDelimited(
  file: string,
  text: string,
  limits: Partial<DelimitedLimits> = {},
): DelimitedOutcome {
  const table = new DelimitedTable(file, text, { ...DEFAULT_DELIMITED_LIMITS, ...limits })
  return table.problemCount === 0 ? { ok: true, table } : { ok: false, ...table.problems() }
}

const LF = 10
const CR = 13
const SPACE = 32
const QUOTE = 34

// What ends a cell: a delimiter, a line break, the end of the text, or (after a closing quote)
// something that should not be there.
const AT_DELIMITER = 0
const AT_LINE_END = 1
const AT_END = 2
const AT_OTHER = 3

/** Delimited text whose header has been read; `openDelimited` makes it. */
export class DelimitedTable {
  readonly delimiter: Delimiter
  /** The header's column names, trimmed; empty when the header could not be read. */
  readonly columns: readonly string[]
  private readonly delimiterCode: number
  private pos = 0
  private line = 1
  private lineStart = 0
  private readonly listed: Diagnostic[] = []
  private unlisted = 0
  private readonly cells: CellPositions
  private headerSpans: Span[] = []
  private readonly row: RowView

  constructor(
    readonly file: string,
    private readonly text: string,
    readonly limits: Readonly<DelimitedLimits>,
  ) {
    if (text.startsWith('#TYPE ')) this.skipLine()
    this.delimiter = delimiterOf(text, this.pos)
    this.delimiterCode = this.delimiter.charCodeAt(0)
    this.cells = new CellPositions(limits.maxColumns)
    this.row = new RowView(this.cells)
    this.columns = this.readHeader()
  }

  /** Records a problem at a place in the file: the first PROBLEMS_LISTED_PER_FILE are listed, the rest counted. */
  report(span: Span, message: string): void {
    if (this.listed.length < PROBLEMS_LISTED_PER_FILE)
      this.listed.push({ file: this.file, ...span, message })
    else this.unlisted++
  }

  get problemCount(): number {
    return this.listed.length + this.unlisted
  }

  /** The problems reported so far, in the order of the file. */
  problems(): { errors: Diagnostic[]; unlisted: number } {
    return { errors: [...this.listed], unlisted: this.unlisted }
  }

  /** Where the header names column `index`. */
  columnSpan(index: number): Span {
    return this.headerSpans[index] as Span
  }

  /** The whole header line, for a problem with the header as a whole. */
  get headerSpan(): Span {
    const first = this.columnSpan(0)
    const last = this.columnSpan(this.columns.length - 1)
    return {
      line: first.line,
      column: first.column,
      endLine: last.endLine,
      endColumn: last.endColumn,
    }
  }

  /**
   * Calls `onRow` for each data row, skipping blank ones (every cell empty: a trailing line of
   * commas, as spreadsheets write for a formatted empty row). A row with a problem of its own (too
   * many cells, a cell too long, text after a closing quote) is reported and not handed over;
   * reading stops at an unclosed quote or past `maxRows`. Returns the number of data rows read.
   */
  readRows(onRow: (row: DelimitedRow) => void): number {
    let rows = 0
    const width = this.columns.length
    while (this.pos < this.text.length) {
      const record = this.readRecord(width)
      if (record === undefined) break
      if (record.blank) continue
      if (++rows > this.limits.maxRows) {
        this.report(
          this.cells.span(0),
          `the file has more than ${formatCount(this.limits.maxRows)} rows, the most one inventory may hold; split it, or count users per user agent and pool in the query that writes it`,
        )
        return rows - 1
      }
      if (record.count > width) {
        this.report(
          this.cells.extraSpan(width, record.count),
          `this row has ${record.count} cells and the header names ${width} columns; put a cell that holds ${named(this.delimiter)} in quotes, or name every column in the header`,
        )
        continue
      }
      if (record.bad) continue
      this.row.cells = record.cells
      onRow(this.row)
    }
    return rows
  }

  /** Reads the header line (after blank lines) and checks its names; none when it has problems. */
  private readHeader(): string[] {
    const limit = this.limits.maxColumns
    let record
    do {
      if (this.pos >= this.text.length) {
        const column = this.pos - this.lineStart + 1
        this.report(
          { line: this.line, column, endLine: this.line, endColumn: column },
          'the file is empty: it needs a header line naming its columns, then one row per line',
        )
        return []
      }
      record = this.readRecord(limit)
      if (record === undefined) return []
    } while (record.blank)
    if (record.count > limit) {
      this.report(
        this.cells.extraSpan(limit, record.count),
        `the header names more than ${formatCount(limit)} columns, the most an inventory may have`,
      )
      return []
    }
    const names = record.cells.map((name) => name.trim())
    this.headerSpans = names.map((_, index) => this.cells.span(index))
    const seen = new Map<string, number>()
    names.forEach((name, index) => {
      const span = this.columnSpan(index)
      if (name === '') {
        this.report(
          span,
          `column ${index + 1} of the header has no name; name it, or delete the column`,
        )
        return
      }
      const key = name.toLowerCase()
      const first = seen.get(key)
      if (first === undefined) seen.set(key, index)
      else {
        const at = this.columnSpan(first)
        this.report(
          span,
          `the header names "${name}" twice (first at ${at.line}:${at.column}); keep one`,
        )
      }
    })
    return this.problemCount === 0 ? names : []
  }

  /**
   * Reads one record from `pos`: its first `width` cells, how many it has, whether every cell was
   * empty, and whether it had a problem of its own. Undefined at an unclosed quote, which swallows
   * the rest of the file.
   */
  private readRecord(
    width: number,
  ): { cells: string[]; count: number; blank: boolean; bad: boolean } | undefined {
    const text = this.text
    const n = text.length
    const delimiter = this.delimiterCode
    const cells: string[] = []
    let count = 0
    let blank = true
    let bad = false
    for (;;) {
      const start = this.pos
      const slot = count < width ? count : count === width ? width : width + 1
      count++
      this.cells.start(slot, this.line, start - this.lineStart + 1)
      let p = start
      while (p < n && text.charCodeAt(p) === SPACE) p++
      let value: string
      let length: number
      let stop: number
      if (p < n && text.charCodeAt(p) === QUOTE) {
        // Spaces around a quoted cell are layout (a, "b"), as most readers take them.
        const quoted = this.readQuoted(p)
        if (quoted === undefined) return undefined
        ;({ value, length } = quoted)
        p = this.pos
        while (p < n && text.charCodeAt(p) === SPACE) p++
        stop = stopAt(text, p, delimiter)
        if (stop === AT_OTHER) {
          // "a"b may have meant "a""b" or "a"",b": guessing would change the data, so it is an error.
          const after = p
          p = scanUnquoted(text, p, delimiter)
          stop = stopAt(text, p, delimiter)
          this.report(
            this.spanOnLine(after, p),
            'text after the closing quote of a quoted cell; put the whole cell in quotes and write a quote inside it as ""',
          )
          bad = true
        }
      } else {
        // A quote inside an unquoted cell is kept as data (abc"def): that text has one meaning, and
        // SQL Server's "Save Results As" writes such cells without quoting them.
        p = scanUnquoted(text, start, delimiter)
        stop = stopAt(text, p, delimiter)
        value = text.slice(start, p)
        length = value.length
      }
      this.cells.end(slot, this.line, p - this.lineStart + 1)
      if (slot < width) cells.push(value)
      if (value !== '') blank = false
      if (length > this.limits.maxCellLength) {
        this.report(
          this.cells.span(slot),
          `this cell has ${formatCount(length)} characters, more than the ${formatCount(this.limits.maxCellLength)} a cell of an inventory may hold`,
        )
        bad = true
      }
      this.pos = p
      if (stop === AT_END) return { cells, count, blank, bad }
      this.pos++
      if (stop === AT_DELIMITER) continue
      if (text.charCodeAt(p) === CR && text.charCodeAt(p + 1) === LF) this.pos++
      this.line++
      this.lineStart = this.pos
      return { cells, count, blank, bad }
    }
  }

  /** Reads a quoted cell whose opening quote is at `quote`, leaving `pos` past its closing quote. */
  /**
   * A quoted cell from its opening quote: its text, with `""` read as `"`, and its length. Past the
   * cell limit the text stops growing (the cell is an error then): a cell of millions of `""`
   * would otherwise build a string piece by piece, a piece per quote, into gigabytes.
   */
  private readQuoted(quote: number): { value: string; length: number } | undefined {
    const text = this.text
    const n = text.length
    const quoteLine = this.line
    const quoteColumn = quote - this.lineStart + 1
    const limit = this.limits.maxCellLength
    let value = ''
    let length = 0
    let from = quote + 1
    let p = from
    for (;;) {
      if (p >= n) {
        this.report(
          { line: quoteLine, column: quoteColumn, endLine: quoteLine, endColumn: quoteColumn + 1 },
          'this quote opens a cell that is never closed: the cell would run to the end of the file; close it with ", and write a quote inside it as ""',
        )
        return undefined
      }
      const c = text.charCodeAt(p)
      if (c === QUOTE) {
        if (text.charCodeAt(p + 1) !== QUOTE) break
        length += p + 1 - from
        if (value.length <= limit) value += text.slice(from, p + 1)
        p += 2
        from = p
        continue
      }
      if (c === LF || (c === CR && text.charCodeAt(p + 1) !== LF)) {
        this.line++
        this.lineStart = p + 1
      }
      p++
    }
    this.pos = p + 1
    length += p - from
    return { value: value.length <= limit ? value + text.slice(from, p) : value, length }
  }

  private skipLine(): void {
    const p = scanToLineEnd(this.text, this.pos)
    this.pos = p
    if (p < this.text.length) {
      this.pos += this.text.charCodeAt(p) === CR && this.text.charCodeAt(p + 1) === LF ? 2 : 1
      this.line++
      this.lineStart = this.pos
    }
  }

  /** A span between two offsets of the current line. */
  private spanOnLine(from: number, to: number): Span {
    const column = from - this.lineStart + 1
    return { line: this.line, column, endLine: this.line, endColumn: column + (to - from) }
  }
}

/** The delimiter of the first line that is not empty: the header. */
function delimiterOf(text: string, from: number): Delimiter {
  let start = from
  while (text.charCodeAt(start) === LF || text.charCodeAt(start) === CR) start++
  const header = text.slice(start, scanToLineEnd(text, start))
  if (header.includes('\t')) return '\t'
  if (header.includes(',')) return ','
  if (header.includes(';')) return ';'
  return ','
}

function scanToLineEnd(text: string, from: number): number {
  let p = from
  for (
    let c = text.charCodeAt(p);
    p < text.length && c !== LF && c !== CR;
    c = text.charCodeAt(++p)
  );
  return p
}

/** The end of an unquoted cell that starts at `from`: the next delimiter, line break or end of text. */
function scanUnquoted(text: string, from: number, delimiter: number): number {
  const n = text.length
  let p = from
  while (p < n) {
    const c = text.charCodeAt(p)
    if (c === delimiter || c === LF || c === CR) break
    p++
  }
  return p
}

/** What stands at `p`: the delimiter, a line break, the end, or something else. */
function stopAt(text: string, p: number, delimiter: number): number {
  if (p >= text.length) return AT_END
  const c = text.charCodeAt(p)
  if (c === delimiter) return AT_DELIMITER
  if (c === LF || c === CR) return AT_LINE_END
  return AT_OTHER
}

function named(delimiter: Delimiter): string {
  return { ',': 'a comma', '\t': 'a tab', ';': 'a semicolon' }[delimiter]
}

/**
 * Where the current record's cells stand: one slot per column, then one for the first cell past the
 * header's columns and one for the last (a row with too many cells). Numbers in typed arrays, reused
 * by every record, rather than an object per cell.
 */
class CellPositions {
  private readonly startLine: Int32Array
  private readonly startColumn: Int32Array
  private readonly endLine: Int32Array
  private readonly endColumn: Int32Array

  constructor(maxColumns: number) {
    const slots = maxColumns + 2
    this.startLine = new Int32Array(slots)
    this.startColumn = new Int32Array(slots)
    this.endLine = new Int32Array(slots)
    this.endColumn = new Int32Array(slots)
  }

  start(slot: number, line: number, column: number): void {
    this.startLine[slot] = line
    this.startColumn[slot] = column
  }

  end(slot: number, line: number, column: number): void {
    this.endLine[slot] = line
    this.endColumn[slot] = column
  }

  span(slot: number): Span {
    return {
      line: this.startLine[slot] as number,
      column: this.startColumn[slot] as number,
      endLine: this.endLine[slot] as number,
      endColumn: this.endColumn[slot] as number,
    }
  }

  /** From the first cell past `width` to the record's last (`count` cells in all). */
  extraSpan(width: number, count: number): Span {
    const first = this.span(width)
    const last = this.span(count > width + 1 ? width + 1 : width)
    return { ...first, endLine: last.endLine, endColumn: last.endColumn }
  }
}

/** The row handed to `readRows`' callback: one object for every row, its cells replaced each time. */
class RowView implements DelimitedRow {
  cells: string[] = []

  constructor(private readonly positions: CellPositions) {}

  span(index: number): Span {
    if (index < this.cells.length) return this.positions.span(index)
    // A cell the row lacks: the empty place after its last cell.
    const last = this.positions.span(Math.max(0, this.cells.length - 1))
    return {
      line: last.endLine,
      column: last.endColumn,
      endLine: last.endLine,
      endColumn: last.endColumn,
    }
  }
}
